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
import { splitAtTitles } from '../../../src/stages/mentions/model/titles.ts';
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

const shipped = () => parseWeights(readFileSync(new URL('../../../data/models/names-perceptron.json', import.meta.url), 'utf8'));

test('a person span the tagger read across a title is cut there: the body before, the person after', () => {
  const doc = docOf('The plan was put to Aer Lingus Chief Executive Dermot Mannion on Monday.');
  const at = (w: string) => doc.tokens.findIndex(t => t.text === w);
  const cut = splitAtTitles(doc, [{ first: at('Aer'), last: at('Mannion'), type: 'PER', margin: 1 }], nameLexicon())
    .map(s => `${doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last].end)}/${s.type}`);
  assert.deepEqual(cut, ['Aer Lingus/ORG', 'Dermot Mannion/PER']);
  // a title opening the span stays: the rest is the person
  const open = splitAtTitles(doc, [{ first: at('Chief'), last: at('Mannion'), type: 'PER', margin: 1 }], nameLexicon());
  assert.equal(open.length, 1);
});

test('with the tagger: the document\'s evidence types a name everywhere, coordinated names share a type, "No. 1" is no name', () => {
  useNameModel(shipped());
  try {
    const names = (text: string) => namesOf(docOf(text)).map(m => `${m.text}/${m.type}`);
    const lingus = names('Irish national airline Aer Lingus said on Friday that profits rose. Aer Lingus Group PLC shares fell. Aer Lingus will add routes.');
    assert.deepEqual(lingus.filter(n => n.startsWith('Aer Lingus/')), ['Aer Lingus/ORG', 'Aer Lingus/ORG'], lingus.join(', '));
    const sik = names('Boeing was successfully challenged by Lockheed and Sikorsky in 2006 over a contract.');
    assert.ok(sik.includes('Sikorsky/ORG'), sik.join(', '));
    const no1 = names('Apple passed Wal-Mart to become the No. 1 music seller, according to NPD Group.');
    assert.ok(!no1.some(n => n.startsWith('No/')), no1.join(', '));
  } finally { useNameModel(null); }
});
