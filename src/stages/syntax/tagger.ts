// The part-of-speech tagger: a greedy averaged perceptron, left to right, read from
// data/models/pos-tagger.txt.gz (trained by `npm run train:syntax` on GUM; see data/models/README.md).
// A word the tag dictionary knows (frequent and nearly always one tag) skips the scoring.
//
// Speed: the features that depend on a word alone (itself, or as a neighbour at ±1, ±2) are
// summed once per word type into five score vectors, kept in a bounded cache with the word's
// rows for its tag-context features; a position then adds five vectors and finds the rest by
// array index (previous tags) or a hashed look-up of the word pair, with no key string built.
// Start-up: the stage reads the model's compact form (data/models/pos-tagger.bin: typed arrays
// and one key string, see serializeTaggerModel), not the text below, so it builds no Map of features.
//
// Model file, one record a line (tab-separated):
//   #dossier-pos <version> scale=<n>   header: weights are integers, divide by n
//   tags  <tag> <tag> …                the PTB tags, by index
//   upos  <upos> <upos> …              each tag's usual Universal POS, same order
//   dict  <word> <tag index>           frequent unambiguous words
//   uposx <word> <tag index> <upos>    a word (as normWord gives it) whose UPOS is not its tag's usual
//   f     <template index> <value> <tag>:<weight>,…
import { packedReader } from '../../data/packed.ts';
import { readDataBuffer, readDataText } from '../../data/files.ts';
import { DossierError } from '../../errors.ts';
import { buildKeyIndex, find, valueOf, type KeyIndex } from './key-index.ts';
import { wordKinds } from '../../data/lexicon.ts';
import { addRow, readSparseLinear, scaleOf, type Rows } from './linear.ts';
import { EDGE, END, POS_LEXICON, START, START2, T, TEMPLATES, eachWordFeature, normWord, shapeOf, tagSuffix, type Feature, type Lexicon } from './features.ts';

export const TAGGER_MODEL = 'models/pos-tagger.txt.gz';
/** The same model in its compact form (typed arrays, see serializeTaggerModel), the one the stage reads:
 *  made from TAGGER_MODEL and the POS lexicon by `npm run train:syntax` or scripts/build-syntax-model.ts */
export const TAGGER_BINARY = 'models/pos-tagger.bin';

/** KeyIndex kinds beyond the templates (0 … TEMPLATES.length - 1, whose value is a row) */
const DICT = 100, LEX = 101, T1W = 102, T1SUF3 = 103, PAIR_WORD = 104;

export interface TaggerModel {
  tags: string[];
  uposOfTag: string[];
  uposByWord: Map<string, string>;
  /** (template, value) → row; DICT word → tag; LEX word → lexicon class list; T1W word and T1SUF3 suffix →
   *  offset in prevRows; PAIR_WORD word → its number in `pairs` */
  index: KeyIndex;
  /** the word-pair rows, (previous word, word) and (word, next word), by the words' numbers */
  pairs: PairTable;
  rows: Rows;
  /** the integer weights the rows' weights are (divided by scale), kept for writing the model out */
  scale: number;
  /** rows by previous-tag index (tags, then START, START2): t1, t2t1 (p2 × n + p1) */
  t1: Int32Array;
  t2t1: Int32Array;
  /** t1w and t1suf3 rows by previous-tag index, np per word or suffix */
  prevRows: Int32Array;
  lexClasses: (readonly string[])[];
  /** the word-class lexicon one feature reads */
  lexicon: Lexicon;
  /** raw word → what the tagger needs of it, computed once (bounded cache) */
  cache: Map<string, WordEntry>;
  /** what stands beyond a sentence's edges, worked out with the model rather than per sentence */
  edges: SentenceEdges;
}

/** The sentence-edge neighbours' vectors (left1, left2 of words 0 and 1; right1, right2 of the last word and the one
 *  before) and the pair-table numbers of the START and END words. */
interface SentenceEdges {
  left1: Float32Array; left2First: Float32Array; left2Second: Float32Array;
  right1: Float32Array; right2Last: Float32Array; right2BeforeLast: Float32Array;
  startPair: number; endPair: number;
}

