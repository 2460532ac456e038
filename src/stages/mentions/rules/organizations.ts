// Organizations by their shape and the words around them: a web domain, a head word ("… Bank", "Ministry of …"),
// a body named by its head alone, an apposition calling it a company, an airline's name.
import { nameCues } from '../lexicon.ts';
import { companyInApposition, placeStrong, textOf, webDomainAfter } from '../cues.ts';
import { isStateBody } from '../known.ts';
import { countryByDemonym, countryByName, lookupPlaces } from '../world.ts';
import { RULE } from './ids.ts';
import { found, orgHeadOf, type NameStep, type RunStep } from './step.ts';

/** "Detik.com", "GovExec.com": a website, named with its domain. */
export const website: NameStep = {
  id: 'website', rules: [RULE.website],
  apply(ctx, { a, b }) {
    const domain = webDomainAfter(ctx, b);
    return domain ? found(a, b + domain, 'ORG', RULE.website, 3) : undefined;
  },
};

/** "the Air Force", "the Pentagon": a body named by its head alone (standalone-org). */
export const standaloneOrg: NameStep = {
  id: 'standalone-org', rules: [RULE.orgHead],
  apply: (_ctx, { a, b, key }) => nameCues().standaloneOrgs.has(key) ? found(a, b, 'ORG', RULE.orgHead, 3) : undefined,
};

/** "Bank of England", "Kyrgyz Defense Ministry": an organization's head word. */
export const headWord: NameStep = {
  id: 'org-head', rules: [RULE.orgHead],
  apply: (ctx, name) => orgHeadOf(ctx, name) ? found(name.a, name.b, 'ORG', RULE.orgHead, 3) : undefined,
};

/** "the Air Force for Acquisition": an office's portfolio after the body it belongs to; the body is the name. */
export const officeBody: NameStep = {
  id: 'office-body', words: 'several', rules: [RULE.orgHead],
  apply(ctx, { a, words }) {
    const forAt = words.indexOf('for');
    return forAt >= 2 && isStateBody(ctx, a, a + forAt - 1) ? found(a, a + forAt - 1, 'ORG', RULE.orgHead, 3) : undefined;
  },
};

/** "Magna, a Canadian automobile parts company": described as a company. */
export const describedCompany: NameStep = {
  id: 'described-company', rules: [RULE.describedCompany],
  apply: (ctx, { a, b, n }) => n <= 3 && companyInApposition(ctx, b) ? found(a, b, 'ORG', RULE.describedCompany, 3) : undefined,
};

/** "Air France", "Air Canada", "Air Astana": an airline, whatever the first word's case says ("Air" left before the run). */
export const airlineOfCountry: RunStep = {
  id: 'airline', words: 'one', rules: [RULE.airline],
  apply(ctx, run) {
    const { tokens } = ctx, { a, z } = run;
    if (tokens[a - 1]?.text !== 'Air' || a - 1 < run.first || z !== a || !(countryByName(tokens[a].text) || countryByDemonym(tokens[a].text))) return false;
    run.out.push(found(a - 1, z, 'ORG', RULE.airline, 3));
    return true;
  },
};

/** "Air Astana", "Air India": "Air" and a country or a large place. */
export const airlineOfPlace: RunStep = {
  id: 'airline-place', words: 'several', rules: [RULE.airline],
  apply(ctx, run) {
    const { a, z } = run;
    if (ctx.tokens[a].text !== 'Air' || z <= a || !(countryByName(textOf(ctx, a + 1, z)) || placeStrong(lookupPlaces(textOf(ctx, a + 1, z))))) return false;
    run.out.push(found(a, z, 'ORG', RULE.airline, 3));
    return true;
  },
};

/** "Adam Air Flight 574": the airline, not a person. */
export const airlineFlight: RunStep = {
  id: 'airline-flight', words: 'several', rules: [RULE.airlineFlight],
  apply(ctx, run) {
    const { tokens } = ctx, { a, z } = run;
    if (z <= a || tokens[z].text !== 'Flight' || tokens[z + 1]?.kind !== 'number') return false;
    run.out.push(found(a, z - 1, 'ORG', RULE.airlineFlight, 2));
    return true;
  },
};
