// The PostgreSQL backend: the shared contract on PGlite (Postgres in WebAssembly, no
// server needed), then what only this backend has to get right. With DOSSIER_PG_URL set
// (postgres://user@host/db) the contract also runs against that server, each test in a
// schema of its own, dropped at the end.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openStore } from '../../src/store/open.ts';
import { newPGlite, pgAdapter, pgliteAdapter, type PgAdapter } from '../../src/store/postgres/adapter.ts';
import { pgError, redactUrl } from '../../src/store/postgres/errors.ts';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/migrations/postgres.ts';
import type { Store } from '../../src/store/store.ts';
import { storeContract } from './contract.ts';
import { exampleDocument } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// one PGlite for the whole contract (loading the WebAssembly takes seconds); each fresh
// store gets an empty schema of its own in it
let shared: Awaited<ReturnType<typeof newPGlite>> | undefined;
let n = 0;
const sharedPglite = async () => (shared ??= await newPGlite());
after(async () => { await shared?.close(); });

/** A store in a new, empty schema of a shared database. */
async function inSchema(db: PgAdapter, location: string): Promise<Store> {
  const schema = `contract_${process.pid}_${++n}`;
  await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
  return PostgresStore.open(db, `${location}#${schema}`, { create: true });
}

storeContract('postgres (pglite)', async () => inSchema(pgliteAdapter(await sharedPglite(), { owned: false }), 'pglite:memory'));

