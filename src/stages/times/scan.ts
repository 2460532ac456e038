// The scan: one pass over the tokens; at each token that can start a time expression every
// extractor family proposes a span, and the longest wins (ties: the earlier family).
// Linear: each extractor looks a bounded number of tokens ahead.
import type { Cand } from './candidate.ts';
import { absoluteDate } from './extract/absolute.ts';
import { clockTime } from './extract/clock.ts';
import { durationOrSet } from './extract/durations.ts';
import { partialDate } from './extract/partial.ts';
import { relativeDate } from './extract/relative.ts';
import { MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from './lexicon.ts';
import { periodOfReference } from './refine/modifiers.ts';
import type { TokenView } from './scanner.ts';

type Extractor = (v: TokenView, i: number) => Cand | undefined;

/** In priority order for equal lengths. */
const EXTRACTORS: Extractor[] = [absoluteDate, clockTime, partialDate, periodOfReference, relativeDate, durationOrSet];

/** Lowercased words that can start an expression; numbers and hyphenated words always may. */
const STARTERS = new Set<string>([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...NUMBER_WORDS.keys(), ...ORDINALS.keys(), ...SEASONS.keys(), ...UNITS.keys(),
  ...PARTS_OF_DAY.keys(),
  'the', 'this', 'last', 'next', 'past', 'coming', 'previous', 'current', 'same', 'following', 'earlier', 'later',
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'currently', 'nowadays', 'presently', 'recently', 'lately', 'soon',
  'ongoing', 'more', 'most', 'very', 'quite', 'fairly', 'right', 'these', 'that', 'over', 'several', 'few', 'many',
  'every', 'each', 'per', 'fiscal', 'half', 'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost',
  'under', 'less', 'at', 'additional', 'extra', 'further', 'another', 'recent', 'noon', 'midday', 'midnight',
  'annually', 'annual', 'yearly', 'monthly', 'weekly', 'daily', 'hourly', 'quarterly', 'biannual', 'biennial', 'nightly',
  'couple', 'q1', 'q2', 'q3', 'q4',
]);

function mayStart(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  const low = v.low[i];
  return STARTERS.has(low) || low.includes('-') || (low.length > 2 && low.startsWith('fy'));
}

export function scan(v: TokenView): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < v.length;) {
    if (!mayStart(v, i)) { i++; continue; }
    let best: Cand | undefined;
    for (const x of EXTRACTORS) {
      const c = x(v, i);
      if (c && c.e > c.s && (!best || c.e > best.e)) best = c;
    }
    if (best) { out.push(best); i = best.e; } else i++;
  }
  return out;
}
