// A UTF-8 file's lines read a piece at a time: its text is never held whole, nor its bytes. A large JSONL
// batch (tens of MB, one document a line) then costs the reading thread a chunk and a line, not the file.
// The file is refused as readTextFile refuses it (binary, invalid UTF-8 with the offset of the first bad
// byte) before any line is given, so a bad file yields no documents, as when it was read whole.
import { closeSync, openSync, readSync, readFileSync } from 'node:fs';
import { DossierError } from '../errors.ts';
import { firstInvalidUtf8, utf8TextStart } from './decode.ts';

const CHUNK_BYTES = 1024 * 1024;

/** The lines of a UTF-8 file (split at "\n", as text.split('\n') would, a leading byte-order mark dropped),
 * or undefined when it starts with a UTF-16 byte-order mark (the caller reads it whole). The caller has
 * checked that it is a regular file within the size limit. */
export function utf8FileLines(path: string): Generator<string> | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(8192);
    const start = utf8TextStart(head.subarray(0, readSync(fd, head, 0, head.length, 0)), path);
    if (start < 0) return undefined;
    refuseInvalid(fd, path);
    return linesFrom(path, start);
  } finally {
    closeSync(fd);
  }
}

/** Decodes the whole file a chunk at a time, keeping nothing; on a bad byte reads it whole for the offset. */
function refuseInvalid(fd: number, path: string): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const chunk = Buffer.alloc(CHUNK_BYTES);
  try {
    for (let at = 0, n; (n = readSync(fd, chunk, 0, chunk.length, at)) > 0; at += n) decoder.decode(chunk.subarray(0, n), { stream: true });
    decoder.decode();
  } catch {
    throw new DossierError('INPUT_ENCODING', `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(readFileSync(path))})`, path);
  }
}

function* linesFrom(path: string, start: number): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    // the pieces of a line that earlier chunks began, copied (the chunk is read over); joined once it ends
    let carry: Buffer[] = [];
    for (let at = start, n; (n = readSync(fd, chunk, 0, chunk.length, at)) > 0; at += n) {
      let from = 0;
      for (let nl; (nl = chunk.indexOf(10, from)) >= 0 && nl < n; from = nl + 1) {
        yield carry.length ? Buffer.concat([...carry, chunk.subarray(from, nl)]).toString('utf8') : chunk.toString('utf8', from, nl);
        carry = [];
      }
      if (from < n) carry.push(Buffer.from(chunk.subarray(from, n)));
    }
    if (carry.length) yield Buffer.concat(carry).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
