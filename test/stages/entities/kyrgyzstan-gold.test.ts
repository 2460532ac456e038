// The example report against its hand gold: every gold mention found with its type, every
// gold entity reached through its mentions with the right country, office and coordinates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildPipeline } from '../../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { createDoc, type Doc } from '../../../src/document/doc.ts';
import type { Entity } from '../../../src/document/types.ts';

const FIX = new URL('../../fixtures/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('kyrgyzstan-bases.gold.json', FIX), 'utf8'));
const text = readFileSync(new URL('kyrgyzstan-bases.txt', FIX), 'utf8');
const PLACES = new Set(['GPE', 'LOC', 'FAC']);

let doc: Doc | undefined;
function run(): Doc {
  if (doc) return doc;
  doc = createDoc(text, { id: 'kyrgyzstan-bases', published: '2017-10-10' });
  buildPipeline(newsEnglishStages(), { only: ['coref'] }).run(doc);
  return doc;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin((b.lat - a.lat) * r / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin((b.lon - a.lon) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

test('every gold mention is found with a compatible type', () => {
  const d = run();
  const missed: string[] = [];
  for (const g of gold.mentions) {
    const hit = d.mentions.some(m => m.kind === 'name' && m.start < g.end && g.start < m.end
      && (m.type === g.type || PLACES.has(m.type) && PLACES.has(g.type)));
    if (!hit) missed.push(`${g.text}@${g.start} ${g.type}`);
  }
  assert.deepEqual(missed, []);
});

test('every gold entity has its country, office and place', () => {
  const d = run();
  const byId = new Map(d.entities.map(e => [e.id, e]));
  const problems: string[] = [];
  for (const ge of gold.entities) {
    const gm = gold.mentions.find((m: { entity: string }) => m.entity === ge.id);
    const sm = d.mentions.find(m => m.kind === 'name' && m.start < gm.end && gm.start < m.end && m.entity);
    const e: Entity | undefined = sm && byId.get(sm.entity!);
    if (!e) { problems.push(`${ge.id}: no entity`); continue; }
    const country = ge.iso3 ?? ge.country;
    if (country && (e.kind === 'country' ? e.id : e.country) !== country) problems.push(`${ge.id}: country ${e.country}`);
    if (ge.role && !e.roles?.some(r => r.title === ge.role)) problems.push(`${ge.id}: role ${JSON.stringify(e.roles)}`);
    if (ge.lat !== undefined) {
      const limit = ge.kind === 'city' || ge.type === 'FAC' ? 25 : 100;
      if (!e.geo || km(e.geo, ge) > limit) problems.push(`${ge.id}: geo ${JSON.stringify(e.geo)}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('capitals used for their states carry metonymFor, capitals as places do not', () => {
  const d = run();
  const at = (start: number) => d.mentions.find(m => m.start === start && m.kind === 'name')!;
  assert.equal(at(122).metonymFor, 'KGZ');   // Bishkek proposes
  assert.equal(at(197).metonymFor, 'RUS');   // but Moscow does not seek
  assert.equal(at(1608).metonymFor, 'RUS');  // handing over the Kant airfield to Moscow
  assert.equal(at(1113).metonymFor, undefined); // his visit to Moscow
  assert.equal(at(3226).metonymFor, undefined); // 20 kilometers east of Bishkek
  assert.equal(at(2086).metonymFor, undefined); // What does Bishkek need
});

test('descriptions and pronouns point at the people they mean', () => {
  const d = run();
  const linked = (text: string, from: number) => d.mentions.find(m => m.kind !== 'name' && m.text === text && m.start >= from);
  assert.equal(linked('Kyrgyz premier', 1400)?.entity, 'sapar-isakov');
  assert.equal(linked('Kyrgyz president', 2700)?.entity, 'almazbek-atambayev');
  assert.equal(linked('Russian official', 1000)?.entity, 'grigory-karasin');
  assert.equal(linked('him', 780)?.entity, 'grigory-karasin');    // According to him
  assert.equal(linked('him', 1390)?.entity, 'sapar-isakov');      // RIA Novosti quoted him
  assert.equal(linked('his', 1090)?.entity, 'sapar-isakov');      // during his visit to Moscow (cataphora)
  assert.equal(linked('he', 1950)?.entity, 'almazbek-atambayev'); // Atambayev told journalists he had asked Putin
  const surname = d.mentions.find(m => m.start === 743);
  assert.equal(surname?.entity, 'grigory-karasin');
});
