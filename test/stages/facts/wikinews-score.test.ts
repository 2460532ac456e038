// The facts layer on facts read by hand out of eleven Wikinews articles (npm run eval:facts):
// floors under the reported figures, so a regression in any upstream layer shows here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { scoreFacts, type GoldFact } from '../../../src/eval/facts-score.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
const corpus = new Map(readFileSync(new URL('meantime-dev.gold.jsonl', fixtures), 'utf8').split('\n').filter(Boolean)
  .map(l => JSON.parse(l)).map(d => [d.id, d]));
const gold: { id: string; facts: GoldFact[] }[] = readFileSync(new URL('facts/meantime-facts.gold.jsonl', fixtures), 'utf8')
  .split('\n').filter(Boolean).map(l => JSON.parse(l));

test('agreements and facilities on the Wikinews fixture stay above their floors', () => {
  const pairs = gold.map(g => { const d = corpus.get(g.id); return { doc: extract(d.text, { id: d.id, published: d.published }), gold: g.facts }; });
  const byKind = new Map(scoreFacts(pairs).map(s => [s.kind, s]));
  const agreements = byKind.get('agreement')!, facilities = byKind.get('facility')!;
  assert.ok(agreements.f1 >= 0.9, `agreements F1 ${agreements.f1.toFixed(2)}`);
  assert.ok(facilities.f1 >= 0.85, `facilities F1 ${facilities.f1.toFixed(2)}`);
  assert.ok(facilities.fields.operator.right >= 3, `operator ${facilities.fields.operator.right}`);
});
