// The vendored Phoenix actor files are 2 MB in 65k lines; reading them whole took a quarter of a
// second and most of the garbage of a one-sentence run, for the few dozen first words a report
// meets. So they are scanned once for where each entry begins and which words its phrases start
// with, and an entry is read (by `readActors`, so the format is read in one place) the first time
// a phrase of it could match (the trie node of each first word holds the entries not yet read).
// The scan itself is shipped, compact, beside the files (Phoenix.actors.index.json), so start-up
// reads it instead of scanning; a scan is made when the index is missing or was made from other files.
// Ranks by file and line keep "the first entry of a phrase keeps it".
import { readActors, type ActorEntry, type PhraseIndex } from './actors.ts';
import { fromLatin1Bytes } from '../files.ts';
import { signature, type DictIssue } from './lines.ts';

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
 * The scan's result in a compact form, so a process need not scan 2 MB at start-up:
 * data/petrarch/Phoenix.actors.index.json, written by scripts/build-petrarch-index.ts
 * (test/data/petrarch-lazy.test.ts checks it equals a fresh scan). Blocks are their start
 * offsets and line numbers, each as a step from the one before in its file; words are one
 * blank-separated string, `ids` for each word its count then its block ids.
 */
export interface ActorScanIndex {
  note: string;
  /** what the index was made from: each file's name, length in bytes and a signature of its bytes */
  files: { name: string; bytes: number; signature: number }[];
  starts: number[][];
  lines: number[][];
  words: string;
  ids: number[];
}

/** Scans actor files into the compact index (for the build script, the test, and when no index fits). */
export function actorScanIndex(files: readonly ActorFile[]): ActorScanIndex {
  const blocks: Block[] = [];
  const byWord = new Map<string, number[]>();
  files.forEach((f, k) => scanBlocks(f.bytes.toString('latin1'), k, blocks, (word, id) => {
    const ids = byWord.get(word);
    if (!ids) byWord.set(word, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  }));
  const starts: number[][] = files.map(() => []), lines: number[][] = files.map(() => []);
  const prev = files.map(() => ({ start: 0, line: 0 }));
  for (const b of blocks) {
    const p = prev[b.file];
    starts[b.file].push(b.start - p.start); lines[b.file].push(b.line - p.line);
    p.start = b.start; p.line = b.line;
  }
  const ids: number[] = [];
  for (const l of byWord.values()) ids.push(l.length, ...l);
  return {
    note: 'Where each Phoenix actor entry begins and the first words of its phrases: made by scripts/build-petrarch-index.ts from the actor files beside it; do not edit',
    files: files.map((f) => ({ name: f.name, bytes: f.bytes.length, signature: signature(f.bytes) })),
    starts, lines, words: [...byWord.keys()].join(' '), ids,
  };
}

/** Was the index made from these very files (same names, lengths and signatures)? */
function fits(files: readonly ActorFile[], ix: ActorScanIndex): boolean {
  if (ix.files?.length !== files.length || ix.starts?.length !== files.length || ix.lines?.length !== files.length) return false;
  return files.every((f, k) => ix.files[k].name === f.name && ix.files[k].bytes === f.bytes.length && ix.files[k].signature === signature(f.bytes));
}

/**
 * Fills `into` from actor files on demand: an entry is read before the first match from one of
 * its first words. `index`: the files' compact scan, used when it was made from these files.
 * Blocks live in typed arrays and each first word's pending entries are a place in `ids`:
 * start-up makes one trie node per first word and nothing else.
 */
export function lazyActors(files: readonly ActorFile[], issues: DictIssue[], into: PhraseIndex<ActorEntry>, index?: ActorScanIndex | null): void {
  const ix = index && fits(files, index) ? index : actorScanIndex(files);
  let total = 0;
  for (const s of ix.starts) total += s.length;
  const fileOf = new Uint8Array(total), start = new Int32Array(total), end = new Int32Array(total), line = new Int32Array(total);
  const read = new Uint8Array(total);
  for (let k = 0, b = 0; k < files.length; k++) {
    const first = b;
    let at = 0, ln = 0;
    for (let j = 0; j < ix.starts[k].length; j++, b++) {
      at += ix.starts[k][j]; ln += ix.lines[k][j];
      if (b > first) end[b - 1] = at;
      fileOf[b] = k; start[b] = at; end[b] = files[k].bytes.length; line[b] = ln;
    }
  }
  const ids = ix.ids;
  const words = ix.words.split(' ');
  for (let w = 0, k = 0; w < words.length; w++) { into.addPending(words[w], k); k += ids[k] + 1; }
  into.setLoader((at) => {
    for (let j = at + 1; j <= at + ids[at]; j++) {
      const id = ids[j];
      if (read[id]) continue;
      read[id] = 1;
      const f = files[fileOf[id]];
      readActors(f.bytes.toString('utf8', start[id], end[id]), f.name, issues, into, line[id], fileOf[id] * 1e7);
    }
  });
}
