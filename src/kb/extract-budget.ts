// The budget one document may spend: time in a worker and the size of its output. A document past
// either fails alone, by name, with one line; the others go on.
import { DossierError } from '../errors.ts';
import { jsonLength } from '../format/json-pieces.ts';

/** Default time one document may take, in seconds (a 10 MB report takes well under a minute). */
export const DEFAULT_TIMEOUT_SECONDS = 120;

/** The most JSON one document may make: a report's JSON runs ~10× its text; 64× plus 1 MiB is
 * generous, and far below what breaks a string or a database row (hundreds of MB). */
export function maxOutputChars(textLength: number): number {
  return Math.min(256 * 1024 * 1024, 1024 * 1024 + 64 * textLength);
}

/** The document as JSON, or OUTPUT_TOO_LARGE naming it when it is past its budget. */
export function serializeWithinBudget(doc: unknown, textLength: number, where: string): string {
  const limit = maxOutputChars(textLength);
  let json: string;
  try { json = JSON.stringify(doc); } catch (err) {
    if (err instanceof RangeError) throw tooLarge(where, undefined, limit);
    throw err;
  }
  if (json.length > limit) throw tooLarge(where, json.length, limit);
  return json;
}

/** Texts from this length on are checked without making their JSON whole (~10× the text). */
const COUNT_FROM_CHARS = 256 * 1024;

/** Refuses a document past its output budget. When the caller will write the compact JSON (`keep`) and the
 * text is short, that JSON is made whole and returned; otherwise it is only counted, a piece at a time, and
 * undefined is returned (json, text and gdelt write something else: making it would be thrown away). */
export function checkWithinBudget(doc: unknown, textLength: number, where: string, keep: boolean): string | undefined {
  if (keep && textLength < COUNT_FROM_CHARS) return serializeWithinBudget(doc, textLength, where);
  const limit = maxOutputChars(textLength);
  const size = jsonLength(doc) ?? 0;
  if (size > limit) throw tooLarge(where, size, limit);
  return undefined;
}

function tooLarge(where: string, size: number | undefined, limit: number): DossierError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return new DossierError('OUTPUT_TOO_LARGE', `makes ${size === undefined ? 'more JSON than a string holds' : `${mb(size)} of JSON`}, over the ${mb(limit)} budget for a document of its length`, where);
}

export function timedOut(where: string, seconds: number): DossierError {
  return new DossierError('EXTRACT_TIMEOUT', `took longer than the ${seconds} s budget for one document`, where);
}
