// Training the dependency parser on GUM's trees re-cut to our tokens (static arc-standard
// oracle; sentences whose tree it cannot build, the non-projective ones, are left out).
import { LABEL_TEMPLATES, LEFT, MAX_WORDS, PARSE_TEMPLATES, ParseState, RIGHT, SHIFT, labelFeatures, moveFeatures } from '../src/stages/syntax/parse-state.ts';
import { parseInput } from '../src/stages/syntax/parser.ts';
import { normWord } from '../src/stages/syntax/features.ts';
import { goldTree, type GoldDocument } from './train-syntax-data.ts';
import { AveragedPerceptron, seededRandom, shuffle } from './train-syntax-perceptron.ts';

interface Tree { words: string[]; tags: string[]; heads: number[]; rels: string[] }

function oracle(st: ParseState, t: Tree, attached: Uint16Array, deps: Uint16Array): number {
  const k = st.stack.length;
  if (k >= 2) {
    const s0 = st.stack[k - 1], s1 = st.stack[k - 2];
    if (t.heads[s1] === s0) return LEFT;
    if (t.heads[s0] === s1 && attached[s0] === deps[s0]) return RIGHT;
  }
  return st.b < st.n ? SHIFT : RIGHT;
}

/** The gold trees of the documents that the oracle can build, with gold tags. */
export function parserTrees(docs: GoldDocument[]): Tree[] {
  const out: Tree[] = [];
  for (const d of docs) for (const s of d.sentences) {
    const g = goldTree(s);
    if (!g || g.heads.filter((h) => h < 0).length !== 1) continue;
    const t: Tree = { words: s.tokens.map((x) => normWord(x.text)), tags: s.tokens.map((x) => x.xpos), heads: g.heads, rels: g.rels };
    // keep the tree only if the static oracle rebuilds it (projective)
    const st = new ParseState(t.words.length);
    const deps = new Uint16Array(t.words.length), attached = new Uint16Array(t.words.length);
    for (const h of t.heads) if (h >= 0) deps[h]++;
    while (!st.done()) { const arc = st.apply(oracle(st, t, attached, deps)); if (arc) attached[arc[0]]++; }
    if (t.heads.every((h, i) => st.heads[i] === h)) out.push(t);
  }
  return out;
}

export function trainParser(trees: Tree[], iterations = 10, scale = 100): string {
  const labels = [...new Set(trees.flatMap((t) => t.rels))].sort();
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const tagList = [...new Set(trees.flatMap((t) => t.tags))].sort();
  const counts = new Map<string, number>();
  for (const t of trees) for (const w of t.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocabList = [...counts].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_WORDS - 2).map(([w]) => w);
  const ids = { vocab: new Map(vocabList.map((w, i) => [w, i + 2])), tagIds: new Map(tagList.map((t, i) => [t, i + 1])) };
  const moves = new AveragedPerceptron(PARSE_TEMPLATES.length, 3);
  const arcs = new AveragedPerceptron(LABEL_TEMPLATES.length, labels.length);
  const rand = seededRandom(15);
  const keys = new Int32Array(PARSE_TEMPLATES.length), lkeys = new Int32Array(LABEL_TEMPLATES.length);
  const ms = new Float64Array(3), ls = new Float64Array(labels.length);
  const order = trees.map((t) => ({ t, x: parseInput(ids, t.words, t.tags) }));
  const asPairs = (ks: Int32Array) => Array.from(ks, (k, i) => [i, String(k)] as const);
  for (let it = 0; it < iterations; it++) {
    for (const { t, x } of shuffle(order, rand)) {
      x.labels.fill(0);
      const st = new ParseState(t.words.length);
      const deps = new Uint16Array(t.words.length), attached = new Uint16Array(t.words.length);
      for (const h of t.heads) if (h >= 0) deps[h]++;
      while (!st.done()) {
        moveFeatures(st, x, keys);
        const fids = moves.features(asPairs(keys), true);
        const guess = moves.best(fids, ms, (c) => st.legal(c));
        const gold = oracle(st, t, attached, deps);
        moves.update(gold, guess, fids);
        const arc = st.apply(gold);
        if (arc) {
          attached[arc[0]]++;
          labelFeatures(st, x, arc[0], arc[1], lkeys);
          const lf = arcs.features(asPairs(lkeys), true);
          const g = labelId.get(t.rels[arc[1]])!;
          arcs.update(g, arcs.best(lf, ls), lf);
          x.labels[arc[1]] = g + 1;
        }
      }
    }
  }
  moves.average(); arcs.average();
  return [
    `#dossier-parser 1 scale=${scale} trained on ${trees.length} GUM trees (CC BY 4.0 annotations); npm run train:syntax -- --parser`,
    `labels\t${labels.join('\t')}`,
    `tags\t${tagList.join('\t')}`,
    `vocab\t${vocabList.join('\t')}`,
    ...moves.serializeFeatures(scale, 2).map((l) => 'm' + l.slice(1)),
    ...arcs.serializeFeatures(scale, 2).map((l) => 'l' + l.slice(1)),
  ].join('\n') + '\n';
}
