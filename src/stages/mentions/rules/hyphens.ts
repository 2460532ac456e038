// Names inside a hyphenated token: a name glued to a participle ("EADS-led", "Moscow-based", "Kremlin-owned
// Unified Aircraft"; hyphen-participle in data/lexicon/name-cues.tsv) and pairs of demonyms ("Kyrgyz-Tajik").
import type { EntityType } from '../../../document/types.ts';
import { nameCues } from '../lexicon.ts';
import { fold, isAcronym, placeStrong, textOf } from '../cues.ts';
import { countryByDemonym, countryByName, knownOrganization, lookupPlaces, seatOfGovernment } from '../world.ts';
import type { Ctx } from '../names.ts';
import { RULE } from './ids.ts';
import type { RunStep } from './step.ts';

/** "EADS-led", "Moscow-backed": one token, the name before a participle suffix. */
export const hyphenName: RunStep = {
  id: 'hyphen-name', words: 'one', rules: [RULE.hyphenPrefix],
  apply(ctx, run) {
    const { a, z } = run;
    if (a !== z || a !== run.last) return false;
    const t = ctx.tokens[a];
    const nameLength = nameBeforeParticiple(t.text);
    const type = nameLength ? typeOfWords(ctx, t.text.slice(0, nameLength)) : undefined;
    if (!type) return false;
    run.out.push({ first: a, last: a, type, rule: RULE.hyphenPrefix, strength: 1, start: t.start, end: t.start + nameLength });
    return true;
  },
};

/** "New York City-based": the participle ends a longer name, which is the place or owner, not part of a name. */
export const hyphenLongerName: RunStep = {
  id: 'hyphen-longer-name', words: 'several', rules: [RULE.hyphenPrefix],
  apply(ctx, run) {
    const { a, z } = run;
    if (z <= a) return false;
    const last = ctx.tokens[z];
    const nameLength = nameBeforeParticiple(last.text);
    if (!nameLength) return false;
    const type = typeOfWords(ctx, textOf(ctx, a, z - 1) + ' ' + last.text.slice(0, nameLength)) ?? 'ORG';
    run.out.push({ first: a, last: z, type, rule: RULE.hyphenPrefix, strength: 1, start: ctx.tokens[a].start, end: last.start + nameLength });
    return true;
  },
};

/** "Kremlin-owned Unified Aircraft": the owner, then the name. */
export const hyphenOwner: RunStep = {
  id: 'hyphen-owner', words: 'several', rules: [RULE.hyphenPrefix],
  apply(ctx, run, classifyName) {
    const { a, z } = run;
    if (z <= a) return false;
    const t = ctx.tokens[a];
    const nameLength = nameBeforeParticiple(t.text);
    const type = nameLength ? typeOfWords(ctx, t.text.slice(0, nameLength)) : undefined;
    if (!type) return false;
    run.out.push({ first: a, last: a, type, rule: RULE.hyphenPrefix, strength: 1, start: t.start, end: t.start + nameLength });
    const rest = classifyName(ctx, a + 1, z, false);
    if (rest) run.out.push(rest);
    return true;
  },
};

/** Hyphenated demonym pairs: "Kyrgyz-Tajik relations". */
export const demonymPair: RunStep = {
  id: 'demonym-pair', words: 'one', rules: [RULE.demonymPair],
  apply(ctx, run) {
    const { a, z } = run;
    const t = ctx.tokens[a];
    if (a !== z || !t.text.includes('-')) return false;
    const parts = t.text.split('-');
    if (parts.length !== 2 || !countryByDemonym(parts[0]) || !countryByDemonym(parts[1])) return false;
    run.out.push(
      { first: a, last: a, type: 'NORP', rule: RULE.demonymPair, strength: 3, start: t.start, end: t.start + parts[0].length },
      { first: a, last: a, type: 'NORP', rule: RULE.demonymPair, strength: 3, start: t.end - parts[1].length, end: t.end },
    );
    return true;
  },
};

const NAME_BEFORE_HYPHEN = /^[\p{Lu}][\p{L}.&]*$/u;
/** How long the capitalized name before a participle suffix is ("Saudi-led": 5), 0 if the token is no such thing. */
function nameBeforeParticiple(text: string): number {
  const k = text.indexOf('-');
  if (k < 1 || !nameCues().hyphenParticiples.has(text.slice(k + 1))) return 0;
  return NAME_BEFORE_HYPHEN.test(text.slice(0, k)) ? k : 0;
}

/** The type of a name standing inside a token ("EADS" of "EADS-led"), from what is known of it. */
function typeOfWords(ctx: Ctx, s: string): EntityType | undefined {
  if (countryByName(s)) return 'GPE';
  const seat = seatOfGovernment(s);
  if (seat) return seat.kind === 'building' ? 'FAC' : 'GPE';
  if (knownOrganization(s) || ctx.lex.companies.has(fold(s))) return 'ORG';
  const seen = ctx.known.get(fold(s));
  if (seen) return seen;
  if (isAcronym(s)) return 'ORG';
  const places = lookupPlaces(s);
  return places.length && placeStrong(places) ? 'GPE' : undefined;
}
