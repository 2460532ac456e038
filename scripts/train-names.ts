// Trains the name tagger (an averaged perceptron, src/stages/mentions/model/) on the complete
// name annotations of gum-dev and WikiGold (both CC BY 4.0), and measures it by
// cross-validation over DOCUMENTS: each fold's model tags only documents it never saw, and
// those documents are scored as `dossier eval` scores them. MEANTIME is never trained on: it
// stays the check that the model did not just fit these two sets.
//
//   npx tsx scripts/train-names.ts                 # cross-validate (5 folds), then train on all, write the model
//   npx tsx scripts/train-names.ts --cv 0          # only train and write
//   npx tsx scripts/train-names.ts --no-write      # only cross-validate
//   npx tsx scripts/train-names.ts --errors /tmp/cv   # and list the held-out errors per set
//   npx tsx scripts/train-names.ts --check         # and score MEANTIME dev and the example with the model trained on all
//   npx tsx scripts/train-names.ts --seed 1 --ensemble 1   # one model of one shuffle (compare changes over several seeds)
import { readFileSync, writeFileSync } from 'node:fs';
import { createDoc, type Doc } from '../src/document/doc.ts';
import { extract } from '../src/index.ts';
import { parseGold, type GoldDocument, type GoldMention } from '../src/eval/gold.ts';
import { formatTable } from '../src/eval/report.ts';
import { scoreCorpus } from '../src/eval/score.ts';
import { buildPipeline } from '../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../src/pipeline/presets/news-en.ts';
import { nameLexicon } from '../src/stages/mentions/lexicon.ts';
import { findNames } from '../src/stages/mentions/names.ts';
import { LABELS, tokenFeatures, type TokenFeatures } from '../src/stages/mentions/model/features.ts';
import { writeCompactNameModel } from './build-names-model.ts';
import { PerceptronTrainer, serializeWeights, type PerceptronWeights } from '../src/stages/mentions/model/perceptron.ts';
import { DEFAULT_POLICY, useRefinePolicy } from '../src/stages/mentions/model/refine.ts';
import { historyFeatures, segments, useNameModel, viterbi } from '../src/stages/mentions/model/tagger.ts';

const CORPORA = new URL('../../shared/corpora/', import.meta.url);
const SETS = ['gum-dev', 'wikigold'];
const OUT = new URL('../data/models/names-perceptron.json', import.meta.url);

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const FOLDS = opt('--cv', 5), EPOCHS = opt('--epochs', 12), MIN_WEIGHT = opt('--prune', 0.02);
const WRITE = !args.includes('--no-write');
// --seed N: the training shuffles' seed (the folds keep theirs)
const SEED = opt('--seed', 7);
// --ensemble K: the weights are the mean of K models trained on K shuffles (seeds SEED … SEED+K-1); one
// shuffle's figures swing by ±0.5 F1 (data/models/README.md), the mean of three much less
const ENSEMBLE = opt('--ensemble', 3);
// --margin X, --retype-margin Y: the least margins for the tagger to add a name or retype a rule's (defaults: refine.ts)
useRefinePolicy({ ...DEFAULT_POLICY, add: !args.includes('--no-add'), ...(args.includes('--no-drop') ? { dropRules: new Set<string>() } : {}), minMargin: opt('--margin', DEFAULT_POLICY.minMargin), retypeMargin: opt('--retype-margin', DEFAULT_POLICY.retypeMargin) });
// --errors PREFIX: the held-out misses and wrong finds of each set go to PREFIX.<set>.txt
const ERRORS = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;

interface Example { set: string; gold: GoldDocument; tf: TokenFeatures; truth: Uint8Array; segments: [number, number][] }

function readSet(set: string): GoldDocument[] {
  const raw = readFileSync(new URL(`${set}.gold.jsonl`, CORPORA), 'utf8');
  return parseGold(raw, set).flatMap(l => (l.ok ? [l.doc] : []));
}

/** The stages before the name finder (segmentation, times, and syntax where the preset has it). */
const before = (() => {
  const stages = newsEnglishStages();
  return buildPipeline(stages.slice(0, stages.findIndex(s => s.name === 'mentions')));
})();

function label(type: string): string {
  const t = type.split('|')[0];
  return t === 'PERSON' ? 'PER' : t === 'ORG' ? 'ORG' : 'LOC';
}

/** Gold labels of the candidate tokens: the innermost gold name over a token gives its type. */
function goldLabels(doc: Doc, tf: TokenFeatures, gold: GoldMention[]): Uint8Array {
  const toks = doc.tokens;
  const truth = new Uint8Array(toks.length);
  const owner: (GoldMention | undefined)[] = new Array(toks.length);
  const names = gold.filter(g => g.kind !== 'pronoun' && g.kind !== 'nominal').sort((a, b) => (b.end - b.start) - (a.end - a.start));
  for (const g of names) {
    const inside: number[] = [];
    for (let i = 0; i < toks.length; i++) if (tf.mask[i] && toks[i].start < g.end && g.start < toks[i].end) inside.push(i);
    for (const i of inside) owner[i] = g;
  }
  for (let i = 0; i < toks.length; i++) {
    const g = owner[i];
    if (!g) continue;
    const inside = i > 0 && owner[i - 1] === g;
    truth[i] = LABELS.indexOf(`${inside ? 'I' : 'B'}-${label(g.type)}`);
  }
  return truth;
}

