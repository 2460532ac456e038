// Reading what users point dossier at into documents. Each input yields documents
// or errors, never throws, so one bad input does not stop the others.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { DossierError, asDossierError } from '../errors.ts';

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

export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

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
      else if (key === 'date' || key === 'published') doc.published = value.slice(0, 10);
      else if (key === 'url') doc.url = value;
      else if (key === 'id') doc.id = value;
    }
    doc.text = raw.slice(m[0].length);
  }
  return doc;
}

/** Reads a file as UTF-8 text, refusing directories, binaries and invalid UTF-8 with one-line errors. */
export function readTextFile(path: string): string {
  let st;
  try { st = statSync(path); } catch (err) { throw asDossierError(err, path); }
  if (st.isDirectory()) throw new DossierError('INPUT_DIRECTORY', undefined, path);
  if (st.size > MAX_INPUT_BYTES) throw new DossierError('INPUT_TOO_LARGE', `is ${(st.size / 1e6).toFixed(0)} MB, over the ${MAX_INPUT_BYTES / 1e6} MB limit`, path);
  let buf: Buffer;
  try { buf = readFileSync(path); } catch (err) { throw asDossierError(err, path); }
  return decodeUtf8(buf, path);
}

export function decodeUtf8(buf: Buffer, source: string): string {
  if (buf.subarray(0, 8192).includes(0)) throw new DossierError('INPUT_BINARY', undefined, source);
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  } catch {
    throw new DossierError('INPUT_ENCODING', undefined, source);
  }
}

/** Reads one input path (or "-" for stdin text) into documents. */
export async function* readInput(path: string, stdin: () => Promise<string>): AsyncGenerator<InputItem> {
  try {
    if (path === '-') {
      yield checked(parseTextFile(await stdin(), '-'));
      return;
    }
    const ext = extname(path).toLowerCase();
    const raw = readTextFile(path);
    switch (ext) {
      default:
        yield checked(parseTextFile(raw, path));
    }
  } catch (err) {
    yield { ok: false, error: asDossierError(err, path) };
  }
}

function checked(doc: InputDocument): InputItem {
  if (!doc.text.trim()) return { ok: false, error: new DossierError('INPUT_EMPTY', undefined, doc.source) };
  if (doc.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(doc.published)) {
    return { ok: false, error: new DossierError('BAD_DATE', `date "${doc.published}" is not of the form YYYY-MM-DD`, doc.source) };
  }
  return { ok: true, doc };
}
