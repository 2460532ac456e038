// One document cannot sink the others: past its time budget it fails alone, by name, and the rest
// are extracted and stored; extract writes each document as it is done, in input order.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DossierError } from '../../src/errors.ts';
import { maxOutputChars, serializeWithinBudget } from '../../src/kb/extract-budget.ts';
import { runCli } from './capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-isolation-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const example = new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url).pathname;
const body = readFileSync(example, 'utf8').replace(/^(?:\w+:[^\n]*\n)+\n/, '');
// ~9 MB of report text: tens of seconds of work, far past an 8-second budget (4 MB once finished within 8 s on an idle machine); the budget leaves the short
// documents room on a busy shared machine (at a load of 17 on 2 cores, a 3 s budget printed a second error line)
const slow = join(dir, 'slow.txt');
writeFileSync(slow, Array(2500).fill(body).join('\n\n'));

test('extract: a document past its time budget fails alone, by name, and the others are printed in order', async () => {
  const short = join(dir, 'short.txt');
  writeFileSync(short, 'Kyrgyz President Almazbek Atambayev met Vladimir Putin in Moscow on Monday.');
  const t0 = Date.now();
  const r = await runCli(['extract', example, slow, short, '--format', 'jsonl', '--timeout', '8', '--workers', '2']);
  assert.ok(Date.now() - t0 < 60_000);
  assert.equal(r.code, 75);
  assert.match(r.err, /^dossier extract: .*slow\.txt: took longer than the 8 s budget for one document/m);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  const ids = r.out.trim().split('\n').map(l => JSON.parse(l).id);
  assert.deepEqual(ids, ['kyrgyzstan-bases', 'short']);
});

test('ingest: the slow document fails by name; the others are stored', async () => {
  const folder = join(dir, 'folder');
  const db = join(dir, 'kb.db');
  const { mkdirSync, copyFileSync } = await import('node:fs');
  mkdirSync(folder);
  copyFileSync(example, join(folder, 'a-example.txt'));
  copyFileSync(slow, join(folder, 'b-slow.txt'));
  writeFileSync(join(folder, 'c-short.txt'), 'Russia does not consider it necessary to open a second military base in Kyrgyzstan.');
  const r = await runCli(['ingest', folder, '--db', db, '--timeout', '8', '--workers', '2']);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /b-slow\.txt: took longer than the 8 s budget/);
  assert.match(r.out, /3 documents: 2 new, 0 replaced, 0 skipped, 1 failed/);
  // stored in input order
  assert.match(r.out, /^new a-example [^\n]*\nnew c-short /m);
});

test('a document whose JSON is past its budget fails by name with one line', () => {
  assert.equal(maxOutputChars(1000), 1024 * 1024 + 64_000);
  assert.throws(() => serializeWithinBudget({ text: 'x'.repeat(1024 * 1024 + 10) }, 0, 'big.txt'),
    (e: unknown) => e instanceof DossierError && e.code === 'OUTPUT_TOO_LARGE' && /^big\.txt: makes 1 MB of JSON, over the 1 MB budget/.test(e.message));
});

// ~10 MB of page: a 4 MB one came in under the 5 s budget once the pipeline got faster
test('extract: an HTML page is read in a worker, within the same budget, and fails alone by name', async () => {
  const page = join(dir, 'huge.html');
  writeFileSync(page, '<html><body>' + '<p>Russia keeps its air base at Kant, some 20 kilometers east of Bishkek, officials said.</p>'.repeat(110_000) + '</body></html>');
  const r = await runCli(['extract', page, example, '--format', 'jsonl', '--timeout', '5', '--workers', '1']);
  assert.equal(r.code, 75);
  assert.match(r.err, /^dossier extract: .*huge\.html: took longer than the 5 s budget for one document\n$/);
  assert.deepEqual(r.out.trim().split('\n').map(l => JSON.parse(l).id), ['kyrgyzstan-bases']);
});
