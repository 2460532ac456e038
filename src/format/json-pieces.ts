// A document's JSON in pieces: the same characters as JSON.stringify(doc) (or JSON.stringify(doc, null, 2)),
// made field by field and item by item, so a large document is written without its whole JSON ever
// being one string (a 4 MB report makes ~40 MB of it). Each item of a top-level array is one
// JSON.stringify; the pieces are joined into chunks of about `chunkChars`.

export interface JsonPiecesOptions {
  /** two-space indentation, as JSON.stringify(value, null, 2) */
  pretty?: boolean;
  /** chunks of at least this many characters (the last may be shorter); default 256 Ki */
  chunkChars?: number;
  /** let go of each field and item once written (the value is emptied as it is written): for a
   * caller that drops the value afterwards, so what is written can be collected while the rest is */
  release?: boolean;
}

/** The chunks of JSON.stringify(value[, null, 2]), in order. A value that is not a plain object is one chunk. */
export function* jsonChunks(value: unknown, options: JsonPiecesOptions = {}): Generator<string> {
  const limit = options.chunkChars ?? 256 * 1024;
  let parts: string[] = [];
  let size = 0;
  for (const piece of jsonPieces(value, options.pretty ?? false, options.release ?? false)) {
    if (piece.length > limit) {
      // one long piece (a long report's text) in chunks too: a chunk is what the writing thread and the
      // output hold at once; never cut between the two halves of a surrogate pair (each would become U+FFFD)
      if (size) { yield parts.join(''); parts = []; size = 0; }
      for (let at = 0; at < piece.length;) {
        let end = Math.min(piece.length, at + limit);
        const c = piece.charCodeAt(end - 1);
        if (end < piece.length && c >= 0xd800 && c <= 0xdbff) end += end - 1 > at ? -1 : 1;
        yield piece.slice(at, end);
        at = end;
      }
      continue;
    }
    parts.push(piece);
    size += piece.length;
    if (size >= limit) { yield parts.join(''); parts = []; size = 0; }
  }
  if (size) yield parts.join('');
}

/** The length of JSON.stringify(value) without making it whole (undefined where JSON.stringify gives undefined). */
export function jsonLength(value: unknown): number | undefined {
  let n = 0, any = false;
  for (const piece of jsonPieces(value, false, false)) { n += piece.length; any = true; }
  return any ? n : undefined;
}

function* jsonPieces(value: unknown, pretty: boolean, release: boolean): Generator<string> {
  const v = toJsonValue(value, '');
  if (!isSplittable(v)) {
    const s = JSON.stringify(v, null, pretty ? 2 : undefined);
    if (s !== undefined) yield s;
    return;
  }
  const record = v as Record<string, unknown>;
  const inner = pretty ? '\n  ' : '';
  let first = true;
  for (const key of Object.keys(record)) {
    const field = toJsonValue(record[key], key);
    if (!isSerializable(field)) continue;
    yield (first ? '{' : ',') + inner + JSON.stringify(key) + (pretty ? ': ' : ':');
    first = false;
    if (Array.isArray(field)) yield* arrayPieces(field, pretty, release);
    else yield stringifyAt(field, pretty, inner);
    if (release) record[key] = undefined;
  }
  yield first ? '{}' : pretty ? '\n}' : '}';
}

/** A top-level field's array, an item at a time (items at depth 2 of the document). */
function* arrayPieces(items: unknown[], pretty: boolean, release: boolean): Generator<string> {
  if (!items.length) { yield '[]'; return; }
  const inner = pretty ? '\n    ' : '';
  for (let i = 0; i < items.length; i++) {
    const item = toJsonValue(items[i], String(i));
    yield (i ? ',' : '[') + inner + (isSerializable(item) ? stringifyAt(item, pretty, inner) : 'null');
    if (release) items[i] = undefined;
  }
  yield pretty ? '\n  ]' : ']';
}

/** JSON.stringify(value, null, 2) as it stands at an indentation of `newline` (a newline and spaces):
 * its own line breaks carry that indentation. JSON strings hold no raw newline, so each one is a break. */
function stringifyAt(value: unknown, pretty: boolean, newline: string): string {
  const s = JSON.stringify(value, null, pretty ? 2 : undefined)!;
  return pretty && s.includes('\n') ? s.replace(/\n/g, newline) : s;
}

/** What JSON.stringify writes in place of a value: its toJSON(key) when it has one. */
function toJsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(k: string): unknown }).toJSON(key);
  }
  return value;
}

/** A plain object or array the pieces walk into (a Number, String or Boolean wrapper is left to JSON.stringify). */
function isSplittable(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Whether JSON.stringify writes the value as an object's field (undefined, functions and symbols it leaves out). */
function isSerializable(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}
