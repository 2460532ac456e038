// The server extracts in worker threads: while one long extraction runs, other requests keep answering,
// and an extraction past its time budget answers 503 with a JSON error.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { listen, type Listening } from '../../src/server/listen.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { handmadeKyrgyzstanDocument } from './fixtures/kyrgyzstan-handmade.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-server-isolation-'));
let server: Listening, store: SqliteStore;
const example = readFileSync(new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url), 'utf8').replace(/^(?:\w+:[^\n]*\n)+\n/, '');
// just under the 1 MiB body limit: seconds of extraction
const long = Array(Math.floor(1000_000 / (example.length + 2))).fill(example).join('\n\n');

before(async () => {
  const db = join(dir, 'kb.db');
  const writer = SqliteStore.open(db, { create: true });
  await writer.ingestDocument(handmadeKyrgyzstanDocument(), { hash: 'handmade', source: 'fixture' });
  await writer.close();
  store = SqliteStore.open(db, { readonly: true });
  server = await listen({ store, port: 0, extractTimeoutSeconds: 1, extractWorkers: 1 });
});
after(async () => { await server?.close(); await store?.close(); rmSync(dir, { recursive: true, force: true }); });

const post = (text: string) => fetch(server.url + '/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });

test('other requests keep answering while a long extraction runs; past its budget it answers 503', async () => {
  // the worker started and warm, so the budget counts extraction only
  assert.equal((await post('Russia keeps its base at Kant.')).status, 200);
  const started = Date.now();
  const slow = post(long);
  await new Promise(r => setTimeout(r, 300));
  const waits: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    const res = await fetch(server.url + '/api/stats');
    assert.equal(res.status, 200);
    assert.equal((await res.json()).documents, 1);
    waits.push(Date.now() - t0);
  }
  const res = await slow;
  const elapsed = Date.now() - started;
  assert.equal(res.status, 503);
  assert.deepEqual(await res.json(), { error: { code: 'EXTRACT_TIMEOUT', message: 'the posted text: took longer than the 1 s budget for one document' } });
  // the stats came back while the extraction ran (an extraction on the event loop held them for seconds)
  assert.ok(Math.max(...waits) < 2000, `stats waited ${waits.join(', ')} ms`);
  assert.ok(waits.reduce((a, b) => a + b, 0) < elapsed, `stats ${waits.join(', ')} ms within ${elapsed} ms`);
  // the pool replaced the stopped worker: the next text is extracted
  const next = await post('Kyrgyz President Almazbek Atambayev visited Moscow.');
  assert.equal(next.status, 200);
  assert.equal((await next.json()).text, 'Kyrgyz President Almazbek Atambayev visited Moscow.');
});
