// Calendar arithmetic on plain (year, month, day) triples, in UTC, and the TIMEX3
// value and inclusive ISO range of each granularity.

export interface Ymd { y: number; m: number; d: number }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function iso(x: Ymd): string { return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`; }

export function parseIso(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

function toDate(x: Ymd): Date { return new Date(Date.UTC(x.y, x.m - 1, x.d)); }
function fromDate(d: Date): Ymd { return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }; }

export function addDays(x: Ymd, n: number): Ymd { const d = toDate(x); d.setUTCDate(d.getUTCDate() + n); return fromDate(d); }

export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12), m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }

export function validDay(y: number, m: number, d: number): boolean { return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m); }

/** ISO weekday, Monday 1 … Sunday 7. */
export function weekdayOf(x: Ymd): number { const w = toDate(x).getUTCDay(); return w === 0 ? 7 : w; }

export function dayDiff(a: Ymd, b: Ymd): number { return Math.round((toDate(a).getTime() - toDate(b).getTime()) / 86400000); }

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