/** A word type as the tagger sees it wherever it stands. */
export interface WordEntry {
  norm: string;
  /** its tag when the tag dictionary fixes it, else -1 */
  fixed: number;
  /** five summed vectors, nTags each: self, as left1, left2, right1, right2 neighbour */
  vec: Float32Array;
  /** views of vec's five parts, so a position adds five arrays from index 0 */
  self: Float32Array; asLeft1: Float32Array; asLeft2: Float32Array; asRight1: Float32Array; asRight2: Float32Array;
  /** offsets in prevRows of its (t1, word) and (t1, suffix) rows, -1 if none */
  t1w: number;
  t1suf3: number;
  /** its number in the word-pair table, -1 if it is in no pair */
  pair: number;
  /** the syntax stage's UPOS and lemma of the word by tag index, filled as it meets them */
  upos: string[];
  lemma: string[];
}

/** Open addressing over (which, a, b) → row; which: 0 for (previous word, word), 1 for (word, next word). */
export interface PairTable { slots: Int32Array; a: Int32Array; b: Int32Array; row: Int32Array }
const PREV_PAIR = 0, NEXT_PAIR = 1;

function pairSlot(which: number, a: number, b: number, mask: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + which * 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h ^= h >>> 12;
  return h & mask;
}

function buildPairs(list: readonly (readonly [which: number, a: number, b: number, row: number])[]): PairTable {
  let size = 16;
  while (size < list.length * 2) size *= 2;
  const t: PairTable = { slots: new Int32Array(size), a: new Int32Array(list.length), b: new Int32Array(list.length), row: new Int32Array(list.length) };
  list.forEach(([which, a, b, row], e) => {
    // the slot's entry + 1; which rides in a's sign bit
    t.a[e] = which === NEXT_PAIR ? ~a : a; t.b[e] = b; t.row[e] = row;
    let p = pairSlot(which, a, b, size - 1);
    while (t.slots[p] !== 0) p = (p + 1) & (size - 1);
    t.slots[p] = e + 1;
  });
  return t;
}

function pairRow(t: PairTable, which: number, a: number, b: number): number {
  const mask = t.slots.length - 1, ka = which === NEXT_PAIR ? ~a : a;
  for (let p = pairSlot(which, a, b, mask); ; p = (p + 1) & mask) {
    const e = t.slots[p] - 1;
    if (e < 0) return -1;
    if (t.a[e] === ka && t.b[e] === b) return t.row[e];
  }
}

const CACHE_LIMIT = 20_000;

/** The tag a word's entry in the tag dictionary fixes, or -1. */
export function fixedTag(m: TaggerModel, word: string): number {
  return valueOf(m.index, DICT, word);
}

