// Small readers shared by the extractors: a month name, an optional year after it.
import { AMBIGUOUS_MONTHS, MONTHS, timeNumbers } from '../lexicon.ts';
import { yearNumber, type TokenView } from '../scanner.ts';

const DASHES = new Set(['-', '–', '—', '‐']);
export const isDash = (t: string) => DASHES.has(t);

/** A capitalized month name at i (with the dot of "Sept." taken), and the index after it. */
export function monthAt(v: TokenView, i: number): { month: number; next: number; ambiguous: boolean } | undefined {
  const month = MONTHS.get(v.at(i));
  if (month === undefined || !v.capitalized(i)) return undefined;
  let next = i + 1;
  const low = v.at(i);
  // "Sept." — the tokenizer leaves the dot as its own token
  if (low.length <= 4 && low !== 'may' && low !== 'june' && low !== 'july' && v.at(next) === '.' && v.touching(i, next)) next++;
  // "MAY" in capitals or a lone "May" is the modal unless a date-like neighbour says otherwise
  return { month, next, ambiguous: AMBIGUOUS_MONTHS.has(low) && next === i + 1 };
}

/** A four-digit year token at i that is not part of a bigger number ("2003.5", "555-2003"). */
export function plainYearAt(v: TokenView, i: number): number | undefined {
  if (!v.isDigits(i)) return undefined;
  const y = yearNumber(v.raw(i));
  if (y === undefined) return undefined;
  // glued to another number by a dash, slash, dot or colon: phone numbers, versions, scores
  const before = v.at(i - 1), after = v.at(i + 1);
  // "1990-1995" is two years; "555-2003" is a phone number
  if (v.touching(i - 1, i) && ['-', '/', '.', ':', '–'].includes(before) && v.isNumber(i - 2) &&
      !((before === '-' || before === '–') && yearNumber(v.raw(i - 2)) !== undefined && v.touching(i - 2, i - 1) && !v.isNumber(i - 4))) return undefined;
  if (v.touching(i, i + 1) && ['-', '/', '.', ':', '–'].includes(after) && v.isNumber(i + 2) &&
      !(yearNumber(v.raw(i + 2)) !== undefined && (after === '-' || after === '–') && !v.isNumber(i + 4))) return undefined;
  return y;
}

/** ", 2003", " 2003", " of 2003", " this year", " of last year" after a month or day. */
export function yearAfter(v: TokenView, i: number): { year?: number; yearOffset?: number; next: number } | undefined {
  let k = i;
  if (v.at(k) === ',' || v.at(k) === 'of') k++;
  // "May 5, 2003 people" is still a date: a year right after a month/day is never a count
  const year = plainYearAt(v, k);
  if (year !== undefined) return { year, next: k + 1 };
  const rel = relativeYearAt(v, k);
  if (rel) return rel;
  return undefined;
}

const YEAR_SHIFT = timeNumbers('year-shift');

/** "this year", "last year", "next year" at i. */
export function relativeYearAt(v: TokenView, i: number): { yearOffset: number; next: number } | undefined {
  const shift = YEAR_SHIFT.get(v.at(i));
  if (shift === undefined || v.at(i + 1) !== 'year') return undefined;
  return { yearOffset: shift, next: i + 2 };
}
