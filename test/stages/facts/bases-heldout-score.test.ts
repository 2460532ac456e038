// The facts layer on the held-out basing set (test/fixtures/facts/bases-heldout: US government reports on base
// closings, returns and agreements in Germany, Italy, Iceland, Kyrgyzstan, Romania, Japan and Guam, read by hand
// before the system was run on them): floors a little under the figures `npm run eval:facts -- --set bases-heldout`
// reports. Before issue 18's second round the set scored facilities F1 0.31 (status 0/4) and agreements F1 0.75.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factSet } from './fact-set.ts';

const { scores, share, assertEvidence } = factSet('bases-heldout', 'heldout.docs.jsonl', 'heldout.gold.jsonl');

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
  assertEvidence();
});
