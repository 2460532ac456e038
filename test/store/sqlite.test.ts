// The SQLite backend: the shared contract, then what only a file database has to get right.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { SQLITE_MIGRATIONS } from '../../src/store/migrations/sqlite.ts';
import { storeContract } from './contract.ts';
import { exampleDocument } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite', async () => openStore(join(dir, `contract-${++n}.db`), { create: true }));

describe('SQLite store', () => {
  it('opens in WAL mode at the latest schema version, and reopens without migrating again', async () => {
    const path = join(dir, 'wal.db');
    const store = SqliteStore.open(path, { create: true });
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('user_version', { simple: true }), SQLITE_MIGRATIONS.at(-1)!.version);
    await store.ingestDocument(exampleDocument(), { hash: 'h', source: 's' });
    await store.close();
    const again = await openStore(path);
    assert.equal((await again.stats()).documents, 1);
    await again.close();
  });

  it('refuses a missing database for queries instead of making an empty one', async () => {
    const path = join(dir, 'missing.db');
    await assert.rejects(openStore(path), (e: Error & { code?: string }) => e.code === 'DB_OPEN' && /no such database/.test(e.message));
    assert.equal(existsSync(path), false);
  });

  it('refuses a file that is not SQLite, and leaves it untouched', async () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(20));
    const before = readFileSync(path);
    await assert.rejects(openStore(path, { create: true }), (e: Error & { code?: string }) => e.code === 'DB_CORRUPT' && !e.message.includes('\n'));
    assert.deepEqual(readFileSync(path), before);
    assert.equal(existsSync(path + '-wal'), false);
  });

  it('refuses a damaged database with a one-line error', async () => {
    const path = join(dir, 'damaged.db');
    const store = await openStore(path, { create: true });
    await store.ingestDocument(exampleDocument(), { hash: 'h', source: 's' });
    await store.close();
    const buf = readFileSync(path);
    buf.fill(0x5a, 100, Math.min(buf.length, 40_000)); // the header survives, the pages do not
    writeFileSync(path, buf);
    await assert.rejects(async () => { const s = await openStore(path); try { await s.stats(); await s.search('base'); } finally { await s.close().catch(() => {}); } },
      (e: Error & { code?: string }) => e.code === 'DB_CORRUPT' && !e.message.includes('\n'));
  });

  it('refuses an SQLite database that is not a dossier one, and leaves it untouched', async () => {
    const path = join(dir, 'other-app.db');
    const other = new Database(path);
    other.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)');
    other.close();
    const before = readFileSync(path);
    await assert.rejects(openStore(path, { create: true }), (e: Error & { code?: string }) => e.code === 'DB_CORRUPT' && /not a dossier/.test(e.message));
    assert.deepEqual(readFileSync(path), before);
  });

  it('says a read-only folder is read-only', { skip: process.getuid?.() === 0 ? 'root can write anywhere' : false }, async () => {
    const ro = join(dir, 'readonly');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    try {
      await assert.rejects(openStore(join(ro, 'kb.db'), { create: true }), (e: Error & { code?: string }) => e.code === 'DB_READONLY');
    } finally { chmodSync(ro, 0o755); }
  });

  it('says a read-only database file is read-only when asked to write', { skip: process.getuid?.() === 0 ? 'root can write anywhere' : false }, async () => {
    const path = join(dir, 'ro-file.db');
    const store = await openStore(path, { create: true });
    await store.close();
    chmodSync(path, 0o444);
    const size = statSync(path).size;
    try {
      await assert.rejects(async () => {
        const s = await openStore(path, { create: true });
        try { await s.ingestDocument(exampleDocument(), { hash: 'h', source: 's' }); } finally { await s.close(); }
      }, (e: Error & { code?: string }) => e.code === 'DB_READONLY');
      assert.equal(statSync(path).size, size);
    } finally { chmodSync(path, 0o644); }
  });
});