export function parseTaggerModel(text: string, lexicon: ReadonlyMap<string, readonly string[]>): TaggerModel {
  const lines = text.split('\n');
  const scale = scaleOf(lines[0]);
  const { tables, rows } = readSparseLinear(lines, 'f', TEMPLATES.length, scale);
  let tags: string[] = [], uposOfTag: string[] = [];
  const dict = new Map<string, number>(), uposByWord = new Map<string, string>();
  for (const line of lines) {
    if (line === '' || line.startsWith('#') || line.startsWith('f\t')) continue; // weights: read above
    const f = line.split('\t');
    switch (f[0]) {
      case 'tags': tags = f.slice(1); break;
      case 'upos': uposOfTag = f.slice(1); break;
      case 'dict': dict.set(f[1], Number(f[2])); break;
      case 'uposx': uposByWord.set(`${f[1]}\t${f[2]}`, f[3]); break;
      default: break;
    }
  }
  const prevIndex = new Map(tags.map((t, i) => [t, i]));
  prevIndex.set(START, tags.length).set(START2, tags.length + 1);
  const np = tags.length + 2;
  const t1 = new Int32Array(np).fill(-1), t2t1 = new Int32Array(np * np).fill(-1);
  for (const [v, r] of tables[T.t1]) { const p = prevIndex.get(v); if (p !== undefined) t1[p] = r; }
  for (const [v, r] of tables[T.t2t1]) {
    const [a, b] = v.split(' ');
    const pa = prevIndex.get(a), pb = prevIndex.get(b);
    if (pa !== undefined && pb !== undefined) t2t1[pa * np + pb] = r;
  }
  const entries: [number, string, number][] = [];
  tables.forEach((table, t) => { for (const [v, r] of table) entries.push([t, v, r]); });
  for (const [w, tag] of dict) entries.push([DICT, w, tag]);
  // the lexicon's class lists, each distinct one once
  const lexClasses: (readonly string[])[] = [], lexAt = new Map<string, number>();
  for (const [w, classes] of lexicon) {
    const key = classes.join('\u0001');
    let k = lexAt.get(key);
    if (k === undefined) { k = lexClasses.length; lexClasses.push(classes); lexAt.set(key, k); }
    entries.push([LEX, w, k]);
  }
  // "<previous tag> <word>" rows as one array of np per word (or suffix)
  const prev: number[] = [];
  const byPrevTag = (table: Map<string, number>, kind: number) => {
    const at = new Map<string, number>();
    for (const [v, r] of table) {
      const sp = v.indexOf(' ');
      const p = prevIndex.get(v.slice(0, sp));
      if (p === undefined) continue;
      const key = v.slice(sp + 1);
      let o = at.get(key);
      if (o === undefined) {
        o = prev.length; at.set(key, o);
        for (let k = 0; k < np; k++) prev.push(-1);
        entries.push([kind, key, o]);
      }
      prev[o + p] = r;
    }
  };
  byPrevTag(tables[T.t1w], T1W);
  byPrevTag(tables[T.t1suf3], T1SUF3);
  // a pair "a b" is (a, b), split at the first space as the tagger looks it up: words by number
  const pairWord = new Map<string, number>(), pairList: [number, number, number, number][] = [];
  const numberOf = (w: string) => {
    let k = pairWord.get(w);
    if (k === undefined) { k = pairWord.size; pairWord.set(w, k); entries.push([PAIR_WORD, w, k]); }
    return k;
  };
  for (const [which, table] of [[PREV_PAIR, tables[T['w-1w']]], [NEXT_PAIR, tables[T['ww+1']]]] as const) {
    for (const [v, r] of table) {
      const sp = v.indexOf(' ');
      pairList.push([which, numberOf(v.slice(0, sp)), numberOf(v.slice(sp + 1)), r]);
    }
  }
  return assemble({
    tags, uposOfTag, uposByWord, index: buildKeyIndex(entries), pairs: buildPairs(pairList), rows, scale, t1, t2t1,
    prevRows: Int32Array.from(prev), lexClasses,
  });
}

type ModelParts = Omit<TaggerModel, 'lexicon' | 'cache' | 'edges'>;

function assemble(parts: ModelParts): TaggerModel {
  const { index, lexClasses } = parts;
  const lexicon: Lexicon = { get: (w) => { const e = find(index, LEX, w); return e < 0 ? undefined : lexClasses[index.val[e]]; } };
  const n = parts.tags.length;
  const [left1, left2First, left2Second, right1, right2Last, right2BeforeLast] = [EDGE.left1, ...EDGE.left2, EDGE.right1, ...EDGE.right2].map((fs) => {
    const a = new Float32Array(n);
    addFeatures(parts, fs, a, 0);
    return a;
  });
  const edges: SentenceEdges = {
    left1, left2First, left2Second, right1, right2Last, right2BeforeLast,
    startPair: valueOf(index, PAIR_WORD, START), endPair: valueOf(index, PAIR_WORD, END),
  };
  return { ...parts, lexicon, cache: new Map(), edges };
}

// The compact form: "DPOS2\0\0\0", the header's byte length (u32) and the header (JSON), then the
// arrays, each at a multiple of 4 bytes: row starts, weights (float32, as the model holds them), t1, t2t1,
// prevRows, the index's starts, values and slots, the index's kinds and the rows' classes (bytes),
// and the keys (UTF-8). Shipped uncompressed: every array is then a view of the file's bytes, with no
// inflating (~15 ms) and no weight converted (~5 ms) at start-up.
const MAGIC = 'DPOS2\0\0\0';
interface BinaryHeader {
  tags: string[]; uposOfTag: string[]; uposByWord: [string, string][]; lexClasses: (readonly string[])[];
  scale: number; rows: number; weights: number; prevRows: number; entries: number; slots: number; keyBytes: number;
  pairs: number; pairSlots: number;
}

