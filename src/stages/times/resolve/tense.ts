// The tense around a time expression, from the nearest tense marker in its sentence:
// "will", "is expected to" → future; "said", "was", "-ed" verbs → past. It decides
// whether "on Tuesday" is the Tuesday before or after the publication date.
import type { TokenView } from '../scanner.ts';
import { timeWords } from '../lexicon.ts';

export type Tense = 'past' | 'future' | undefined;

const FUTURE = timeWords('future-marker');
const PAST = timeWords('past-marker');
const NOT_PAST_ED = timeWords('not-past-ed');
const BE = timeWords('be-before-expectation');
const EXPECTATION = timeWords('expectation-word');

function marker(v: TokenView, k: number): Tense {
  const w = v.at(k);
  if (EXPECTATION.has(w) && v.at(k + 1) === 'to') return 'future';
  // "plan" and "due" are nouns and adjectives too: future only before "to"
  if (FUTURE.has(w)) return (w === 'plan' || w === 'due') && v.at(k + 1) !== 'to' ? undefined : 'future';
  if (w === 'is' || w === 'are') return v.at(k + 1) === 'to' ? 'future' : undefined;
  if (PAST.has(w)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && v.tokens[k].kind === 'word') {
    // a participle after "is"/"to be" is not a past tense ("is expected", "will be delivered")
    return BE.has(v.at(k - 1)) || BE.has(v.at(k - 2)) && v.at(k - 1).endsWith('ly') ? undefined : 'past';
  }
  return undefined;
}

/**
 * The tense nearest to tokens [s, e) in their sentence: the clause before the expression
 * first ("will meet on Thursday, officials said" is future), then the words after it up
 * to a comma or quotation mark.
 */
export function tenseAround(v: TokenView, s: number, e: number): Tense {
  let l = s - 1;
  for (; l >= 0 && l >= s - 12 && v.sameSentence(l, s); l--) {
    const t = marker(v, l);
    if (t) return t;
  }
  // a fronted adverbial ("In the fourth quarter, sales were up") takes the tense of the clause after its comma
  let commas = s - l <= 3 && !v.sameSentence(l, s) ? 1 : 0;
  for (let r = e; r < v.length && r < e + 10 && v.sameSentence(r, s); r++) {
    const w = v.at(r);
    if (w === ',' && commas-- > 0) continue;
    if (w === ',' || w === '"' || w === '“' || w === '”' || w === ';') break;
    const t = marker(v, r);
    if (t) return t;
  }
  return undefined;
}
