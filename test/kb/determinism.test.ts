// The same inputs make the same knowledge base whatever the worker count or timing: documents are
// written in input order, so entity and event merges follow the inputs, not which worker finished first.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../cli/capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-determinism-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Every table's rows in rowid order, the ingest time left out (it is the clock, not the inputs). */
function dump(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
    return tables.map(({ name }) => {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
      for (const r of rows) delete r.ingested_at;
      return `${name}\n${rows.map(r => JSON.stringify(r)).join('\n')}`;
    }).join('\n\n');
  } finally { db.close(); }
}

test('ingesting with 1 and with 4 workers gives byte-identical knowledge bases', async () => {
  const batch = join(dir, 'batch.jsonl');
  const lines = readFileSync(new URL('../fixtures/meantime-dev.gold.jsonl', import.meta.url), 'utf8').trim().split('\n').slice(0, 16)
    .map(l => { const d = JSON.parse(l); return JSON.stringify({ id: d.id, text: d.text, published: d.published, url: d.url }); });
  // long and short documents mixed, so workers finish out of input order
  const example = readFileSync(new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
  lines.splice(3, 0, JSON.stringify({ id: 'long', text: Array(12).fill(example.replace(/^(?:\w+:[^\n]*\n)+\n/, '')).join('\n\n'), published: '2017-10-10' }));
  writeFileSync(batch, lines.join('\n') + '\n');
  const dbs = [join(dir, 'one.db'), join(dir, 'four.db')];
  for (const [db, workers] of [[dbs[0], '1'], [dbs[1], '4']]) {
    const r = await runCli(['ingest', batch, '--db', db, '--workers', workers, '--quiet']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /17 documents: 17 new/);
  }
  const [one, four] = dbs.map(dump);
  assert.ok(one.length > 10_000);
  assert.equal(four, one);
});
