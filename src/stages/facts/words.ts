// The facts stage's word lists (data/facts/basing-words.tsv, agreement-words.tsv), as sets and as regex
// alternations built once: longest phrase first, each escaped, so a pattern names a class of words, not one sentence.
import { valueTable, wordAlternation, wordsOfKind } from '../../data/lexicon.ts';

const BASING = 'facts/basing-words.tsv';
/** The language of agreements: their nouns, the verbs of agreeing, signing, leading to and cancelling one. */
export const AGREEMENT_WORDS = 'facts/agreement-words.tsv';

export function words(kind: string, file = BASING): ReadonlySet<string> {
  return wordsOfKind(file, kind);
}

/** Entry → value (third column) of one kind, as a table with no prototype (build it once, at module load). */
export function table(kind: string, file = BASING): Record<string, string> {
  return valueTable(file, kind);
}

/** `(?:a|b|c)` of a kind's phrases, spaces matching any run of white space. */
export function alternation(kind: string, file = BASING): string {
  return wordAlternation(file, kind);
}

/** `(?:a|b|…)` of a kind's base verbs with their regular forms generated: extend → extends, extended, extending. */
export function verbAlternation(kind: string, file = BASING): string {
  return wordAlternation(file, kind, 'verb');
}

/** `(?:a|b)\w+` of a kind's stems: the stem with any ending ("terminat" → terminated, termination). */
export function stemAlternation(kind: string, file = BASING): string {
  return `${alternation(kind, file).slice(0, -1)})\\w+`;
}
