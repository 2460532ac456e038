// Names the world data and the name lists know as a whole: countries, demonyms, groups, world regions,
// known organizations, listed companies, seats of government that are buildings.
import { nameCues } from '../lexicon.ts';
import { foldWord } from '../cues.ts';
import { countryByDemonym, countryByName, knownOrganization, seatOfGovernment, worldRegion } from '../world.ts';
import { RULE } from './ids.ts';
import { found, type NameStep } from './step.ts';

const THREE_CAPITALS = /^[A-Z]{3}$/;

/** "Russia", "the United States"; "EST" is a time zone before it is Estonia's code; "Turkey sandwiches" no country. */
export const country: NameStep = {
  id: 'country', rules: [RULE.country],
  apply(ctx, { a, b, n, text, key }) {
    const cues = nameCues();
    const isCountry = THREE_CAPITALS.test(text) && !cues.countryCodesInProse.has(key) ? undefined : countryByName(text);
    if (!isCountry) return undefined;
    if (n === 1 && cues.notCountryAfter.has(foldWord(ctx.tokens[b + 1]))) return null;
    return found(a, b, 'GPE', RULE.country, 3);
  },
};

/** "Russian", "Kyrgyz": one word naming a country's people. */
export const demonym: NameStep = {
  id: 'demonym', words: 'one', rules: [RULE.demonym],
  apply: (_ctx, { a, b, n, text }) => n === 1 && countryByDemonym(text) ? found(a, b, 'NORP', RULE.demonym, 3) : undefined,
};

/** "Kurds", "Europeans", "Sunni": groups that are no one country's people (norp-* in name-cues.tsv). */
export const group: NameStep = {
  id: 'group', rules: [RULE.group],
  apply: (_ctx, { a, b, key }) => nameCues().norpGroups.has(key) ? found(a, b, 'NORP', RULE.group, 3) : undefined,
};

/** "Central Asia", "the Middle East". */
export const region: NameStep = {
  id: 'world-region', rules: [RULE.worldRegion],
  apply: (_ctx, { a, b, text }) => worldRegion(text) ? found(a, b, 'LOC', RULE.worldRegion, 3) : undefined,
};

/** "NATO", "the European Union": organizations the world data lists. */
export const knownOrg: NameStep = {
  id: 'known-org', rules: [RULE.knownOrg],
  apply: (_ctx, { a, b, text }) => knownOrganization(text) ? found(a, b, 'ORG', RULE.knownOrg, 3) : undefined,
};

/** "Boeing", "Gazprom": the company list. */
export const company: NameStep = {
  id: 'company', rules: [RULE.company],
  apply: (ctx, { a, b, key }) => ctx.lex.companies.has(key) ? found(a, b, 'ORG', RULE.company, 3) : undefined,
};

/** Seats of government as buildings are facilities: "the Kremlin", "the White House". */
export const seatBuilding: NameStep = {
  id: 'seat', rules: [RULE.seat],
  apply: (_ctx, { a, b, text }) => seatOfGovernment(text)?.kind === 'building' ? found(a, b, 'FAC', RULE.seat, 3) : undefined,
};
