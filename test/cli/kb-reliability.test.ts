// The knowledge base under abuse, through the real CLI in child processes: killed
// mid-ingest, two ingests at once, a file that is not a database, a read-only place.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';

const bin = new URL('../../bin/dossier.js', import.meta.url).pathname;
const example = new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dossier-kb-rel-'));
chmodSync(dir, 0o755);
after(() => rmSync(dir, { recursive: true, force: true }));

const records = readFileSync(new URL('../fixtures/meantime-dev.gold.jsonl', import.meta.url), 'utf8').trim().split('\n')
  .map(l => { const d = JSON.parse(l); return JSON.stringify({ id: d.id, text: d.text, published: d.published, url: d.url }); });

function corpus(name: string, from: number, to: number): string {
  const path = join(dir, name);
  writeFileSync(path, records.slice(from, to).join('\n') + '\n');
  return path;
}

function run(args: string[], opts: SpawnOptions = {}): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '', err = '';
    child.stdout!.on('data', d => { out += d; });
    child.stderr!.on('data', d => { err += d; });
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

/** Every stored document has all its layers and nothing else: no half-written document. */
function checkWhole(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const docs = db.prepare('SELECT pk, json FROM documents').all() as { pk: number; json: string }[];
    const count = (t: string, pk: number) => (db.prepare(`SELECT count(*) AS n FROM ${t} WHERE doc_pk = ?`).get(pk) as { n: number }).n;
    for (const { pk, json } of docs) {
      const d = JSON.parse(json);
      assert.equal(count('mentions', pk), d.mentions.length, `${d.id} mentions`);
      assert.equal(count('times', pk), d.times.length, `${d.id} times`);
      assert.equal(count('quotes', pk), d.quotes.length, `${d.id} quotes`);
      assert.equal(count('event_mentions', pk), d.events.length, `${d.id} events`);
      assert.equal(count('facts', pk), (d.facts ?? []).length, `${d.id} facts`);
    }
    const orphans = db.prepare('SELECT count(*) AS n FROM events WHERE pk NOT IN (SELECT event_pk FROM event_mentions)').get() as { n: number };
    assert.equal(orphans.n, 0, 'no merged event without a mention');
    const dupes = db.prepare('SELECT count(*) AS n FROM (SELECT hash FROM documents GROUP BY hash HAVING count(*) > 1)').get() as { n: number };
    assert.equal(dupes.n, 0);
    return docs.length;
  } finally { db.close(); }
}

// independent databases: run side by side, most of the time is child start-up
describe('knowledge base reliability', { concurrency: true }, () => {
  it('survives SIGKILL mid-ingest: whole documents only, and a re-run completes without duplicates', async () => {
    // enough documents that commits come in several groups (documents written within 250 ms share one)
    const N = 40;
    const src = corpus('kill.jsonl', 0, N);
    const db = join(dir, 'kill.db');
    const child = spawn(process.execPath, [bin, 'ingest', src, '--db', db, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    await new Promise<void>(resolve => {
      child.stdout.on('data', (d: Buffer) => {
        lines += d.toString().split('\n').filter(l => l.startsWith('new ')).length;
        if (lines >= 2 && !child.killed) { child.kill('SIGKILL'); }
      });
      child.on('close', () => resolve());
    });
    assert.equal(child.signalCode, 'SIGKILL', 'killed before it finished');
    const stored = checkWhole(db);
    assert.ok(stored >= 2 && stored < N, `${stored} documents stored before the kill`);
    const again = await run(['ingest', src, '--db', db, '--workers', '0', '--quiet']);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, new RegExp(`${N} documents: ${N - stored} new, 0 replaced, ${stored} skipped, 0 failed`));
    assert.equal(checkWhole(db), N);
  });

  it('runs two ingests at once on one database: both succeed, each document stored once', async () => {
    const a = corpus('a.jsonl', 30, 35), b = corpus('b.jsonl', 33, 38);
    const db = join(dir, 'both.db');
    const [ra, rb] = await Promise.all([
      run(['ingest', a, '--db', db, '--workers', '0', '--quiet']),
      run(['ingest', b, '--db', db, '--workers', '0', '--quiet']),
    ]);
    assert.equal(ra.code, 0, ra.err);
    assert.equal(rb.code, 0, rb.err);
    assert.equal(checkWhole(db), 8);
  });

  it('refuses a --db that is not a database with one line, and touches nothing', async () => {
    const db = join(dir, 'notes.txt');
    writeFileSync(db, 'shopping list: bread, milk\n'.repeat(10));
    const before = readFileSync(db);
    const r = await run(['ingest', example, '--db', db]);
    assert.equal(r.code, 74);
    assert.match(r.err, /^dossier ingest: .*notes\.txt: is not a dossier database/);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.deepEqual(readFileSync(db), before);
    assert.equal(existsSync(db + '-wal') || existsSync(db + '-shm'), false);
  });

  it('says a read-only location is read-only, in one line', async (t) => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    // as root every folder is writable: run the child as nobody
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    // nobody must be able to run the checkout itself (a clone in a private temp folder is not readable to it)
    if (process.getuid?.() === 0 && spawnSync(process.execPath, [bin, '--version'], asNobody).status !== 0) {
      t.skip('this checkout cannot be run as nobody');
      return;
    }
    const r = await run(['ingest', example, '--db', join(ro, 'kb.db')], { ...asNobody, env: { ...process.env, HOME: dir } });
    assert.equal(r.code, 74, r.err);
    assert.match(r.err, /read-only/);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.equal(existsSync(join(ro, 'kb.db')), false);
  });
});
