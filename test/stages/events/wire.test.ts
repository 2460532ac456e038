// Events through the whole pipeline on security and diplomatic wire sentences (written for this
// test in the agencies' style): relations after a possessive, weapons launched at a state,
// a coordinated subject whose object names one of the two again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/index.ts';

function coded(text: string): string[] {
  const doc = extract(text, { published: '2024-03-23' });
  const country = (id?: string) => {
    const e = doc.entities.find(x => x.id === id);
    return e?.metonymFor ?? (e?.kind === 'country' ? e.id : e?.country) ?? (id && /^[A-Z]{3}$/.test(id) ? id : '?');
  };
  return doc.events.map(e => `${country(e.source)}>${country(e.target)} ${e.code}`);
}

test('"met his U.S. counterpart Lloyd Austin": the counterpart is the one met, not "his"', () => {
  assert.deepEqual(coded("Ukraine's Defence Minister Rustem Umerov met his U.S. counterpart Lloyd Austin in Washington on Thursday."), ['UKR>USA 044']);
});

test('missiles and drones launched at a state are aerial weapons (195)', () => {
  assert.deepEqual(coded('Russia launched more than 60 drones and 90 missiles at Ukraine overnight.'), ['RUS>UKR 195']);
});

test('"India and Japan signed an agreement for Japan to build …" is one agreement between the two', () => {
  assert.deepEqual(coded("India and Japan on Saturday signed an agreement for Japan to build India's first high-speed railway."), ['IND>JPN 057']);
});

test('two parties agreeing a ceasefire, and states restoring relations, are one event between them', () => {
  assert.deepEqual(coded('Israel and Hamas agreed to a ceasefire.').map(x => x.replace(/>.* /, '> ')), ['ISR> 0871']);
  assert.deepEqual(coded('Saudi Arabia and Iran restored diplomatic relations.'), ['SAU>IRN 054']);
});

test('past tenses spelled like the base after a subject, arms embargoes, strikes by missile', () => {
  assert.deepEqual(coded('Nicaragua cut diplomatic ties with Taiwan.'), ['NIC>TWN 161']);
  assert.deepEqual(coded('Germany suspended arms exports to Saudi Arabia.'), ['DEU>SAU 163']);
  assert.deepEqual(coded('Russia hit Ukraine with missiles.'), ['RUS>UKR 195']);
});

test("a junta expelling an ambassador, British spellings, threats of force", () => {
  assert.deepEqual(coded("Niger's military rulers on Friday ordered French ambassador Sylvain Itte to leave the country within 48 hours."), ['NER>FRA 166']);
  assert.deepEqual(coded('China criticised Japan.'), ['CHN>JPN 111']);
  // an international organization has no state of its own: only the target and the code are checked
  const [threat] = coded('ECOWAS has threatened to use force against Niger.');
  assert.match(threat, />NER 138$/);
});

test('an office in an international body acts for no state; a British "agreed a deal"', () => {
  const doc = extract('British Prime Minister Rishi Sunak and European Commission President Ursula von der Leyen on Monday agreed a deal to ease post-Brexit trade rules for Northern Ireland.', { published: '2023-02-28' });
  assert.deepEqual(doc.events.map(e => `${e.sourceActor}>${e.targetActor} ${e.code}`), ['GBRGOV>IGO 057']);
  assert.ok(doc.mentions.some(m => m.text === 'Ursula von der Leyen' && m.type === 'PERSON'));
});

test('"Israel and Lebanon\'s Hezbollah agreed to a ceasefire that took effect at 4 a.m. on Wednesday": parties past a possessor, the date of the agreeing', () => {
  const doc = extract("BEIRUT/JERUSALEM, Nov 26 (Reuters) - Israel and Lebanon's Hezbollah agreed to a ceasefire that took effect at 4 a.m. on Wednesday, ending more than a year of fighting.", { published: '2024-11-27' });
  assert.deepEqual(doc.events.map(e => `${e.sourceActor}>${e.targetActor} ${e.code} ${e.time}`), ['ISR>LBNREB 0871 2024-11-26']);
  // the relative clause is no reported speech
  assert.equal(doc.quotes.length, 0);
});

test('"called X to congratulate him": a phone call, so the caller congratulates; "called X to urge him" urges', () => {
  const doc = extract('Economy Minister Sergio Massa conceded defeat and said he had called Javier Milei to congratulate him.', { published: '2023-11-20' });
  assert.deepEqual(doc.events.map(e => e.code), ['051']);
});

test('blocking a state\'s bid targets the state; a capital as the object of an accusation stands for its state', () => {
  assert.deepEqual(coded("Turkey has blocked Sweden's bid to join NATO for months."), ['TUR>SWE 120']);
  const doc = extract('Turkey criticised Sweden. Turkey accuses Stockholm of harbouring Kurdish militants.', { published: '2023-01-01' });
  assert.equal(doc.mentions.find(m => m.text === 'Stockholm')?.metonymFor, 'SWE');
  assert.ok(doc.events.some(e => e.code.startsWith('112') && e.targetActor === 'SWEGOV'));
});
