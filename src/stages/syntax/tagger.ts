// The part-of-speech tagger: a greedy averaged perceptron, left to right, read from
// data/models/pos-tagger.txt.gz (trained by `npm run train:syntax` on GUM; see data/models/README.md).
// A word the tag dictionary knows (frequent and nearly always one tag) skips the scoring.
//
// Speed: the features that depend on a word alone (itself, or as a neighbour at ±1, ±2) are
// summed once per word type into five score vectors, kept in a bounded cache with the word's
// rows for its tag-context features; a position then adds five vectors and finds the rest by
// array index (previous tags) or one map look-up (word pairs), with no key string built.
//
// Model file, one record a line (tab-separated):
//   #dossier-pos <version> scale=<n>   header: weights are integers, divide by n
//   tags  <tag> <tag> …                the PTB tags, by index
//   upos  <upos> <upos> …              each tag's usual Universal POS, same order
//   dict  <word> <tag index>           frequent unambiguous words
//   uposx <word> <tag index> <upos>    a word (as normWord gives it) whose UPOS is not its tag's usual
//   f     <template index> <value> <tag>:<weight>,…
import { readDataText } from '../../data/files.ts';
import { wordKinds } from '../../data/lexicon.ts';
import { addRow, readSparseLinear, scaleOf, type Rows } from './linear.ts';
import { EDGE, END, POS_LEXICON, START, START2, T, TEMPLATES, normWord, shapeOf, tagSuffix, wordFeatures, type Feature, type Lexicon } from './features.ts';

export const TAGGER_MODEL = 'models/pos-tagger.txt.gz';


export interface TaggerModel {
  tags: string[];
  uposOfTag: string[];
  dict: Map<string, number>;
  uposByWord: Map<string, string>;
  /** per template: value → row */
  tables: Map<string, number>[];
  rows: Rows;
  /** rows by previous-tag index (tags, then START, START2): t1, t2t1 (p2 × n + p1) */
  t1: Int32Array;
  t2t1: Int32Array;
  /** t1w and t1suf3 by word/suffix, then previous-tag index; word pairs as nested maps */
  t1w: Map<string, Int32Array>;
  t1suf3: Map<string, Int32Array>;
  /** (previous word, word) rows by the word, then the previous word; (word, next word) by the word */
  pairPrevOf: Map<string, Map<string, number>>;
  pairNext: Map<string, Map<string, number>>;
  /** the word-class lexicon one feature reads */
  lexicon: Lexicon;
  /** raw word → what the tagger needs of it, computed once (bounded cache) */
  cache: Map<string, WordEntry>;
}

/** A word type as the tagger sees it wherever it stands. */
interface WordEntry {
  norm: string;
  /** its tag when the tag dictionary fixes it, else -1 */
  fixed: number;
  /** five summed vectors, nTags each: self, as left1, left2, right1, right2 neighbour */
  vec: Float32Array;
  /** rows by previous tag: (t1, word) and (t1, suffix) */
  t1w: Int32Array | undefined;
  t1suf3: Int32Array | undefined;
  /** rows of (this word, next word) and (previous word, this word) pairs, by the other word */
  pairNext: Map<string, number> | undefined;
  pairPrevOf: Map<string, number> | undefined;
}

const CACHE_LIMIT = 20_000;

