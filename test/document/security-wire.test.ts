// A security wire report (written for this test in the style of the agencies' copy): datelines,
// unnamed officials speaking for their state, a seat of government that is an actor, a named plant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const REPORT = [
  'KYIV, March 22 (Reuters) - Russia launched more than 60 drones and 90 missiles at Ukraine overnight, damaging the Zmiivska thermal power plant near Kharkiv and cutting power to 700,000 people, Ukrainian officials said on Friday.',
  'The Kremlin denied targeting civilians. Kremlin spokesman Dmitry Peskov told reporters that the strikes were a response to Ukrainian attacks on the Belgorod region.',
  'Poland scrambled fighter jets after a Russian cruise missile briefly entered its airspace, the Polish army said.',
].join('\n');

const doc = extract(REPORT, { id: 'security', published: '2024-03-23' });

test('the dateline city is a place even in capitals', () => {
  const kyiv = doc.mentions.find(m => m.text === 'KYIV');
  assert.equal(kyiv?.type, 'GPE');
  assert.equal(doc.entities.find(e => e.id === kyiv?.entity)?.country, 'UKR');
  assert.equal(doc.entities.find(e => e.id === kyiv?.entity)?.name, 'Kyiv', 'named as the gazetteer writes it');
});

test('unnamed officials and a national army speak for their state', () => {
  const officials = doc.quotes.find(q => q.text.startsWith('Russia launched'));
  assert.equal(officials?.speaker, 'UKR');
  assert.equal(officials?.time, '2024-03-22');
  const army = doc.quotes.find(q => q.text.startsWith('Poland scrambled'));
  assert.equal(army?.speaker, 'POL');
  assert.equal(doc.quotes.find(q => q.text.startsWith('the strikes were'))?.speaker, doc.mentions.find(m => m.text === 'Dmitry Peskov')?.entity);
});

test('a named power plant is a facility fact; the Kremlin standing for Russia is not', () => {
  const facilities = (doc.facts ?? []).filter(f => f.kind === 'facility');
  assert.deepEqual(facilities.map(f => f.name), ['Zmiivska thermal power plant']);
  assert.equal(facilities[0].facilityType, 'power plant');
});
