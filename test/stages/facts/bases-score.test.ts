// The facts layer on the basing development set (test/fixtures/facts/bases: VOA, DoD, kremlin.ru reports
// read by hand): floors a little under the figures `npm run eval:facts` reports, per field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { scoreFacts, type GoldFact } from '../../../src/eval/facts-score.ts';

const dir = new URL('../../fixtures/facts/bases/', import.meta.url);
const lines = (name: string) => readFileSync(new URL(name, dir), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const docs = new Map<string, { id: string; text: string; published: string }>(lines('bases.docs.jsonl').map(d => [d.id, d]));
const gold: { id: string; facts: GoldFact[] }[] = lines('bases.gold.jsonl');

const scores = new Map(scoreFacts(gold.map(g => {
  const d = docs.get(g.id)!;
  return { doc: extract(d.text, { id: d.id, published: d.published }), gold: g.facts };
})).map(s => [s.kind, s]));
const share = (kind: string, field: string) => {
  const f = scores.get(kind)!.fields[field];
  return f ? f.right / f.total : 0;
};

test('basing agreements: found, with both sides, signing, term, status, end and money', () => {
  const a = scores.get('agreement')!;
  assert.ok(a.f1 >= 0.85, `agreements F1 ${a.f1.toFixed(2)}`);
  assert.ok(share('agreement', 'parties') >= 0.85, `parties ${share('agreement', 'parties')}`);
  for (const field of ['signed', 'status', 'term', 'end', 'rent']) assert.ok(share('agreement', field) >= 0.8, `${field} ${share('agreement', field)}`);
});

test('basing facilities: host, operator and status as of the report, with a dated history', () => {
  const f = scores.get('facility')!;
  assert.ok(f.f1 >= 0.85, `facilities F1 ${f.f1.toFixed(2)}`);
  assert.ok(share('facility', 'host') >= 0.9, `host ${share('facility', 'host')}`);
  assert.ok(share('facility', 'status') >= 0.8, `status ${share('facility', 'status')}`);
  assert.ok(share('facility', 'history') >= 0.8, `history ${share('facility', 'history')}`);
});

test('every piece of evidence on the basing set is the text at its offsets', () => {
  for (const d of docs.values()) {
    const doc = extract(d.text, { id: d.id, published: d.published });
    for (const f of doc.facts ?? []) {
      for (const e of f.evidence) assert.equal(d.text.slice(e.start, e.end), e.text, `${d.id} ${f.id} ${e.field}`);
      if (f.kind === 'facility') for (const h of f.history) assert.equal(d.text.slice(h.evidence.start, h.evidence.end), h.evidence.text, `${d.id} ${f.id} ${h.status}`);
    }
  }
});
