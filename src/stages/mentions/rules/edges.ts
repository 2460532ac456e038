// The edges of a capitalized run: a sentence's first word that is a common word, months, weekdays and words
// never a name alone, and the small words a peeled title leaves, come off before anything is named.
import { nameCues } from '../lexicon.ts';
import { atSentenceStart, foldWord, honorificAt, isCommonWord, placeStrong, speechAfter, textOf, titleAt } from '../cues.ts';
import { knownStart, wholeKnown } from '../known.ts';
import { countryByDemonym, countryByName, lookupPlaces } from '../world.ts';
import type { RunStep } from './step.ts';

/** A sentence-initial common word is not a name: "Recall, …", "Unlike …", "Will Russia …" (but "Bob said": a lone
 * first name before a speech verb is the speaker); "Turkey sandwiches …" holds no name at all. */
export const sentenceStartWord: RunStep = {
  id: 'sentence-start-word', rules: [],
  apply(ctx, run) {
    const { tokens, lex } = ctx;
    const a = run.a, b = run.last;
    if (!atSentenceStart(ctx, a)) return false;
    const w = foldWord(tokens[a]);
    const nextCap = a < b;
    const isName = (lex.firstNames.has(w) && (nextCap && !wholeKnown(ctx, a + 1, b) || !nextCap && speechAfter(ctx, a))) || lex.famous.has(w);
    const country = countryByName(tokens[a].text) && !nameCues().notCountryAfter.has(foldWord(tokens[b + 1]));
    const titled = titleAt(ctx, a, b) > 0 || honorificAt(ctx, a, b) > 0;
    // "Reading the statement aloud": a gerund before a determiner is a verb even where Reading is a town
    const verbal = nameCues().gerundObjects.has(tokens[a + 1]?.lower ?? '') && a === b;
    if (isCommonWord(lex, w) && !isName && !titled && !country && !countryByDemonym(tokens[a].text) && (!ctx.known.has(w) || verbal)
      && !(a < b && knownStart(ctx, a, b)) && !(a < b && placeStrong(lookupPlaces(textOf(ctx, a, a + 1))))) run.a = a + 1;
    else if (country === false && countryByName(tokens[a].text) && a === b) return true;
    return false;
  },
};

/** Months, weekdays and never-names come off both edges (the times layer claims dates), unless a first name
 * stands before the month ("Christopher June"); nothing left, no name. */
export const calendarEdges: RunStep = {
  id: 'calendar-edges', rules: [],
  apply(ctx, run) {
    const { tokens, lex } = ctx;
    const cues = nameCues();
    let a = run.a;
    const b = run.last;
    while (a <= b && (cues.neverNames.has(foldWord(tokens[a])) || (cues.calendarWords.has(foldWord(tokens[a])) && !(a > run.first && lex.firstNames.has(foldWord(tokens[a - 1])))))) a++;
    let z = b;
    while (z >= a && (cues.calendarWords.has(foldWord(tokens[z])) && !(z > a && lex.firstNames.has(foldWord(tokens[z - 1]))) || cues.neverNames.has(foldWord(tokens[z])))) z--;
    run.a = a;
    run.z = z;
    return a > z;
  },
};

/** The small words a peeled title leaves at the left: "of", "the", "de"; nothing left, no name. */
export const leftConnectors: RunStep = {
  id: 'left-connectors', rules: [],
  apply(ctx, run) {
    while (run.a <= run.z && nameCues().leftEdgeConnectors.has(ctx.tokens[run.a].text)) run.a++;
    return run.a > run.z;
  },
};
