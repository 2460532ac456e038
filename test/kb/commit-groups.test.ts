// Ingest into SQLite groups its commits (Store.beginBatch), and reports a document only once the commit
// that holds it is made: what a run said it stored is stored, whenever it is killed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestItems } from '../../src/kb/ingest.ts';
import { InlineExtractor } from '../../src/kb/inline-extractor.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import type { InputItem } from '../../src/io/inputs.ts';
import { DossierError } from '../../src/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-commit-groups-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function* items(n: number): AsyncGenerator<InputItem> {
  for (let i = 0; i < n; i++) yield { ok: true, doc: { source: `doc${i}.txt`, id: `d${i}`, text: `Ms. Alice Brown${i} visited Kazan on Monday. She said the talks went well.` } };
}

test('documents share commits, and each is reported after the commit that stores it', async () => {
  const store = SqliteStore.open(join(dir, 'kb.db'), { create: true });
  let begins = 0, commits = 0;
  const begin = store.beginBatch.bind(store), commit = store.commitBatch.bind(store);
  store.beginBatch = () => { begins++; begin(); };
  store.commitBatch = () => { if (store.db.inTransaction) commits++; commit(); };
  const reported: string[] = [];
  const summary = await ingestItems(items(6), store, {
    extractor: new InlineExtractor(),
    onResult: (r) => {
      // a reported document is committed: no batch is open, or it holds documents reported later only
      assert.equal(store.db.inTransaction, false, 'reported while its batch was still open');
      if (r.status !== 'failed') reported.push(r.id);
    },
  });
  assert.equal(summary.new, 6);
  assert.deepEqual(reported, ['d0', 'd1', 'd2', 'd3', 'd4', 'd5']);
  assert.ok(commits >= 1 && commits < 6, `${commits} commits for 6 documents`);
  assert.equal(begins, commits);
  await store.close();
  const again = SqliteStore.open(join(dir, 'kb.db'));
  assert.equal((again.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n, 6);
  await again.close();
});

test('a commit that fails reports its documents failed, not stored, and stops the run', async () => {
  const store = SqliteStore.open(join(dir, 'fails.db'), { create: true });
  // a COMMIT that fails as on a full disk: SQLite rolls the whole transaction back
  store.commitBatch = () => {
    if (store.db.inTransaction) { store.db.prepare('ROLLBACK').run(); throw new DossierError('DB_FULL', 'database or disk is full'); }
  };
  const stored: string[] = [], failed: string[] = [];
  await assert.rejects(
    ingestItems(items(5), store, { extractor: new InlineExtractor(), onResult: (r) => { if (r.status === 'failed') failed.push(r.error.code); else stored.push(r.id); } }),
    (e: DossierError) => e.code === 'DB_FULL',
  );
  await store.close();
  const again = SqliteStore.open(join(dir, 'fails.db'));
  assert.equal((again.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n, 0);
  await again.close();
  assert.deepEqual(stored, [], 'reported stored what no commit kept');
  assert.ok(failed.length >= 1 && failed.every((c) => c === 'DB_FULL'), `failed reports: ${failed.join(',')}`);
});

test('a whole transaction rolled back under the batch is said, not committed as empty', () => {
  const store = SqliteStore.open(join(dir, 'rolled.db'), { create: true });
  store.beginBatch();
  store.db.prepare('ROLLBACK').run(); // what SQLite does itself on some errors (disk full, I/O)
  assert.throws(() => store.commitBatch(), (e: DossierError) => e.code === 'DB_WRITE');
  store.commitBatch(); // the batch is over: nothing left to commit
});

test('a result callback that throws fails the run with a coded error, not a crash from a timer', async () => {
  const store = SqliteStore.open(join(dir, 'callback.db'), { create: true });
  await assert.rejects(
    ingestItems(items(3), store, { extractor: new InlineExtractor(), onResult: () => { throw new Error('callback failed'); } }),
    (e: unknown) => e instanceof DossierError,
  );
  await store.close();
});
