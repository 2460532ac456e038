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
