// The name rules' preset: the name steps, in the order they run. A name classify-run.ts cut from a
// capitalized run is typed by NAME_STEPS, where the first step with a verdict wins (as the early returns
// of a chain): a Found, or null ("no name"). Order is evidence, strongest first: the world data,
// then shapes and cues, then what the document already said, and last the capitals alone.
import { fold, textOf, words } from '../cues.ts';
import type { Ctx, Found } from '../names.ts';
import type { NameSpan, NameStep, WordCount } from './step.ts';
import * as world from './world-names.ts';
import * as orgs from './organizations.ts';
import * as persons from './persons.ts';
import * as places from './places.ts';
import * as products from './products-works.ts';
import * as facilities from './facilities.ts';
import * as military from './military-units.ts';
import * as memory from './document-memory.ts';
import * as acronyms from './acronyms.ts';
import * as capitals from './capitals.ts';

export const NAME_STEPS: readonly NameStep[] = [
  // listed as a whole in the world data and the name lists
  orgs.website,                // "Detik.com"
  world.country,               // "Russia"; "Turkey sandwiches": no name
  world.demonym,               // "Kyrgyz"
  world.group,                 // "Kurds"
  world.region,                // "Central Asia"
  world.knownOrg,              // "NATO"
  memory.surnameBeforeCompany, // "Roche" after "James Roche" (pass two), before the company list
  world.company,               // "Boeing"
  world.seatBuilding,          // "the Kremlin"
  products.listedProduct,      // "iPhone"
  orgs.standaloneOrg,          // "the Air Force"
  products.holiday,            // "Christmas": no name
  // shapes: the name's own words
  products.law,                // "Paris Agreement"
  products.event,              // "Paris Air Show"
  military.unitOrBase,         // "5th Air Army", "Camp Bastion", "Kant Air Base"
  persons.famous,              // "Vladimir Putin"
  persons.afterTitle,          // "President Jeenbekov" (no organization's head)
  persons.appositionTitle,     // "Jim Press, the Vice Chairman of Chrysler"
  products.productNamedLikeBody, // "the Media Center device"
  facilities.venue,            // "at Moscone Center"
  orgs.headWord,               // "Bank of England"
  orgs.officeBody,             // "the Air Force for Acquisition"
  places.adminSuffix,          // "Kherson Oblast"
  places.geoSuffix,            // "Ural Mountains"
  places.geoPrefix,            // "Gulf of Aden"
  products.romanModel,         // "Delta IV"
  products.productPlural,      // "Dreamliners"
  persons.familyEnding,        // "Sadyr Japarov"
  persons.eastAsian,           // "Tsai Ing-wen"
  persons.firstName,           // "Kurmanbek Bakiyev"
  // cues: the words around the name
  facilities.placeFacility,    // "the Kant airfield"
  products.inProductContext,   // "the GarageBand program", "the CARS act"
  facilities.vessel,           // "USS Nimitz", "the tanker Stena Impero"
  orgs.describedCompany,       // "Magna, a Canadian automobile parts company"
  // what the document already said
  memory.orgShortOverTown,     // "Douglas" in a story of Douglas Aircraft
  memory.sameDocument,         // typed before
  memory.surname,              // "Jobs"
  memory.givenName,            // "Steve"
  memory.orgShort,             // "Northrop"
  persons.speaker,             // "Karasin said"
  places.gazetteer,            // "in Osh"
  persons.lastName,            // "… Smith"
  // the capitals alone: pass two, not in a headline
  capitals.capitalsOnlyInProse,
  products.modelShape,         // "A320", "iPod"
  capitals.label,              // "Terminal 3": no name
  acronyms.knownTerm,          // "SDK" after "Software Development Kit (SDK)": no name
  acronyms.spelledOut,         // "Server Message Block (SMB)": no name
  acronyms.acronymInUse,       // "the UAW", "(UAW)", UAW twice; once alone: no name
  capitals.innerCapital,       // "WorldCom"; "DesRosier said"
  memory.misspelt,             // "Chrylser"
  capitals.loneWord,           // one word said once: "engine maker Europrop", else no name
  capitals.sentenceStart,      // a lone word first in its sentence: no name
  persons.commonGivenName,     // "Will", "Mark": no name
  acronyms.acronym,            // an acronym repeated
  capitals.tooShort,           // two letters: no name
  facilities.airport,          // "London Heathrow"
  capitals.commonWords,        // "Music Store" outside a firm's context: no name
  capitals.unknownCapitalized, // the rest: an organization, weakly
];

// the list without the steps that cannot speak of one word, or of several (by their own tests): the same
// verdicts in fewer calls
const forWords = (steps: readonly NameStep[], words: WordCount) => steps.filter(s => s.words === undefined || s.words === words);
const NAME_STEPS_OF_ONE = forWords(NAME_STEPS, 'one'), NAME_STEPS_OF_SEVERAL = forWords(NAME_STEPS, 'several');

// one name at a time: the span is reused, not made for every name (no step keeps it)
const name: NameSpan = { a: 0, b: 0, text: '', key: '', words: [], n: 0, personCue: false, head: undefined, headRead: false, places: [], placesRead: false };

/** The name tokens a..b, typed by the first name step with a verdict; undefined if it is no name. */
export function classifyName(ctx: Ctx, a: number, b: number, personCue: boolean): Found | undefined {
  name.a = a;
  name.b = b;
  name.text = textOf(ctx, a, b);
  name.key = fold(name.text);
  name.words = words(ctx, a, b);
  name.n = b - a + 1;
  name.personCue = personCue;
  name.headRead = name.placesRead = false;
  const steps = name.n > 1 ? NAME_STEPS_OF_SEVERAL : NAME_STEPS_OF_ONE;
  for (let k = 0; k < steps.length; k++) {
    const verdict = steps[k].apply(ctx, name);
    if (verdict !== undefined) return verdict ?? undefined;
  }
  return undefined;
}
