// Partial dates: "December 2012", "October", "2003", "the 1990s", "the '70s", "mid-2005",
// "the 20th century", seasons ("summer 2012"), quarters and halves ("the first quarter of
// 2009", "Q3", "third-quarter"), fiscal years ("fiscal 2009", "FY2010").
import type { Cand, DateSpec } from '../candidate.ts';
import { MONTHS, ORDINALS, SEASONS, timeNumbers, timeValues, timeWords } from '../lexicon.ts';
import { yearNumber, type TokenView } from '../scanner.ts';
import { monthAt, plainYearAt, relativeYearAt, yearAfter } from './common.ts';
import { isYearContext, isMonthContext, isSeasonContext } from '../refine/traps.ts';

export function partialDate(v: TokenView, i: number): Cand | undefined {
  return weekOfMonth(v, i) ?? monthYear(v, i) ?? quarter(v, i) ?? fiscal(v, i) ?? century(v, i) ?? decade(v, i) ??
    hyphenModified(v, i) ?? season(v, i) ?? bareMonth(v, i) ?? bareYear(v, i);
}

/** "December 2012", "May of 2008", "October of next year", "June this year". */
function monthYear(v: TokenView, i: number): Cand | undefined {
  const m = monthAt(v, i);
  if (!m) return undefined;
  const y = yearAfter(v, m.next);
  if (!y) return undefined;
  return { s: i, e: y.next, type: 'DATE', rule: 'times.partial.month-year', spec: { grain: 'M', month: m.month, year: y.year, yearOffset: y.yearOffset } };
}

function bareMonth(v: TokenView, i: number): Cand | undefined {
  const m = monthAt(v, i);
  if (!m || !isMonthContext(v, i, m.ambiguous)) return undefined;
  return { s: i, e: m.next, type: 'DATE', rule: 'times.partial.month', spec: { grain: 'M', month: m.month } };
}

function bareYear(v: TokenView, i: number): Cand | undefined {
  const year = plainYearAt(v, i);
  if (year === undefined || !isYearContext(v, i)) return undefined;
  return { s: i, e: i + 1, type: 'DATE', rule: 'times.partial.year', spec: { grain: 'Y', year } };
}

const QUARTER_WORDS = new Map([...ORDINALS].filter(([, n]) => n <= 4).concat([['final', 4], ['4th', 4]]));
const SHIFT_WORDS = timeNumbers('partial-shift');
/** The shift words before a season ("last winter"), a subset of partial-shift: no "previous", "current", "same". */
const SEASON_SHIFTS = timeWords('season-shift');
const DECADE_BEFORE = timeWords('decade-before');

