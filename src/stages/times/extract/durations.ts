// Durations and sets: "fifteen years" (P15Y), "an additional five years", "two and a half
// hours" (PT2H30M), "a decade" (P10Y), "18 months", "fifty-year", "27-year", "the past
// decade", "several years" (PXY), "over the years", "every week" (SET P1W), "annually",
// "annual", "15 a year".
import type { Cand } from '../candidate.ts';
import { NUMBER_WORDS, UNITS, VAGUE_COUNTS, timeValues, timeWords, type Unit } from '../lexicon.ts';
import type { TokenView } from '../scanner.ts';
import { isDash } from './common.ts';
import { functionWords } from '../../../data/lexicon.ts';
const SPAN_PREPOSITIONS = functionWords('span-preposition');
const PLURAL_PERIODS = timeWords('plural-period');
const RECENT_FRAMES = timeWords('recent-frame');
const FRAME_SHIFTS = timeWords('frame-shift');
const FRAME_COUNTS = timeWords('frame-count');
const DURATION_JOINERS = timeWords('duration-joiner');
const FRAME_ADJECTIVES = timeWords('frame-adjective');
const COUNT_NOUNS = timeWords('count-noun');
const PAPER_NAME_WORDS = timeWords('paper-name-word');

export function durationOrSet(v: TokenView, i: number): Cand | undefined {
  return setWord(v, i) ?? everyUnit(v, i) ?? perUnit(v, i) ?? hyphenDuration(v, i) ?? theUnit(v, i) ??
    countedDuration(v, i) ?? vagueDuration(v, i);
}

/** TIMEX3 duration value for n units: hours and minutes after T, decades as years, halves kept exact. */
export function durationValue(n: number | undefined, unit: Unit): string {
  if (n === undefined || Number.isNaN(n)) return unit.code === 'DE' ? 'PXDE' : unit.code === 'CE' ? 'PXCE' : `P${unit.time ? 'T' : ''}X${unit.code === 'WE' ? 'W' : unit.code}`;
  if (unit.code === 'DE') return `P${n * 10}Y`;
  if (unit.code === 'CE') return `P${n * 100}Y`;
  if (unit.code === 'FN') return `P${n * 2}W`;
  if (unit.code === 'Q') return `P${n * 3}M`;
  if (unit.code === 'WE') return `P${n}WE`;
  if (unit.time) {
    if (!Number.isInteger(n)) {
      const whole = Math.floor(n), frac = n - whole;
      if (unit.code === 'H') return `PT${whole ? whole + 'H' : ''}${Math.round(frac * 60)}M`;
      if (unit.code === 'M') return `PT${whole ? whole + 'M' : ''}${Math.round(frac * 60)}S`;
    }
    return `PT${n}${unit.code}`;
  }
  return `P${n}${unit.code}`;
}

const SET_WORDS = timeValues('set-word');

function setWord(v: TokenView, i: number): Cand | undefined {
  const value = SET_WORDS.get(v.at(i));
  if (!value) return undefined;
  // "Daily Mail", "the Daily Telegraph": a capitalized set word inside a name
  if (v.capitalized(i) && !v.sentenceStart(i) && (v.capitalized(i + 1) || v.capitalized(i - 1))) return undefined;
  if (v.capitalized(i) && v.capitalized(i + 1) && v.tokens[i + 1]?.kind === 'word' && PAPER_NAME_WORDS.has(v.at(i + 1))) return undefined;
  // "annual profit" is a year's worth of profit (a duration); "annual conference" recurs (a set)
  if (v.at(i) === 'annual' && YEARLY_AMOUNTS.has(v.at(i + 1))) return { s: i, e: i + 1, type: 'DURATION', rule: 'times.duration.annual-amount', value };
  return { s: i, e: i + 1, type: 'SET', rule: 'times.set.adverb', value };
}

const YEARLY_AMOUNTS = timeWords('yearly-amount');

