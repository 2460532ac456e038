// A greedy dependency parser: arc-standard transitions chosen by an averaged perceptron, each
// arc labelled by a second one. Scored by `npm run train:syntax -- --parser` but NOT shipped nor
// run by the stage: on GUM it reached ~78% UAS on predicted tags at ~0.25 MB/s, under the bar
// (80% UAS, 1 MB/s) for filling Token.head/deprel. Model text, as the trainer writes it:
//   #dossier-parser <version> scale=<n>
//   labels <rel> <rel> …      UD relations, by index
//   m <template> <value> <move>:<weight>,…    move model (SHIFT 0, LEFT 1, RIGHT 2)
//   l <template> <value> <label>:<weight>,…   label model
import { readSparseLinear, scaleOf, scoreValues, type SparseLinear } from './linear.ts';
import { LABEL_TEMPLATES, PARSE_TEMPLATES, ParseState, labelFeatures, moveFeatures } from './parse-state.ts';

export interface ParserModel { labels: string[]; moves: SparseLinear; arcs: SparseLinear }

export function parseParserModel(text: string): ParserModel {
  const lines = text.split('\n');
  const scale = scaleOf(lines[0]);
  const labels = lines.find((l) => l.startsWith('labels\t'))?.split('\t').slice(1) ?? [];
  return { labels, moves: readSparseLinear(lines, 'm', PARSE_TEMPLATES.length, scale), arcs: readSparseLinear(lines, 'l', LABEL_TEMPLATES.length, scale) };
}

/** Heads (sentence-relative, -1 for the root) and relations of one sentence. */
export function parseSentence(m: ParserModel, words: readonly string[], tags: readonly string[]): { heads: Int32Array; rels: string[] } {
  const st = new ParseState(words.length);
  const vals: string[] = new Array(PARSE_TEMPLATES.length);
  const lvals: string[] = new Array(LABEL_TEMPLATES.length);
  const ms = new Float32Array(3), ls = new Float32Array(m.labels.length);
  while (!st.done()) {
    moveFeatures(st, words, tags, vals);
    scoreValues(m.moves, vals, ms);
    let best = -1;
    for (let k = 0; k < 3; k++) if (st.legal(k) && (best < 0 || ms[k] > ms[best])) best = k;
    const arc = st.apply(best);
    if (arc) {
      labelFeatures(st, words, tags, arc[0], arc[1], lvals);
      scoreValues(m.arcs, lvals, ls);
      let l = 0;
      for (let k = 1; k < ls.length; k++) if (ls[k] > ls[l]) l = k;
      st.rels[arc[1]] = m.labels[l];
    }
  }
  return { heads: st.heads, rels: st.rels };
}

