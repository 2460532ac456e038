// npm run train:syntax [-- --folds 5] [--no-cv] [--parser]: trains the syntax stage's models on GUM
// (../shared/corpora/gum-ud), scores them by cross-validation over documents (a document is
// never scored by a model that learned from it), and writes the final models, trained on
// every document, to data/models/.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../src/data/files.ts';
import { LEMMA_EXCEPTIONS, LEMMA_WORDS, lemmatize, wordForm, type LemmaTables } from '../src/stages/syntax/lemmatizer.ts';
import { TAGGER_MODEL, fixedTag, parseTaggerModel, tagIndices, uposOf, type TaggerModel } from '../src/stages/syntax/tagger.ts';
import { writeCompactTagger } from './build-syntax-model.ts';
import { parseParserModel, parseSentence } from '../src/stages/syntax/parser.ts';
import { POS_LEXICON, normWord } from '../src/stages/syntax/features.ts';
import { parserTrees, trainParser } from './train-syntax-parser.ts';
import { alignDocuments, documentFolds, goldTree, readGum, type GoldDocument } from './train-syntax-data.ts';
import { trainTagger } from './train-syntax-tagger.ts';
import { buildPosLexicon } from './train-syntax-lexicon.ts';
import { wordKinds } from '../src/data/lexicon.ts';
import { learnLemmaTables, lemmaFiles } from './train-syntax-lemmas.ts';

const { values } = parseArgs({ options: {
  folds: { type: 'string', default: '5' }, 'no-cv': { type: 'boolean', default: false },
  // the dependency parser is scored, not shipped: see data/models/README.md
  parser: { type: 'boolean', default: false },
} });

interface Score { right: number; total: number }
const pct = (s: Score) => (100 * s.right / Math.max(1, s.total)).toFixed(2);
const add = (m: Map<string, Score>, k: string, ok: boolean) => {
  const s = m.get(k) ?? { right: 0, total: 0 };
  s.total++; if (ok) s.right++;
  m.set(k, s);
};

/** Tags and lemmatizes held-out documents; scores XPOS, UPOS and lemmas overall and per genre. */
function scoreFold(modelText: string, lemmas: LemmaTables, docs: GoldDocument[], into: Map<string, Score>): void {
  const m = parseTaggerModel(modelText, lexicon);
  for (const d of docs) for (const s of d.sentences) {
    const got = tagIndices(m, s.tokens.map((t) => t.text));
    s.tokens.forEach((t, i) => {
      const tag = m.tags[got[i]];
      const ok = tag === t.xpos;
      add(into, 'xpos', ok); add(into, `xpos ${d.genre}`, ok);
      if (fixedTag(m, t.text) < 0) add(into, 'xpos (words not in tag dictionary)', ok);
      add(into, 'upos', uposOf(m, t.text, got[i]) === t.upos);
      const gold = wordForm(t.lemma);
      add(into, 'lemma (predicted tags)', lemmatize(wordForm(t.text), tag, lemmas) === gold);
      add(into, 'lemma (gold tags)', lemmatize(wordForm(t.text), t.xpos, lemmas) === gold);
    });
  }
}

console.log(`wrote data/${POS_LEXICON}: ${buildPosLexicon()} words`);
const lexicon = wordKinds(POS_LEXICON);
/** Parses held-out documents on predicted tags; UAS and LAS without punctuation, CPU speed. */
function scoreParser(modelText: string, tagger: TaggerModel, docs: GoldDocument[], into: Map<string, Score>): void {
  const m = parseParserModel(modelText);
  let tokens = 0;
  const cpu = process.cpuUsage();
  for (const d of docs) for (const s of d.sentences) {
    const gold = goldTree(s);
    if (!gold) continue;
    const tags = tagIndices(tagger, s.tokens.map((t) => t.text)).map((k) => tagger.tags[k]);
    const got = parseSentence(m, s.tokens.map((t) => normWord(t.text)), tags);
    tokens += s.tokens.length;
    s.tokens.forEach((t, i) => {
      if (t.upos === 'PUNCT') return;
      add(into, 'parser UAS (predicted tags)', got.heads[i] === gold.heads[i]);
      add(into, 'parser LAS (predicted tags)', got.heads[i] === gold.heads[i] && got.rels[i] === gold.rels[i]);
    });
  }
  const used = process.cpuUsage(cpu);
  console.log(`  parser (with tagging): ${Math.round(tokens / ((used.user + used.system) / 1e6))} tokens per CPU-second`);
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
    const tagger = trainTagger(train, lexicon);
    scoreFold(tagger, learnLemmaTables(train), folds[f], scores);
    if (values.parser) scoreParser(trainParser(parserTrees(train)), parseTaggerModel(tagger, lexicon), folds[f], scores);
    console.log(`fold ${f + 1}/${k}: trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(`\n${k}-fold cross-validation over documents:`);
  for (const [name, s] of [...scores].sort()) console.log(`  ${name.padEnd(32)} ${pct(s)}%  (${s.right}/${s.total})`);
}

const model = trainTagger(docs, lexicon);
const gz = gzipSync(model, { level: 9 });
writeFileSync(DATA_DIR + TAGGER_MODEL, gz);
console.log(`\nwrote data/${TAGGER_MODEL}: ${(gz.length / 1024).toFixed(0)} KB (${(model.length / 1024).toFixed(0)} KB unzipped, ${model.split('\n').filter((l) => l.startsWith('f\t')).length} features)`);
console.log(`wrote the compact form the stage reads: ${(writeCompactTagger() / 1024).toFixed(0)} KB`);

const lemmas = lemmaFiles(learnLemmaTables(docs), `learned from ${docs.length} GUM documents (annotations CC BY 4.0) by npm run train:syntax`);
writeFileSync(DATA_DIR + LEMMA_EXCEPTIONS, lemmas.exceptions);
writeFileSync(DATA_DIR + LEMMA_WORDS, lemmas.words);
console.log(`wrote data/${LEMMA_EXCEPTIONS} (${lemmas.exceptions.split('\n').length - 3} exceptions) and data/${LEMMA_WORDS} (${lemmas.words.split('\n').length - 3} lemmas)`);