/** Quarters and halves: "the first quarter of 2009", "the last quarter", "Q3 2012", "third-quarter", "the second half". */
function quarter(v: TokenView, i: number): Cand | undefined {
  let k = i;
  if (v.at(k) === 'the') k++;
  let spec: DateSpec | undefined;
  const w = v.at(k);
  let m: RegExpExecArray | null;
  if ((m = /^q([1-4])$/.exec(w))) { spec = { grain: 'Q', quarter: +m[1] }; k++; }
  else if ((m = /^([^-]+)-(quarter|half)$/.exec(w)) && QUARTER_WORDS.has(m[1])) {
    const n = QUARTER_WORDS.get(m[1])!;
    spec = m[2] === 'quarter' ? { grain: 'Q', quarter: n } : n <= 2 ? { grain: 'H', half: n } : undefined;
    k++;
  } else if ((v.at(k + 1) === 'quarter' || v.at(k + 1) === 'half') && (QUARTER_WORDS.has(w) || SHIFT_WORDS.has(w))) {
    const unit = v.at(k + 1) === 'quarter' ? 'Q' : 'H';
    if (QUARTER_WORDS.has(w) && !(w === 'final' && unit === 'H')) {
      const n = QUARTER_WORDS.get(w)!;
      if (unit === 'H' && n > 2) return undefined;
      spec = unit === 'Q' ? { grain: 'Q', quarter: n } : { grain: 'H', half: n };
    } else if (SHIFT_WORDS.has(w) && w !== 'same') {
      spec = { grain: unit, offset: SHIFT_WORDS.get(w)!, base: 'ref' };
    }
    if (!spec) return undefined;
    // "the last half of …" is a half, not a shift; "a quarter of its dealers" never gets here
    k += 2;
  }
  if (!spec) return undefined;
  // the year that follows: "of 2009", "2009", "of last year", "of fiscal 2009"
  let j = k;
  if (v.at(j) === 'of' || v.at(j) === 'in' || v.at(j) === ',') j++;
  if (v.at(j) === 'fiscal') j++;
  const year = plainYearAt(v, j);
  const rel = relativeYearAt(v, j);
  if (year !== undefined) {
    // "the last quarter of 2009" is its fourth
    if (spec.offset !== undefined) {
      if (w !== 'last' && w !== 'final') return undefined;
      if (spec.grain === 'Q') spec.quarter = 4; else spec.half = 2;
    }
    spec.year = year; spec.base = undefined; spec.offset = undefined; k = j + 1;
  }
  else if (rel) {
    if (spec.offset !== undefined && spec.quarter === undefined) return undefined;
    spec.yearOffset = rel.yearOffset; k = rel.next;
  }
  // "third-quarter" alone needs a neighbour that makes it a period: "third-quarter profits" is fine
  return { s: i, e: k, type: 'DATE', rule: 'times.partial.quarter', spec };
}

/** "fiscal 2009", "fiscal year 2010", "FY2010", "the current fiscal year", "the financial year". */
function fiscal(v: TokenView, i: number): Cand | undefined {
  const w = v.at(i);
  let m: RegExpExecArray | null;
  if ((m = /^fy(\d{2}|\d{4})$/.exec(w))) {
    const y = m[1].length === 2 ? 2000 + +m[1] : +m[1];
    return { s: i, e: i + 1, type: 'DATE', rule: 'times.partial.fiscal', spec: { grain: 'Y', year: y, fiscal: true } };
  }
  if (w === 'fiscal') {
    let k = i + 1;
    if (v.at(k) === 'year') k++;
    const y = plainYearAt(v, k);
    if (y !== undefined) return { s: i, e: k + 1, type: 'DATE', rule: 'times.partial.fiscal', spec: { grain: 'Y', year: y, fiscal: true } };
    return undefined;
  }
  // "the financial year", "the current fiscal year", "last fiscal year"
  let k = i;
  if (v.at(k) === 'the') k++;
  const shift = SHIFT_WORDS.get(v.at(k));
  if (shift !== undefined && v.at(k) !== 'same') k++;
  if ((v.at(k) === 'fiscal' || v.at(k) === 'financial') && v.at(k + 1) === 'year' && (k > i)) {
    return { s: i, e: k + 2, type: 'DATE', rule: 'times.partial.fiscal', spec: { grain: 'Y', fiscal: true, offset: shift ?? 0, base: 'ref' } };
  }
  return undefined;
}

/** "the 20th century", "the nineteenth century" → "19", "18". */
function century(v: TokenView, i: number): Cand | undefined {
  let k = i;
  if (v.at(k) === 'the') k++;
  const n = ORDINALS.get(v.at(k)) ?? (/^(\d{1,2})(st|nd|rd|th)$/.exec(v.at(k)) ? parseInt(v.at(k), 10) : undefined);
  if (n === undefined || n < 1 || n > 22 || v.at(k + 1) !== 'century') return undefined;
  return { s: i, e: k + 2, type: 'DATE', rule: 'times.partial.century', spec: { grain: 'CE', century: n - 1 } };
}

