// npm run train:syntax [-- --folds 5] [--no-cv]: trains the syntax stage's models on GUM
// (../shared/corpora/gum-ud), scores them by cross-validation over documents (a document is
// never scored by a model that learned from it), and writes the final models, trained on
// every document, to data/models/.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../src/data/files.ts';
import { LEMMA_EXCEPTIONS, LEMMA_WORDS, lemmatize, wordForm, type LemmaTables } from '../src/stages/syntax/lemmatizer.ts';
import { TAGGER_MODEL, parseTaggerModel, tagIndices, uposOf } from '../src/stages/syntax/tagger.ts';
import { alignDocuments, documentFolds, readGum, type GoldDocument } from './train-syntax-data.ts';
import { trainTagger } from './train-syntax-tagger.ts';
import { learnLemmaTables, lemmaFiles } from './train-syntax-lemmas.ts';

const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, 'no-cv': { type: 'boolean', default: false } } });

interface Score { right: number; total: number }
const pct = (s: Score) => (100 * s.right / Math.max(1, s.total)).toFixed(2);
const add = (m: Map<string, Score>, k: string, ok: boolean) => {
  const s = m.get(k) ?? { right: 0, total: 0 };
  s.total++; if (ok) s.right++;
  m.set(k, s);
};

/** Tags and lemmatizes held-out documents; scores XPOS, UPOS and lemmas overall and per genre. */
function scoreFold(modelText: string, lemmas: LemmaTables, docs: GoldDocument[], into: Map<string, Score>): void {
  const m = parseTaggerModel(modelText);
  for (const d of docs) for (const s of d.sentences) {
    const got = tagIndices(m, s.tokens.map((t) => t.text));
    s.tokens.forEach((t, i) => {
      const tag = m.tags[got[i]];
      const ok = tag === t.xpos;
      add(into, 'xpos', ok); add(into, `xpos ${d.genre}`, ok);
      if (!m.dict.has(t.text)) add(into, 'xpos (words not in tag dictionary)', ok);
      add(into, 'upos', uposOf(m, t.text, got[i]) === t.upos);
      const gold = wordForm(t.lemma);
      add(into, 'lemma (predicted tags)', lemmatize(wordForm(t.text), tag, lemmas) === gold);
      add(into, 'lemma (gold tags)', lemmatize(wordForm(t.text), t.xpos, lemmas) === gold);
    });
  }
}

const { docs, dropped } = alignDocuments(readGum());
const tokens = docs.reduce((n, d) => n + d.sentences.reduce((k, s) => k + s.tokens.length, 0), 0);
console.log(`GUM: ${docs.length} documents, ${docs.reduce((n, d) => n + d.sentences.length, 0)} sentences, ${tokens} tokens as Dossier cuts them (${dropped} sentences not aligned, left out)`);

if (!values['no-cv']) {
  const k = Number(values.folds);
  const folds = documentFolds(docs, k);
  const scores = new Map<string, Score>();
  for (let f = 0; f < k; f++) {
    const t0 = performance.now();
    const train = folds.filter((_, i) => i !== f).flat();
    scoreFold(trainTagger(train), learnLemmaTables(train), folds[f], scores);
    console.log(`fold ${f + 1}/${k}: trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(`\n${k}-fold cross-validation over documents:`);
  for (const [name, s] of [...scores].sort()) console.log(`  ${name.padEnd(32)} ${pct(s)}%  (${s.right}/${s.total})`);
}

const model = trainTagger(docs);
const gz = gzipSync(model, { level: 9 });
writeFileSync(DATA_DIR + TAGGER_MODEL, gz);
console.log(`\nwrote data/${TAGGER_MODEL}: ${(gz.length / 1024).toFixed(0)} KB (${(model.length / 1024).toFixed(0)} KB unzipped, ${model.split('\n').filter((l) => l.startsWith('f\t')).length} features)`);

const lemmas = lemmaFiles(learnLemmaTables(docs), `learned from ${docs.length} GUM documents (annotations CC BY 4.0) by npm run train:syntax`);
writeFileSync(DATA_DIR + LEMMA_EXCEPTIONS, lemmas.exceptions);
writeFileSync(DATA_DIR + LEMMA_WORDS, lemmas.words);
console.log(`wrote data/${LEMMA_EXCEPTIONS} (${lemmas.exceptions.split('\n').length - 3} exceptions) and data/${LEMMA_WORDS} (${lemmas.words.split('\n').length - 3} lemmas)`);
