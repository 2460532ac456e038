// Facilities told by several reports: a report that says who runs a plant outweighs one that inferred it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeFacilities, type StoredFact } from '../../src/kb/facts.ts';
import type { FacilityFact } from '../../src/document/facts.ts';

const plant = (document: string, operator: string, inferred: boolean): StoredFact => {
  const fact: FacilityFact = {
    kind: 'facility', id: 'atlanta-plant', name: 'Atlanta plant', aliases: [], facilityType: 'plant', host: 'USA', operator,
    ...(inferred ? { operatorInferred: true } : {}), history: [], rule: 'facts.facility.named',
    evidence: [{ field: 'mention', start: 0, end: 13, text: 'Atlanta plant', rule: 'facts.facility.named' }],
  };
  return { document, fact, entities: {} };
};

test('an operator said outweighs an operator inferred, in either order; inferred alone stays marked', () => {
  for (const rows of [[plant('a', 'gm', true), plant('b', 'ford', false)], [plant('b', 'ford', false), plant('a', 'gm', true)]]) {
    const [view] = mergeFacilities(rows);
    assert.equal(view.operator, 'ford');
    assert.equal(view.operatorInferred, undefined);
  }
  const [only] = mergeFacilities([plant('a', 'gm', true)]);
  assert.deepEqual([only.operator, only.operatorInferred], ['gm', true]);
});
