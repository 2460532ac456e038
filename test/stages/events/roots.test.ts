// One sentence per CAMEO root: what the lexicon, actors and turns make of it.
// Sentences are real news (English Wikinews via MEANTIME, CC BY 2.5, or the example report)
// except where marked "written for the test": the free corpora at hand hold no news of these kinds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from './fixture-score.ts';
import { extractEvents } from '../../../src/stages/events/index.ts';
import { cameoLexicon } from '../../../src/stages/events/lexicon.ts';

type Ent = [id: string, type: 'GPE' | 'ORG' | 'PERSON' | 'NORP' | 'LOC', kind: string, country?: string, role?: string];
interface Case { root: string; code?: string; text: string; names: Record<string, Ent>; source: string; target: string; real: string }

const C = (id: string): Ent => [id, 'GPE', 'country'];
const CASES: Case[] = [
  { root: '01', code: '012', real: 'written for the test', text: 'Russia warned Kyrgyzstan against hosting a second foreign base.',
    names: { Russia: C('RUS'), Kyrgyzstan: C('KGZ') }, source: 'RUS', target: 'KGZ' },
  { root: '02', code: '0231', real: 'wikinews 121134',
    text: 'The United States auto manufacturer Chrysler, which has been badly affected by the ongoing recession, has asked the US government for an additional US$5 billion in aid on top of the four billion it has already received.',
    names: { Chrysler: ['chrysler', 'ORG', 'company', 'USA'], 'US government': C('USA') }, source: 'chrysler', target: 'USA' },
  { root: '03', real: 'wikinews 264435',
    text: 'Fiat announced on Friday that it intends to purchase the six percent of automaker Chrysler that the US government currently owns.',
    names: { Fiat: ['fiat', 'ORG', 'company', 'ITA'], Chrysler: ['chrysler', 'ORG', 'company', 'USA'], 'US government': C('USA') }, source: 'fiat', target: 'chrysler' },
  { root: '04', code: '042', real: 'example report',
    text: 'On the last day of his trip, June 24, Atambayev went to the Russian republic of Tatarstan.',
    names: { Atambayev: ['atambayev', 'PERSON', 'person', 'KGZ', 'President'], Russian: ['RUS', 'NORP', 'country'], Tatarstan: ['tatarstan', 'GPE', 'region', 'RUS'] }, source: 'atambayev', target: 'RUS' },
  { root: '05', code: '051', real: 'wikinews 143480',
    text: "The UK government, however, welcomed the firm's decision.",
    names: { 'UK government': C('GBR'), 'the firm': ['gm', 'ORG', 'company', 'USA'] }, source: 'GBR', target: 'gm' },
  { root: '06', code: '061', real: 'wikinews 71426',
    text: "Irish national airline Aer Lingus have purchased 12 new long-haul Airbus aircraft as a means of modernising it's long-haul fleet.",
    names: { 'Aer Lingus': ['aer-lingus', 'ORG', 'company', 'IRL'], Airbus: ['airbus', 'ORG', 'company', 'FRA'] }, source: 'aer-lingus', target: 'airbus' },
  { root: '07', code: '071', real: 'wikinews 127248',
    text: 'He also mentioned that GM had already received $1.5 million in bridge financing from the German government.',
    names: { GM: ['gm', 'ORG', 'company', 'USA'], German: ['DEU', 'NORP', 'country'] }, source: 'DEU', target: 'gm' },
  { root: '08', code: '0841', real: 'written for the test', text: 'Kyrgyzstan released two Tajik prisoners on Friday.',
    names: { Kyrgyzstan: C('KGZ'), Tajik: ['TJK', 'NORP', 'country'] }, source: 'KGZ', target: 'TJK' },
  { root: '09', code: '090', real: 'written for the test',
    text: 'The European Commission has investigated Apple over the prices of its United Kingdom iTunes store.',
    names: { 'European Commission': ['ec', 'ORG', 'igo'], Apple: ['apple', 'ORG', 'company', 'USA'] }, source: 'ec', target: 'apple' },
  { root: '10', real: 'wikinews 1173 (passive)', text: 'The Air Force was ordered by Congress to work with Boeing on the new tanker program.',
    names: { 'Air Force': ['usaf', 'ORG', 'military', 'USA'], Congress: ['congress', 'ORG', 'government', 'USA'], Boeing: ['boeing', 'ORG', 'company', 'USA'] }, source: 'congress', target: 'usaf' },
  { root: '11', code: '115', real: 'wikinews 37313', text: 'Apple Corps has twice before sued Apple Computer over its use of the "Apple" name.',
    names: { 'Apple Corps': ['apple-corps', 'ORG', 'company', 'GBR'], 'Apple Computer': ['apple', 'ORG', 'company', 'USA'] }, source: 'apple-corps', target: 'apple' },
  { root: '12', code: '1212', real: 'example report',
    text: 'Russia does not consider it necessary to open the second military base in Kyrgyzstan close to its border with Tajikistan.',
    names: { Russia: C('RUS'), Kyrgyzstan: C('KGZ'), Tajikistan: C('TJK') }, source: 'RUS', target: 'KGZ' },
  { root: '13', code: '139', real: 'wikinews 125796', text: 'Obama has set three ultimatums before Fiat.',
    names: { Obama: ['obama', 'PERSON', 'person', 'USA', 'President'], Fiat: ['fiat', 'ORG', 'company', 'ITA'] }, source: 'obama', target: 'fiat' },
  { root: '14', code: '141', real: 'written for the test', text: 'Thousands of Airbus workers rallied against the French government in Toulouse on Wednesday.',
    names: { Airbus: ['airbus', 'ORG', 'company', 'FRA'], French: ['FRA', 'NORP', 'country'], Toulouse: ['toulouse', 'GPE', 'city', 'FRA'] }, source: 'airbus', target: 'FRA' },
  { root: '15', code: '154', real: 'written for the test', text: 'Russia mobilized troops along its border with Ukraine.',
    names: { Russia: C('RUS'), Ukraine: C('UKR') }, source: 'RUS', target: 'UKR' },
  { root: '16', code: '163', real: 'written for the test', text: 'The European Union imposed sanctions on Indonesia after the accidents.',
    names: { 'European Union': ['eu', 'ORG', 'igo'], Indonesia: C('IDN') }, source: 'eu', target: 'IDN' },
  { root: '17', code: '173', real: 'written for the test', text: 'Kyrgyz police arrested two Tajik citizens near the border.',
    names: { Kyrgyz: ['KGZ', 'NORP', 'country'], Tajik: ['TJK', 'NORP', 'country'] }, source: 'KGZ', target: 'TJK' },
  { root: '18', code: '186', real: 'written for the test', text: 'Gunmen from the Islamic State assassinated an Afghan governor on Monday.',
    names: { 'Islamic State': ['isis', 'ORG', 'armed-group'], Afghan: ['AFG', 'NORP', 'country'] }, source: 'isis', target: 'AFG' },
  { root: '19', code: '190', real: 'example report',
    text: 'Kyrgyz-Tajik relations have already been tense in recent years due to clashes between their citizens and border forces along their common border.',
    names: { Kyrgyz: ['KGZ', 'NORP', 'country'], Tajik: ['TJK', 'NORP', 'country'] }, source: 'KGZ', target: 'TJK' },
  { root: '20', code: '204', real: 'written for the test', text: 'The Syrian army used chemical weapons against rebels in Ghouta.',
    names: { Syrian: ['SYR', 'NORP', 'country'], rebels: ['rebels', 'ORG', 'armed-group', 'SYR'], Ghouta: ['ghouta', 'GPE', 'area', 'SYR'] }, source: 'SYR', target: 'rebels' },
];

