// Deictic and relative dates: "today", "yesterday morning", "on Tuesday", "last week",
// "earlier this month", "three days ago", "the following day", "now", "recently",
// "the future", "On the last day of his trip". Values are resolved later, against the
// publication date ('ref') or the narrative ('narr').
import type { Cand, DateSpec, Grain } from '../candidate.ts';
import { MONTHS, NUMBER_WORDS, PARTS_OF_DAY, UNITS, WEEKDAYS, timeNumbers, timePhrases, timeValues, timeWords } from '../lexicon.ts';
import type { TokenView } from '../scanner.ts';
import { isWeekdayDate } from '../refine/traps.ts';
import { functionWords } from '../../../data/lexicon.ts';
const WHOLE_WORDS = timeWords('whole-word');
const DEGREE_ADVERBS = timeWords('degree-adverb');
const SOON_CONJUNCTION_AFTER = timeWords('soon-conjunction-after');
const TERM_LENGTHS = timeWords('term-length');
const AFTER_UNIT_SHIFTS = timeNumbers('after-unit-shift');
const FRAME_COUNTS = timeWords('frame-count');
const PERIOD_DAY_ORDINALS = timeNumbers('period-day-ordinal');
const YEAR_AGO_NOUNS = timeWords('year-ago-noun');
const TRIP_DETERMINERS = functionWords('trip-determiner');
const NARRATIVE_STOPS = functionWords('narrative-stop');
const PAST_NOUN_PREPOSITIONS = functionWords('past-noun-preposition');
const VAGUE_QUANTITIES = timeWords('vague-quantity');
const NOT_FUTURE_NOUN_BEFORE = functionWords('not-future-noun-before');
const FUTURE_ADJECTIVES = timeWords('future-adjective');
const COORDINATORS = functionWords('coordinator');

export function relativeDate(v: TokenView, i: number): Cand | undefined {
  return deictic(v, i) ?? samePeriod(v, i) ?? wholePeriod(v, i) ?? presentAdjective(v, i) ?? referenceWord(v, i) ?? shiftedUnit(v, i) ?? ago(v, i) ?? narrative(v, i) ??
    tripDay(v, i) ?? weekday(v, i);
}

const DAY_WORDS = timeNumbers('day-word');

/** "today", "yesterday", "earlier today", "tomorrow morning", "tonight", "last night", "this morning". */
function deictic(v: TokenView, i: number): Cand | undefined {
  let k = i;
  if (v.at(k) === 'earlier' || v.at(k) === 'later') {
    if (v.at(k + 1) !== 'today' && v.at(k + 1) !== 'tonight') return undefined;
    k++;
  }
  const w = v.at(k);
  let offset = DAY_WORDS.get(w);
  let partOfDay: string | undefined = w === 'tonight' ? 'NI' : undefined;
  if (offset !== undefined) {
    k++;
    const pod = PARTS_OF_DAY.get(v.at(k));
    if (pod && !partOfDay) { partOfDay = pod; k++; }
  } else if ((w === 'this' || w === 'last') && PARTS_OF_DAY.has(v.at(k + 1)) && v.at(k + 1) !== 'tonight') {
    // "this morning" is today's; "last night" is yesterday's
    offset = w === 'last' ? -1 : 0;
    partOfDay = PARTS_OF_DAY.get(v.at(k + 1));
    if (w === 'last' && partOfDay !== 'NI') return undefined;
    k += 2;
  } else return undefined;
  // "today's" keeps its possessive outside the span
  return {
    s: i, e: k, type: partOfDay ? 'TIME' : 'DATE', rule: partOfDay ? 'times.relative.day-part' : 'times.relative.deictic',
    spec: { grain: 'D', offset, base: 'ref', partOfDay },
  };
}

const REF_WORDS = timeValues('reference-word');

