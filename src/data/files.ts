// Reading the data files Dossier ships under data/. A missing or unreadable file is a
// DATA_MISSING error, never a stack trace.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { DossierError } from '../errors.ts';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function readDataText(relPath: string): string {
  const path = join(DATA_DIR, relPath);
  try {
    const buf = readFileSync(path);
    return (relPath.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  } catch (e) {
    throw new DossierError('DATA_MISSING', (e as Error).message, relPath);
  }
}

/** A file's bytes, off the JavaScript heap. */
export function readDataBuffer(relPath: string): Buffer {
  try {
    return readFileSync(join(DATA_DIR, relPath));
  } catch (e) {
    throw new DossierError('DATA_MISSING', (e as Error).message, relPath);
  }
}

/**
 * A file's bytes as a one-byte-per-char string: ~4× faster than UTF-8 decoding a large file;
 * callers decode the few slices they use with fromLatin1Bytes.
 */
export function readDataBytes(relPath: string): string {
  const path = join(DATA_DIR, relPath);
  try {
    return readFileSync(path).toString('latin1');
  } catch (e) {
    throw new DossierError('DATA_MISSING', (e as Error).message, relPath);
  }
}

const ASCII = /^[\x00-\x7f]*$/;
/** UTF-8 text from a slice of readDataBytes. */
export function fromLatin1Bytes(s: string): string {
  return ASCII.test(s) ? s : Buffer.from(s, 'latin1').toString('utf8');
}
/** A string in the byte form readDataBytes gives, for comparing with slices of it. */
export function toLatin1Bytes(s: string): string {
  return ASCII.test(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}

/** Rows of a TSV list: blank lines and lines starting with # are skipped. */
export function readTsv(relPath: string): string[][] {
  const out: string[][] = [];
  for (const line of readDataText(relPath).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    out.push((line.endsWith('\r') ? line.slice(0, -1) : line).split('\t'));
  }
  return out;
}

/** Non-comment, non-blank lines of a word list. */
export function readLines(relPath: string): string[] {
  return readDataText(relPath).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
