// Mentions by token: which mention starts or ends at a token, for the role and coreference readers.
import type { Doc } from '../../document/doc.ts';
import type { Mention } from '../../document/types.ts';

export interface TokenIndex {
  /** token index holding character offset `at` (the one starting at or before it) */
  tokenAt(at: number): number;
  /** the name mention ending exactly at the end of token i */
  endingAt(i: number): Mention | undefined;
  startingAt(i: number): Mention | undefined;
}

export function indexTokens(doc: Doc, mentions: Mention[]): TokenIndex {
  const t = doc.tokens;
  const tokenAt = (at: number): number => {
    let lo = 0, hi = t.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (t[mid].start <= at) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const ends = new Map<number, Mention>(), starts = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.kind !== 'name') continue;
    ends.set(tokenAt(m.end - 1), m);
    starts.set(tokenAt(m.start), m);
  }
  return { tokenAt, endingAt: i => ends.get(i), startingAt: i => starts.get(i) };
}
