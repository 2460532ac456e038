// The vendored Phoenix actor files are 2 MB in 65k lines; reading them whole took a quarter of a
// second and most of the garbage of a one-sentence run, for the few dozen first words a report
// meets. So they are scanned once for where each entry begins and which words its phrases start
// with, and an entry is read (by `readActors`, so the format is read in one place) the first time
// a phrase of it could match (the first look-up of a first word reads the entries not yet read).
// The scan itself is shipped, compact, beside the files (Phoenix.actors.index.bin), so start-up
// maps it instead of scanning; a scan is made when the index is missing or was made from other files.
// Ranks by file and line keep "the first entry of a phrase keeps it".
import { packedReader } from '../packed.ts';
import { readActors, type ActorEntry, type PhraseIndex } from './actors.ts';
import { fromLatin1Bytes } from '../files.ts';
import type { DictIssue } from './lines.ts';
import { IdsByWord, readEachOnce, sameFiles, stampOf, type BytesStamp } from './scan-index.ts';

/** An actor file as bytes: an entry is decoded when it is read, so start-up decodes none of the 2 MB. */
export interface ActorFile { name: string; bytes: Buffer }

interface Block { file: number; start: number; end: number; line: number; read: boolean }

/**
 * Where an actor file's entries begin: one block per primary line, with its synonyms and
 * restrictions; `note` hears each phrase's first word with its block's id.
 */
function scanBlocks(text: string, file: number, blocks: Block[], note: (word: string, id: number) => void): void {
  let line = 0, pos = 0, current = -1;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let a = pos;
    while (a < end && (text[a] === ' ' || text[a] === '\t' || text[a] === '\r')) a++;
    const c = text[a];
    if (a < end && c !== '#' && c !== ';' && c !== '[') {
      if (c !== '+') {
        if (current >= 0) blocks[current].end = pos;
        current = blocks.length;
        blocks.push({ file, start: pos, end: text.length, line, read: false });
      } else a++;
      const word = firstWord(text, a, end);
      if (current >= 0 && word) note(word, current);
    }
    line++;
    pos = end + 1;
  }
}

/** The first word of a phrase from `a`, as `phraseWords` folds it (blanks and `_` separate); `text` holds the file's bytes (latin1). */
function firstWord(text: string, a: number, end: number): string {
  while (a < end && (text[a] === ' ' || text[a] === '\t' || text[a] === '_')) a++;
  let b = a;
  while (b < end && !' \t_[;#\r'.includes(text[b])) b++;
  return fromLatin1Bytes(text.slice(a, b)).toUpperCase();
}

/**
 * The scan's result in the form start-up reads: data/petrarch/Phoenix.actors.index.bin, written by
 * scripts/build-petrarch-index.ts (test/data/petrarch-lazy.test.ts checks it equals a fresh scan),
 * read as views of its bytes (serializeActorScan). Blocks are their file, start byte and line; first
 * words are sorted and looked up by binary search, each with its place in `ids` (its count, then its
 * block ids), so start-up builds no table of 17,000 words.
 */
export interface ActorScanIndex {
  note: string;
  /** what the index was made from: each file's name, length in bytes and a signature of its bytes */
  files: BytesStamp[];
  fileOf: Uint8Array;
  start: Int32Array;
  line: Int32Array;
  /** the first words, sorted, each followed by a newline: word k is words.slice(wordStart[k], wordStart[k + 1] - 1) */
  words: string;
  wordStart: Int32Array;
  /** word k's place in ids */
  key: Int32Array;
  ids: Int32Array;
}

/** Scans actor files into the compact index (for the build script, the test, and when no index fits). */
export function actorScanIndex(files: readonly ActorFile[]): ActorScanIndex {
  const blocks: Block[] = [];
  const byWord = new IdsByWord();
  files.forEach((f, k) => scanBlocks(f.bytes.toString('latin1'), k, blocks, (word, id) => byWord.note(word, id)));
  const sorted = byWord.words().sort();
  const { ids, at: key } = byWord.pack(sorted);
  const wordStart: number[] = [];
  let words = '';
  for (const w of sorted) { wordStart.push(words.length); words += w + '\n'; }
  wordStart.push(words.length);
  return {
    note: 'Where each Phoenix actor entry begins and the first words of its phrases: made by scripts/build-petrarch-index.ts from the actor files beside it; do not edit',
    files: files.map((f) => stampOf(f.name, f.bytes)),
    fileOf: Uint8Array.from(blocks.map((b) => b.file)), start: Int32Array.from(blocks.map((b) => b.start)), line: Int32Array.from(blocks.map((b) => b.line)),
    words, wordStart: Int32Array.from(wordStart), key: Int32Array.from(key), ids: Int32Array.from(ids),
  };
}

