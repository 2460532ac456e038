// The name tagger: an averaged perceptron reads the candidate tokens left to right (greedy,
// the label before as a feature) and marks names as B-/I- spans of PER, ORG or LOC. The
// model ships in data/models/names-perceptron.json (trained by scripts/train-names.ts) and is read
// from its compact form, names-perceptron.bin (scripts/build-names-model.ts).
import { existsSync, readFileSync } from 'node:fs';
import type { Doc, Token } from '../../../document/doc.ts';
import type { Mention } from '../../../document/types.ts';
import type { NameLexicon } from '../lexicon.ts';
import { TEMPLATE_COUNT, writeFeatures, type Candidates, type FeatureSink, type TagType, type Template, type TextFeatures, type TokenFeatures } from './features.ts';
import { readCompactWeights, scoreLabels, type PerceptronWeights } from './perceptron.ts';

/** The compact form of the shipped model, relative to data/ */
export const NAME_MODEL_BINARY = 'models/names-perceptron.bin';
const MODEL_FILE = new URL(`../../../../data/${NAME_MODEL_BINARY}`, import.meta.url);

/** A name the tagger found: token indices (inclusive) and how sure it was. */
export interface TaggedSpan { first: number; last: number; type: TagType; margin: number; /** the type the tagger ranked next at the span's first word */ alt?: TagType }

let model: PerceptronWeights | null | undefined;

/**
 * The shipped model; null, and the rules work alone, where DOSSIER_NAME_TAGGER=0 switches it off.
 * On since 2026-12-08: on complete annotations it lifts names by 10–15 points of F1 held out; on
 * MEANTIME dev, which marks names only in event chains, most of what it adds are real names the
 * gold leaves out (see data/models/README.md for the figures).
 */
export function nameModel(): PerceptronWeights | null {
  if (model === undefined) {
    model = process.env.DOSSIER_NAME_TAGGER !== '0' && existsSync(MODEL_FILE) ? readCompactWeights(readFileSync(MODEL_FILE)) : null;
  }
  return model;
}

/** Replaces the model for this process: cross-validation trains one per fold; null turns the tagger off. */
export function useNameModel(m: PerceptronWeights | null): void { model = m; }

/** The features of label history: the label before, alone and with the word's shape (`s:…`, static feature 2). */
export function historyFeatures(prevLabel: string, shapeFeat: string): string[] {
  return [`pl:${prevLabel}`, `pl:${prevLabel}|${shapeFeat}`];
}

type Weights = { labels: string[]; weights: ReadonlyMap<string, ArrayLike<number>> };

