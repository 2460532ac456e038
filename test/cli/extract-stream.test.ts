// A large document's output is written a chunk at a time (never its whole JSON as one string), and the
// chunks make exactly the JSON that JSON.stringify makes of the same document; in this thread
// (--workers 0) the time budget holds too, checked before each stage.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { jsonChunks, jsonLength } from '../../src/format/json-pieces.ts';
import { extract } from '../../src/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-stream-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const example = new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url).pathname;
const body = readFileSync(example, 'utf8').replace(/^(?:\w+:[^\n]*\n)+\n/, '');
// ~300 KB of report text: past the length from which the output budget is counted, not made whole
const largeText = Array(80).fill(body).join('\n\n');
const large = join(dir, 'large.txt');
writeFileSync(large, largeText);

/** The CLI's output, one entry per write. */
async function pieces(args: string[]): Promise<{ code: number; writes: string[]; err: string }> {
  const writes: string[] = [];
  let err = '';
  const io: CliIO = { out: s => { writes.push(s); }, err: s => { err += s; }, stdin: async () => '', isTTY: false };
  const code = await main(args, io);
  return { code, writes, err };
}

test('a large document is written in pieces, and they are JSON.stringify of it byte for byte', async () => {
  const doc = extract(largeText, { id: 'large' });
  const whole = JSON.stringify(doc, null, 2);
  assert.ok(whole.length > 2_000_000, `${whole.length} characters of JSON`);

  const r = await pieces(['extract', large, '--workers', '1']);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.writes.length >= 8, `${r.writes.length} writes`);
  assert.ok(Math.max(...r.writes.map(w => w.length)) < 1_000_000, 'no write near the whole JSON');
  assert.equal(r.writes.join(''), whole + '\n');

  // jsonl in this thread: the same pieces, compact
  const l = await pieces(['extract', large, '--format', 'jsonl', '--workers', '0']);
  assert.equal(l.code, 0, l.err);
  assert.ok(l.writes.length >= 8, `${l.writes.length} writes`);
  assert.equal(l.writes.join(''), JSON.stringify(doc) + '\n');

  // two documents: an array whose elements are indented by two more spaces
  const two = await pieces(['extract', large, example, '--workers', '2']);
  assert.equal(two.code, 0, two.err);
  const second = extract(readFileSync(example, 'utf8').replace(/^(?:\w+:[^\n]*\n)+\n/, ''), { id: 'kyrgyzstan-bases', published: '2017-10-10' });
  assert.equal(two.writes.join(''), JSON.stringify([doc, second], null, 2) + '\n');
});

test('json: an array whenever the input holds several documents, a failed one before or after included', async () => {
  const short = join(dir, 'short.txt');
  writeFileSync(short, 'Kyrgyz President Almazbek Atambayev met Vladimir Putin in Moscow on Monday.');
  const missing = join(dir, 'missing.txt');
  for (const args of [[missing, short], [short, missing]]) {
    const r = await pieces(['extract', ...args]);
    assert.equal(r.code, 66, r.err);
    assert.match(r.err, /missing\.txt: no such file/);
    const out = JSON.parse(r.writes.join(''));
    assert.ok(Array.isArray(out), `${args.map(a => a.split('/').pop()).join(', ')}: an array`);
    assert.deepEqual(out.map((d: { id: string }) => d.id), ['short']);
  }
  const one = JSON.parse((await pieces(['extract', short])).writes.join(''));
  assert.equal(one.id, 'short');
});

test('jsonChunks and jsonLength agree with JSON.stringify on what it leaves out, calls or nests', () => {
  const cases: unknown[] = [
    {}, [], 'text', 7, null,
    { a: [], b: {}, c: [1, undefined, () => 1, { x: [{}] }], d: undefined, e: 'x\n"y\u2028', f: new Date(0), g: { toJSON: () => ({ z: 1 }) } },
    { n: null, m: [null, [[]], [[1]]], s: Symbol('s') },
  ];
  for (const value of cases) {
    for (const pretty of [false, true]) {
      for (const chunkChars of [1, 5, 1 << 20]) {
        assert.equal([...jsonChunks(value, { pretty, chunkChars })].join(''), JSON.stringify(value, null, pretty ? 2 : undefined) ?? '');
      }
    }
    assert.equal(jsonLength(value), JSON.stringify(value)?.length);
  }
  // a long piece (a report's text) is cut into chunks of the size asked for, never between a surrogate pair's halves
  const text = { id: 'long', text: 'Putin 😀 said. '.repeat(1000) };
  for (const chunkChars of [1, 7, 1000]) {
    const chunks = [...jsonChunks(text, { chunkChars })];
    assert.equal(chunks.join(''), JSON.stringify(text));
    assert.ok(chunks.every(c => !/[\ud800-\udbff]$/.test(c) && !/^[\udc00-\udfff]/.test(c)), `chunks of ${chunkChars}`);
    // the text's own chunks at most one over the size (a pair kept whole); the short pieces around it joined
    assert.ok(chunks.slice(1, -1).every(c => c.length <= chunkChars + 1), `chunks of ${chunkChars}`);
    assert.ok(chunks.length >= text.text.length / (chunkChars + 1));
  }
  // released as written: a caller that drops the document lets each field go once it is out
  const doc: Record<string, unknown> = { id: 'x', items: [{ a: 1 }, { b: 2 }] };
  assert.equal([...jsonChunks(doc, { release: true })].join(''), '{"id":"x","items":[{"a":1},{"b":2}]}');
  assert.deepEqual(doc, { id: undefined, items: undefined });
});

test('--workers 0 keeps the time budget, checked before each stage', async () => {
  const r = await pieces(['extract', example, large, '--workers', '0', '--timeout', '0.001', '--format', 'jsonl']);
  assert.equal(r.code, 75);
  assert.equal(r.writes.join(''), '');
  assert.match(r.err, /kyrgyzstan-bases\.txt: took longer than the 0\.001 s budget for one document\n.*large\.txt: took longer/);
});
