// Calendar arithmetic on plain (year, month, day) triples, in UTC, and the TIMEX3
// value and inclusive ISO range of each granularity.

export interface Ymd { y: number; m: number; d: number }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function iso(x: Ymd): string { return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`; }

export function parseIso(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm, no Date objects). */
export function dayNumber(x: Ymd): number {
  const y = x.m <= 2 ? x.y - 1 : x.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (x.m + (x.m > 2 ? -3 : 9)) + 2) / 5) + x.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z: number): Ymd {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(x: Ymd, n: number): Ymd { return fromDayNumber(dayNumber(x) + n); }

export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12), m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  return m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : MONTH_DAYS[m - 1];
}

export function validDay(y: number, m: number, d: number): boolean { return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m); }

/** ISO weekday, Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function weekdayOf(x: Ymd): number { return (((dayNumber(x) + 3) % 7) + 7) % 7 + 1; }

export function dayDiff(a: Ymd, b: Ymd): number { return dayNumber(a) - dayNumber(b); }

/** ISO 8601 week: the week-numbering year and week of a day. */
export function isoWeek(x: Ymd): { y: number; w: number } {
  const thursday = addDays(x, 4 - weekdayOf(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(dayDiff(thursday, jan1) / 7) + 1 };
}

/** Monday of ISO week w of year y. */
export function isoWeekMonday(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - weekdayOf(jan4) + (w - 1) * 7);
}

export const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

export interface Range { start: string; end: string }

export function monthRange(y: number, m1: number, m2 = m1): Range {
  return { start: iso({ y, m: m1, d: 1 }), end: iso({ y, m: m2, d: daysInMonth(y, m2) }) };
}
export function yearsRange(y1: number, y2: number): Range { return { start: `${pad(y1, 4)}-01-01`, end: `${pad(y2, 4)}-12-31` }; }
export function dayRange(x: Ymd): Range { return { start: iso(x), end: iso(x) }; }

export function seasonRange(y: number, season: string): Range {
  const [a, b] = SEASON_MONTHS[season];
  if (season === 'WI') return { start: iso({ y, m: 12, d: 1 }), end: iso({ y: y + 1, m: 2, d: daysInMonth(y + 1, 2) }) };
  return monthRange(y, a, b);
}

export function weekRange(y: number, w: number, weekend = false): Range {
  const mon = isoWeekMonday(y, w);
  return weekend ? { start: iso(addDays(mon, 5)), end: iso(addDays(mon, 6)) } : { start: iso(mon), end: iso(addDays(mon, 6)) };
}

export { pad };
