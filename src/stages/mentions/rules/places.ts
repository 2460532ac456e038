// Places: a place name's head ("Kherson Oblast", "Ural Mountains", "Gulf of Aden") and the gazetteer, trusted
// after a locative or for a large place.
import { nameCues } from '../lexicon.ts';
import { foldWord, isCommonWord, placeStrong, prevWord } from '../cues.ts';
import { wholeKnown } from '../known.ts';
import { lookupPlaces } from '../world.ts';
import { RULE } from './ids.ts';
import { found, lastWordStep, placesOf, type NameStep, type RunStep } from './step.ts';

/** "Kherson Oblast", "Osh Region": an administrative unit's word ends the name. */
export const adminSuffix = lastWordStep('admin-suffix', RULE.adminSuffix, () => nameCues().adminSuffixes, 'GPE', 3);

/** "Ural Mountains", "Caspian Sea": a landform's word ends the name. */
export const geoSuffix = lastWordStep('geo-suffix', RULE.geoSuffix, () => nameCues().geoSuffixes, 'LOC', 3);

/** "Gulf of Aden", "Strait of Hormuz": a landform's word, then "of". */
export const geoPrefix: NameStep = {
  id: 'geo-prefix', words: 'several', rules: [RULE.geoPrefix],
  apply: (_ctx, { a, b, n, words }) => n >= 3 && nameCues().geoPrefixes.has(words[0]) && words[1] === 'of' ? found(a, b, 'LOC', RULE.geoPrefix, 3) : undefined,
};

/** The gazetteer's places: after a locative ("in Osh"; an everyday word needs a strong one), before an
 * administrative word, or a large place or one that is no mere town. Only a well-known place teaches the rest
 * of the document: a small town's name is too often also a surname or a brand. */
export const gazetteer: NameStep = {
  id: 'gazetteer', rules: [RULE.gazetteer],
  apply(ctx, name) {
    const places = placesOf(ctx, name);
    if (!places.length) return undefined;
    const { a, b, n, key } = name;
    const cues = nameCues();
    const prev = prevWord(ctx, a);
    const next = ctx.tokens[b + 1]?.lower ?? '';
    const wordLike = n === 1 && isCommonWord(ctx.lex, key);
    if (!((wordLike ? cues.strongLocatives : cues.locatives).has(prev) || cues.adminSuffixes.has(next) || !wordLike && (placeStrong(places) || places.some(p => p.kind !== 'city')))) return undefined;
    return found(a, b, places.some(p => p.kind === 'city' || p.kind === 'region' || p.kind === 'district' || p.kind === 'country') ? 'GPE' : 'LOC',
      RULE.gazetteer, placeStrong(places) ? 2 : 1);
  },
};

/** "Dearborn, Michigan Ford's stock": a place, then a company the lexicon knows (a line break lost between them). */
export const placeThenCompany: RunStep = {
  id: 'place-then-company', words: 'several', rules: [RULE.gazetteer, RULE.company],
  apply(ctx, run) {
    const { a, z } = run;
    if (z !== a + 1 || !ctx.lex.companies.has(foldWord(ctx.tokens[z])) || wholeKnown(ctx, a, z) || !placeStrong(lookupPlaces(ctx.tokens[a].text))) return false;
    run.out.push(found(a, a, 'GPE', RULE.gazetteer, 2), found(z, z, 'ORG', RULE.company, 3));
    return true;
  },
};
