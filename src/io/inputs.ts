// Reading what users point dossier at into documents. Each input yields documents
// or errors, never throws, so one bad input does not stop the others.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DossierError, asDossierError } from '../errors.ts';
import { htmlToDocument, toIsoDate } from './html.ts';
import { isCalendarDate } from '../document/calendar.ts';

export interface InputDocument {
  /** where it came from: a path, "path:line" for JSONL, "-" for stdin */
  source: string;
  id?: string;
  title?: string;
  published?: string;
  url?: string;
  text: string;
}

export type InputItem = { ok: true; doc: InputDocument } | { ok: false; error: DossierError };

/** A file larger than this is refused before it is read. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/** One document longer than this (in UTF-16 units) is refused: a news report is a few KB;
 * tens of MB in one document is a dump, not a report, and would hold the pipeline for minutes. */
export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;

/** Splits optional "title:", "date:", "url:" header lines (ended by a blank line) off a .txt body. */
export function parseTextFile(raw: string, source: string): InputDocument {
  const doc: InputDocument = { source, text: raw };
  const m = /^((?:(?:title|date|url|id|published):[^\n]*\n)+)\r?\n/i.exec(raw.slice(0, 4096));
  if (m) {
    for (const line of m[1].split('\n')) {
      const i = line.indexOf(':');
      if (i < 0) continue;
      const key = line.slice(0, i).trim().toLowerCase();
      const value = line.slice(i + 1).trim();
      if (key === 'title') doc.title = value;
      else if (key === 'date' || key === 'published') doc.published = toIsoDate(value) ?? value;
      else if (key === 'url') doc.url = value;
      else if (key === 'id') doc.id = value;
    }
    doc.text = raw.slice(m[0].length);
  }
  return doc;
}

/** Reads a file's bytes, refusing directories and oversized files with one-line errors. */
export function readFileBytes(path: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  let st;
  try { st = statSync(path); } catch (err) { throw asDossierError(err, path); }
  if (st.isDirectory()) throw new DossierError('INPUT_DIRECTORY', undefined, path);
  if (!st.isFile() && !st.isFIFO()) throw new DossierError('INPUT_FORMAT', 'is not a regular file', path);
  if (st.size > maxBytes) throw tooLarge(path, st.size, maxBytes, 'file');
  try { return readFileSync(path); } catch (err) { throw asDossierError(err, path); }
}

/** Reads a file as UTF-8 text, refusing directories, binaries and invalid UTF-8 with one-line errors. */
export function readTextFile(path: string): string {
  return decodeUtf8(readFileBytes(path), path);
}

export function decodeUtf8(buf: Buffer, source: string): string {
  const head = buf.subarray(0, 8192);
  if (head.includes(0) || startsWithMagic(head)) throw new DossierError('INPUT_BINARY', undefined, source);
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  } catch {
    throw new DossierError('INPUT_ENCODING', `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(buf)})`, source);
  }
}

// Binary formats that can pass the NUL test in their first 8 KB.
const MAGIC = ['%PDF-', 'PK\u0003\u0004', '\u001f\u008b', 'GIF8', '\u0089PNG', '\u00ff\u00d8\u00ff'];
function startsWithMagic(head: Buffer): boolean {
  const s = head.subarray(0, 8).toString('latin1');
  return MAGIC.some(m => s.startsWith(m));
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(buf: Buffer): number {
  for (let i = 0; i < buf.length;) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return buf.length;
}

function tooLarge(source: string, size: number, limit: number, what: 'file' | 'document'): DossierError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  return new DossierError('INPUT_TOO_LARGE', what === 'file'
    ? `is ${mb(size)}, over the ${mb(limit)} limit for an input file`
    : `is a single document of ${mb(size)}, over the ${mb(limit)} limit for one document (split it into reports)`, source);
}

/** Reads one input path (or "-" for stdin text) into documents, in the order they appear. */
export async function* readInput(path: string, stdin: () => Promise<string>): AsyncGenerator<InputItem> {
  try {
    if (path === '-') {
      // JSONL piped in (`ingest -`, `extract -`): a first line that is a JSON object means one document a line
      const raw = await stdin();
      if (looksLikeJsonLines(raw)) yield* readJsonLines(raw, 'stdin');
      else yield checked(parseTextFile(raw, '-'));
      return;
    }
    const ext = extname(path).toLowerCase();
    switch (ext) {
      case '.jsonl': case '.ndjson':
        yield* readJsonLines(readTextFile(path), path);
        return;
      case '.json':
        yield* readJsonFile(readTextFile(path), path);
        return;
      case '.html': case '.htm': case '.xhtml': {
        // markup is most of a page, but a page many times a report's size is not one to parse
        const page = htmlToDocument(decodeHtml(readFileBytes(path, 4 * MAX_DOCUMENT_CHARS), path));
        yield checked({ source: path, id: stem(path), ...page });
        return;
      }
      default:
        yield checked({ id: stem(path), ...parseTextFile(readTextFile(path), path) });
    }
  } catch (err) {
    yield { ok: false, error: asDossierError(err, path) };
  }
}

