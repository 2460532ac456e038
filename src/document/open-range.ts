// Open-ended time ranges. The document says them as ISO 8601-2 open intervals ("../2017-10-10" for
// "in the past", "2017-10-10/.." for "from now on"); the store keeps them as calendar ranges whose
// far end is a placeholder (0001-01-01, 9999-12-31) so that range queries work. No person or
// program downstream should ever read those placeholders: here they become words for people
// ("until 2009-06-01", "since 2009-11-05"), open intervals for programs, or empty ends.
export const OPEN_START = '0001-01-01';
export const OPEN_END = '9999-12-31';

const isOpenStart = (s: string | undefined) => !!s && (s.startsWith('0001') || s === '..');
const isOpenEnd = (s: string | undefined) => !!s && (s.startsWith('9999') || s === '..');

/** A range end as a program should read it: undefined when it is a placeholder. */
export function knownEnd(v: string | undefined): string | undefined {
  return v === undefined || isOpenStart(v) || isOpenEnd(v) ? undefined : v;
}

function split(value: string): [string, string | undefined] {
  const slash = value.indexOf('/');
  return slash < 0 ? [value, undefined] : [value.slice(0, slash), value.slice(slash + 1)];
}

/** True when one end of the value is open. */
export function isOpenValue(value: string | undefined): boolean {
  if (!value) return false;
  const [a, b] = split(value);
  return b === undefined ? isOpenStart(a) || isOpenEnd(a) : isOpenStart(a) || isOpenEnd(b);
}

/** The value for programs: placeholders become ISO 8601-2 open ends ("../2009-06-01"); a range open at both ends is no date. */
export function machineDate(value: string | undefined): string | undefined {
  if (!value) return value;
  const [a, b] = split(value);
  if (b === undefined) return knownEnd(a);
  const s = knownEnd(a), e = knownEnd(b);
  if (!s && !e) return undefined;
  return `${s ?? '..'}/${e ?? '..'}`;
}

/** The value for people: "0001-01-01/2009-06-01" → "until 2009-06-01", "2009-11-05/9999-12-31" → "since 2009-11-05". */
export function displayDate(value: string | undefined): string | undefined {
  const v = machineDate(value);
  if (!v) return v;
  if (v.startsWith('../')) return `until ${v.slice(3)}`;
  if (v.endsWith('/..')) return `since ${v.slice(0, -3)}`;
  return v;
}
