// The facts stage on the example, given the gold mention/entity/time layers:
// what the report says stands — Kant Air Base, its two agreements, the declined second base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgreementFact, FacilityFact, ProposalFact } from '../../../src/document/facts.ts';
import { readFacts } from '../../../src/stages/facts/index.ts';
import { exampleDocFromGold } from './gold-doc.ts';

const doc = exampleDocFromGold();
doc.quotes = [{ start: 364, end: 741, text: doc.text.slice(364, 741), kind: 'direct', speaker: 'karasin', rule: 'gold' }];
const facts = readFacts(doc);
const facilities = facts.filter((f): f is FacilityFact => f.kind === 'facility');
const agreements = facts.filter((f): f is AgreementFact => f.kind === 'agreement');
const proposals = facts.filter((f): f is ProposalFact => f.kind === 'proposal');

test('Kant Air Base: active, host KGZ, operator RUS, opened 2003-10-23, located in Kant, Ysyk-Ata, Chuy', () => {
  const kant = facilities.find(f => f.name === 'Kant Air Base');
  assert.ok(kant, 'Kant Air Base found');
  assert.equal(kant.facilityType, 'air base');
  assert.equal(kant.status, 'active');
  assert.equal(kant.host, 'KGZ');
  assert.equal(kant.operator, 'RUS');
  assert.equal(kant.opened, '2003-10-23');
  assert.deepEqual(kant.locatedIn, ['kant_city', 'ysyk_ata', 'chuy', 'KGZ']);
  assert.ok(kant.units?.includes('999th Air Base'));
  assert.equal(kant.near?.text, 'some 20 kilometers east of Bishkek');
  assert.ok(Math.abs(kant.near!.lon! - 74.82) < 0.05, 'the point 20 km east of Bishkek is computed');
  assert.ok(kant.aliases.includes('Kant airfield'));
});

test('the second base: proposed by Atambayev and Isakov, for Batken, declined by Russia through Karasin', () => {
  const second = facilities.find(f => f.history.some(h => h.status === 'proposed'));
  assert.ok(second);
  assert.equal(second.name, 'second Russian military base in Kyrgyzstan');
  assert.equal(second.status, 'declined');
  assert.equal(second.host, 'KGZ');
  assert.equal(second.operator, 'RUS');
  const proposers = new Set(second.history.filter(h => h.status === 'proposed').map(h => h.by));
  assert.ok(proposers.has('atambayev') && proposers.has('isakov'));
  const declined = second.history.find(h => h.status === 'declined');
  assert.equal(declined?.by, 'karasin');
  assert.equal(declined?.byCountry, 'RUS');
  assert.ok(proposals.some(p => p.location === 'batken' && p.proposer === 'atambayev'));
  assert.ok(proposals.every(p => p.fate === 'declined'));
  const isakov = proposals.find(p => p.proposer === 'isakov');
  assert.equal(isakov?.time, '2017-10');
  // "Kyrgyzstan has had a Russian military base … And now it wants a second one."
  assert.equal(proposals.find(p => p.what.text.startsWith('wants a second one'))?.proposer, 'KGZ');
});

test('Russia also has a base in Tajikistan', () => {
  const tajik = facilities.find(f => f.host === 'TJK');
  assert.equal(tajik?.operator, 'RUS');
  assert.equal(tajik?.status, 'active');
});

test('the 2003 basing agreement and the 2012 lease with derived end dates', () => {
  const basing = agreements.find(a => a.signed === '2003-09-22');
  assert.ok(basing);
  assert.deepEqual(basing.parties, ['RUS', 'KGZ']);
  assert.equal(basing.subject?.text, 'the air base hosts Russian Air Force units');
  const lease = agreements.find(a => a.agreementType === 'lease');
  assert.ok(lease);
  assert.deepEqual(lease.parties, ['KGZ', 'RUS']);
  assert.equal(lease.signed, '2012-12');
  assert.equal(lease.term, 'P15Y');
  assert.deepEqual(lease.extension, { duration: 'P5Y', automatic: true, optional: true });
  assert.equal(lease.derived?.end, '2027-12');
  assert.equal(lease.derived?.endWithExtension, '2032-12');
  assert.equal(lease.consideration?.[0].amount, 500_000_000);
  assert.equal(lease.consideration?.[0].nature, 'debt relief');
  assert.equal(agreements.length, 2, 'the debt reduction is the lease\'s consideration, not a third agreement');
});

test('every piece of evidence is the text at its offsets', () => {
  for (const f of facts) for (const e of f.evidence) assert.equal(doc.text.slice(e.start, e.end), e.text);
});
