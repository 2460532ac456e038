// The name tagger's scorer keeps what it looked up bounded, wherever the entries come from (one long
// document as much as many), and the texts it summed hold no reference to it or its model: a model
// swapped out (cross-validation folds, useNameModel(null)) can be collected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createDoc } from '../../../src/document/doc.ts';
import { buildPipeline } from '../../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { namesOf } from '../../../src/stages/mentions/index.ts';
import { readCompactWeights, type PerceptronWeights } from '../../../src/stages/mentions/model/perceptron.ts';
import { NAME_MODEL_BINARY, SCORER_ENTRIES, decode, scorerSize, segments, useNameModel, viterbi } from '../../../src/stages/mentions/model/tagger.ts';
import { tokenFeatures } from '../../../src/stages/mentions/model/features.ts';
import { nameLexicon } from '../../../src/stages/mentions/lexicon.ts';
import { findNames } from '../../../src/stages/mentions/names.ts';
import { readDataBuffer } from '../../../src/data/files.ts';

const before = (() => {
  const stages = newsEnglishStages();
  return buildPipeline(stages.slice(0, stages.findIndex(s => s.name === 'mentions')));
})();
const docOf = (text: string) => { const d = createDoc(text, { id: 't' }); before.run(d); return d; };
const shipped = () => readCompactWeights(readDataBuffer(NAME_MODEL_BINARY));

// made-up capitalized words, none the same: "Kabac", "Kabad"…
const word = (n: number) => 'K' + n.toString(26).split('').map(c => String.fromCharCode(97 + parseInt(c, 26))).join('') + 'o';
const sentences = (from: number, count: number) =>
  Array.from({ length: count }, (_, s) => `Then ${word(from + 3 * s)} met ${word(from + 3 * s + 1)} of ${word(from + 3 * s + 2)} in town.`).join(' ');

test('the scorer never keeps more than its bound, within one long document as across many', () => {
  const m = shipped();
  useNameModel(m);
  try {
    // one document of 10,500 new names: some 67,000 entries unbounded, more than the bound, all found within it
    namesOf(docOf(sentences(0, 3500)));
    const one = scorerSize(m);
    assert.ok(one > 0 && one <= SCORER_ENTRIES, `after one long document: ${one}`);
    let most = one;
    for (let k = 1; k <= 4; k++) { namesOf(docOf(sentences(k * 10_000, 600))); most = Math.max(most, scorerSize(m)); }
    assert.ok(most <= SCORER_ENTRIES, `after more documents: ${most}`);
  } finally { useNameModel(null); }
});

test('a scorer that starts afresh within a document scores as the features written out do', () => {
  const m = shipped(), lex = nameLexicon();
  const doc = docOf(sentences(50_000, 3500) + ' Antonín Dvořák met Bedřich Smetana of Prague.');
  const rules = findNames(doc, lex);
  const got = decode(doc, m, rules, lex);
  const tf = tokenFeatures(doc, rules, lex);
  assert.deepEqual(got.mask, tf.mask);
  for (const [a, b] of segments(doc, tf)) {
    const want = viterbi(m, tf, a, b);
    for (let i = a; i <= b; i++) {
      assert.equal(got.labels[i], want.labels[i - a], `label of ${doc.tokens[i].text}`);
      assert.equal(got.margins[i], want.margins[i - a], `margin of ${doc.tokens[i].text}`);
    }
  }
});

test('a model swapped out is not kept alive by the texts its scorer summed', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let m: PerceptronWeights | undefined = shipped();
  const ref = new WeakRef(m);
  useNameModel(m);
  namesOf(docOf('Antonín Dvořák was a Czech composer. Later Dvořák met Bedřich Smetana in Prague.'));
  // another model reads the same texts (their cached features), then none
  useNameModel(shipped());
  namesOf(docOf('Later Dvořák met Bedřich Smetana in Prague.'));
  useNameModel(null);
  m = undefined;
  // a WeakRef's target is held until the current job ends
  await new Promise(r => setImmediate(r));
  gc();
  assert.equal(ref.deref(), undefined, 'the old model is still reachable');
});
