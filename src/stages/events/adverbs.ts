// Adverbs between a subject and its verb ("Russia also refused", "Moscow reportedly agreed"),
// shared by the sentence reader and the evaluative-adjective reader.
import { eventWords } from './lexicon.ts';

export const ADVERB = new Set<string>([',', '-', ...eventWords('adverb')]);
/** An adverb between a subject and its verb: the listed ones, and words in -ly ("successfully"), but not nouns and verbs in -ly. */
const NOT_ADVERB = eventWords('not-adverb');
const REFLEXIVE = eventWords('reflexive');
export const isAdverb = (w: string) => ADVERB.has(w) || REFLEXIVE.has(w) || (w.length >= 5 && w.endsWith('ly') && !w.endsWith('ply') && !NOT_ADVERB.has(w));
