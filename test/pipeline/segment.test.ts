import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/index.ts';
import { buildPipeline } from '../../src/pipeline/pipeline.ts';
import type { Stage } from '../../src/pipeline/stage.ts';

const example = readFileSync(new URL('../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
const sentencesOf = (text: string) => extract(text).sentences.map(s => text.slice(s.start, s.end));

test('the example splits into about 29 sentences, each starting where a sentence starts', () => {
  const doc = extract(example, { published: '2017-10-10' });
  assert.ok(doc.sentences.length >= 26 && doc.sentences.length <= 32, `got ${doc.sentences.length}`);
  const texts = doc.sentences.map(s => example.slice(s.start, s.end));
  assert.ok(texts.includes('We do not seek after the quantity.'));
  assert.ok(texts.includes('\"What does Bishkek need to be protected from?\" he asked.'));
  assert.ok(texts.includes('And now it wants a second one.'));
});

test('abbreviations do not end sentences; a stop before a sentence starter does', () => {
  assert.deepEqual(sentencesOf('Gen. Mark Milley met Sen. Jones on Dec. 3 in Washington. They spoke for an hour.'),
    ['Gen. Mark Milley met Sen. Jones on Dec. 3 in Washington.', 'They spoke for an hour.']);
  assert.deepEqual(sentencesOf('The U.S. President left. The U.S. Army stayed in the U.S. The talks ended.'),
    ['The U.S. President left.', 'The U.S. Army stayed in the U.S.', 'The talks ended.']);
  assert.deepEqual(sentencesOf('George W. Bush spoke. It rained.'), ['George W. Bush spoke.', 'It rained.']);
});

test('a quote that ends a sentence stays with it, and a headline line is its own sentence', () => {
  assert.deepEqual(sentencesOf('Russia declines base\nMOSCOW — “We will not,” he said. “Never.” The end.'),
    ['Russia declines base', 'MOSCOW — “We will not,” he said.', '“Never.”', 'The end.']);
});

test('the pipeline refuses a stage whose requirement comes later', () => {
  const a: Stage = { name: 'a', requires: ['b'], provides: ['a'], run() {} };
  const b: Stage = { name: 'b', requires: [], provides: ['b'], run() {} };
  assert.throws(() => buildPipeline([a, b]), /requires "b"/);
  assert.doesNotThrow(() => buildPipeline([b, a]));
});
