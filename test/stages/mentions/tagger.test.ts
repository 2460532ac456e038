import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../src/document/doc.ts';
import { buildPipeline } from '../../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { nameLexicon } from '../../../src/stages/mentions/lexicon.ts';
import { findNames } from '../../../src/stages/mentions/names.ts';
import { namesOf } from '../../../src/stages/mentions/index.ts';
import { candidateMask, shape } from '../../../src/stages/mentions/model/features.ts';
import { parseWeights } from '../../../src/stages/mentions/model/perceptron.ts';
import { useNameModel } from '../../../src/stages/mentions/model/tagger.ts';
import { readFileSync } from 'node:fs';

const before = (() => {
  const stages = newsEnglishStages();
  return buildPipeline(stages.slice(0, stages.findIndex(s => s.name === 'mentions')));
})();
const docOf = (text: string) => { const d = createDoc(text, { id: 't' }); before.run(d); return d; };

test('word shapes cut runs at two', () => {
  assert.deepEqual(['Paris', 'USDA', 'U.S.', 'eBay', '3M'].map(shape), ['Xxx', 'XX', 'X.X.', 'xXxx', 'dX']);
});

test('candidates: capitalized words and short joiners between them; a capital glued to a number is not one', () => {
  const doc = docOf('The Bank of America and 3G phones met Jean-Luc in Paris.');
  const mask = candidateMask(doc, findNames(doc, nameLexicon()));
  const marked = doc.tokens.filter((_, i) => mask[i]).map(t => t.text);
  assert.ok(marked.includes('Bank') && marked.includes('of') && marked.includes('America') && marked.includes('Paris'));
  assert.ok(!marked.includes('G') && !marked.includes('phones'));
});

test('the shipped model finds names the rules leave untyped, and a surname alone after the full name', () => {
  useNameModel(parseWeights(readFileSync(new URL('../../../data/models/names-perceptron.json', import.meta.url), 'utf8')));
  try {
    const doc = docOf('Antonín Dvořák was a Czech composer. Later Dvořák said he liked the music of Bedřich Smetana.');
    const names = namesOf(doc).map(m => `${m.text}/${m.type}`);
    assert.ok(names.includes('Antonín Dvořák/PERSON'), names.join(', '));
    assert.ok(names.includes('Dvořák/PERSON'), names.join(', '));
    assert.ok(names.includes('Bedřich Smetana/PERSON'), names.join(', '));
    for (const m of namesOf(doc)) assert.equal(doc.text.slice(m.start, m.end), m.text);
  } finally { useNameModel(null); }
});