/** "now", "currently", "recently", "more recently", "very soon", "the past", "the future", "the long term". */
function referenceWord(v: TokenView, i: number): Cand | undefined {
  let k = i;
  const w0 = v.at(k);
  if (DEGREE_ADVERBS.has(w0) && REF_WORDS.has(v.at(k + 1))) k++;
  const w = v.at(k);
  const ref = REF_WORDS.get(w);
  if (ref) {
    if (w === 'soon' && (SOON_CONJUNCTION_AFTER.has(v.at(k + 1)) || v.at(i - 1) === 'as')) return undefined;
    if (w === 'ongoing' && v.tokens[k + 1]?.kind === 'word' && !COORDINATORS.has(v.at(k + 1))) return undefined;
    return { s: i, e: k + 1, type: 'DATE', rule: 'times.relative.reference', value: ref };
  }
  if (w0 === 'these' && v.at(i + 1) === 'days') return { s: i, e: i + 2, type: 'DATE', rule: 'times.relative.reference', value: 'PRESENT_REF' };
  if (w0 !== 'the') return undefined;
  k = i + 1;
  if (FUTURE_ADJECTIVES.has(v.at(k))) k++;
  const head = v.at(k);
  // a time word, not the head of a longer noun phrase ("the future of the company" is still the future)
  if (head === 'future' && !(v.tokens[k + 1]?.kind === 'word' && !NOT_FUTURE_NOUN_BEFORE.has(v.at(k + 1)))) {
    return { s: i, e: k + 1, type: 'DATE', rule: 'times.relative.reference', value: 'FUTURE_REF' };
  }
  if (head === 'past' && k === i + 1 && v.tokens[k + 1]?.kind !== 'number' && !NUMBER_WORDS.has(v.at(k + 1)) && !UNITS.has(v.at(k + 1)) &&
      !VAGUE_QUANTITIES.has(v.at(k + 1)) && PAST_NOUN_PREPOSITIONS.has(v.at(i - 1))) {
    return { s: i, e: k + 1, type: 'DATE', rule: 'times.relative.reference', value: 'PAST_REF' };
  }
  if (TERM_LENGTHS.has(head) && (v.at(k + 1) === 'term' || v.at(k + 1) === 'run') && k === i + 1) {
    return { s: i, e: k + 2, type: 'DATE', rule: 'times.relative.reference', value: 'FUTURE_REF' };
  }
  if (head === 'moment' && k === i + 1 && (v.at(i - 1) === 'at' || v.at(i - 1) === 'for')) {
    return { s: i, e: k + 1, type: 'DATE', rule: 'times.relative.reference', value: 'PRESENT_REF' };
  }
  return undefined;
}

const SHIFT = timeNumbers('shift');
const SHIFT_UNITS = timeValues('shift-unit') as ReadonlyMap<string, Grain>;

/** "last week", "next month", "this year", "earlier this month", "later this year", "last June", "next Tuesday", "this weekend". */
function shiftedUnit(v: TokenView, i: number): Cand | undefined {
  let k = i;
  let rule = 'times.relative.shift';
  if (v.at(k) === 'earlier' || v.at(k) === 'later') { k++; rule = 'times.relative.shift-within'; }
  let w = v.at(k);
  // "the last week", "the coming weeks" belong to durations; "the previous year" to the narrative
  if (w === 'the') return undefined;
  if (w === 'over' && v.at(k + 1) === 'the' && v.at(k + 2) === 'weekend') { k += 2; w = 'the'; }
  if (w === 'the' && v.at(k + 1) === 'weekend') {
    return { s: i, e: k + 2, type: 'DATE', rule: 'times.relative.weekend', spec: { grain: 'WE', offset: 0, base: 'ref' } };
  }
  const shift = SHIFT.get(w);
  if (shift === undefined) return undefined;
  if (w === 'current' || w === 'previous') return undefined;
  const u = v.at(k + 1);
  const grain = SHIFT_UNITS.get(u);
  if (grain) {
    if (rule.endsWith('within') && shift !== 0) return undefined;
    return { s: i, e: k + 2, type: 'DATE', rule, spec: { grain, offset: shift, base: 'ref' } };
  }
  if (rule.endsWith('within')) return undefined;
  const month = MONTHS.get(u);
  if (month !== undefined && v.capitalized(k + 1) && u.length > 3) {
    return { s: i, e: k + 2, type: 'DATE', rule: 'times.relative.shift-month', spec: { grain: 'M', month, offset: shift, base: 'ref' } };
  }
  const wd = WEEKDAYS.get(u);
  if (wd !== undefined && v.capitalized(k + 1)) {
    const spec: DateSpec = { grain: 'D', weekday: wd, offset: shift, base: 'ref' };
    let e = k + 2;
    const pod = PARTS_OF_DAY.get(v.at(e));
    if (pod) { spec.partOfDay = pod; e++; }
    return { s: i, e, type: pod ? 'TIME' : 'DATE', rule: 'times.relative.shift-weekday', spec };
  }
  return undefined;
}

function countAt(v: TokenView, i: number): { n: number; next: number } | undefined {
  const t = v.at(i);
  if (v.isDigits(i) && t.length <= 3) return { n: +t, next: i + 1 };
  const n = NUMBER_WORDS.get(t);
  if (n !== undefined) {
    if (n === 100 || n === 12 && t === 'dozen') return undefined;
    if (t === 'a' && v.at(i + 1) === 'few') return { n: NaN, next: i + 2 };
    return { n, next: i + 1 };
  }
  if (FRAME_COUNTS.has(t)) return { n: NaN, next: i + 1 };
  return undefined;
}