export function parseTaggerModel(text: string, lexicon: Lexicon): TaggerModel {
  const lines = text.split('\n');
  const { tables, rows } = readSparseLinear(lines, 'f', TEMPLATES.length, scaleOf(lines[0]));
  let tags: string[] = [], uposOfTag: string[] = [];
  const dict = new Map<string, number>(), uposByWord = new Map<string, string>();
  for (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
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
  const byPrevTag = (table: Map<string, number>) => {
    const out = new Map<string, Int32Array>();
    for (const [v, r] of table) {
      const sp = v.indexOf(' ');
      const p = prevIndex.get(v.slice(0, sp));
      if (p === undefined) continue;
      const key = v.slice(sp + 1);
      let arr = out.get(key);
      if (!arr) { arr = new Int32Array(np).fill(-1); out.set(key, arr); }
      arr[p] = r;
    }
    return out;
  };
  /** "a b" keys as a → b → row, or b → a → row when `bySecond` */
  const nested = (table: Map<string, number>, bySecond: boolean) => {
    const out = new Map<string, Map<string, number>>();
    for (const [v, r] of table) {
      const sp = v.indexOf(' ');
      const a = v.slice(0, sp), b = v.slice(sp + 1);
      const [outer, inner] = bySecond ? [b, a] : [a, b];
      let m = out.get(outer);
      if (!m) { m = new Map(); out.set(outer, m); }
      m.set(inner, r);
    }
    return out;
  };
  return {
    tags, uposOfTag, dict, uposByWord, tables,
    rows,
    t1, t2t1, t1w: byPrevTag(tables[T.t1w]), t1suf3: byPrevTag(tables[T.t1suf3]),
    pairPrevOf: nested(tables[T['w-1w']], true), pairNext: nested(tables[T['ww+1']], false),
    lexicon, cache: new Map(),
  };
}

let shipped: TaggerModel | undefined;
/** The shipped model, read once per process on first use. */
export function taggerModel(): TaggerModel {
  shipped ??= parseTaggerModel(readDataText(TAGGER_MODEL), wordKinds(POS_LEXICON));
  return shipped;
}

function addFeatures(m: TaggerModel, fs: readonly Feature[], into: Float32Array, at: number): void {
  for (const [t, v] of fs) {
    const r = m.tables[t].get(v);
    if (r !== undefined) addRow(m.rows, r, into, at);
  }
}

function wordEntry(m: TaggerModel, raw: string): WordEntry {
  let e = m.cache.get(raw);
  if (e) return e;
  const n = m.tags.length;
  const vec = new Float32Array(5 * n);
  const f = wordFeatures(raw, m.lexicon);
  addFeatures(m, f.self, vec, 0);
  addFeatures(m, f.left1, vec, n);
  addFeatures(m, f.left2, vec, 2 * n);
  addFeatures(m, f.right1, vec, 3 * n);
  addFeatures(m, f.right2, vec, 4 * n);
  const norm = normWord(raw);
  e = {
    norm, fixed: m.dict.get(raw) ?? -1, vec,
    t1w: m.t1w.get(norm), t1suf3: m.t1suf3.get(tagSuffix(norm)),
    pairNext: m.pairNext.get(norm), pairPrevOf: m.pairPrevOf.get(norm),
  };
  if (m.cache.size >= CACHE_LIMIT) m.cache.clear();
  m.cache.set(raw, e);
  return e;
}

let edges: { model: TaggerModel; v: Float32Array[] } | undefined;
/** The sentence-edge neighbours' vectors: left1, left2 of word 0 and 1, right1, right2 of the last and the one before. */
function edgeVectors(m: TaggerModel): Float32Array[] {
  if (edges?.model !== m) {
    const n = m.tags.length;
    const v = [EDGE.left1, ...EDGE.left2, EDGE.right1, ...EDGE.right2].map((fs) => {
      const a = new Float32Array(n);
      addFeatures(m, fs, a, 0);
      return a;
    });
    edges = { model: m, v };
  }
  return edges.v;
}

/** The tag indices of one sentence's words (greedy, left to right). */
export function tagIndices(m: TaggerModel, words: readonly string[]): number[] {
  const n = words.length, nTags = m.tags.length, np = nTags + 2;
  const [eL1, eL2a, eL2b, eR1, eR2a, eR2b] = edgeVectors(m);
  const es = words.map((w) => wordEntry(m, w));
  const scores = new Float32Array(nTags);
  const out: number[] = new Array(n);
  let p1 = nTags, p2 = nTags + 1; // START, START2
  for (let i = 0; i < n; i++) {
    const e = es[i];
    let best = e.fixed;
    if (best < 0) {
      const self = e.vec;
      const l1 = i > 0 ? es[i - 1].vec : eL1, l1at = i > 0 ? nTags : 0;
      const l2 = i > 1 ? es[i - 2].vec : i === 0 ? eL2a : eL2b, l2at = i > 1 ? 2 * nTags : 0;
      const r1 = i + 1 < n ? es[i + 1].vec : eR1, r1at = i + 1 < n ? 3 * nTags : 0;
      const r2 = i + 2 < n ? es[i + 2].vec : i === n - 1 ? eR2a : eR2b, r2at = i + 2 < n ? 4 * nTags : 0;
      for (let k = 0; k < nTags; k++) scores[k] = self[k] + l1[l1at + k] + l2[l2at + k] + r1[r1at + k] + r2[r2at + k];
      const rs = m.rows;
      let r = m.t1[p1]; if (r >= 0) addRow(rs, r, scores, 0);
      r = m.t2t1[p2 * np + p1]; if (r >= 0) addRow(rs, r, scores, 0);
      r = e.t1w ? e.t1w[p1] : -1; if (r >= 0) addRow(rs, r, scores, 0);
      r = e.t1suf3 ? e.t1suf3[p1] : -1; if (r >= 0) addRow(rs, r, scores, 0);
      r = e.pairPrevOf?.get(i > 0 ? es[i - 1].norm : START) ?? -1; if (r >= 0) addRow(rs, r, scores, 0);
      r = e.pairNext?.get(i + 1 < n ? es[i + 1].norm : END) ?? -1; if (r >= 0) addRow(rs, r, scores, 0);
      if (i === 0) { r = m.tables[T.first].get(shapeOf(words[0])) ?? -1; if (r >= 0) addRow(rs, r, scores, 0); }
      best = 0;
      for (let k = 1; k < nTags; k++) if (scores[k] > scores[best]) best = k;
    }
    out[i] = best;
    p2 = p1; p1 = best;
  }
  return out;
}

/** The Universal POS of a word given its PTB tag index. */
export function uposOf(m: TaggerModel, word: string, tag: number): string {
  return m.uposByWord.get(`${normWord(word)}\t${tag}`) ?? m.uposOfTag[tag];
}
