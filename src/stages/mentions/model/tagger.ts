// The name tagger: an averaged perceptron reads the candidate tokens left to right (greedy,
// the label before as a feature) and marks names as B-/I- spans of PER, ORG or LOC. The
// model ships in data/models/names-perceptron.json (trained by scripts/train-names.ts).
import { existsSync, readFileSync } from 'node:fs';
import type { Doc } from '../../../document/doc.ts';
import type { Mention } from '../../../document/types.ts';
import type { NameLexicon } from '../lexicon.ts';
import { tokenFeatures, type TagType, type TokenFeatures } from './features.ts';
import { parseWeights, scoreLabels, type PerceptronWeights } from './perceptron.ts';

const MODEL_FILE = new URL('../../../../data/models/names-perceptron.json', import.meta.url);

/** A name the tagger found: token indices (inclusive) and how sure it was. */
export interface TaggedSpan { first: number; last: number; type: TagType; margin: number; /** the type the tagger ranked next at the span's first word */ alt?: TagType }

let model: PerceptronWeights | null | undefined;

/**
 * The shipped model, when the tagger is switched on (DOSSIER_NAME_TAGGER=1); else null and the
 * rules work alone. Off by default for now: on MEANTIME dev (news, names annotated only in event
 * chains) it adds names the gold leaves out, and relaxed F1 falls below its 0.80 bar (see
 * data/models/README.md for the figures).
 */
