// Words the time scanners read: month and weekday names, number words, units
// (data/lexicon/time-words.tsv through the one loader). Lookups are by lowercased token text;
// all tables are built once at load.
import { numberWords, numbersOfKind, rowsOfKind, valuesOfKind, wordsOfKind } from '../../data/lexicon.ts';

const FILE = 'lexicon/time-words.tsv';
const numbers = (kind: string): ReadonlyMap<string, number> => numbersOfKind(FILE, kind);

export const MONTHS = numbers('month');

/** Month names that are also common English words: they need a date-like neighbour. */
export const AMBIGUOUS_MONTHS = wordsOfKind(FILE, 'ambiguous-month');

/** ISO weekday: Monday 1 … Sunday 7. */
export const WEEKDAYS = numbers('weekday');

/** Part of day, TIMEX3 codes. */
export const PARTS_OF_DAY = new Map(valuesOfKind(FILE, 'part-of-day'));

export const SEASONS = new Map(valuesOfKind(FILE, 'season'));

/** Cardinal number words up to ninety-nine ("twenty-five" as one token too: generated from tens and ones). */
export const NUMBER_WORDS = new Map<string, number>();
{
  const listed = numberWords('cardinal', numbers('number-word'));
  // the word of each unit 1-9, first listed ("one", not "a" or "single")
  const ones = new Map<number, string>();
  for (const [w, n] of listed) if (n >= 1 && n <= 9 && !ones.has(n)) ones.set(n, w);
  for (const [w, n] of listed) {
    NUMBER_WORDS.set(w, n);
    if (n >= 20 && n <= 90 && n % 10 === 0) for (const [k, one] of ones) NUMBER_WORDS.set(`${w}-${one}`, n + k);
  }
}

/** Words for an unspecified count: "several years" → PXY. */
export const VAGUE_COUNTS = wordsOfKind(FILE, 'vague-count');

export const ORDINALS = numberWords('ordinal', numbers('ordinal'));

/** Duration units: TIMEX3 letter and whether it sits after the T. */
export interface Unit { code: string; time: boolean; plural: boolean }
export const UNITS = new Map<string, Unit>(
  rowsOfKind(FILE, 'unit').map((r) => [r[0], { code: r[2], time: r[3] === 'time', plural: r[4] === 'plural' }]));

/** Time zones: offset from UTC in minutes. */
export const ZONES = numbers('zone');

/** The cue words of one kind (lower case): the scanners', refiners' and tense reader's word classes. */
export const timeWords = (kind: string): ReadonlySet<string> => wordsOfKind(FILE, kind);
/** Word → value (as written in the list) for one kind. */
export const timeValues = (kind: string): ReadonlyMap<string, string> => valuesOfKind(FILE, kind);
/** Word → number for one kind. */
export const timeNumbers = (kind: string): ReadonlyMap<string, number> => numbers(kind);
/** The phrases of one kind as word arrays, in the list's order (the first that matches wins). */
export const timePhrases = (kind: string): string[][] => rowsOfKind(FILE, kind).map((r) => r[0].toLowerCase().split(' '));
