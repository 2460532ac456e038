// A publication date as every input gives it: YYYY-MM-DD, and a day the calendar has
// ("2017-02-30" and "2017-13-45" have the form but no day).
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A query date the calendar has, as YYYY, YYYY-MM or YYYY-MM-DD ("2017-13" and "2018-02-30" are not). */
export function isQueryDate(v: string): boolean {
  if (/^\d{4}$/.test(v)) return true;
  const m = /^\d{4}-(\d{2})$/.exec(v);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12;
  return isCalendarDate(v);
}

/** A query date as the first or last day it covers: "2017" from → 2017-01-01, to → 2017-12-31. */
export function widenDate(v: string | undefined, end: boolean): string | undefined {
  if (!v) return v;
  if (/^\d{4}$/.test(v)) return end ? `${v}-12-31` : `${v}-01-01`;
  if (/^\d{4}-\d{2}$/.test(v)) return end ? `${v}-31` : `${v}-01`;
  return v;
}

// digits, capitals and hyphens: what dates and TIMEX values are made of, and where code-unit order is ICU's
const PLAIN_KEY = /^[0-9A-Z-]*$/;

/** Orders two date keys as `a.localeCompare(b)` does, without asking ICU when both hold only digits, capitals and
 *  hyphens (ICU collates those as their code units: hyphen, digits, capitals); otherwise localeCompare itself. */
export function compareDateKeys(a: string, b: string): number {
  if (PLAIN_KEY.test(a) && PLAIN_KEY.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
