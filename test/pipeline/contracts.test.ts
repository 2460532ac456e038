// The pipeline's contracts: a stage reads only the layers it declares and assigns only those it
// provides; the Doc it is handed refuses the rest, so running a stage alone cannot quietly see an
// empty layer where the full pipeline would see a filled one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../src/document/doc.ts';
import { buildPipeline } from '../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../src/pipeline/presets/news-en.ts';
import type { Stage } from '../../src/pipeline/stage.ts';

const example = readFileSync(new URL('../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
const stage = (name: string) => newsEnglishStages().find(s => s.name === name)!;
const segment = stage('segment');
const run = (stages: Stage[], text = 'Putin met Atambayev in Bishkek on 12 June.') => buildPipeline(stages).run(createDoc(text, { id: 't' }));

test('a stage that reads a layer it does not require is stopped, not handed an empty list', () => {
  const peeks: Stage = { name: 'peeks', requires: ['sentences'], provides: ['mentions'], run(doc) { doc.mentions = doc.times.map(() => ({}) as never); } };
  assert.throws(() => run([segment, peeks]), (e: Error & { code?: string }) => e.code === 'PIPELINE_CONTRACT' && /reads doc\.times/.test(e.message));
});

test('a stage that assigns a layer it does not provide is stopped', () => {
  const writes: Stage = { name: 'writes', requires: ['sentences'], provides: ['mentions'], run(doc) { doc.times = []; } };
  assert.throws(() => run([segment, writes]), /assigns doc\.times/);
  const adds: Stage = { name: 'adds', requires: [], provides: ['x'], run(doc) { (doc as unknown as Record<string, unknown>).scratch = 1; } };
  assert.throws(() => run([adds]), TypeError, 'a field no Doc has is refused too');
});

test('declared layers read and write through to the document; open fields (text, id, messages) need no declaration', () => {
  let seen = -1;
  const counts: Stage = { name: 'counts', requires: ['sentences'], provides: ['times'], run(doc) { seen = doc.tokens.length + doc.text.length * 0; doc.times = []; doc.messages.push({ level: 'warning', code: 'x', text: doc.id }); } };
  const doc = run([segment, counts]);
  assert.ok(seen > 5);
  assert.deepEqual(doc.times, []);
  assert.equal(doc.messages.length, 1);
  assert.ok(doc.provided.has('times') && doc.provided.has('sentences'));
});

test('a token-field layer such as syntax guards its working layer (doc.chunks)', () => {
  const syntax: Stage = { name: 'syntax', requires: ['sentences'], provides: ['syntax'], run(doc) { (doc as Doc & { chunks: unknown[] }).chunks = [{ kind: 'NP', start: 0, end: 1, head: 0 }]; } };
  const reader: Stage = { name: 'reader', requires: ['sentences', 'syntax'], provides: ['mentions'], run(doc) { assert.equal((doc as Doc & { chunks: unknown[] }).chunks.length, 1); } };
  const blind: Stage = { name: 'blind', requires: ['sentences'], provides: ['mentions'], run(doc) { void (doc as Doc & { chunks: unknown[] }).chunks; } };
  assert.doesNotThrow(() => run([segment, syntax, reader]));
  assert.throws(() => run([segment, syntax, blind]), /reads doc\.chunks/);
});

test('every stage of the news preset keeps to its declarations on the example', () => {
  const doc = buildPipeline(newsEnglishStages()).run(createDoc(example, { id: 'kyrgyzstan-bases', published: '2017-10-10' }));
  assert.ok(doc.events.length >= 9 && doc.facts.length >= 2);
});

test('the mentions stage run alone sees the times layer: "12", "two" and "3" of dates and durations are not amounts', () => {
  const text = 'The talks opened on 12 June, two weeks after the summit, and lasted 3 days.';
  const alone = buildPipeline(newsEnglishStages(), { only: ['mentions'] }).run(createDoc(text, { id: 'a', published: '2017-10-10' }));
  const full = buildPipeline(newsEnglishStages()).run(createDoc(text, { id: 'a', published: '2017-10-10' }));
  const amounts = (d: Doc) => d.mentions.filter(m => m.kind !== 'name').map(m => m.text);
  assert.deepEqual(amounts(alone), amounts(full));
  for (const word of ['12', 'two', '3']) assert.ok(!amounts(alone).includes(word), `${word} in ${amounts(alone)}`);
});

test('the builder refuses a stage that rewrites a layer it does not declare it reads', () => {
  const blind: Stage = { name: 'blind', requires: ['sentences'], provides: ['times'], run() {} };
  assert.throws(() => buildPipeline([segment, stage('times'), blind]), /provides "times" again without requiring it/);
});

test('the builder refuses a stage that requires a layer only a later stage provides', () => {
  assert.throws(() => buildPipeline([segment, stage('mentions'), stage('times')]), /requires "times"/);
});