const serverUrl = process.env.DOSSIER_PG_URL;
describe('against a PostgreSQL server (DOSSIER_PG_URL)', { skip: serverUrl ? false : 'set DOSSIER_PG_URL=postgres://… to run the contract on a server' }, () => {
  const schemas: string[] = [];
  after(async () => {
    if (!serverUrl || !schemas.length) return;
    const db = await pgAdapter(serverUrl);
    for (const s of schemas) await db.exec(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await db.close();
  });
  /** a URL whose every pooled connection works in a new schema of the test's own */
  const schemaUrl = async () => {
    const schema = `dossier_test_${process.pid}_${++n}`;
    schemas.push(schema);
    const setup = await pgAdapter(serverUrl!);
    await setup.exec(`CREATE SCHEMA ${schema}`);
    await setup.close();
    const url = new URL(serverUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  };
  storeContract('postgres (server)', async () => PostgresStore.connect(await schemaUrl(), { create: true }));

  it('makes a second writer wait for the first, and says DB_BUSY past the busy timeout', async () => {
    const url = await schemaUrl();
    const store = await PostgresStore.connect(url, { create: true, busyTimeoutMs: 300 });
    const other = await pgAdapter(url);
    let release!: () => void;
    const held = new Promise<void>(r => { release = r; });
    let locked!: () => void;
    const isLocked = new Promise<void>(r => { locked = r; });
    const holder = other.transaction(async tx => {
      await tx.query('SELECT pg_advisory_xact_lock(1146048339, hashtext(current_schema()))');
      locked();
      await held;
    });
    await isLocked;
    const t0 = Date.now();
    await assert.rejects(store.ingestDocument(exampleDocument(), { hash: 'h', source: 's' }), (e: Error & { code?: string }) => e.code === 'DB_BUSY');
    assert.ok(Date.now() - t0 >= 250);
    release();
    await holder;
    assert.equal((await store.ingestDocument(exampleDocument(), { hash: 'h', source: 's' })).status, 'new');
    await other.close();
    await store.close();
  });
});

describe('PostgreSQL store', () => {
  let db: PgAdapter;
  before(async () => { db = pgliteAdapter(await sharedPglite(), { owned: false }); });

  it('records each schema step in schema_migrations, and a PGlite folder reopens without taking them again', async () => {
    const location = `pglite://${join(dir, 'kb')}`;
    const store = await openStore(location, { create: true });
    assert.equal(store.backend, 'postgres');
    await store.ingestDocument(exampleDocument(), { hash: 'h', source: 's' });
    const steps = await (store as PostgresStore).db.query('SELECT version, name, applied_at FROM schema_migrations ORDER BY version');
    assert.deepEqual(steps.map(s => s.version), POSTGRES_MIGRATIONS.map(m => m.version));
    assert.ok(existsSync(join(dir, 'kb', 'dossier.lock')), 'the folder is locked while open');
    await store.close();
    assert.ok(!existsSync(join(dir, 'kb', 'dossier.lock')));
    const again = await openStore(location);
    const stats = await again.stats();
    assert.equal(stats.documents, 1);
    assert.equal(stats.schemaVersion, POSTGRES_MIGRATIONS.at(-1)!.version);
    assert.ok(stats.bytes! > 0);
    const stepsAgain = await (again as PostgresStore).db.query('SELECT version, applied_at FROM schema_migrations ORDER BY version');
    assert.deepEqual(stepsAgain.map(s => String(s.applied_at)), steps.map(s => String(s.applied_at)), 'no step taken twice');
    assert.equal((await again.entityDossier('Almazbek Atambayev'))?.quotes.length, 2);
    await again.close();
  });

  it('refuses a missing database for queries, and a folder that is not PGlite, leaving both untouched', async () => {
    const missing = join(dir, 'missing');
    await assert.rejects(openStore(`pglite://${missing}`), (e: Error & { code?: string }) => e.code === 'DB_OPEN' && /no such database/.test(e.message));
    assert.equal(existsSync(missing), false);
    const notes = join(dir, 'notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'todo.txt'), 'not a database');
    await assert.rejects(openStore(`pglite://${notes}`, { create: true }), (e: Error & { code?: string }) => e.code === 'DB_CORRUPT' && !e.message.includes('\n'));
    assert.deepEqual(readdirSync(notes), ['todo.txt']);
  });

  it("refuses a schema holding another application's tables", async () => {
    await db.exec('CREATE SCHEMA other_app; SET search_path TO other_app; CREATE TABLE documents (id int, body text)');
    await assert.rejects(PostgresStore.open(db, 'pglite:memory#other_app', { create: true }),
      (e: Error & { code?: string }) => e.code === 'DB_CORRUPT' && /another application/.test(e.message));
    const tables = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'other_app'`);
    assert.deepEqual(tables.map(t => t.table_name), ['documents']);
  });

  it('rolls back a document that fails half-way: nothing of it stays', async () => {
    const store = await inSchema(db, 'pglite:memory');
    await store.ingestDocument(exampleDocument(), { hash: 'h1', source: 'a.txt' });
    const broken = exampleDocument({ id: 'broken' });
    (broken.events[0] as { trigger: unknown }).trigger = undefined; // fails after the document, entities and quotes went in
    await assert.rejects(store.ingestDocument(broken, { hash: 'h2', source: 'b.txt' }));
    const s = await store.stats();
    assert.equal(s.documents, 1);
    assert.equal(s.quotes, 4);
    assert.equal(await store.hasHash('h2'), false);
    await store.close();
  });

  it('writes a sharded run in the input order: a later position waits for the earlier ones, then the run closes', async () => {
    const store = await inSchema(db, 'pglite:memory') as PostgresStore;
    const run = 'shard:2:3:test';
    const doc = exampleDocument();
    // position 1 cannot go before position 0: past the turn timeout it says so in one line
    await assert.rejects(store.ingestDocument(doc, { hash: 'h1', source: 's1', turn: { run, index: 1, last: false, timeoutMs: 150 } }),
      (e: Error & { code?: string }) => e.code === 'INGEST_STALLED' && /position 0/.test(e.message));
    await store.passTurn({ run, index: 0, last: false });
    assert.equal((await store.ingestDocument(doc, { hash: 'h1', source: 's1', turn: { run, index: 1, last: false } })).status, 'new');
    // a position already past (a resumed run) writes nothing
    assert.equal((await store.ingestDocument({ ...doc, id: 'other' }, { hash: 'h0', source: 's0', turn: { run, index: 0, last: false } })).status, 'skipped');
    await store.passTurn({ run, index: 2, last: true });
    assert.deepEqual(await store.db.query('SELECT * FROM ingest_turns'), [], 'the last position closes the run');
    assert.equal((await store.stats()).documents, 1);
    await store.close();
  });

  it('numbers new entities that ask for a taken id as SQLite does, past the first ids it checks', async () => {
    // every organisation asks for the id "acme" and merges with nothing (its own name); the first
    // document also brings a product "Acme" (stem acme). The writer checks a few candidate ids
    // (acme, acme-2, …) by index, and further ones once those are all taken (from the fourth document)
    const store = await inSchema(db, 'pglite:memory');
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'];
    for (let k = 0; k < names.length; k++) {
      const doc = exampleDocument({ id: `acme-doc-${k}`, mentions: [], quotes: [], events: [], times: [], facts: [],
        entities: [{ id: 'acme', type: 'ORG', name: `Acme ${names[k]}` }, ...(k === 0 ? [{ id: 'e9', type: 'PRODUCT' as const, name: 'Acme' }] : [])] });
      assert.equal((await store.ingestDocument(doc, { hash: `h${k}`, source: `s${k}` })).status, 'new');
    }
    const found = await store.findEntities({ q: 'acme', limit: 20 });
    assert.deepEqual(found.map(e => `${e.id} ${e.name}`).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })), [
      'acme Acme Alpha', 'acme-2 Acme', 'acme-3 Acme Beta', 'acme-4 Acme Gamma', 'acme-5 Acme Delta', 'acme-6 Acme Epsilon', 'acme-7 Acme Zeta',
    ]);
    await store.close();
  });

  it('keeps a text word split as SQLite does: accents folded, punctuation a separator', async () => {
    const store = await inSchema(db, 'pglite:memory');
    const doc = exampleDocument({ id: 'accents' });
    doc.text = doc.text.replace('Kant', 'Kánt');
    await store.ingestDocument(doc, { hash: 'h', source: 's' });
    assert.deepEqual((await store.search('kant air base')).documents.map(d => d.id), ['accents']);
    assert.deepEqual((await store.search('KÁNT')).documents.map(d => d.id), ['accents']);
    assert.equal((await store.search('kan')).documents.length, 0, 'whole words, as FTS5 without a prefix query');
    await store.close();
  });

  it('gives a refused connection as one quick DB_OPEN line, never a stack or a password', async () => {
    const t0 = Date.now();
    await assert.rejects(openStore('postgres://dossier:s3cret@127.0.0.1:1/x'), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'DB_OPEN');
      assert.match(e.message, /^postgres:\/\/dossier:\*\*\*@127\.0\.0\.1:1\/x: cannot connect to the database server: connection refused/);
      assert.ok(!e.message.includes('s3cret') && !e.message.includes('\n'), e.message);
      return true;
    });
    assert.ok(Date.now() - t0 < 5000);
  });

  it('maps server failures to the catalogue codes', () => {
    const at = 'postgres://h/db';
    const code = (sqlstate: string) => pgError(Object.assign(new Error('x'), { code: sqlstate }), at).code;
    assert.equal(code('55P03'), 'DB_BUSY');
    assert.equal(code('40P01'), 'DB_BUSY');
    assert.equal(code('53100'), 'DB_FULL');
    assert.equal(code('25006'), 'DB_READONLY');
    assert.equal(code('28P01'), 'DB_OPEN');
    assert.equal(code('XX001'), 'DB_CORRUPT');
    assert.equal(redactUrl('postgresql://me:pw@db.example:5432/kb?sslmode=require'), 'postgresql://me:***@db.example:5432/kb?sslmode=require');
  });
});