/** "the 1990s", "1990's", "the '70s", "the 80s". */
function decade(v: TokenView, i: number): Cand | undefined {
  const w = v.at(i);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{3})0s$/.exec(w)) && yearNumber(m[1] + '0') !== undefined) {
    return { s: i, e: i + 1, type: 'DATE', rule: 'times.partial.decade', spec: { grain: 'DE', decade: +m[1] } };
  }
  if ((m = /^(\d)0s$/.exec(w))) {
    const prev = v.at(i - 1);
    if (DECADE_BEFORE.has(prev)) {
      return { s: i, e: i + 1, type: 'DATE', rule: 'times.partial.decade', spec: { grain: 'DE', decade: 190 + +m[1] } };
    }
  }
  const y = plainYearAt(v, i);
  if (y !== undefined && y % 10 === 0 && (v.raw(i + 1) === "'s" || v.raw(i + 1) === '’s') && v.touching(i, i + 1)) {
    return { s: i, e: i + 2, type: 'DATE', rule: 'times.partial.decade', spec: { grain: 'DE', decade: y / 10 } };
  }
  return undefined;
}

const MOD_OF = timeValues('mod-of');

/** "mid-2005", "early-2009", "mid-October", "mid-1990s", "mid-year". */
function hyphenModified(v: TokenView, i: number): Cand | undefined {
  // a modifier of the list (mod-of: mid, early, late), a hyphen, the rest
  const m = /^([^-]+)-(.+)$/.exec(v.at(i));
  if (!m || !MOD_OF.has(m[1])) return undefined;
  const mod = MOD_OF.get(m[1])!;
  const inner = m[2];
  const rule = 'times.partial.hyphen-modified';
  const y = inner.length === 4 ? yearNumber(inner) : undefined;
  if (y !== undefined) return { s: i, e: i + 1, type: 'DATE', rule, mod, spec: { grain: 'Y', year: y } };
  const dm = /^(\d{3})0s$/.exec(inner);
  if (dm) return { s: i, e: i + 1, type: 'DATE', rule, mod, spec: { grain: 'DE', decade: +dm[1] } };
  const month = MONTHS.get(inner);
  if (month !== undefined && inner.length > 3) {
    const ya = yearAfter(v, i + 1);
    return { s: i, e: ya ? ya.next : i + 1, type: 'DATE', rule, mod, spec: { grain: 'M', month, year: ya?.year, yearOffset: ya?.yearOffset } };
  }
  if (inner === 'year') return { s: i, e: i + 1, type: 'DATE', rule, mod, spec: { grain: 'Y', offset: 0, base: 'ref' } };
  return undefined;
}

/** "summer 2012", "the spring of 2009", "last winter", "this fall", "in spring". */
function season(v: TokenView, i: number): Cand | undefined {
  let k = i;
  let shift: number | undefined;
  const first = v.at(k);
  if (SEASON_SHIFTS.has(first)) { shift = SHIFT_WORDS.get(first); k++; }
  const code = SEASONS.get(v.at(k));
  if (!code) return undefined;
  let j = k + 1;
  if (v.at(j) === 'of') j++;
  const year = plainYearAt(v, j);
  if (year !== undefined) {
    return { s: i, e: j + 1, type: 'DATE', rule: 'times.partial.season', spec: { grain: 'S', season: code, year } };
  }
  if (shift === undefined && !isSeasonContext(v, k)) return undefined;
  return { s: i, e: k + 1, type: 'DATE', rule: 'times.partial.season', spec: { grain: 'S', season: code, offset: shift, base: shift !== undefined ? 'ref' : undefined } };
}

const WEEK_ORDINALS = timeNumbers('week-ordinal');

/** "the last week of March", "the first week of June 2009": a full Monday–Sunday week inside the month. */
function weekOfMonth(v: TokenView, i: number): Cand | undefined {
  if (v.at(i) !== 'the') return undefined;
  const n = WEEK_ORDINALS.get(v.at(i + 1));
  if (n === undefined || v.at(i + 2) !== 'week' || v.at(i + 3) !== 'of') return undefined;
  const m = monthAt(v, i + 4);
  if (!m) return undefined;
  const y = yearAfter(v, m.next);
  return {
    s: i, e: y ? y.next : m.next, type: 'DATE', rule: 'times.partial.week-of-month',
    spec: { grain: 'W', month: m.month, weekOfMonth: n, year: y?.year, yearOffset: y?.yearOffset },
  };
}