function prepare(set: string, gold: GoldDocument): Example {
  const doc = createDoc(gold.text, { id: gold.id, published: gold.published?.slice(0, 10) });
  before.run(doc);
  const lex = nameLexicon();
  const rules = findNames(doc, lex);
  const tf = tokenFeatures(doc, rules, lex);
  return { set, gold, tf, truth: goldLabels(doc, tf, gold.mentions ?? []), segments: segments(doc, tf) };
}

/** A small seeded generator, so a run repeats exactly. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

/** The model of these examples: the mean of ENSEMBLE structured perceptrons. */
function train(examples: Example[]): PerceptronWeights {
  if (ENSEMBLE <= 1) return trainOne(examples, SEED);
  // the mean of models trained on different shuffles: one shuffle's luck counts for less
  const models = Array.from({ length: ENSEMBLE }, (_, k) => trainOne(examples, SEED + k));
  const weights = new Map<string, Float32Array>();
  for (const m of models) for (const [f, w] of m.weights) {
    let acc = weights.get(f);
    if (!acc) weights.set(f, acc = new Float32Array(w.length));
    for (let k = 0; k < w.length; k++) acc[k] += w[k] / ENSEMBLE;
  }
  for (const [f, w] of weights) if (!w.some(x => Math.abs(x) > MIN_WEIGHT)) weights.delete(f);
  return { labels: LABELS, weights };
}

/** A structured perceptron: each segment decoded whole; where the path differs from the truth, the truth's features go up, the guess's down. */
function trainOne(examples: Example[], seed: number): PerceptronWeights {
  const trainer = new PerceptronTrainer(LABELS);
  const rand = rng(seed);
  for (let e = 0; e < EPOCHS; e++) {
    for (const ex of shuffle(examples, rand)) {
      for (const [a, b] of ex.segments) {
        const guess = viterbi(trainer, ex.tf, a, b).labels;
        for (let i = a; i <= b; i++) {
          const g = guess[i - a], t = ex.truth[i];
          const gp = i > a ? LABELS[guess[i - a - 1]] : 'O', tp = i > a ? LABELS[ex.truth[i - 1]] : 'O';
          if (g === t && gp === tp) continue;
          const f = ex.tf.feats[i]!;
          trainer.move(f.concat(historyFeatures(tp, f[2])), t, 1);
          trainer.move(f.concat(historyFeatures(gp, f[2])), g, -1);
        }
        trainer.tick();
      }
    }
  }
  return trainer.averaged(MIN_WEIGHT);
}

const examples: Example[] = [];
for (const set of SETS) for (const g of readSet(set)) examples.push(prepare(set, g));
console.log(`${examples.length} documents, ${examples.reduce((n, e) => n + e.tf.mask.reduce((a, b) => a + (b ? 1 : 0), 0), 0)} candidate tokens`);

if (FOLDS > 1) {
  // folds over documents, each set dealt out on its own so every fold holds both
  const fold = new Map<Example, number>();
  for (const set of SETS) shuffle(examples.filter(e => e.set === set), rng(11)).forEach((e, i) => fold.set(e, i % FOLDS));
  const pairs = new Map<string, { gold: GoldDocument; system: ReturnType<typeof extract> }[]>(SETS.map(s => [s, []]));
  for (let k = 0; k < FOLDS; k++) {
    const model = train(examples.filter(e => fold.get(e) !== k));
    useNameModel(model);
    for (const ex of examples.filter(e => fold.get(e) === k)) {
      const g = ex.gold;
      pairs.get(ex.set)!.push({ gold: g, system: extract(g.text, { id: g.id, title: g.title, url: g.url, published: g.published?.slice(0, 10) }) });
    }
    console.error(`fold ${k + 1}/${FOLDS}: ${model.weights.size} features`);
  }
  for (const set of SETS) {
    const report = scoreCorpus(pairs.get(set)!, ['mentions']);
    console.log(formatTable(report, { title: `${set}: held-out (${FOLDS}-fold cross-validation over documents)` }));
    if (ERRORS) writeFileSync(`${ERRORS}.${set}.txt`, formatTable(report, { errors: true }));
  }
}

if (WRITE) {
  const model = train(examples);
  const meta = {
    about: 'Name tagger (averaged perceptron) for src/stages/mentions/model; trained by scripts/train-names.ts',
    trainedOn: SETS.map(s => `${s}.gold.jsonl`), epochs: EPOCHS, shuffles: Array.from({ length: ENSEMBLE }, (_, k) => SEED + k), license: 'CC BY 4.0 (trained on GUM and WikiGold annotations)',
  };
  writeFileSync(OUT, serializeWeights(model, meta) + '\n');
  console.log(`wrote ${OUT.pathname}: ${model.weights.size} features; its compact form: ${(writeCompactNameModel() / 1024).toFixed(0)} KB`);
}

// --check: the model trained on everything, on MEANTIME (never trained on) and the worked example
if (args.includes('--check')) {
  useNameModel(train(examples));
  for (const file of [new URL('meantime-dev.gold.jsonl', CORPORA), new URL('../test/fixtures/kyrgyzstan-bases.gold.jsonl', import.meta.url)]) {
    const golds = parseGold(readFileSync(file, 'utf8'), file.pathname).flatMap(l => (l.ok ? [l.doc] : []));
    const pairs = golds.map(g => ({ gold: g, system: extract(g.text, { id: g.id, title: g.title, url: g.url, published: g.published?.slice(0, 10) }) }));
    const report = scoreCorpus(pairs, ['mentions']);
    console.log(formatTable(report, { title: `${file.pathname.split('/').pop()}: not trained on` }));
    if (ERRORS) writeFileSync(`${ERRORS}.${file.pathname.split('/').pop()}.txt`, formatTable(report, { errors: true }));
  }
}