/** "every week", "each year", "every two weeks", "every Monday". */
function everyUnit(v: TokenView, i: number): Cand | undefined {
  const w = v.at(i);
  if (w !== 'every' && w !== 'each') return undefined;
  let k = i + 1;
  let n = 1;
  const c = NUMBER_WORDS.get(v.at(k)) ?? (v.isDigits(k) && v.at(k).length <= 2 ? +v.at(k) : undefined);
  if (c !== undefined && c > 1) { n = c; k++; }
  const unit = UNITS.get(v.at(k));
  if (unit && unit.code !== 'Q') return { s: i, e: k + 1, type: 'SET', rule: 'times.set.every', value: durationValue(n, unit) };
  return undefined;
}

/** "15 a year", "$2 billion a year", "twice a week", "per month". */
function perUnit(v: TokenView, i: number): Cand | undefined {
  const w = v.at(i);
  if (w !== 'a' && w !== 'per' && w !== 'an') return undefined;
  const unit = UNITS.get(v.at(i + 1));
  if (!unit || unit.plural || unit.code === 'Q' || unit.code === 'WE') return undefined;
  const prev = v.at(i - 1);
  const countBefore = v.isNumber(i - 1) || COUNT_NOUNS.has(prev);
  if (w === 'per' || countBefore) return { s: i, e: i + 2, type: 'SET', rule: 'times.set.per', value: durationValue(1, unit) };
  return undefined;
}

/** "fifty-year", "five-year", "27-year", "two-day", "12-hour", "decades-long". */
function hyphenDuration(v: TokenView, i: number): Cand | undefined {
  const w = v.at(i);
  const dash = w.lastIndexOf('-');
  if (dash > 0 && v.tokens[i].kind === 'word') {
    const head = w.slice(0, dash), tail = w.slice(dash + 1);
    if (tail === 'long' && UNITS.get(head)?.plural) {
      return { s: i, e: i + 1, type: 'DURATION', rule: 'times.duration.hyphen', value: durationValue(NaN, UNITS.get(head)!) };
    }
    const unit = UNITS.get(tail);
    const n = NUMBER_WORDS.get(head);
    // "five-year", "twenty-five-year"; not "a-year" or "single-day"
    if (unit && !unit.plural && n !== undefined && n > 0 && head !== 'a' && head !== 'an' && head !== 'single') {
      return { s: i, e: i + 1, type: 'DURATION', rule: 'times.duration.hyphen', value: durationValue(n, unit) };
    }
    const half = /^(\w+)-and-a-half$/.exec(head);
    if (unit && half && NUMBER_WORDS.has(half[1])) return { s: i, e: i + 1, type: 'DURATION', rule: 'times.duration.hyphen', value: durationValue(NUMBER_WORDS.get(half[1])! + 0.5, unit) };
    return undefined;
  }
  if (v.isDigits(i) && isDash(v.at(i + 1)) && v.touching(i, i + 1) && v.touching(i + 1, i + 2)) {
    const unit = UNITS.get(v.at(i + 2));
    if (unit && !unit.plural && v.at(i).length <= 3) return { s: i, e: i + 3, type: 'DURATION', rule: 'times.duration.hyphen', value: durationValue(+v.at(i), unit) };
  }
  return undefined;
}