/** "three days ago", "a year ago", "two decades ago". */
function ago(v: TokenView, i: number): Cand | undefined {
  const c = countAt(v, i);
  if (!c) return undefined;
  const unit = UNITS.get(v.at(c.next));
  if (!unit || unit.time || unit.code === 'Q' || unit.code === 'WE' || unit.code === 'FN' || v.at(c.next + 1) !== 'ago') return undefined;
  const grain = (unit.code === 'CE' ? 'CE' : unit.code) as Grain;
  const spec: DateSpec = { grain, offset: Number.isNaN(c.n) ? undefined : -c.n, base: 'ref' };
  if (Number.isNaN(c.n)) return { s: i, e: c.next + 2, type: 'DATE', rule: 'times.relative.ago', value: 'PAST_REF' };
  return { s: i, e: c.next + 2, type: 'DATE', rule: 'times.relative.ago', spec };
}

const NARR_SHIFT = timeNumbers('narrative-shift');

/** "the following day", "the next day", "the day before", "the previous year", "the year before", "that year", "the same day", "three days later". */
function narrative(v: TokenView, i: number): Cand | undefined {
  const w = v.at(i);
  if (w === 'the') {
    const a = v.at(i + 1), b = v.at(i + 2);
    const unitA = SHIFT_UNITS.get(b) ?? (b === 'day' ? 'D' as Grain : undefined);
    if (NARR_SHIFT.has(a) && unitA) {
      // "the next year" after a publication-relative context still counts from the story's time
      return { s: i, e: i + 3, type: 'DATE', rule: 'times.relative.narrative', spec: { grain: unitA, offset: NARR_SHIFT.get(a)!, base: 'narr' } };
    }
    const unitB = SHIFT_UNITS.get(a) ?? (a === 'day' ? 'D' as Grain : undefined);
    // "the day before" ends its phrase; "the day after airing" is relative to an event, not the story's day
    const ends = !v.sameSentence(i, i + 3) || v.tokens[i + 3]?.kind === 'punct' || NARRATIVE_STOPS.has(v.at(i + 3));
    const shift = AFTER_UNIT_SHIFTS.get(b);
    if (unitB && shift !== undefined && ends) {
      return { s: i, e: i + 3, type: 'DATE', rule: 'times.relative.narrative', spec: { grain: unitB, offset: shift, base: 'narr' } };
    }
    return undefined;
  }
  if (w === 'that' && (v.at(i + 1) === 'year' || v.at(i + 1) === 'month') && v.tokens[i + 2]?.kind !== 'word') {
    return { s: i, e: i + 2, type: 'DATE', rule: 'times.relative.narrative', spec: { grain: v.at(i + 1) === 'year' ? 'Y' : 'M', offset: 0, base: 'narr' } };
  }
  const c = countAt(v, i);
  if (c && !Number.isNaN(c.n) && v.at(i) !== 'one' && (v.at(c.next + 1) === 'later' || v.at(c.next + 1) === 'earlier') && v.at(c.next + 2) !== 'than') {
    const unit = UNITS.get(v.at(c.next));
    if (!unit || unit.time || !['D', 'W', 'M', 'Y'].includes(unit.code)) return undefined;
    const sign = v.at(c.next + 1) === 'later' ? 1 : -1;
    return { s: i, e: c.next + 2, type: 'DATE', rule: 'times.relative.narrative-count', spec: { grain: unit.code as Grain, offset: sign * c.n, base: 'narr' } };
  }
  return undefined;
}

const TRIP_WORDS = timeWords('trip-word');

