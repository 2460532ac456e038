// Facilities and vessels: a venue one is in, a place name before a lowercase facility word, a ship's
// prefix or noun, a city and its airport.
import { nameCues } from '../lexicon.ts';
import { lowercaseFacilityAfter, placePreposition, placeStrong, vesselBefore } from '../cues.ts';
import { lookupFacility } from '../../../data/facilities.ts';
import { countryByDemonym, countryByName, lookupPlaces } from '../world.ts';
import { RULE } from './ids.ts';
import { found, orgHeadOf, type NameStep } from './step.ts';

/** "at Moscone Center", "held in the Moscone West Convention Center": a center one is in is a building. */
export const venue: NameStep = {
  id: 'venue', rules: [RULE.venue],
  apply(ctx, name) {
    const { a, b, n, words } = name;
    const cues = nameCues();
    if (orgHeadOf(ctx, name) !== 'org' || !cues.centerNouns.has(words[n - 1]) || !(cues.venueWords.has(words[n - 2]) || placePreposition(ctx, a))) return undefined;
    return found(a, b, 'FAC', RULE.venue, 3);
  },
};

/** A place name, a lowercase facility word after it: "the Kant airfield"; a venue in a state or a large city is
 * not named after it ("its Michigan center", but "the Moscone West center"). */
export const placeFacility: NameStep = {
  id: 'place-facility', rules: [RULE.placeFacility],
  apply(ctx, { a, b, text }) {
    const facN = lowercaseFacilityAfter(ctx, b);
    if (!facN) return undefined;
    const works = facN === 1 && nameCues().worksNouns.has(ctx.tokens[b + 1].text);
    if (countryByDemonym(text) || countryByName(text) || works && placeStrong(lookupPlaces(text))) return undefined;
    return found(a, b + facN, 'FAC', RULE.placeFacility, 2);
  },
};

/** "USS Nimitz", "the tanker Stena Impero": a ship's prefix (in capitals) or a ship's noun before the name. */
export const vessel: NameStep = {
  id: 'vessel', rules: [RULE.vessel],
  apply(ctx, { a, b, n }) {
    const first = ctx.tokens[a];
    if (!(n >= 2 && nameCues().shipPrefixes.has(first.lower) && first.text === first.text.toUpperCase() || n <= 4 && vesselBefore(ctx, a))) return undefined;
    return found(a, b, 'PRODUCT', RULE.vessel, 3);
  },
};

/** "London Heathrow", "Singapore Changi": a city and its airport ("Dearborn, Michigan Ford's stock": a line break
 * lost before a company is not Ford Airport). */
export const airport: NameStep = {
  id: 'airport', words: 'several', rules: [RULE.airport],
  apply(ctx, { a, b, n, words, text }) {
    if (n < 2 || !placeStrong(lookupPlaces(words[0])) || ctx.lex.companies.has(words.slice(1).join(' ')) || !lookupFacility(text)) return undefined;
    return found(a, b, 'FAC', RULE.airport, 1);
  },
};