/** Runs of consecutive candidate tokens within a sentence: the tagger decodes each as one sequence. */
export function segments(doc: Doc, tf: Candidates): [number, number][] {
  const out: [number, number][] = [];
  const toks = doc.tokens;
  for (let i = 0; i < tf.mask.length; i++) {
    if (!tf.mask[i]) continue;
    let j = i;
    while (j + 1 < tf.mask.length && tf.mask[j + 1] && toks[j + 1].sentence === toks[i].sentence) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * The weight of label k after label p at a token of this shape (trans[p * L + k]): the history
 * features' weights. They depend only on the shape, so a shipped model keeps them per shape.
 */
function transitions(m: Weights, shapeFeat: string): Float64Array {
  const L = m.labels.length;
  const trans = new Float64Array(L * L);
  for (let p = 0; p < L; p++) {
    for (const h of historyFeatures(m.labels[p], shapeFeat)) {
      const w = m.weights.get(h);
      if (w) for (let k = 0; k < L; k++) trans[p * L + k] += w[k];
    }
  }
  return trans;
}

/** What a list of labels allows, worked out once per list: which label may follow which, which open a name, of what type. */
interface LabelInfo { L: number; first: Uint8Array; allowed: Uint8Array; opens: Uint8Array; type: Uint8Array }
const labelInfos = new WeakMap<readonly string[], LabelInfo>();
function labelInfo(labels: string[]): LabelInfo {
  let info = labelInfos.get(labels);
  if (info) return info;
  const L = labels.length, types = new Map<string, number>();
  info = { L, first: new Uint8Array(L), allowed: new Uint8Array(L * L), opens: new Uint8Array(L), type: new Uint8Array(L) };
  for (let k = 0; k < L; k++) {
    info.first[k] = isAllowed(labels[k], 'O') ? 1 : 0;
    for (let p = 0; p < L; p++) info.allowed[p * L + k] = isAllowed(labels[k], labels[p]) ? 1 : 0;
    info.opens[k] = labels[k].startsWith('B-') ? 1 : 0;
    const ty = labels[k].slice(2);
    if (!types.has(ty)) types.set(ty, types.size);
    info.type[k] = types.get(ty)!;
  }
  labelInfos.set(labels, info);
  return info;
}

// the decoder's scratch, kept between sequences (grown when a longer one comes; a very long one's is not kept)
let scratchDelta = new Float64Array(0), scratchBack = new Int8Array(0);

/**
 * The best labels of a sequence of n tokens (Viterbi: the label before is the only history), and at each
 * token how far its label's score stood above the next allowed label's, given the label before.
 * Token i's label scores are local[(row + i) * L …], its transitions trans[row + i]; the answers go to
 * labels/margins/seconds at out + i.
 */
function bestPath(info: LabelInfo, local: Float64Array, trans: readonly Float64Array[], row: number, n: number,
  labels: { [i: number]: number }, margins: { [i: number]: number }, seconds: { [i: number]: number }, out: number): void {
  const L = info.L, allowed = info.allowed;
  if (scratchDelta.length < n * L) { scratchDelta = new Float64Array(n * L * 2); scratchBack = new Int8Array(n * L * 2); }
  const delta = scratchDelta, back = scratchBack;
  for (let i = 0; i < n; i++) {
    const t = trans[row + i], o = (row + i) * L;
    for (let k = 0; k < L; k++) {
      if (i === 0) { delta[k] = info.first[k] ? local[o + k] + t[k] : -Infinity; continue; }
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + k]) continue;
        const v = delta[(i - 1) * L + p] + t[p * L + k];
        if (v > best) { best = v; arg = p; }
      }
      delta[i * L + k] = best + local[o + k];
      back[i * L + k] = arg;
    }
  }
  let k = 0;
  for (let q = 1; q < L; q++) if (delta[(n - 1) * L + q] > delta[(n - 1) * L + k]) k = q;
  for (let i = n - 1; i >= 0; i--) { labels[out + i] = k; k = back[i * L + k]; }
  if (n * L > 1 << 16) { scratchDelta = new Float64Array(0); scratchBack = new Int8Array(0); }
  // margins: the chosen label against the best other allowed label after the chosen label before
  for (let i = 0; i < n; i++) {
    const p = i > 0 ? labels[out + i - 1] : 0, l = labels[out + i];
    const t = trans[row + i], o = (row + i) * L;
    let second = -Infinity, secondName = -Infinity, alt = 0;
    for (let q = 0; q < L; q++) {
      if (q === l || !allowed[p * L + q]) continue;
      const v = local[o + q] + t[p * L + q];
      if (v > second) second = v;
      // the best other name label opening a name: what the tagger would call it if not this
      if (info.opens[q] && info.type[q] !== info.type[l] && v > secondName) { secondName = v; alt = q; }
    }
    seconds[out + i] = alt;
    margins[out + i] = local[o + l] + t[p * L + l] - second;
  }
}

/** The best labels of tokens a..b of features given as strings (training: the weights change between calls). */
export function viterbi(m: Weights, tf: TokenFeatures, a: number, b: number): { labels: number[]; margins: number[]; seconds: number[] } {
  const L = m.labels.length, n = b - a + 1;
  const local = new Float64Array(n * L), one = new Float64Array(L);
  const trans: Float64Array[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const f = tf.feats[a + i]!;
    scoreLabels(m, f, one);
    local.set(one, i * L);
    trans[i] = transitions(m, f[2]);
  }
  const labels = new Array<number>(n), margins = new Array<number>(n), seconds = new Array<number>(n);
  bestPath(labelInfo(m.labels), local, trans, 0, n, labels, margins, seconds, 0);
  return { labels, margins, seconds };
}

/** How many entries (weights found, words numbered) a scorer keeps before it starts afresh (see Scorer): a few MB of heap. */
export const SCORER_ENTRIES = 50_000;
let scorerIds = 0;

/**
 * A shipped model's scores of every candidate token's features, added as the features are written
 * (features.ts): weights are looked up by the features' values, strings the tokens hold, and kept per
 * template and value, so no feature's name is built twice; the features of a text alone and the
 * transitions of its shape are scored once per text. A worker's heap is small (kb/pool.ts): what it keeps
 * is one slot or map entry per template and value, counted where it is added, and all is dropped past
 * SCORER_ENTRIES (after many documents, or within one long one).
 */