/** A count: "five", "5", "2.5", "a", "twenty five", "two and a half", "a few", "several"; NaN for vague ones. */
function countAt(v: TokenView, i: number): { n: number; next: number } | undefined {
  const t = v.at(i);
  let n: number | undefined;
  let next = i + 1;
  if (v.isNumber(i) && /^\d+(\.\d+)?$/.test(t) && !(v.isDigits(i) && t.length === 4 && +t >= 1000)) n = +t;
  else if (/^\d{1,3}(,\d{3})+$/.test(t)) n = +t.replace(/,/g, '');
  else if (NUMBER_WORDS.has(t)) {
    n = NUMBER_WORDS.get(t)!;
    if (t === 'hundred') return undefined;
    if ((t === 'a' || t === 'an') && (v.at(i + 1) === 'few' || v.at(i + 1) === 'couple')) {
      return { n: NaN, next: v.at(i + 2) === 'of' ? i + 3 : i + 2 };
    }
    // "twenty five years"
    if (n >= 20 && n % 10 === 0 && NUMBER_WORDS.has(v.at(i + 1)) && NUMBER_WORDS.get(v.at(i + 1))! < 10 && NUMBER_WORDS.get(v.at(i + 1))! > 0 && v.at(i + 1) !== 'a' && v.at(i + 1) !== 'an') {
      n += NUMBER_WORDS.get(v.at(i + 1))!; next++;
    }
    if (v.at(next) === 'hundred') { n *= 100; next++; }
  } else if (VAGUE_COUNTS.has(t)) {
    if (t === 'couple' && v.at(i + 1) === 'of') next++;
    return { n: NaN, next };
  } else return undefined;
  // "two and a half"
  if (v.at(next) === 'and' && (v.at(next + 1) === 'a' || v.at(next + 1) === 'one') && v.at(next + 2) === 'half') { n += 0.5; next += 3; }
  return { n, next };
}

const SINGLE_FRAME_BEFORE = timeWords('single-frame-before');
const SINGLE_FRAME_AFTER = timeWords('single-frame-after');
const MEDIA = timeWords('media-duration');
const BEFORE_COUNT = timeWords('before-count');
const APPROX = timeValues('approx-before-count');

/** "fifteen years", "two and a half hours", "18 months", "a decade", "the next four years", "the past decade", "almost two years". */
function countedDuration(v: TokenView, i: number): Cand | undefined {
  let k = i;
  let mod: string | undefined;
  let s = i;
  if (APPROX.has(v.at(k)) && !(v.at(k) === 'over' && v.at(k + 1) === 'the')) { mod = APPROX.get(v.at(k)); k++; }
  else if ((v.at(k) === 'more' || v.at(k) === 'less') && v.at(k + 1) === 'than') { mod = v.at(k) === 'more' ? 'MORE_THAN' : 'LESS_THAN'; k += 2; }
  else if (v.at(k) === 'at' && (v.at(k + 1) === 'least' || v.at(k + 1) === 'most')) { mod = v.at(k + 1) === 'least' ? 'EQUAL_OR_MORE' : 'EQUAL_OR_LESS'; k += 2; }
  if (v.at(k) === 'the' && FRAME_ADJECTIVES.has(v.at(k + 1))) k += 2;
  else if ((v.at(k) === 'an' || v.at(k) === 'a') && BEFORE_COUNT.has(v.at(k + 1))) k += 2;
  else if (BEFORE_COUNT.has(v.at(k)) && v.at(k) !== 'more') k++;
  if (v.at(k) === 'half' && (v.at(k + 1) === 'a' || v.at(k + 1) === 'an')) {
    const unit = UNITS.get(v.at(k + 2));
    if (unit && !unit.plural) return { s, e: k + 3, type: 'DURATION', rule: 'times.duration.count', value: durationValue(0.5, unit), mod };
    return undefined;
  }
  const c = countAt(v, k);
  if (!c) return undefined;
  // "between 60 and 90 days", "two to three years": the first count shares the unit
  const joiner = v.at(c.next);
  if (DURATION_JOINERS.has(joiner) && !UNITS.has(joiner)) {
    const c2 = countAt(v, c.next + 1);
    const unit2 = c2 && UNITS.get(v.at(c2.next));
    if (c2 && unit2 && unit2.plural && !Number.isNaN(c.n) && c.n < c2.n && v.at(c.next - 1) !== 'a') {
      return { s, e: c.next, type: 'DURATION', rule: 'times.duration.count-range', value: durationValue(c.n, unit2), mod };
    }
  }
  const unit = UNITS.get(v.at(c.next));
  if (!unit) return undefined;
  // "a second" and "a quarter" are ordinals and fractions far more often than durations
  if ((unit.code === 'S' || unit.code === 'Q' || unit.code === 'WE') && !unit.plural) return undefined;
  if (unit.code === 'M' && unit.time && v.at(c.next) === 'minute' && !v.isNumber(k) && v.at(k) !== 'a' && v.at(k) !== 'one') return undefined;
  if (!unit.plural && c.n > 1 && Number.isInteger(c.n)) return undefined;
  let e = c.next + 1;
  // "a day to celebrate", "one day the United States might": a lone "a day" needs a frame
  if (c.n === 1 && !unit.plural && k === i && (v.at(k) === 'a' || v.at(k) === 'an' || v.at(k) === 'one') &&
      !SINGLE_FRAME_BEFORE.has(v.at(i - 1)) && !SINGLE_FRAME_AFTER.has(v.at(e))) return undefined;
  // "75 hours of video": a capacity, not a stretch of time
  if (v.at(e) === 'of' && MEDIA.has(v.at(e + 1))) return undefined;
  let n = c.n;
  // "an hour and a half", "a year and a half"
  if (v.at(e) === 'and' && v.at(e + 1) === 'a' && v.at(e + 2) === 'half') { n += 0.5; e += 3; }
  // "a year ago" is a date (the relative extractors own it); "56 years old" is an age
  if (v.at(e) === 'ago' || v.at(e) === 'old') return undefined;
  if (v.at(e) === '-' && v.at(e + 1) === 'old') return undefined;
  return { s, e, type: 'DURATION', rule: 'times.duration.count', value: durationValue(n, unit), mod };
}

