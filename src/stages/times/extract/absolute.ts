// Absolute calendar dates: "September 22, 2003", "22 September 2003", "Sept. 22",
// "June 19-24", "9/22/2003", "7/8/07", "2003-09-22", "the 24th of June".
import type { Cand } from '../candidate.ts';
import { dayNumber, yearNumber, type TokenView } from '../scanner.ts';
import { isDash, monthAt, yearAfter } from './common.ts';
import { timeWords } from '../lexicon.ts';

const RANGE_ENDS = timeWords('range-end');

export function absoluteDate(v: TokenView, i: number): Cand | undefined {
  return monthDay(v, i) ?? dayMonth(v, i) ?? numericDate(v, i);
}

/** "19-24", and "from 19 to 24", "between 19 and 24" when the first day follows from/between. */
function isRangeJoin(v: TokenView, first: number, k: number): boolean {
  const w = v.at(k);
  if (isDash(w)) return true;
  const before = v.at(first - 1);
  return RANGE_ENDS.has(w) && before === 'from' || w === 'and' && before === 'between';
}

function dayAt(v: TokenView, i: number): number | undefined {
  return v.isNumber(i) ? dayNumber(v.raw(i)) : undefined;
}

/** "September 22, 2003", "Sept. 22", "June 19-24", "June 19 - July 2, 2017" (the first half). */
function monthDay(v: TokenView, i: number): Cand | undefined {
  const m = monthAt(v, i);
  if (!m) return undefined;
  const day = dayAt(v, m.next);
  if (day === undefined) return undefined;
  // "May 5:30" is not a date; the day must not run into a clock time or a decimal
  let k = m.next + 1;
  let until: Cand['until'];
  let rule = 'times.absolute.month-day';
  if (isRangeJoin(v, i, k) && dayAt(v, k + 1) !== undefined && dayAt(v, k + 1)! > day) {
    until = { grain: 'D', month: m.month, day: dayAt(v, k + 1) };
    k += 2;
    rule = 'times.absolute.month-day-range';
  }
  const y = yearAfter(v, k);
  const spec = { grain: 'D' as const, month: m.month, day, year: y?.year, yearOffset: y?.yearOffset };
  if (until && y) { until.year = y.year; until.yearOffset = y.yearOffset; }
  if (y) rule += '-year';
  return { s: i, e: y ? y.next : k, type: 'DATE', rule, spec, until };
}

/** "22 September 2003", "11 December", "19-24 June", "the 24th of June". */
function dayMonth(v: TokenView, i: number): Cand | undefined {
  let day = dayAt(v, i);
  if (day === undefined) return undefined;
  let k = i + 1;
  let untilDay: number | undefined;
  if (isRangeJoin(v, i, k) && dayAt(v, k + 1) !== undefined && dayAt(v, k + 1)! > day) { untilDay = dayAt(v, k + 1); k += 2; }
  if (v.at(k) === 'of' && /\d(st|nd|rd|th)$/.test(v.at(untilDay ? k - 1 : i))) k++;
  const m = monthAt(v, k);
  if (!m) return undefined;
  const y = yearAfter(v, m.next);
  const spec = { grain: 'D' as const, month: m.month, day, year: y?.year, yearOffset: y?.yearOffset };
  const until = untilDay ? { grain: 'D' as const, month: m.month, day: untilDay, year: y?.year, yearOffset: y?.yearOffset } : undefined;
  return {
    s: i, e: y ? y.next : m.next, type: 'DATE', spec, until,
    rule: `times.absolute.day-month${untilDay ? '-range' : ''}${y ? '-year' : ''}`,
  };
}

/** "9/22/2003", "7/8/07" (US order unless the first part cannot be a month), "2003-09-22". */
function numericDate(v: TokenView, i: number): Cand | undefined {
  // ISO week: "2017-W41"
  if (v.isDigits(i) && v.at(i + 1) === '-' && /^w\d\d$/.test(v.at(i + 2)) && v.touching(i, i + 1) && v.touching(i + 1, i + 2)) {
    const year = yearNumber(v.raw(i)), week = +v.at(i + 2).slice(1);
    if (year !== undefined && week >= 1 && week <= 53) return { s: i, e: i + 3, type: 'DATE', rule: 'times.absolute.iso-week', spec: { grain: 'W', year, week } };
  }
  if (!v.isDigits(i) || !v.isDigits(i + 2) || !v.isDigits(i + 4)) return undefined;
  const sep = v.at(i + 1);
  if ((sep !== '/' && sep !== '-') || v.at(i + 3) !== sep) return undefined;
  for (let k = i; k < i + 4; k++) if (!v.touching(k, k + 1)) return undefined;
  // a fourth part glued on is a phone number or a code, not a date
  if (v.touching(i + 4, i + 5) && (v.at(i + 5) === sep || v.isNumber(i + 5))) return undefined;
  if (v.touching(i - 1, i) && (v.at(i - 1) === sep || v.isNumber(i - 1))) return undefined;
  const a = v.raw(i), b = v.raw(i + 2), c = v.raw(i + 4);
  let year: number | undefined, month: number, day: number;
  if (sep === '-' && a.length === 4) {
    year = yearNumber(a); month = +b; day = +c;
    if (b.length !== 2 || c.length !== 2) return undefined;
  } else if (sep === '/') {
    if (c.length === 4) year = yearNumber(c);
    else if (c.length === 2) year = +c + (+c < 50 ? 2000 : 1900);
    month = +a; day = +b;
    if (month > 12 && day <= 12) [month, day] = [day, month];
  } else return undefined;
  if (year === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { s: i, e: i + 5, type: 'DATE', rule: 'times.absolute.numeric', spec: { grain: 'D', year, month, day } };
}
