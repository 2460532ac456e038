// Reading what users point dossier at into documents. Each input yields documents
// or errors, never throws, so one bad input does not stop the others.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DossierError, asDossierError } from '../errors.ts';
import { toIsoDate } from './dates.ts';
import type { PageText } from './html.ts';
import { isCalendarDate } from '../document/calendar.ts';
import { decodeText, MAX_INPUT_BYTES } from './decode.ts';
import { utf8FileLines } from './file-lines.ts';

export { decodeText, decodeUtf8, firstInvalidUtf8 } from './decode.ts';

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

/** A file larger than this is refused before it is read (standard input as it passes it). */
export { MAX_INPUT_BYTES } from './decode.ts';
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

/** Reads a file as text (UTF-8, or UTF-16 with its byte-order mark), refusing directories, binaries and
 * invalid UTF-8 with one-line errors. */
export function readTextFile(path: string): string {
  return decodeText(readFileBytes(path), path);
}

function tooLarge(source: string, size: number, limit: number, what: 'file' | 'document'): DossierError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  return new DossierError('INPUT_TOO_LARGE', what === 'file'
    ? `is ${mb(size)}, over the ${mb(limit)} limit for an input file`
    : `is a single document of ${mb(size)}, over the ${mb(limit)} limit for one document (split it into reports)`, source);
}

/** How an HTML page becomes a document's text: in this thread by default; callers with a worker pool
 * pass one that parses in a worker, within the document's time budget. */
export type PageReader = (html: string, where: string) => PageText | Promise<PageText>;

/** Reads one input path (or "-" for stdin text) into documents, in the order they appear. */
/** The page reader by default: the HTML parser (linkedom, ~200 modules) loads only for a page. */
const htmlPage: PageReader = async html => (await import('./html.ts')).htmlToDocument(html);

export async function* readInput(path: string, stdin: () => Promise<string>, readPage: PageReader = htmlPage): AsyncGenerator<InputItem> {
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
        yield* readJsonLinesFile(path);
        return;
      case '.json':
        yield* readJsonFile(readTextFile(path), path);
        return;
      case '.html': case '.htm': case '.xhtml': {
        // markup is most of a page, but a page many times a report's size is not one to parse
        const page = await readPage(decodeHtml(readFileBytes(path, 4 * MAX_DOCUMENT_CHARS), path), path);
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
export function readJsonLines(raw: string, path: string): Generator<InputItem> {
  return jsonLineItems(linesOf(raw), path);
}

/** A JSONL file as readJsonLines reads its text, but a line at a time (utf8FileLines): the file's text is
 * never one string, and each document's text is its own, not a slice holding the whole file (a 20 MB batch
 * would otherwise keep its ~20 MB of bytes and ~40 MB of string until its last line). */
function* readJsonLinesFile(path: string): Generator<InputItem> {
  let st;
  try { st = statSync(path); } catch (err) { throw asDossierError(err, path); }
  // a pipe cannot be read twice (checked, then read): it is read whole, as are files that are not UTF-8
  const lines = st.isFile() && st.size <= MAX_INPUT_BYTES ? utf8FileLines(path) : undefined;
  yield* lines ? jsonLineItems(lines, path) : readJsonLines(readTextFile(path), path);
}

function* linesOf(raw: string): Generator<string> {
  for (let at = 0; at < raw.length;) {
    const nl = raw.indexOf('\n', at);
    const end = nl < 0 ? raw.length : nl;
    yield raw.slice(at, end);
    at = end + 1;
  }
}

function* jsonLineItems(lines: Iterable<string>, path: string): Generator<InputItem> {
  let lineNo = 0;
  for (const line of lines) {
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
  try { return decodeText(buf, path); } catch (err) {
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