const lex = cameoLexicon();
for (const c of CASES) {
  test(`root ${c.root}: ${c.text.slice(0, 60)}… (${c.real})`, () => {
    const entities = Object.values(c.names).map(([id, type, kind, country, role]) => ({ id, type, kind, ...(country && id !== country ? { country } : {}), ...(role ? { role } : {}) }));
    const uniq = [...new Map(entities.map(e => [e.id, e])).values()];
    const doc = fixtureDoc({ id: 't', text: c.text, published: '2009-06-01' }, { entities: uniq as any, mentions: Object.entries(c.names).map(([text, e]) => ({ text, entity: e[0] })) });
    const events = extractEvents(doc, lex);
    const hit = events.find(e => e.root === c.root);
    assert.ok(hit, `no root ${c.root} event; got ${events.map(e => e.code + ' ' + e.source + '→' + e.target).join(', ') || 'none'}`);
    if (c.code) assert.equal(hit.code, c.code);
    assert.equal(hit.source, c.source);
    assert.equal(hit.target, c.target);
    assert.equal(hit.quadClass, Number(c.root) <= 5 ? 1 : Number(c.root) <= 8 ? 2 : Number(c.root) <= 13 ? 3 : 4);
    assert.equal(typeof hit.goldstein, 'number');
  });
}