export function serializeTaggerModel(m: TaggerModel): Buffer {
  const keyBytes = Buffer.from(m.index.keys, 'utf8');
  const header: BinaryHeader = {
    tags: m.tags, uposOfTag: m.uposOfTag, uposByWord: [...m.uposByWord], lexClasses: m.lexClasses, scale: m.scale,
    rows: m.rows.start.length - 1, weights: m.rows.w.length, prevRows: m.prevRows.length, entries: m.index.kind.length,
    slots: m.index.slots.length, keyBytes: keyBytes.length, pairs: m.pairs.a.length, pairSlots: m.pairs.slots.length,
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), Buffer.from(new Uint32Array([head.length]).buffer), head];
  let size = 12 + head.length;
  const push = (a: ArrayBufferView) => {
    const pad = (4 - (size % 4)) % 4;
    if (pad) { parts.push(Buffer.alloc(pad)); size += pad; }
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(b); size += b.length;
  };
  for (const a of [m.rows.start, m.rows.w, m.t1, m.t2t1, m.prevRows, m.index.start, m.index.val, m.index.slots,
    m.pairs.slots, m.pairs.a, m.pairs.b, m.pairs.row, m.index.kind, m.rows.cls]) push(a);
  push(keyBytes);
  return Buffer.concat(parts);
}

export function readTaggerBinary(buf: Buffer): TaggerModel {
  const r = packedReader<BinaryHeader>(buf, MAGIC);
  if (!r) throw new DossierError('DATA_MISSING', 'not a compact tagger model', TAGGER_BINARY);
  const h = r.header, take = r.take;
  const np = h.tags.length + 2;
  const start = take(Int32Array, h.rows + 1), w = take(Float32Array, h.weights);
  const t1 = take(Int32Array, np), t2t1 = take(Int32Array, np * np), prevRows = take(Int32Array, h.prevRows);
  const ixStart = take(Int32Array, h.entries + 1), val = take(Int32Array, h.entries), slots = take(Int32Array, h.slots);
  const pairs: PairTable = { slots: take(Int32Array, h.pairSlots), a: take(Int32Array, h.pairs), b: take(Int32Array, h.pairs), row: take(Int32Array, h.pairs) };
  const kind = take(Uint8Array, h.entries), cls = take(Uint8Array, h.weights);
  const at = r.aligned();
  const keys = buf.toString('utf8', at, at + h.keyBytes);
  return assemble({
    tags: h.tags, uposOfTag: h.uposOfTag, uposByWord: new Map(h.uposByWord), scale: h.scale,
    index: { keys, start: ixStart, kind, val, slots }, pairs, rows: { start, cls, w }, t1, t2t1, prevRows, lexClasses: h.lexClasses,
  });
}

let shipped: TaggerModel | undefined;
/** The shipped model, read once per process on first use, from its compact form. */
export function taggerModel(): TaggerModel {
  shipped ??= readTaggerBinary(readDataBuffer(TAGGER_BINARY));
  return shipped;
}

/** The shipped model read from its text (TAGGER_MODEL) and the POS lexicon: what the compact form is made from. */
export function taggerModelFromText(): TaggerModel {
  return parseTaggerModel(readDataText(TAGGER_MODEL), wordKinds(POS_LEXICON));
}

function addFeatures(m: Pick<TaggerModel, 'index' | 'rows'>, fs: readonly Feature[], into: Float32Array, at: number): void {
  for (const [t, v] of fs) {
    const r = valueOf(m.index, t, v);
    if (r >= 0) addRow(m.rows, r, into, at);
  }
}