/** "the last day of his trip", "the first day of the summit": a day of a range the text gave earlier. */
function tripDay(v: TokenView, i: number): Cand | undefined {
  if (v.at(i) !== 'the') return undefined;
  const which = v.at(i + 1);
  const dayOf = PERIOD_DAY_ORDINALS.get(which);
  if (dayOf === undefined || v.at(i + 2) !== 'day' || v.at(i + 3) !== 'of') return undefined;
  let k = i + 4;
  // "the last day of the year", "the first day of March": a calendar day, not a story's range
  const last0 = dayOf < 0;
  if (v.at(k) === 'the' && (v.at(k + 1) === 'year' || v.at(k + 1) === 'month')) {
    return { s: i, e: k + 2, type: 'DATE', rule: 'times.relative.day-of-period', spec: { grain: 'D', base: 'ref', offset: 0, dayOf: last0 ? -1 : 1, dayOfUnit: v.at(k + 1) === 'year' ? 'Y' : 'M' } };
  }
  const m = MONTHS.get(v.at(k));
  if (m !== undefined && v.capitalized(k) && v.at(k).length > 3) {
    return { s: i, e: k + 1, type: 'DATE', rule: 'times.relative.day-of-period', spec: { grain: 'D', month: m, dayOf: last0 ? -1 : 1, dayOfUnit: 'M' } };
  }
  if (TRIP_DETERMINERS.has(v.at(k))) k++;
  while (k < i + 8 && v.tokens[k]?.kind === 'word' && !TRIP_WORDS.has(v.at(k)) && !v.capitalized(k)) k++;
  while (k < i + 9 && v.capitalized(k) && !TRIP_WORDS.has(v.at(k))) k++;
  if (!TRIP_WORDS.has(v.at(k))) return undefined;
  const last = dayOf < 0;
  return { s: i, e: k + 1, type: 'DATE', rule: 'times.relative.range-day', spec: { grain: 'D', base: last ? 'range-end' : 'range-start' } };
}

/** "Tuesday", "on Tuesday", "Tuesday morning", "Thursday night". */
function weekday(v: TokenView, i: number): Cand | undefined {
  const wd = WEEKDAYS.get(v.at(i));
  if (wd === undefined || !isWeekdayDate(v, i)) return undefined;
  const spec: DateSpec = { grain: 'D', weekday: wd, base: 'ref' };
  let e = i + 1;
  const pod = PARTS_OF_DAY.get(v.at(e));
  if (pod && v.at(e) !== 'tonight') { spec.partOfDay = pod; e++; }
  return { s: i, e, type: pod ? 'TIME' : 'DATE', rule: pod ? 'times.relative.weekday-part' : 'times.relative.weekday', spec };
}

const PERIOD_WORDS = timeValues('period-word') as ReadonlyMap<string, Grain>;
const YEAR_AGO: [string[], number][] = timePhrases('year-ago-phrase').map((words) => [words, words.length]);

/** "the same period last year", "the same month a year ago": the story's last period, a year back. */
function samePeriod(v: TokenView, i: number): Cand | undefined {
  // financial news: "the year-earlier period", "the year-ago quarter"
  if (v.at(i) === 'the' && (v.at(i + 1) === 'year-earlier' || v.at(i + 1) === 'year-ago')) {
    const g = PERIOD_WORDS.get(v.at(i + 2));
    if (g || YEAR_AGO_NOUNS.has(v.at(i + 2))) {
      return { s: i, e: i + 3, type: 'DATE', rule: 'times.relative.same-period', spec: { grain: g ?? 'M', base: 'narr', yearOffset: -1 } };
    }
  }
  if (v.at(i) !== 'the' || v.at(i + 1) !== 'same') return undefined;
  const grain = PERIOD_WORDS.get(v.at(i + 2));
  if (!grain) return undefined;
  let k = i + 3;
  if (v.at(k) === 'of' && v.at(k + 1) !== 'last' && v.at(k + 1) !== 'the') return undefined;
  for (const [words, n] of YEAR_AGO) {
    if (n && words.every((w, j) => v.at(k + j) === w)) {
      return { s: i, e: k + n, type: 'DATE', rule: 'times.relative.same-period', spec: { grain, base: 'narr', yearOffset: -1 } };
    }
  }
  return undefined;
}

/** "the entire year", "the whole month": the period the story is in. */
function wholePeriod(v: TokenView, i: number): Cand | undefined {
  if (v.at(i) !== 'the' || !WHOLE_WORDS.has(v.at(i + 1))) return undefined;
  const u = v.at(i + 2);
  if ((u !== 'year' && u !== 'month') || v.at(i + 3) === 'of') return undefined;
  return { s: i, e: i + 3, type: 'DATE', rule: 'times.relative.whole-period', spec: { grain: u === 'year' ? 'Y' : 'M', offset: 0, base: 'narr' } };
}

const STATE_NOUNS = timeWords('state-noun');

/** "the current weakened state", "the ongoing recession", "the recent downturn": the adjective is the time. */
function presentAdjective(v: TokenView, i: number): Cand | undefined {
  const w = v.at(i);
  if ((w !== 'current' && w !== 'ongoing' && w !== 'recent') || v.at(i - 1) !== 'the') return undefined;
  if (!STATE_NOUNS.has(v.at(i + 1)) && !(STATE_NOUNS.has(v.at(i + 2)) && v.tokens[i + 1]?.kind === 'word')) return undefined;
  return { s: i, e: i + 1, type: 'DATE', rule: 'times.relative.adjective', value: w === 'recent' ? 'PAST_REF' : 'PRESENT_REF' };
}