/** "the past year", "the past week" (P1Y, P1W); "the last year" is the previous calendar year. */
function theUnit(v: TokenView, i: number): Cand | undefined {
  if (v.at(i) !== 'the') return undefined;
  const w = v.at(i + 1);
  const unit = UNITS.get(v.at(i + 2));
  if (!unit || unit.plural || unit.code === 'S' || unit.code === 'Q') return undefined;
  if (w === 'past' || w === 'coming') return { s: i, e: i + 3, type: 'DURATION', rule: 'times.duration.the-unit', value: durationValue(1, unit) };
  // "the last year" is the previous calendar year; "the last day" means nothing without a story to anchor it
  if (w === 'last' && unit.code === 'Y' && v.at(i + 3) !== 'of') {
    return { s: i, e: i + 3, type: 'DATE', rule: 'times.relative.the-last-unit', spec: { grain: 'Y', offset: -1, base: 'ref' } };
  }
  return undefined;
}

/** "several years", "recent years", "for years", "over the years", "decades", "the coming months". */
function vagueDuration(v: TokenView, i: number): Cand | undefined {
  let k = i;
  const w = v.at(k);
  if (w === 'the' && RECENT_FRAMES.has(v.at(k + 1))) k++;
  else if (w === 'the' && PLURAL_PERIODS.has(v.at(k + 1)) && SPAN_PREPOSITIONS.has(v.at(i - 1))) k++;
  if (FRAME_SHIFTS.has(v.at(k))) {
    if (k === i) return undefined;
    k++;
    if (FRAME_COUNTS.has(v.at(k))) k++;
  } else if (v.at(k) === 'recent') k++;
  const unit = UNITS.get(v.at(k));
  if (!unit || !unit.plural || unit.code === 'S' || unit.code === 'Q' || unit.code === 'WE') return undefined;
  if (k === i) {
    // a bare plural unit: "for years", "decades of", "over the years"
    const prev = v.at(i - 1);
    if (!(prev === 'for' || prev === 'in' && v.at(i + 1) !== 'of' || unit.code === 'DE' && v.at(i + 1) !== 'of' || prev === 'the' && v.at(i - 2) === 'over')) return undefined;
    if (v.at(i + 1) === 'old' || v.at(i + 1) === 'ago' || v.at(i + 1) === 'later') return undefined;
  }
  return { s: i, e: k + 1, type: 'DURATION', rule: 'times.duration.vague', value: durationValue(NaN, unit) };
}
