// A greedy dependency parser: arc-standard transitions chosen by an averaged perceptron, each
// arc labelled by a second one. Scored by `npm run train:syntax -- --parser` but NOT shipped nor
// run by the stage: by 5-fold document cross-validation on GUM it reaches 79.1% UAS (72.8% LAS)
// on predicted tags at ~0.3 MB/s, under the bar (80% UAS, 1 MB/s) for filling Token.head/deprel
// (see data/models/README.md). Model text, as the trainer writes it:
//   #dossier-parser <version> scale=<n>
//   labels <rel> <rel> …      UD relations, by index
//   m <template> <value> <move>:<weight>,…    move model (SHIFT 0, LEFT 1, RIGHT 2)
//   l <template> <value> <label>:<weight>,…   label model
import { readSparseLinear, scaleOf, scoreKeys, type SparseLinear } from './linear.ts';
import { LABEL_TEMPLATES, PARSE_TEMPLATES, ParseState, labelFeatures, moveFeatures, type ParseInput } from './parse-state.ts';

export interface ParserModel {
  /** word (normWord form) → id (2…); tag → id (1…); labels by id − 1 */
  vocab: Map<string, number>;
  tagIds: Map<string, number>;
  labels: string[];
  moves: SparseLinear<number>;
  arcs: SparseLinear<number>;
}

export function parseParserModel(text: string): ParserModel {
  const lines = text.split('\n');
  const scale = scaleOf(lines[0]);
  const list = (name: string) => lines.find((l) => l.startsWith(name + '\t'))?.split('\t').slice(1) ?? [];
  return {
    vocab: new Map(list('vocab').map((w, i) => [w, i + 2])),
    tagIds: new Map(list('tags').map((t, i) => [t, i + 1])),
    labels: list('labels'),
    moves: readSparseLinear(lines, 'm', PARSE_TEMPLATES.length, scale, true),
    arcs: readSparseLinear(lines, 'l', LABEL_TEMPLATES.length, scale, true),
  };
}

/** A sentence's words (normWord form) and PTB tags as the parser's ids. */
export function parseInput(m: Pick<ParserModel, 'vocab' | 'tagIds'>, words: readonly string[], tags: readonly string[]): ParseInput {
  const n = words.length;
  const x: ParseInput = { words: new Int32Array(n), tags: new Int32Array(n), labels: new Int32Array(n) };
  for (let i = 0; i < n; i++) { x.words[i] = m.vocab.get(words[i]) ?? 1; x.tags[i] = m.tagIds.get(tags[i]) ?? 0; }
  return x;
}

/** Heads (sentence-relative, -1 for the root) and relations of one sentence. */
export function parseSentence(m: ParserModel, words: readonly string[], tags: readonly string[]): { heads: Int32Array; rels: string[] } {
  const x = parseInput(m, words, tags);
  const st = new ParseState(words.length);
  const keys = new Int32Array(PARSE_TEMPLATES.length), lkeys = new Int32Array(LABEL_TEMPLATES.length);
  const ms = new Float32Array(3), ls = new Float32Array(m.labels.length);
  while (!st.done()) {
    moveFeatures(st, x, keys);
    scoreKeys(m.moves, keys, ms);
    let best = -1;
    for (let k = 0; k < 3; k++) if (st.legal(k) && (best < 0 || ms[k] > ms[best])) best = k;
    const arc = st.apply(best);
    if (arc) {
      labelFeatures(st, x, arc[0], arc[1], lkeys);
      scoreKeys(m.arcs, lkeys, ls);
      let l = 0;
      for (let k = 1; k < ls.length; k++) if (ls[k] > ls[l]) l = k;
      x.labels[arc[1]] = l + 1;
    }
  }
  return { heads: st.heads, rels: Array.from(x.labels, (l) => (l > 0 ? m.labels[l - 1] : 'root')) };
}