/** A word type's entry, from the bounded cache or made now. */
export function wordEntry(m: TaggerModel, raw: string): WordEntry {
  let e = m.cache.get(raw);
  if (e) return e;
  const n = m.tags.length;
  const vec = new Float32Array(5 * n);
  const norm = eachWordFeature(raw, m.lexicon, (group, t, v) => {
    const r = valueOf(m.index, t, v);
    if (r >= 0) addRow(m.rows, r, vec, group * n);
  });
  const ix = m.index;
  e = {
    norm, fixed: valueOf(ix, DICT, raw), vec,
    self: vec.subarray(0, n), asLeft1: vec.subarray(n, 2 * n), asLeft2: vec.subarray(2 * n, 3 * n),
    asRight1: vec.subarray(3 * n, 4 * n), asRight2: vec.subarray(4 * n, 5 * n),
    t1w: valueOf(ix, T1W, norm), t1suf3: valueOf(ix, T1SUF3, tagSuffix(norm)),
    pair: valueOf(ix, PAIR_WORD, norm), upos: [], lemma: [],
  };
  if (m.cache.size >= CACHE_LIMIT) m.cache.clear();
  m.cache.set(raw, e);
  return e;
}

/** The tag indices of one sentence's words (greedy, left to right). */
export function tagIndices(m: TaggerModel, words: readonly string[]): number[] {
  const out: number[] = new Array(words.length);
  tagEntries(m, words.map((w) => wordEntry(m, w)), words.length, words[0], out);
  return out;
}

let scores = new Float32Array(0);

/** The tag indices of a sentence's first n word entries into `out`; `first`: the first word as written. */
export function tagEntries(m: TaggerModel, es: readonly WordEntry[], n: number, first: string, out: number[]): void {
  const nTags = m.tags.length, np = nTags + 2;
  const { left1: eL1, left2First: eL2a, left2Second: eL2b, right1: eR1, right2Last: eR2a, right2BeforeLast: eR2b, startPair, endPair } = m.edges;
  if (scores.length !== nTags) scores = new Float32Array(nTags);
  const sc = scores, rs = m.rows, start = rs.start, cls = rs.cls, w = rs.w, t1 = m.t1, t2t1 = m.t2t1, prevRows = m.prevRows;
  // adds row r into sc (rows are sparse over the tags)
  const add = (r: number) => { for (let k = start[r], e = start[r + 1]; k < e; k++) sc[cls[k]] += w[k]; };
  let p1 = nTags, p2 = nTags + 1; // START, START2
  for (let i = 0; i < n; i++) {
    const e = es[i];
    let best = e.fixed;
    if (best < 0) {
      const self = e.self;
      const l1 = i > 0 ? es[i - 1].asLeft1 : eL1;
      const l2 = i > 1 ? es[i - 2].asLeft2 : i === 0 ? eL2a : eL2b;
      const r1 = i + 1 < n ? es[i + 1].asRight1 : eR1;
      const r2 = i + 2 < n ? es[i + 2].asRight2 : i === n - 1 ? eR2a : eR2b;
      for (let k = 0; k < nTags; k++) sc[k] = self[k] + l1[k] + l2[k] + r1[k] + r2[k];
      let r = t1[p1]; if (r >= 0) add(r);
      r = t2t1[p2 * np + p1]; if (r >= 0) add(r);
      r = e.t1w >= 0 ? prevRows[e.t1w + p1] : -1; if (r >= 0) add(r);
      r = e.t1suf3 >= 0 ? prevRows[e.t1suf3 + p1] : -1; if (r >= 0) add(r);
      if (e.pair >= 0) {
        const prev = i > 0 ? es[i - 1].pair : startPair, next = i + 1 < n ? es[i + 1].pair : endPair;
        r = prev >= 0 ? pairRow(m.pairs, PREV_PAIR, prev, e.pair) : -1; if (r >= 0) add(r);
        r = next >= 0 ? pairRow(m.pairs, NEXT_PAIR, e.pair, next) : -1; if (r >= 0) add(r);
      }
      if (i === 0) { r = valueOf(m.index, T.first, shapeOf(first)); if (r >= 0) add(r); }
      best = 0;
      let top = sc[0];
      for (let k = 1; k < nTags; k++) if (sc[k] > top) { top = sc[k]; best = k; }
    }
    out[i] = best;
    p2 = p1; p1 = best;
  }
}

/** The Universal POS of a word given its PTB tag index. */
export function uposOf(m: TaggerModel, word: string, tag: number): string {
  return m.uposByWord.get(`${normWord(word)}\t${tag}`) ?? m.uposOfTag[tag];
}
