// The facts layer through the whole pipeline, on the example and on Wikinews business
// sentences (CC BY 2.5), so that it is measured away from military basing too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import type { AgreementFact, FacilityFact } from '../../../src/document/facts.ts';

const facilities = (text: string, published = '2006-01-23') =>
  (extract(text, { published }).facts ?? []).filter((f): f is FacilityFact => f.kind === 'facility');
const agreements = (text: string, published = '2005-03-06') =>
  (extract(text, { published }).facts ?? []).filter((f): f is AgreementFact => f.kind === 'agreement');

test('the example end to end: Kant Air Base leased to 2027-12, 2032-12 with extension; the second base declined', () => {
  const text = readFileSync(new URL('../../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
  const doc = extract(text, { published: '2017-10-10' });
  const facts = doc.facts ?? [];
  const kant = facts.find((f): f is FacilityFact => f.kind === 'facility' && f.name === 'Kant Air Base');
  assert.ok(kant);
  assert.deepEqual([kant.status, kant.host, kant.operator, kant.opened], ['active', 'KGZ', 'RUS', '2003-10-23']);
  const lease = facts.find((f): f is AgreementFact => f.kind === 'agreement' && f.agreementType === 'lease');
  assert.deepEqual([lease?.derived?.end, lease?.derived?.endWithExtension], ['2027-12', '2032-12']);
  assert.equal(lease?.subject?.facility, kant.id);
  const second = facts.find((f): f is FacilityFact => f.kind === 'facility' && f.status === 'declined');
  assert.equal(second?.host, 'KGZ');
  assert.equal(second?.name, 'second Russian military base in Kyrgyzstan');
  assert.ok(second?.history.some(h => h.status === 'declined' && h.byCountry === 'RUS'));
  // each proposal points at the events that show it and its refusal
  const proposals = facts.filter(f => f.kind === 'proposal');
  assert.ok(proposals.length >= 4);
  assert.ok(proposals.every(p => p.kind === 'proposal' && (p.events ?? []).some(i => doc.events[i].code.startsWith('12'))));
  assert.ok(proposals.some(p => p.kind === 'proposal' && (p.events ?? []).some(i => doc.events[i].code.startsWith('02'))));
});

test('coordinated plants become one facility each, closed', () => {
  const found = facilities('Ford will cut 30,000 jobs. By the end of this year, the Atlanta and St. Louis plants will be closed.');
  const names = found.map(f => f.name).sort();
  assert.deepEqual(names, ['Atlanta plant', 'St. Louis plant']);
  assert.ok(found.every(f => f.status === 'closed'));
  // a report about Ford (named twice): the plants it closes are its own, said as inferred
  const about = facilities('The Ford Motor Company will cut 30,000 jobs and 14 plants as part of a restructuring plan to relieve Ford after a loss. By the end of this year, the Atlanta and St. Louis plants will be closed.');
  assert.ok(about.length === 2 && about.every(f => f.operator === 'ford-motor-company' && f.operatorInferred), JSON.stringify(about.map(f => f.operator)));
  assert.ok(found.every(f => !f.operator), 'one mention of Ford is not a report about Ford');
});

test('a plant named after its head and the country it stands in', () => {
  const found = facilities('Ford Motor Company will reportedly pay $57 million for a 72.4 percent stake in the Romanian assembly plant Automobile Craiova, a Romanian official said Friday.', '2007-09-08');
  const plant = found.find(f => f.name === 'Automobile Craiova');
  assert.equal(plant?.facilityType, 'plant');
  assert.equal(plant?.host, 'ROU');
});

test('"X and Y have signed an interim agreement": both parties (Wikinews 5403, whole article)', () => {
  const line = readFileSync(new URL('../../fixtures/meantime-dev.gold.jsonl', import.meta.url), 'utf8').split('\n').find(l => l.includes('"id": "5403"'))!;
  const article = JSON.parse(line);
  const [a] = agreements(article.text, article.published);
  assert.ok(a);
  assert.equal(a.parties.length, 2);
  assert.equal(a.status, 'signed');
});

test('a 27-year contract with a ministry keeps its term; "contract negotiations" is no contract', () => {
  const [a, ...rest] = agreements('AirTanker Ltd., an EADS-led consortium, have signed a 27-year contract with the Defense Ministry to supply 14 new aircraft. Talks followed contract negotiations with the union.', '2008-03-27');
  assert.equal(a?.term, 'P27Y');
  assert.equal(a?.agreementType, 'contract');
  assert.equal(rest.length, 0);
});

test('a cancelled sale: GM cancelling a deal to sell Opel to Magna', () => {
  const [a] = agreements('A day before the announcement, GM said it was cancelling a deal to sell Opel to Magna, a Canadian automobile parts company.', '2009-11-05');
  assert.equal(a?.status, 'cancelled');
  assert.equal(a?.parties.length, 2);
});

test('financing later in the sentence is the consideration; "still needs approval" is pending, not signed', () => {
  const [rail, nuclear] = agreements("India and Japan on Saturday signed an agreement for Japan to build India's first high-speed railway, a 505-kilometer line between Mumbai and Ahmedabad, with a loan of about $12 billion at an interest rate of 0.1 percent over 50 years. Indian Prime Minister Narendra Modi and his Japanese counterpart Shinzo Abe also agreed to cooperate on civil nuclear energy, though the deal still needs approval from Japan's parliament.", '2015-12-13');
  assert.deepEqual(rail.parties.sort(), ['IND', 'JPN']);
  assert.equal(rail.signed, '2015-12-12');
  assert.equal(rail.consideration?.[0].nature, 'loan');
  assert.equal(rail.consideration?.[0].amount, 12e9);
  assert.equal(nuclear?.status, 'pending');
});
