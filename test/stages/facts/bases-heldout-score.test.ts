// The facts layer on the held-out basing set (test/fixtures/facts/bases-heldout: US government reports on base
// closings, returns and agreements in Germany, Italy, Iceland, Kyrgyzstan, Romania, Japan and Guam, read by hand
// before the system was run on them): floors a little under the figures `npm run eval:facts -- --set bases-heldout`
// reports. Before issue 18's second round the set scored facilities F1 0.31 (status 0/4) and agreements F1 0.75.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { scoreFacts, type GoldFact } from '../../../src/eval/facts-score.ts';

const dir = new URL('../../fixtures/facts/bases-heldout/', import.meta.url);
const lines = (name: string) => readFileSync(new URL(name, dir), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const docs = new Map<string, { id: string; text: string; published?: string }>(lines('heldout.docs.jsonl').map(d => [d.id, d]));
const gold: { id: string; facts: GoldFact[] }[] = lines('heldout.gold.jsonl');

const extracted = new Map([...docs.values()].map(d => [d.id, extract(d.text, { id: d.id, published: d.published })]));
const scores = new Map(scoreFacts(gold.map(g => ({ doc: extracted.get(g.id)!, gold: g.facts }))).map(s => [s.kind, s]));
const share = (kind: string, field: string) => {
  const f = scores.get(kind)!.fields[field];
  return f ? f.right / f.total : 0;
};

test('held-out basing agreements: found, with both sides, signing and rent', () => {
  const a = scores.get('agreement')!;
  assert.ok(a.f1 >= 0.9, `agreements F1 ${a.f1.toFixed(2)}`);
  assert.ok(share('agreement', 'parties') >= 0.9, `parties ${share('agreement', 'parties')}`);
  for (const field of ['signed', 'status', 'rent']) assert.ok(share('agreement', field) >= 0.9, `${field} ${share('agreement', field)}`);
});

test('held-out basing facilities: named by their own words, host, operator, status of closing sites, dated history', () => {
  const f = scores.get('facility')!;
  assert.ok(f.f1 >= 0.9, `facilities F1 ${f.f1.toFixed(2)}`);
  assert.ok(share('facility', 'host') >= 0.93, `host ${share('facility', 'host')}`);
  assert.ok(share('facility', 'operator') >= 0.87, `operator ${share('facility', 'operator')}`);
  assert.ok(share('facility', 'status') >= 0.93, `status ${share('facility', 'status')}`);
  assert.ok(share('facility', 'statusTime') >= 0.8, `statusTime ${share('facility', 'statusTime')}`);
  assert.ok(share('facility', 'history') >= 0.8, `history ${share('facility', 'history')}`);
});

test('every piece of evidence on the held-out set is the text at its offsets', () => {
  for (const d of docs.values()) {
    for (const f of extracted.get(d.id)!.facts ?? []) {
      for (const e of f.evidence) assert.equal(d.text.slice(e.start, e.end), e.text, `${d.id} ${f.id} ${e.field}`);
      if (f.kind === 'facility') for (const h of f.history) assert.equal(d.text.slice(h.evidence.start, h.evidence.end), h.evidence.text, `${d.id} ${f.id} ${h.status}`);
    }
  }
});
