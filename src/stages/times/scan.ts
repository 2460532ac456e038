// The scan: one pass over the tokens; at each token that can start a time expression every
// extractor family proposes a span, and the longest wins (ties: the earlier family).
// Linear: each extractor looks a bounded number of tokens ahead.
import type { Cand } from './candidate.ts';
import { absoluteDate } from './extract/absolute.ts';
import { clockTime } from './extract/clock.ts';
import { durationOrSet } from './extract/durations.ts';
import { holiday } from './extract/holidays.ts';
import { partialDate } from './extract/partial.ts';
import { relativeDate } from './extract/relative.ts';
import { MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from './lexicon.ts';
import { periodOfReference } from './refine/modifiers.ts';
import type { TokenView } from './scanner.ts';

type Extractor = (v: TokenView, i: number) => Cand | undefined;

/** In priority order for equal lengths. */
const EXTRACTORS: Extractor[] = [absoluteDate, clockTime, partialDate, periodOfReference, relativeDate, durationOrSet, holiday];

/** Words that carry time themselves: an expression holds at least one (or a number). */
const TIME_WORDS = new Set<string>([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...SEASONS.keys(), ...UNITS.keys(), ...PARTS_OF_DAY.keys(),
  ...[...NUMBER_WORDS.keys()].filter((w) => w !== 'a' && w !== 'an'),
  'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'currently', 'nowadays', 'presently', 'recently', 'lately', 'soon',
  'ongoing', 'current', 'recent', 'future', 'past', 'term', 'run', 'moment', 'days', 'noon', 'midday', 'midnight',
  'annually', 'annual', 'yearly', 'monthly', 'weekly', 'daily', 'hourly', 'quarterly', 'biannual', 'biennial', 'nightly',
  'q1', 'q2', 'q3', 'q4', 'fiscal', 'financial', 'half', 'fy', 'christmas', 'halloween', 'valentine', 'new',
]);

/** Words that may open an expression a few tokens before its time word ("the end of the year"). */
const OPENERS = new Set<string>([
  ...ORDINALS.keys(), 'the', 'this', 'last', 'next', 'coming', 'previous', 'same', 'following', 'earlier', 'later',
  'more', 'most', 'very', 'quite', 'fairly', 'right', 'these', 'that', 'over', 'several', 'few', 'many', 'every', 'each',
  'per', 'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'under', 'less', 'at', 'additional',
  'extra', 'further', 'another', 'couple', 'a', 'an',
]);

/** For each token, whether an extractor can start there: a time word or number within reach. */
function startable(v: TokenView): Uint8Array {
  const n = v.length;
  const out = new Uint8Array(n);
  let nextTime = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    const t = v.tokens[i];
    if (t.kind === 'punct') continue;
    const raw = t.text;
    const timeish = t.kind === 'number' || TIME_WORDS.has(raw) || raw.includes('-') || (raw.length > 2 && (raw[0] === 'F' || raw[0] === 'f') && TIME_WORDS.has(v.at(i).slice(0, 2)));
    if (timeish) { nextTime = i; out[i] = 1; }
    else if (nextTime - i <= 5 && OPENERS.has(raw)) out[i] = 1;
    else if (raw.charCodeAt(0) < 97 && (TIME_WORDS.has(v.at(i)) || nextTime - i <= 5 && OPENERS.has(v.at(i)))) {
      // capitalized or upper-case forms: "Today", "MAY", "The"
      out[i] = 1;
      if (TIME_WORDS.has(v.at(i))) nextTime = i;
    }
  }
  return out;
}

export function scan(v: TokenView): Cand[] {
  const out: Cand[] = [];
  const may = startable(v);
  for (let i = 0; i < v.length;) {
    if (!may[i]) { i++; continue; }
    let best: Cand | undefined;
    for (const x of EXTRACTORS) {
      const c = x(v, i);
      if (c && c.e > c.s && (!best || c.e > best.e)) best = c;
    }
    if (best) { out.push(best); i = best.e; } else i++;
  }
  return out;
}
