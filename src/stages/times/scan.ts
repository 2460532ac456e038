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
import { MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, timeWords } from './lexicon.ts';
import { periodOfReference } from './refine/modifiers.ts';
import type { TokenView } from './scanner.ts';

type Extractor = (v: TokenView, i: number) => Cand | undefined;

const HOLIDAY_STARTS = timeWords('holiday-start');

/** In priority order for equal lengths. */
const EXTRACTORS: Extractor[] = [absoluteDate, clockTime, partialDate, periodOfReference, relativeDate, durationOrSet, holiday];

/** Words that carry time themselves: an expression holds at least one (or a number). */
const TIME_WORDS = new Set<string>([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...SEASONS.keys(), ...UNITS.keys(), ...PARTS_OF_DAY.keys(),
  ...[...NUMBER_WORDS.keys()].filter((w) => w !== 'a' && w !== 'an'),
  ...timeWords('time-word'),
]);

/** Words that may open an expression a few tokens before its time word ("the end of the year"). */
const OPENERS = new Set<string>([
  ...ORDINALS.keys(), ...timeWords('opener'),
]);

const TIME_WORD = 1, OPENER = 2, OTHER = 0;
/** Classes of token texts seen so far: texts repeat across documents, so this is mostly one lookup. */
const classOf = new Map<string, number>();

/** (first two letters, last letter, length) of the words above: most tokens are ruled out without hashing a string. */
const shapes = new Uint8Array(32 * 32 * 32 * 16);
const shapeOf = (raw: string) =>
  ((raw.charCodeAt(0) | 32) & 31) << 14 | ((raw.charCodeAt(1) | 32) & 31) << 9 | ((raw.charCodeAt(raw.length - 1) | 32) & 31) << 4 | Math.min(raw.length, 15);
for (const w of [...TIME_WORDS, ...OPENERS]) shapes[shapeOf(w)] = 1;

function classify(raw: string): number {
  if (!shapes[shapeOf(raw)] && raw.indexOf('-') < 0 && !((raw.charCodeAt(0) | 32) === 102 && (raw.charCodeAt(1) | 32) === 121)) return OTHER;
  let c = classOf.get(raw);
  if (c !== undefined) return c;
  const low = raw.toLowerCase();
  c = TIME_WORDS.has(low) || raw.includes('-') || (low.length > 2 && low.startsWith('fy')) ? TIME_WORD : OPENERS.has(low) ? OPENER : OTHER;
  if (classOf.size > 500_000) classOf.clear(); // bounded: a long run over many vocabularies stays small
  classOf.set(raw, c);
  return c;
}

const CURRENCY = new Set(['$', '€', '£', '¥']);

/** A number is a time word unless it is a price or a decimal or grouped number without a unit after it. */
function numberClass(v: TokenView, i: number): number {
  const t = v.tokens[i].text;
  if (i > 0 && CURRENCY.has(v.tokens[i - 1].text)) return OTHER;
  // "1.5 years", "1.5 to 2 years"
  if ((t.includes(',') || t.includes('.')) && !UNITS.has(v.at(i + 1)) && !UNITS.has(v.at(i + 3))) return OTHER;
  return TIME_WORD;
}

/** For each token, whether an extractor can start there: a time word or number within reach. */
let startBuffer = new Uint8Array(4096);

function startable(v: TokenView): Uint8Array {
  const n = v.length;
  // one buffer reused across documents: a stage run allocates nothing per token
  if (startBuffer.length < n) startBuffer = new Uint8Array(n * 2);
  const out = startBuffer;
  out.fill(0, 0, n);
  let nextTime = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    const t = v.tokens[i];
    if (t.kind === 'punct') continue;
    const c = t.kind === 'number' ? numberClass(v, i) : classify(t.text);
    if (c === TIME_WORD) { nextTime = i; out[i] = 1; }
    else if (c === OPENER && nextTime - i <= 5) out[i] = 1;
  }
  return out;
}

export function scan(v: TokenView): Cand[] {
  const out: Cand[] = [];
  const may = startable(v);
  for (let i = 0; i < v.length;) {
    if (!may[i]) { i++; continue; }
    let best: Cand | undefined;
    const t = v.tokens[i];
    const isNum = t.kind === 'number';
    const low = v.at(i);
    for (const x of EXTRACTORS) {
      // cheap first-token tests for the families that need a number or a month, or a few words
      if (x === absoluteDate && !isNum && !MONTHS.has(low)) continue;
      if (x === clockTime && !isNum && low !== 'noon' && low !== 'midday' && low !== 'midnight') continue;
      if (x === holiday && !HOLIDAY_STARTS.has(low)) continue;
      const c = x(v, i);
      if (c && c.e > c.s && (!best || c.e > best.e)) best = c;
    }
    if (best) { out.push(best); i = best.e; } else i++;
  }
  return out;
}
