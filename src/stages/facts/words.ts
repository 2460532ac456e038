// The facts stage's word lists (data/facts/basing-words.tsv), as sets and as regex alternations
// built once: longest phrase first, each escaped, so a pattern names a class of words, not one sentence.
import { wordsOfKind } from '../../data/lexicon.ts';

const FILE = 'facts/basing-words.tsv';
const cache = new Map<string, string>();

export function words(kind: string): ReadonlySet<string> {
  return wordsOfKind(FILE, kind);
}

/** `(?:a|b|c)` of a kind's phrases, spaces matching any run of white space. */
export function alternation(kind: string): string {
  let alt = cache.get(kind);
  if (!alt) {
    const phrases = [...words(kind)].sort((a, b) => b.length - a.length)
      .map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    alt = `(?:${phrases.join('|')})`;
    cache.set(kind, alt);
  }
  return alt;
}