export function nameModel(): PerceptronWeights | null {
  if (model === undefined) {
    model = process.env.DOSSIER_NAME_TAGGER === '1' && existsSync(MODEL_FILE) ? parseWeights(readFileSync(MODEL_FILE, 'utf8')) : null;
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
export function segments(doc: Doc, tf: TokenFeatures): [number, number][] {
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
function transitions(m: Weights, shapeFeat: string, cache?: Map<string, Float64Array>): Float64Array {
  const hit = cache?.get(shapeFeat);
  if (hit) return hit;
  const L = m.labels.length;
  const trans = new Float64Array(L * L);
  for (let p = 0; p < L; p++) {
    for (const h of historyFeatures(m.labels[p], shapeFeat)) {
      const w = m.weights.get(h);
      if (w) for (let k = 0; k < L; k++) trans[p * L + k] += w[k];
    }
  }
  cache?.set(shapeFeat, trans);
  return trans;
}

const transitionCaches = new WeakMap<object, Map<string, Float64Array>>();
// a shipped model's scores of the features of a token's text alone (features.ts, wordFeatures), per text
const wordScoreCaches = new WeakMap<object, Map<string, Float64Array>>();

/** scoreLabels, with the first `nWord` features (the text's own: word, shape, affixes, lists) scored once per text. */
function scoreCached(m: Weights, f: readonly string[], nWord: number, key: string, cache: Map<string, Float64Array>, out: Float64Array): void {
  const L = m.labels.length;
  let ws = cache.get(key);
  if (!ws) {
    ws = new Float64Array(L);
    for (let q = 0; q < nWord; q++) { const w = m.weights.get(f[q]); if (w) for (let k = 0; k < L; k++) ws[k] += w[k]; }
    cache.set(key, ws);
  }
  out.set(ws);
  for (let q = nWord; q < f.length; q++) { const w = m.weights.get(f[q]); if (w) for (let k = 0; k < L; k++) out[k] += w[k]; }
}

/**
 * The best labels of tokens a..b (Viterbi: the label before is the only history), and at each
 * token how far its label's score stood above the next allowed label's, given the label before.
 * `frozen`: the weights will not change (a shipped model), so transitions are kept per shape.
 */
export function viterbi(m: Weights, tf: TokenFeatures, a: number, b: number, frozen = false): { labels: number[]; margins: number[]; seconds: number[] } {
  const L = m.labels.length, n = b - a + 1;
  let cache: Map<string, Float64Array> | undefined, wordScores: Map<string, Float64Array> | undefined;
  if (frozen) {
    cache = transitionCaches.get(m); if (!cache) transitionCaches.set(m, cache = new Map());
    if (tf.nWord && tf.wordKeys) { wordScores = wordScoreCaches.get(m); if (!wordScores || wordScores.size > 200_000) wordScoreCaches.set(m, wordScores = new Map()); }
  }
  const local = new Float64Array(n * L), one = new Float64Array(L);
  const delta = new Float64Array(n * L), back = new Int8Array(n * L);
  const trans: Float64Array[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const f = tf.feats[a + i]!;
    if (wordScores) scoreCached(m, f, tf.nWord![a + i], tf.wordKeys![a + i]!, wordScores, one); else scoreLabels(m, f, one);
    local.set(one, i * L);
    const t = trans[i] = transitions(m, f[2], cache);
    for (let k = 0; k < L; k++) {
      if (i === 0) { delta[k] = isAllowed(m.labels[k], 'O') ? one[k] + t[k] : -Infinity; continue; }
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        if (!isAllowed(m.labels[k], m.labels[p])) continue;
        const v = delta[(i - 1) * L + p] + t[p * L + k];
        if (v > best) { best = v; arg = p; }
      }
      delta[i * L + k] = best + one[k];
      back[i * L + k] = arg;
    }
  }
  const labels = new Array<number>(n);
  let k = 0;
  for (let q = 1; q < L; q++) if (delta[(n - 1) * L + q] > delta[(n - 1) * L + k]) k = q;
  for (let i = n - 1; i >= 0; i--) { labels[i] = k; k = back[i * L + k]; }
  // margins: the chosen label against the best other allowed label after the chosen label before
  const margins = new Array<number>(n), seconds = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const p = i > 0 ? labels[i - 1] : 0;
    const score = (q: number) => local[i * L + q] + trans[i][p * L + q];
    let second = -Infinity, secondName = -Infinity;
    seconds[i] = 0;
    for (let q = 0; q < L; q++) {
      if (q === labels[i] || !isAllowed(m.labels[q], m.labels[p])) continue;
      const v = score(q);
      if (v > second) second = v;
      // the best other name label opening a name: what the tagger would call it if not this
      if (m.labels[q].startsWith('B-') && m.labels[q].slice(2) !== m.labels[labels[i]].slice(2) && v > secondName) { secondName = v; seconds[i] = q; }
    }
    margins[i] = score(labels[i]) - second;
  }
  return { labels, margins, seconds };
}

/** Tags every candidate token; the labels (as indices into the model's labels) of tokens outside the mask are 0 (O). */
export function decode(doc: Doc, m: Weights, tf: TokenFeatures): { labels: Uint8Array; margins: Float64Array; seconds: Uint8Array } {
  const labels = new Uint8Array(tf.mask.length), margins = new Float64Array(tf.mask.length), seconds = new Uint8Array(tf.mask.length);
  for (const [a, b] of segments(doc, tf)) {
    const r = viterbi(m, tf, a, b, true);
    for (let i = a; i <= b; i++) { labels[i] = r.labels[i - a]; margins[i] = r.margins[i - a]; seconds[i] = r.seconds[i - a]; }
  }
  return { labels, margins, seconds };
}

export function isAllowed(label: string, prev: string): boolean {
  return !label.startsWith('I-') || prev.slice(2) === label.slice(2) && prev !== 'O';
}

/** The B-/I- runs as spans; joiners at either end are not part of a name. */
export function spansOf(m: PerceptronWeights, tf: TokenFeatures, labels: Uint8Array, margins: Float64Array, seconds?: Uint8Array): TaggedSpan[] {
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

/** The names the tagger finds in a document, given what the rules proposed. */
export function tagNames(doc: Doc, rules: readonly Mention[], lex: NameLexicon, m: PerceptronWeights): { spans: TaggedSpan[]; features: TokenFeatures } {
  const tf = tokenFeatures(doc, rules, lex);
  const { labels, margins, seconds } = decode(doc, m, tf);
  return { spans: spansOf(m, tf, labels, margins, seconds), features: tf };
}

