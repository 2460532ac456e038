// The facts stage's word lists (data/facts/basing-words.tsv, agreement-words.tsv), as sets and as regex
// alternations built once: longest phrase first, each escaped, so a pattern names a class of words, not one sentence.
import { valueTable, wordAlternation, wordsOfKind, writtenAlternation as sharedWrittenAlternation } from '../../data/lexicon.ts';

const BASING = 'facts/basing-words.tsv';
/** The language of agreements: their nouns, the verbs of agreeing, signing, leading to and cancelling one. */
export const AGREEMENT_WORDS = 'facts/agreement-words.tsv';

/** A closed class of the shared function words (data/lexicon/function-words.tsv), by its kind. */
export const FUNCTION_WORDS = 'lexicon/function-words.tsv';

/** A regex built once, on first use (not at module load). */
export function once(build: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= build());
}

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

/** `(?:A|b)` of a kind's entries exactly as written: case kept (for a pattern read without the i flag, "Republic",
 * "Naval"), longest first, escaped, and a space matching one space, as the pattern had it ("set up"). */
export function writtenAlternation(kind: string, file = BASING): string {
  return sharedWrittenAlternation(file, kind, 'one');
}

/** `(?:The|This)` of a kind's words with their first letter capitalized, as a sentence opens. */
export function capitalizedAlternation(kind: string, file = BASING): string {
  return alternation(kind, file).replace(/(^\(\?:|\|)(\p{Ll})/gu, (_, before: string, first: string) => before + first.toUpperCase());
}