// The binary form: "DACT1\0\0\0", the header's byte length (u32), the header (JSON: note, files, counts),
// then at multiples of 4 bytes start, line, wordStart, key, ids (int32), fileOf (bytes) and the words (UTF-8).
const MAGIC = 'DACT1\0\0\0';
interface ScanHeader { note: string; files: ActorScanIndex['files']; blocks: number; words: number; ids: number; wordBytes: number }

export function serializeActorScan(ix: ActorScanIndex): Buffer {
  const wordBytes = Buffer.from(ix.words, 'utf8');
  const header: ScanHeader = { note: ix.note, files: ix.files, blocks: ix.start.length, words: ix.key.length, ids: ix.ids.length, wordBytes: wordBytes.length };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), Buffer.from(new Uint32Array([head.length]).buffer), head];
  let size = 12 + head.length;
  for (const a of [ix.start, ix.line, ix.wordStart, ix.key, ix.ids, ix.fileOf, wordBytes]) {
    const pad = (4 - (size % 4)) % 4;
    if (pad) { parts.push(Buffer.alloc(pad)); size += pad; }
    parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength)); size += a.byteLength;
  }
  return Buffer.concat(parts);
}

/** The index from its binary form (views of `buf` where aligned), or null when `buf` is not one. */
export function readActorScan(buf: Buffer): ActorScanIndex | null {
  const r = packedReader<ScanHeader>(buf, MAGIC);
  if (!r) return null;
  const h = r.header, take = r.take;
  const start = take(Int32Array, h.blocks), line = take(Int32Array, h.blocks), wordStart = take(Int32Array, h.words + 1);
  const key = take(Int32Array, h.words), ids = take(Int32Array, h.ids), fileOf = take(Uint8Array, h.blocks);
  const at = r.aligned();
  return { note: h.note, files: h.files, fileOf, start, line, words: buf.toString('utf8', at, at + h.wordBytes), wordStart, key, ids };
}

/** The place of `word` among the index's sorted first words, or -1 (a binary search that builds no string). */
function wordIndex(ix: ActorScanIndex, word: string): number {
  let lo = 0, hi = ix.key.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareAt(word, ix.words, ix.wordStart[mid], ix.wordStart[mid + 1] - 1);
    if (c === 0) return mid;
    if (c < 0) hi = mid - 1; else lo = mid + 1;
  }
  return -1;
}

/** `word` against text[from, to) in UTF-16 code unit order, as Array.prototype.sort orders strings. */
function compareAt(word: string, text: string, from: number, to: number): number {
  const n = Math.min(word.length, to - from);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - text.charCodeAt(from + i);
    if (d !== 0) return d;
  }
  return word.length - (to - from);
}

/**
 * Fills `into` from actor files on demand: an entry is read before the first match from one of
 * its first words. `index`: the files' compact scan, used when it was made from these files.
 * Start-up only checks the index fits: a first word is found in it when first looked up.
 */
export function lazyActors(files: readonly ActorFile[], issues: DictIssue[], into: PhraseIndex<ActorEntry>, index?: ActorScanIndex | null): void {
  const ix = index && sameFiles(index.files, files, (f) => f.bytes) ? index : actorScanIndex(files);
  const { fileOf, start, line, ids } = ix;
  const done = new Uint8Array(ix.key.length);
  const readBlocks = readEachOnce(start.length, (id) => {
    const f = files[fileOf[id]];
    const end = id + 1 < start.length && fileOf[id + 1] === fileOf[id] ? start[id + 1] : f.bytes.length;
    readActors(f.bytes.toString('utf8', start[id], end), f.name, issues, into, line[id], fileOf[id] * 1e7);
  });
  into.setPendingLookup((word) => {
    const w = wordIndex(ix, word);
    if (w < 0 || done[w]) return;
    done[w] = 1;
    readBlocks(ids, ix.key[w]);
  });
}
