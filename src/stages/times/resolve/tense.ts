// The tense around a time expression, from the nearest tense marker in its sentence:
// "will", "is expected to" → future; "said", "was", "-ed" verbs → past. It decides
// whether "on Tuesday" is the Tuesday before or after the publication date.
import type { TokenView } from '../scanner.ts';

export type Tense = 'past' | 'future' | undefined;

const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'would', 'upcoming', 'tomorrow', 'next', 'scheduled', 'slated', 'due', 'plans', 'plan', 'intends', 'hopes', 'aims', 'expects']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'made', 'took', 'gave', 'met', 'began', 'won', 'lost',
  'paid', 'sold', 'bought', 'held', 'left', 'saw', 'got', 'became', 'found', 'brought', 'thought', 'led', 'ran', 'fell',
  'rose', 'grew', 'knew', 'spoke', 'wrote', 'chose', 'flew', 'drove', 'struck', 'sent', 'spent', 'built', 'ago',
  'yesterday', 'last', 'earlier', 'unveiled', 'sought', 'brought', 'caught', 'taught', 'fought', 'overtook', 'withdrew',
  'hit', 'quit', 'kept', 'meant', 'felt', 'stood', 'understood', 'wore', 'broke', 'forgot', 'hung', 'shut', 'swore',
]);
const NOT_PAST_ED = new Set(['need', 'speed', 'feed', 'seed', 'breed', 'bleed', 'heed', 'weed', 'proceed', 'succeed', 'exceed', 'hundred', 'red', 'bed', 'shed', 'united', 'limited', 'based', 'related', 'supposed', 'used', 'concerned', 'interested', 'armed', 'advanced', 'detailed', 'registered', 'listed', 'owned', 'led', 'schedule']);
const BE = new Set(['is', 'are', 'be', 'been', 'being', "'s", 'am', 'to', 'get', 'gets']);
const EXPECTATION = new Set(['expected', 'scheduled', 'planned', 'set', 'slated', 'due', 'poised', 'supposed', 'going', 'likely']);

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
