// The API over a real SQLite store holding the example (as its hand-made contract
// document, so the answers do not wait on the pipeline) and `dossier serve` as a process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/server/app.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { handmadeKyrgyzstanDocument } from './fixtures/kyrgyzstan-handmade.ts';

describe('API over the knowledge base', () => {
  let dir: string, dbPath: string, store: SqliteStore, app: ReturnType<typeof buildApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text(), res };
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-api-'));
    dbPath = join(dir, 'kb.db');
    const writer = SqliteStore.open(dbPath, { create: true });
    await writer.ingestDocument(handmadeKyrgyzstanDocument(), { hash: 'handmade', source: 'fixture:kyrgyzstan-handmade' });
    await writer.close();
    store = SqliteStore.open(dbPath, { readonly: true });
    app = buildApp({ store });
  });
  after(async () => { await store?.close(); rmSync(dir, { recursive: true, force: true }); });

  it('lists documents and returns one with every layer', async () => {
    const list = await get('/api/documents');
    assert.equal(list.body.total, 1);
    assert.equal(list.body.items[0].id, 'kyrgyzstan-bases');
    const doc = (await get('/api/documents/kyrgyzstan-bases')).body;
    assert.equal(doc.published, '2017-10-10');
    assert.ok(doc.mentions.some((m: { text: string; type: string }) => m.text === 'Grigory Karasin' && m.type === 'PERSON'));
    assert.equal(doc.quotes.length, 14);
    const missing = await get('/api/documents/nope');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'NOT_FOUND');
  });

  it("answers an actor's dossier, by global id and by a document's own id", async () => {
    const d = (await get('/api/entities/almazbek-atambayev')).body;
    assert.equal(d.entity.name, 'Almazbek Atambayev');
    assert.deepEqual(d.roles.map((r: { title: string }) => r.title), ['President']);
    const visit = d.events.find((e: { code: string; target: string }) => e.code === '042' && e.target === 'RUS');
    assert.equal(visit.date, '2017-06-19/2017-06-24');
    assert.ok(d.quotes.some((q: { text: string }) => q.text === 'What does Bishkek need to be protected from?'));
    const viaDoc = (await get('/api/entities/almazbek-atambayev?document=kyrgyzstan-bases')).body;
    assert.equal(viaDoc.entity.id, d.entity.id);
    const search = (await get('/api/entities?q=karasin')).body;
    assert.deepEqual(search.items.map((e: { name: string }) => e.name), ['Grigory Karasin']);
    assert.equal((await get('/api/entities/nobody-at-all-xyz')).status, 404);
    // by id or exact name only: a word of a name is a search, not an entity
    assert.equal((await get('/api/entities/Almazbek%20Atambayev')).body.entity.id, 'almazbek-atambayev');
    for (const partial of ['a', 'atam', 'Almazbek%20Atam']) assert.equal((await get(`/api/entities/${partial}`)).status, 404, partial);
  });

  it('filters events as the CLI does, and checks the filters', async () => {
    const visits = (await get('/api/events?code=042')).body.items;
    assert.equal(visits.length, 3);
    assert.ok(visits.every((e: { code: string }) => e.code === '042'));
    const june = (await get('/api/events?from=2017-06-01&to=2017-06-30')).body.items;
    assert.ok(june.length >= 4 && june.every((e: { date: string }) => e.date.startsWith('2017-06')), JSON.stringify(june.map((e: { date: string }) => e.date)));
    const fromKgz = (await get('/api/events?source=KGZ&code=057')).body.items;
    assert.deepEqual(fromKgz.map((e: { date: string }) => e.date), ['2012-12']);
    const csv = await get('/api/events.csv?code=042');
    assert.match(csv.res.headers.get('content-disposition') ?? '', /attachment; filename="events.csv"/);
    assert.equal((csv.body as string).trimEnd().split('\r\n').length, 4);
    for (const bad of ['/api/events?code=abc', '/api/events?from=June', '/api/events?limit=-1']) {
      const r = await get(bad);
      assert.equal(r.status, 400, bad);
      assert.ok(['USAGE', 'BAD_DATE'].includes(r.body.error.code));
    }
  });

  it('finds quotes, full text and places', async () => {
    const karasin = (await get('/api/quotes?speaker=grigory-karasin')).body.items;
    assert.equal(karasin.length, 4);
    const bases = (await get('/api/quotes?search=borders')).body.items;
    assert.ok(bases.length >= 2 && bases.every((q: { text: string }) => /borders/i.test(q.text)));
    const found = (await get('/api/search?q=Kant%20airfield')).body;
    assert.equal(found.documents[0].id, 'kyrgyzstan-bases');
    assert.equal((await get('/api/search')).status, 400);
    const places = (await get('/api/places')).body.items;
    const kant = places.find((p: { id: string }) => p.id === 'kant');
    assert.deepEqual([kant.lat, kant.lon], [42.891, 74.851]);
  });

  it('says what it holds', async () => {
    const stats = (await get('/api/stats')).body;
    assert.equal(stats.documents, 1);
    assert.equal(stats.quotes, 14);
    assert.ok(stats.topEntities.some((e: { id: string }) => e.id === 'KGZ'));
  });

  it('serves as a process on loopback and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['bin/dossier.js', 'serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stderr.on('data', c => { err += c; });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', c => { out += c; const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out); if (m) resolve(m[1]); });
      child.on('exit', code => reject(new Error(`exited ${code}: ${err}`)));
    });
    const res = await fetch(url + '/api/entities/grigory-karasin');
    assert.equal((await res.json()).entity.name, 'Grigory Karasin');
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.equal(err, '');
  });

  it('refuses a missing database in one line', async () => {
    const child = spawn(process.execPath, ['bin/dossier.js', 'serve', '--db', join(dir, 'none.db'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', c => { err += c; });
    const code = await new Promise<number | null>(resolve => child.on('exit', resolve));
    assert.equal(code, 74);
    assert.match(err, /^dossier serve: .*none\.db: no such database/);
    assert.equal(err.trim().split('\n').length, 1);
  });
});