class Scorer implements FeatureSink {
  readonly L: number;
  /** marks the texts this scorer summed (TextFeatures.scoredBy): a number, so the texts hold neither it nor its model */
  readonly id = ++scorerIds;
  // per template (by id): a value that is no token's word (a shape, a tag, "<s>"…) → the weights of head + value (null: none)
  private ones: Map<string, Float32Array | null>[] = [];
  // per template: a → b → the weights of head + a + mid + b
  private twos: Map<string, Map<string, Float32Array | null>>[] = [];
  // per template, for pairs whose first value is a token's word (many) and second a shape (few): b → word → weights
  private wordFirst: Map<string, Map<string, Float32Array | null>>[] = [];
  // a token's word → its number, found once per token of a document; per template: a word's number → the weights of head + word
  private ids = new Map<string, number>();
  private byWord: (Float32Array | null | undefined)[][] = [];
  private entries = 0;
  private shapes = new Map<string, Float64Array>();
  // per document
  local = new Float64Array(0);
  trans: Float64Array[] = [];
  rows = 0;
  private o = 0;
  private toks: readonly Token[] = [];
  // token index → its word's number (0: not found yet in this document)
  private at = new Int32Array(0);

  constructor(private readonly m: PerceptronWeights) { this.L = m.labels.length; this.reset(); }

  private reset(): void {
    this.shapes = new Map();
    this.ones = Array.from({ length: TEMPLATE_COUNT }, () => new Map());
    this.twos = Array.from({ length: TEMPLATE_COUNT }, () => new Map());
    this.wordFirst = Array.from({ length: TEMPLATE_COUNT }, () => new Map());
    this.ids = new Map();
    this.byWord = Array.from({ length: TEMPLATE_COUNT }, () => []);
    this.at.fill(0);
    this.entries = 0;
  }

  /** one more entry kept; past the bound, all are dropped (what was found stays valid: the weights are the model's) */
  private added(): void {
    if (++this.entries > SCORER_ENTRIES) this.reset();
  }

  /** how many entries it keeps now (for tests) */
  get size(): number { return this.entries; }

  begin(toks: readonly Token[]): void {
    const tokens = toks.length;
    this.toks = toks;
    if (this.at.length < tokens) this.at = new Int32Array(tokens); else this.at.fill(0, 0, tokens);
    this.rows = 0;
    if (this.local.length < tokens * this.L) this.local = new Float64Array(tokens * this.L);
    this.trans.length = 0;
  }

  start(_i: number, text: TextFeatures): void {
    let t = text.scoredBy === this.id ? text.scored as TextScores : undefined;
    if (!t) {
      const words = text.feats, scores = new Float64Array(this.L);
      for (let q = 0; q < words.length; q++) this.add(scores, 0, this.m.weights.get(words[q]));
      // the transitions depend on the shape alone: one table per shape, shared by its texts
      let trans = this.shapes.get(words[2]);
      if (!trans) { trans = transitions(this.m, words[2]); this.added(); this.shapes.set(words[2], trans); }
      text.scoredBy = this.id; text.scored = t = { scores, trans };
    }
    this.o = this.rows * this.L;
    this.local.set(t.scores, this.o);
    this.trans.push(t.trans);
    this.rows++;
  }

  one(t: Template, a: string): void {
    const c = this.ones[t.id];
    let w = c.get(a);
    if (w === undefined) { w = this.m.weights.get(t.head + a) ?? null; this.added(); this.ones[t.id].set(a, w); }
    if (w) this.add(this.local, this.o, w);
  }
  two(t: Template, a: string, b: string): void {
    let inner = this.twos[t.id].get(a);
    if (!inner) { this.added(); this.twos[t.id].set(a, inner = new Map()); }
    let w = inner.get(b);
    if (w === undefined) { w = this.m.weights.get(t.head + a + t.mid + b) ?? null; this.added(); inner.set(b, w); }
    if (w) this.add(this.local, this.o, w);
  }
  word(t: Template, k: number): void {
    let id = this.at[k];
    if (id === 0) {
      const a = this.toks[k].lower;
      let found = this.ids.get(a);
      if (found === undefined) { this.added(); found = this.ids.size + 1; this.ids.set(a, found); }
      this.at[k] = id = found;
    }
    const c = this.byWord[t.id];
    let w = c[id];
    if (w === undefined) {
      w = this.m.weights.get(t.head + this.toks[k].lower) ?? null;
      this.added();
      // a reset (above) renumbers the words: what is kept then waits for the word's next look-up
      if (this.byWord[t.id] === c) { while (c.length < id) c.push(undefined); c[id] = w; }
    }
    if (w) this.add(this.local, this.o, w);
  }
  // kept by b, then the word: one entry per pair, no map per word
  wordThen(t: Template, k: number, b: string): void {
    const a = this.toks[k].lower;
    let inner = this.wordFirst[t.id].get(b);
    if (!inner) { this.added(); this.wordFirst[t.id].set(b, inner = new Map()); }
    let w = inner.get(a);
    if (w === undefined) { w = this.m.weights.get(t.head + a + t.mid + b) ?? null; this.added(); inner.set(a, w); }
    if (w) this.add(this.local, this.o, w);
  }
  thenWord(t: Template, a: string, k: number): void { this.two(t, a, this.toks[k].lower); }

