// The extraction pool bounds what a caller waits for: a text runs at most its time budget, waits at most
// maxWaitSeconds for a busy worker, and past maxQueued waiting texts is refused at once (the server's
// 503 SERVER_BUSY). The pool's own start-up is not a wait behind other texts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DossierError } from '../../src/errors.ts';
import { WorkerPool } from '../../src/kb/pool.ts';

const example = readFileSync(new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url), 'utf8').replace(/^(?:\w+:[^\n]*\n)+\n/, '');
// ~1 MB of report text: many seconds of extraction, far past a 2-second budget on any machine
const slow = Array(Math.floor(1000_000 / (example.length + 2))).fill(example).join('\n\n');

/** When and how a promise settled. */
const settle = (p: Promise<string>, t0: number) => p.then(
  json => ({ ms: Date.now() - t0, json, error: undefined }),
  (error: DossierError) => ({ ms: Date.now() - t0, json: undefined, error }));

test('a text past the queue is refused at once, a waiting one after maxWaitSeconds, a running one after its budget', async () => {
  const pool = new WorkerPool({ size: 1, timeoutSeconds: 2, maxQueued: 1, maxWaitSeconds: 1 });
  try {
    // the first text waits for the worker to start (seconds of loading data): start-up is no queue
    const warm = await settle(pool.extractJson('Russia keeps its base at Kant.', {}, 'warm.txt'), Date.now());
    assert.equal(warm.error, undefined, String(warm.error));

    const t0 = Date.now();
    const running = settle(pool.extractJson(slow, {}, 'slow.txt'), t0);
    const waiting = settle(pool.extractJson('Russia keeps its base.', {}, 'waiting.txt'), t0);
    const refused = await settle(pool.extractJson('Russia keeps its base.', {}, 'third.txt'), t0);
    assert.equal(refused.error?.code, 'SERVER_BUSY');
    assert.ok(refused.ms < 500, `refused after ${refused.ms} ms`);

    const w = await waiting;
    assert.equal(w.error?.code, 'SERVER_BUSY', 'the waiting text is refused once it waited maxWaitSeconds');
    const r = await running;
    assert.equal(r.error?.code, 'EXTRACT_TIMEOUT');
    assert.equal(r.error?.message, 'slow.txt: took longer than the 2 s budget for one document');
    assert.ok(w.ms >= 950 && w.ms < r.ms, `waiting refused at ${w.ms} ms, running stopped at ${r.ms} ms`);

    // the stopped worker is replaced; its start-up again counts for no wait, so the next text is extracted
    const next = await settle(pool.extractJson('Kyrgyz President Almazbek Atambayev visited Moscow.', {}, 'next.txt'), Date.now());
    assert.equal(next.error, undefined, String(next.error));
    assert.equal(JSON.parse(next.json!).text, 'Kyrgyz President Almazbek Atambayev visited Moscow.');
  } finally {
    await pool.close();
  }
});

test('a worker whose heap cap is too small for a text never crashes the caller: the text is retried with twice the heap, or fails on one line', async () => {
  // 24 MB cannot even hold the pipeline's data: the worker runs out of memory as it starts, then at 48 MB
  // (or while extracting), then the text is extracted at 96 MB or more
  const grows = new WorkerPool({ size: 1, heapMb: 24 });
  try {
    const doc = JSON.parse(await grows.extractJson('Russia keeps its base at Kant, officials said.', {}, 'small.txt')) as { mentions: unknown[] };
    assert.ok(doc.mentions.length >= 2);
  } finally {
    await grows.close();
  }
  const capped = new WorkerPool({ size: 1, heapMb: 12, maxHeapMb: 24 });
  try {
    const r = await settle(capped.extractJson('Russia keeps its base at Kant.', {}, 'capped.txt'), Date.now());
    assert.equal(r.error?.code, 'EXTRACT_MEMORY');
    assert.equal(r.error?.message, 'capped.txt: needs more than the 24 MB of memory a document may use');
  } finally {
    await capped.close();
  }
});

test('a pool told how many documents will come starts their workers side by side, never more than its size', async () => {
  const slots = (p: WorkerPool) => (p as unknown as { slots: unknown[] }).slots.length;
  const idle = new WorkerPool({ size: 2 });
  idle.expect(0);
  assert.equal(slots(idle), 0, 'nothing to extract starts no worker');
  await idle.close();
  const pool = new WorkerPool({ size: 2 });
  try {
    pool.expect(1);
    assert.equal(slots(pool), 1);
    pool.expect(5);
    assert.equal(slots(pool), 2, 'both workers start at once, before any work is queued');
    const texts = ['Russia keeps its base at Kant.', 'The base in Manas closed in 2014.', 'Kyrgyzstan asked Russia to pay rent.'];
    const docs = await Promise.all(texts.map((t, i) => pool.extractJson(t, {}, `${i}.txt`)));
    docs.forEach((json, i) => assert.equal((JSON.parse(json) as { text: string }).text, texts[i]));
    assert.equal(slots(pool), 2);
  } finally {
    await pool.close();
  }
});