/** True when the first non-blank line of a text is a JSON object: JSONL, not a report. */
export function looksLikeJsonLines(raw: string): boolean {
  const m = /^\s*(\{[^\n]*)/.exec(raw.slice(0, MAX_DOCUMENT_CHARS + 2));
  if (!m) return false;
  try { const v: unknown = JSON.parse(m[1]); return !!v && typeof v === 'object' && !Array.isArray(v); } catch { return false; }
}

/** One JSON object per line: {"id","text","published","title","url"}. A bad line is reported
 * as "file:line" and the rest go on. */
export function* readJsonLines(raw: string, path: string): Generator<InputItem> {
  let lineNo = 0, at = 0;
  while (at < raw.length) {
    const nl = raw.indexOf('\n', at);
    const line = raw.slice(at, nl < 0 ? raw.length : nl);
    at = nl < 0 ? raw.length : nl + 1;
    lineNo++;
    if (!line.trim()) continue;
    const where = `${path}:${lineNo}`;
    if (line.length > MAX_DOCUMENT_CHARS) { yield { ok: false, error: tooLarge(where, line.length, MAX_DOCUMENT_CHARS, 'document') }; continue; }
    let value: unknown;
    try { value = JSON.parse(line); } catch (err) {
      yield { ok: false, error: new DossierError('INPUT_JSON', `is not valid JSON (${(err as Error).message})`, where) };
      continue;
    }
    yield fromRecord(value, where, `${stem(path)}-${lineNo}`);
  }
}

function* readJsonFile(raw: string, path: string): Generator<InputItem> {
  let value: unknown;
  try { value = JSON.parse(raw); } catch (err) {
    yield { ok: false, error: new DossierError('INPUT_JSON', `is not valid JSON (${(err as Error).message})`, path) };
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield fromRecord(value[i], `${path}[${i}]`, `${stem(path)}-${i + 1}`);
  } else yield fromRecord(value, path, stem(path));
}

/** A {"id","text","published","title","url"} record; the text is the only required field. */
function fromRecord(value: unknown, where: string, fallbackId: string): InputItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: new DossierError('INPUT_FORMAT', 'expected an object {"id","text","published","title","url"}', where) };
  }
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') return { ok: false, error: new DossierError('INPUT_FORMAT', 'has no "text" string', where) };
  if (r.text.length > MAX_DOCUMENT_CHARS) return { ok: false, error: tooLarge(where, r.text.length, MAX_DOCUMENT_CHARS, 'document') };
  const str = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string).trim() : typeof r[k] === 'number' ? String(r[k]) : undefined);
  const published = str('published') ?? str('date');
  return checked({
    source: where, text: r.text, id: str('id') ?? fallbackId, title: str('title'), url: str('url'),
    published: published === undefined ? undefined : (toIsoDate(published) ?? published),
  });
}

/** HTML is UTF-8 unless its meta says otherwise; a declared legacy charset is honoured. */
function decodeHtml(buf: Buffer, path: string): string {
  try { return decodeUtf8(buf, path); } catch (err) {
    if ((err as DossierError).code !== 'INPUT_ENCODING') throw err;
    const declared = /<meta[^>]{0,200}charset=["']?([\w-]{1,40})/i.exec(buf.subarray(0, 4096).toString('latin1'))?.[1];
    if (!declared || /^utf-?8$/i.test(declared)) throw err;
    try { return new TextDecoder(declared).decode(buf); } catch { throw err; }
  }
}

const stem = (path: string) => basename(path, extname(path));

function checked(doc: InputDocument): InputItem {
  if (!doc.text.trim()) return { ok: false, error: new DossierError('INPUT_EMPTY', undefined, doc.source) };
  if (doc.text.length > MAX_DOCUMENT_CHARS) return { ok: false, error: tooLarge(doc.source, doc.text.length, MAX_DOCUMENT_CHARS, 'document') };
  if (doc.published !== undefined && !isCalendarDate(doc.published)) {
    return { ok: false, error: new DossierError('BAD_DATE', `date "${doc.published}" is not a calendar date of the form YYYY-MM-DD`, doc.source) };
  }
  return { ok: true, doc };
}
