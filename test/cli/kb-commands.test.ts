// The knowledge-base verbs end to end on real extraction: the example report and
// MEANTIME Wikinews articles ingested (through the worker pool), then each query.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from './capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-kb-cli-'));
const db = join(dir, 'kb.db');
const example = new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url).pathname;
const meantime = join(dir, 'meantime.jsonl');
after(() => rmSync(dir, { recursive: true, force: true }));

describe('knowledge-base commands', () => {
  before(async () => {
    const lines = readFileSync(new URL('../fixtures/meantime-dev.gold.jsonl', import.meta.url), 'utf8').trim().split('\n').slice(0, 12)
      .map(l => { const d = JSON.parse(l); return JSON.stringify({ id: d.id, text: d.text, published: d.published, url: d.url }); });
    writeFileSync(meantime, lines.join('\n') + '\n');
    const r = await runCli(['ingest', example, meantime, '--db', db, '--workers', '2']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /13 documents: 13 new, 0 replaced, 0 skipped, 0 failed/);
    assert.match(r.out, /^new kyrgyzstan-bases /m);
  });

  it('skips what it already holds', async () => {
    const r = await runCli(['ingest', example, meantime, '--db', db, '--quiet']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /13 documents: 0 new, 0 replaced, 13 skipped, 0 failed/);
  });

  it('replaces a changed file and reads stdin', async () => {
    const path = join(dir, 'changing.txt');
    const db2 = join(dir, 'changing.db');
    writeFileSync(path, 'date: 2017-06-24\n\nKyrgyz President Almazbek Atambayev went to Kazan, the capital of Tatarstan.');
    assert.match((await runCli(['ingest', path, '--db', db2])).out, /1 new/);
    writeFileSync(path, 'date: 2017-06-24\n\nKyrgyz President Almazbek Atambayev met Vladimir Putin in Moscow.');
    assert.match((await runCli(['ingest', path, '--db', db2])).out, /0 new, 1 replaced/);
    const stdin = await runCli(['ingest', '-', '--db', db2, '--published', '2017-10-10'], 'Russia does not consider it necessary to open a second military base in Kyrgyzstan.');
    assert.match(stdin.out, /1 new/);
    const s = JSON.parse((await runCli(['stats', '--db', db2, '--json'])).out);
    assert.equal(s.documents, 2);
    const people = JSON.parse((await runCli(['search', 'Kazan', '--db', db2, '--json'])).out);
    assert.equal(people.documents.length, 0, 'the old text is gone from the index');
  });

  it("shows Atambayev's dossier: his office, his quotes, his June 2017 visit to Russia", async () => {
    const r = await runCli(['show', 'Atambayev', '--db', db, '--json']);
    assert.equal(r.code, 0, r.err);
    const d = JSON.parse(r.out);
    assert.equal(d.entity.name, 'Almazbek Atambayev');
    assert.equal(d.entity.country, 'KGZ');
    assert.ok(d.roles.some((x: { title: string }) => x.title === 'President'), JSON.stringify(d.roles));
    assert.ok(d.quotes.length >= 3, `${d.quotes.length} quotes`);
    assert.ok(d.quotes.some((q: { text: string }) => q.text.includes('the Taliban getting stronger')));
    const visit = d.events.find((e: { code: string; target?: string; dateStart?: string }) => e.code === '042' && e.target === 'RUS' && e.dateStart?.startsWith('2017-06'));
    assert.ok(visit, JSON.stringify(d.events.map((e: { code: string; target?: string; date?: string }) => [e.code, e.target, e.date])));
    const text = readFileSync(example, 'utf8');
    for (const m of visit.mentions) assert.ok(text.includes(m.text));
    const plain = await runCli(['show', 'almazbek-atambayev', '--db', db]);
    assert.match(plain.out, /^Almazbek Atambayev \(PERSON/);
    assert.match(plain.out, /042 +Almazbek Atambayev → Russia/);
  });

  it('lists events by code, source and target', async () => {
    const r = await runCli(['events', '--code', '12', '--source', 'RUS', '--target', 'KGZ', '--db', db, '--json']);
    assert.equal(r.code, 0, r.err);
    const events = JSON.parse(r.out);
    assert.ok(events.length >= 1);
    assert.ok(events.every((e: { code: string }) => e.code.startsWith('12')));
  });

  it('lists quotes by words and speaker, and searches full text', async () => {
    const q = JSON.parse((await runCli(['quotes', '--search', 'Taliban', '--db', db, '--json'])).out);
    assert.equal(q[0].speaker, 'almazbek-atambayev');
    const s = JSON.parse((await runCli(['search', 'Airbus A380', '--db', db, '--json'])).out);
    assert.ok(s.documents.length >= 1);
    assert.ok(s.documents.every((d: { snippet: string }) => /a380|airbus/i.test(d.snippet)));
    const none = await runCli(['search', 'zzzqqq', '--db', db]);
    assert.match(none.out, /nothing matches/);
  });

  it('builds a timeline for a country within dates', async () => {
    const t = JSON.parse((await runCli(['timeline', '--country', 'KGZ', '--from', '2017', '--to', '2017', '--db', db, '--json'])).out);
    assert.ok(t.length >= 3);
    assert.ok(t.every((x: { date: string }) => x.date >= '2017-01-01' && x.date <= '2017-12-31'));
  });

  it('counts and exports', async () => {
    const s = JSON.parse((await runCli(['stats', '--db', db, '--json'])).out);
    assert.equal(s.documents, 13);
    assert.ok(s.entities > 50 && s.quotes > 5 && s.events > 3, JSON.stringify(s));
    const jsonl = (await runCli(['export', '--format', 'jsonl', '--db', db])).out.trim().split('\n');
    assert.equal(jsonl.length, 13);
    assert.ok(jsonl.some(l => JSON.parse(l).id === 'kyrgyzstan-bases'));
    const csv = (await runCli(['export', '--format', 'csv', '--db', db])).out.trim().split('\n');
    assert.equal(csv.length, s.events + 1);
    assert.match(csv[0], /^id,date,/);
    const geo = JSON.parse((await runCli(['export', '--format', 'geojson', '--db', db])).out);
    assert.equal(geo.type, 'FeatureCollection');
    assert.ok(geo.features.some((f: { properties: { name: string } }) => f.properties.name === 'Moscow'));
    const gdelt = (await runCli(['export', '--format', 'gdelt', '--db', db, '--header'])).out.trim().split('\n');
    assert.equal(gdelt.length, s.events + 1);
    assert.equal(gdelt[1].split('\t').length, gdelt[0].split('\t').length);
  });

  it('answers a missing entity, a missing database and bad options with one line', async () => {
    const r = await runCli(['show', 'Nobody Atall', '--db', db]);
    assert.equal(r.code, 1);
    assert.match(r.err, /^dossier show: no entity matches "Nobody Atall"\n$/);
    const m = await runCli(['stats', '--db', join(dir, 'nope.db')]);
    assert.equal(m.code, 74);
    assert.equal(m.err.trim().split('\n').length, 1);
    const bad = await runCli(['events', '--code', 'x', '--db', db]);
    assert.equal(bad.code, 64);
    const date = await runCli(['timeline', '--from', 'yesterday', '--db', db]);
    assert.equal(date.code, 64);
  });
});
