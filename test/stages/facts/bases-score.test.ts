// The facts layer on the basing development set (test/fixtures/facts/bases: VOA, DoD, kremlin.ru reports
// read by hand): floors a little under the figures `npm run eval:facts` reports, per field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factSet } from './fact-set.ts';

const { scores, share, assertEvidence } = factSet('bases', 'bases.docs.jsonl', 'bases.gold.jsonl');

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
  assertEvidence();
});
