import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extract } from '../../src/index.ts';
import type { DossierDocument } from '../../src/document/types.ts';

const schema = JSON.parse(readFileSync(new URL('../../src/document/schema/document.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const exampleText = readFileSync(new URL('../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
const example = extract(exampleText, { id: 'kyrgyzstan-bases', published: '2017-10-10', title: 'Russia sees no need for a second base' });

const problems = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message}`));

test('the example document is valid against the published JSON Schema', () => {
  assert.deepEqual(problems(JSON.parse(JSON.stringify(example))), []);
});

test('MEANTIME documents are valid too', () => {
  const lines = readFileSync(new URL('../fixtures/meantime-dev.gold.jsonl', import.meta.url), 'utf8').trim().split('\n').slice(0, 10);
  for (const line of lines) {
    const g = JSON.parse(line);
    const doc = extract(g.text, { id: g.id, published: g.published });
    assert.deepEqual(problems(JSON.parse(JSON.stringify(doc))), [], g.id);
  }
});

test('the schema refuses a document that breaks the contract, and accepts added fields', () => {
  const base = JSON.parse(JSON.stringify(example)) as DossierDocument & Record<string, unknown>;
  assert.deepEqual(problems({ ...base, extraLayer: [{ anything: 1 }] }), [], 'layers may add fields');
  const { id: _id, ...noId } = base;
  assert.ok(problems(noId).some(p => p.includes("must have required property 'id'")));
  assert.ok(problems({ ...base, published: '10/10/2017' }).length);
  assert.ok(problems({ ...base, mentions: [{ start: 0, end: 6, text: 'Russia', type: 'COUNTRY', kind: 'name', rule: 'x' }] }).length);
  assert.ok(problems({ ...base, mentions: [{ start: 0, end: 6, text: 'Russia', type: 'GPE', kind: 'name' }] }).some(p => p.includes('rule')));
  assert.ok(problems({ ...base, times: [{ start: 0, end: 4, text: '2003', type: 'DATE', value: '2003', rule: 'x', range: { start: '2003' } }] }).length);
  assert.ok(problems({ ...base, events: [{ code: 42, trigger: { start: 0, end: 1, text: 'R' }, rule: 'x' }] }).length, 'CAMEO codes are strings');
  assert.ok(problems({ ...base, entities: [{ id: 'x', type: 'GPE', name: 'X', country: 'ru' }] }).length, 'countries are ISO3');
});

test('every span in the example points at its own text, and sentences tile the text in order', () => {
  const spans: [string, { start: number; end: number; text: string } | undefined][] = [
    ...example.mentions.map(m => ['mention', m] as [string, typeof m]),
    ...example.times.map(t => ['time', t] as [string, typeof t]),
    ...example.quotes.flatMap(q => [['quote', q], ['quote.cue', q.cue]] as [string, typeof q][]),
    ...example.events.map(e => ['event.trigger', e.trigger] as [string, typeof e.trigger]),
    ...example.entities.flatMap(e => (e.roles ?? []).map(r => ['role.evidence', r.evidence] as [string, typeof r.evidence])),
    ...(example.facts ?? []).flatMap(f => f.evidence.map(ev => ['fact.evidence', ev] as [string, typeof ev])),
  ];
  for (const [what, s] of spans) {
    if (!s) continue;
    assert.equal(exampleText.slice(s.start, s.end), s.text, `${what} [${s.start},${s.end})`);
  }
  let last = 0;
  for (const s of example.sentences) {
    assert.ok(s.start >= last && s.end > s.start && s.end <= exampleText.length, JSON.stringify(s));
    last = s.end;
  }
  assert.ok(example.sentences.length >= 26 && example.sentences.length <= 32);
});

test('extract refuses a publication date that is not YYYY-MM-DD', () => {
  assert.throws(() => extract('Russia said no.', { published: 'yesterday' }), /YYYY-MM-DD/);
  // the form alone is not enough: no such day
  for (const d of ['2017-02-30', '2017-13-01', '2017-00-10']) assert.throws(() => extract('Russia said no.', { published: d }), /calendar date/);
  assert.equal(extract('Russia said no.', { published: '2016-02-29' }).published, '2016-02-29');
});