  end(): void {}

  private add(out: Float64Array, o: number, w: Float32Array | undefined | null): void {
    if (!w) return;
    // the tagger's seven labels written out (O and B-/I- of three types); any other count by the loop
    if (this.L === 7) { out[o] += w[0]; out[o + 1] += w[1]; out[o + 2] += w[2]; out[o + 3] += w[3]; out[o + 4] += w[4]; out[o + 5] += w[5]; out[o + 6] += w[6]; }
    else for (let k = 0; k < this.L; k++) out[o + k] += w[k];
  }
}

/** A scorer's sums of a text's own features, kept on the text's features (features.ts, TextFeatures). */
interface TextScores { scores: Float64Array; trans: Float64Array }

const scorers = new WeakMap<PerceptronWeights, Scorer>();

/** Tags every candidate token; the labels (as indices into the model's labels) of tokens outside the mask are 0 (O). */
export function decode(doc: Doc, m: PerceptronWeights, rules: readonly Mention[], lex: NameLexicon): { mask: Uint8Array; labels: Uint8Array; margins: Float64Array; seconds: Uint8Array } {
  let sc = scorers.get(m);
  if (!sc) scorers.set(m, sc = new Scorer(m));
  const n = doc.tokens.length;
  sc.begin(doc.tokens);
  const mask = writeFeatures(doc, rules, lex, sc);
  const labels = new Uint8Array(n), margins = new Float64Array(n), seconds = new Uint8Array(n);
  const info = labelInfo(m.labels);
  let row = 0;
  for (const [a, b] of segments(doc, { mask })) {
    bestPath(info, sc.local, sc.trans, row, b - a + 1, labels, margins, seconds, a);
    row += b - a + 1;
  }
  return { mask, labels, margins, seconds };
}

/** How many entries the scorer of model m keeps now (0 if it has none): what tests hold to SCORER_ENTRIES. */
export function scorerSize(m: PerceptronWeights): number { return scorers.get(m)?.size ?? 0; }

export function isAllowed(label: string, prev: string): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2) && prev !== 'O';
}

/** The B-/I- runs as spans; joiners at either end are not part of a name. */
export function spansOf(m: PerceptronWeights, tf: Candidates, labels: Uint8Array, margins: Float64Array, seconds?: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = m.labels[labels[i]];
    if (!l.startsWith('B-')) continue;
    let j = i, margin = margins[i];
    while (j + 1 < labels.length && m.labels[labels[j + 1]] === `I-${l.slice(2)}`) { j++; margin = Math.min(margin, margins[j]); }
    let a = i, b = j;
    while (a <= b && tf.mask[a] === 2) a++;
    while (b >= a && tf.mask[b] === 2) b--;
    const alt = seconds && seconds[i] ? m.labels[seconds[i]].slice(2) as TagType : undefined;
    if (a <= b) out.push({ first: a, last: b, type: l.slice(2) as TagType, margin, ...(alt ? { alt } : {}) });
    i = j;
  }
  return out;
}

/** The names the tagger finds in a document, given what the rules proposed; `features`: which tokens it read. */
export function tagNames(doc: Doc, rules: readonly Mention[], lex: NameLexicon, m: PerceptronWeights): { spans: TaggedSpan[]; features: Candidates } {
  const { mask, labels, margins, seconds } = decode(doc, m, rules, lex);
  const tf = { mask };
  return { spans: spansOf(m, tf, labels, margins, seconds), features: tf };
}
