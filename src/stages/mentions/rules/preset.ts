// The name rules' preset: the run steps and the name steps, in the order they run. A capitalized run
// (chunks.ts) goes through RUN_TRIMS, which move its edges, then RUN_SPLITS, where the first step that
// splits it ends it (first match wins, as the early returns of a chain); what no step split off is one
// name, typed by NAME_STEPS, where the first step with a verdict wins: a Found, or null ("no name").
// Order is evidence, strongest first: the world data, then shapes and cues, then what the document
// already said, and last the capitals alone. A step's file never imports this one: the run steps are
// handed classifyName as an argument.
import { fold, textOf, words } from '../cues.ts';
import type { Chunk } from '../chunks.ts';
import type { Ctx, Found } from '../names.ts';
import type { NameSpan, NameStep, RunState, RunStep, WordCount } from './step.ts';
import * as edges from './edges.ts';
import * as titles from './titles.ts';
import * as hyphens from './hyphens.ts';
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

// trims: each moves the run's edges; a run trimmed to nothing (or a bare title) is done
export const RUN_TRIMS: readonly RunStep[] = [
  edges.sentenceStartWord,     // "Recall, …", "Will Russia …": a common first word comes off
  edges.calendarEdges,         // months, weekdays, never-names off both edges
  titles.titleBeforeRun,       // a title before the run makes a person of it (sets the cue only)
  titles.peelLeft,             // demonyms, titles, honorifics off the left: "U.S. President", "Mr."
  edges.leftConnectors,        // "of", "the" a title left
];

// splits: the first that matches names the run and ends it
export const RUN_SPLITS: readonly RunStep[] = [
  titles.portfolioPerson,      // "Commissioner for Competition Neelie Kroes"
  titles.bodyPortfolioPerson,  // "… of the Air Force for Acquisition Darleen Druyun"
  hyphens.hyphenName,          // "EADS-led"
  hyphens.hyphenLongerName,    // "New York City-based"
  hyphens.hyphenOwner,         // "Kremlin-owned Unified Aircraft"
  hyphens.demonymPair,         // "Kyrgyz-Tajik"
  titles.titleInside,          // "Apple CEO Steve Jobs"
  persons.orgThenPerson,       // "Air Force James Roche"
  orgs.airlineOfCountry,       // "Air France" ("Air" left of the run)
  orgs.airlineOfPlace,         // "Air Astana"
  orgs.airlineFlight,          // "Adam Air Flight 574"
  places.placeThenCompany,     // "Dearborn, Michigan Ford's stock"
  products.productLine,        // "Mac OS X Lion", "iPod Touch"
  products.maker,              // "Airbus A380", "Apple Worldwide Developers Conference"
  // else: the run a..z is one name (classifyName)
];

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

// each list without the steps that cannot speak of one word, or of several (by their own tests): the same
// verdicts in fewer calls
const forWords = <S extends { words?: WordCount }>(steps: readonly S[], words: WordCount) => steps.filter(s => s.words === undefined || s.words === words);
const SPLITS_OF_ONE = forWords(RUN_SPLITS, 'one'), SPLITS_OF_SEVERAL = forWords(RUN_SPLITS, 'several');
const NAME_STEPS_OF_ONE = forWords(NAME_STEPS, 'one'), NAME_STEPS_OF_SEVERAL = forWords(NAME_STEPS, 'several');

// one run and one name at a time: the state is reused, not made for every run (no step keeps it)
const run: RunState = { first: 0, last: 0, a: 0, z: 0, personCue: false, titled: false, portfolio: false, out: [] };
const name: NameSpan = { a: 0, b: 0, text: '', key: '', words: [], n: 0, personCue: false, head: undefined, headRead: false, places: [], placesRead: false };

/** Split a capitalized run into names (RUN_TRIMS, RUN_SPLITS), typing each (NAME_STEPS). */
export function classifyRun(ctx: Ctx, c: Chunk): Found[] {
  const out: Found[] = [];
  run.first = run.a = c.first;
  run.last = run.z = c.last;
  run.personCue = run.titled = run.portfolio = false;
  run.out = out;
  for (const step of RUN_TRIMS) if (step.apply(ctx, run, classifyName)) return out;
  const splits = run.z > run.a ? SPLITS_OF_SEVERAL : SPLITS_OF_ONE;
  for (let k = 0; k < splits.length; k++) if (splits[k].apply(ctx, run, classifyName)) return out;
  const f = classifyName(ctx, run.a, run.z, run.personCue);
  if (f) out.push(f);
  return out;
}

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
