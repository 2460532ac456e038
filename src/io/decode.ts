// Bytes to text, one policy for every way text comes in (files, stdin, the server's bodies): UTF-8 or
// refused with the offset of the first bad byte, never silently turned into U+FFFD; UTF-16 when it starts
// with its byte-order mark; binaries refused. Small and dependency-free, so the CLI's shell can load it.
import { DossierError } from '../errors.ts';

/** A file (or standard input) larger than this is refused before it is held: 200 MB. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Text as the CLI reads it: UTF-16 when it starts with a UTF-16 byte-order mark (its NUL bytes are not
 * binary), else UTF-8 (decodeUtf8). */
export function decodeText(buf: Buffer, source: string): string {
  const le = buf[0] === 0xff && buf[1] === 0xfe, be = buf[0] === 0xfe && buf[1] === 0xff;
  if (!le && !be) return decodeUtf8(buf, source);
  try {
    return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(buf.subarray(2));
  } catch {
    throw new DossierError('INPUT_ENCODING', `is not valid UTF-16 (it starts with a UTF-16 byte-order mark)`, source);
  }
}

/** UTF-8 text (a leading byte-order mark dropped); binaries and invalid UTF-8 refused with one-line errors. */
export function decodeUtf8(buf: Buffer, source: string): string {
  refuseBinary(buf, source);
  try {
    const s = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  } catch {
    throw new DossierError('INPUT_ENCODING', `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(buf)})`, source);
  }
}

/** Where the UTF-8 text of a file starting with `head` (its first bytes) starts, past a byte-order mark;
 * -1 when it starts with a UTF-16 one (decodeText it whole). A binary is refused as decodeUtf8 refuses it;
 * for a caller that decodes the rest a piece at a time (a large JSONL file a line at a time). */
export function utf8TextStart(head: Buffer, source: string): number {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return -1;
  refuseBinary(head, source);
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
}

function refuseBinary(buf: Buffer, source: string): void {
  const head = buf.subarray(0, 8192);
  if (head.includes(0) || startsWithMagic(head)) throw new DossierError('INPUT_BINARY', undefined, source);
}

/** A stream's bytes as text (decodeText), refused with INPUT_TOO_LARGE as soon as it passes `maxBytes`, as a
 * file that size is refused, instead of being held whole first (standard input has no size to check before). */
export function readStreamText(stream: NodeJS.ReadableStream, source: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0, settled = false;
    const fail = (err: unknown) => { if (!settled) { settled = true; chunks.length = 0; reject(err); } };
    stream.on('data', (c: Buffer | string) => {
      if (settled) return;
      const b = typeof c === 'string' ? Buffer.from(c) : c;
      size += b.length;
      if (size > maxBytes) {
        fail(new DossierError('INPUT_TOO_LARGE', `is larger than the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit for an input`, source));
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        return;
      }
      chunks.push(b);
    }).on('end', () => {
      if (settled) return;
      settled = true;
      try { resolve(decodeText(Buffer.concat(chunks), source)); } catch (err) { reject(err); }
    }).on('error', fail);
  });
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

