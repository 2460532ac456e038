// One text policy for every way text comes in: UTF-8 or refused, UTF-16 with its byte-order mark
// decoded as text, binaries refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, readStreamText } from '../../src/io/decode.ts';
import { DossierError } from '../../src/errors.ts';
import { runCli } from '../cli/capture.ts';

const TEXT = 'Kyrgyz President Almazbek Atambayev met Vladimir Putin in Moscow — «Kant».';
const utf16be = (s: string) => { const le = Buffer.from(s, 'utf16le'); const be = Buffer.alloc(le.length); for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]; be[i + 1] = le[i]; } return be; };

test('UTF-16 with a byte-order mark is text, little- or big-endian; without one its NULs are binary', () => {
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'le.txt'), TEXT);
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'be.txt'), TEXT);
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'bom8.txt'), TEXT);
  assert.throws(() => decodeText(Buffer.from(TEXT, 'utf16le'), 'nobom.txt'), (e: unknown) => e instanceof DossierError && e.code === 'INPUT_BINARY');
  assert.throws(() => decodeText(Buffer.from([0xff, 0xfe, 0x41]), 'odd.txt'), (e: unknown) => e instanceof DossierError && e.code === 'INPUT_ENCODING');
});

test('extract reads a UTF-16 file with a byte-order mark; stdin refuses invalid UTF-8 as a file does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-decode-'));
  try {
    const path = join(dir, 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`title: A visit\n\n${TEXT}`, 'utf16le')]));
    const r = await runCli(['extract', path, '--workers', '0']);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.equal(doc.text, TEXT);
    assert.equal(doc.title, 'A visit');
    assert.ok(doc.mentions.some((m: { text: string }) => m.text === 'Vladimir Putin'));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('stdin: invalid UTF-8 is refused with its offset, as a file is', async () => {
  const { spawnSync } = await import('node:child_process');
  const bin = new URL('../../bin/dossier.js', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [bin, 'extract', '-', '--workers', '0'], { input: Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Bishkek.')]), encoding: 'utf8' });
  assert.equal(r.status, 65);
  assert.equal(r.stderr, 'dossier extract: -: is not valid UTF-8 (first bad byte at offset 3)\n');
});

test('standard input past the size limit is refused as it streams in, not held whole; within it, read as a file is', async () => {
  const { Readable } = await import('node:stream');
  let pulled = 0;
  // a stream that never ends: only a reader that stops at the limit settles
  const endless = new Readable({ read() { pulled++; this.push(Buffer.alloc(1024, 0x61)); } });
  await assert.rejects(readStreamText(endless, '-', 4096),
    (e: unknown) => e instanceof DossierError && e.code === 'INPUT_TOO_LARGE' && /^-: is larger than the \d+ MB limit for an input$/.test(e.message));
  assert.ok(pulled < 16, `read ${pulled} KB`);
  const utf16 = Readable.from([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
  assert.equal(await readStreamText(utf16, '-', 4096), TEXT);
  const bad = Readable.from([Buffer.from('Caf'), Buffer.from([0xe9])]);
  await assert.rejects(readStreamText(bad, '-'), (e: unknown) => e instanceof DossierError && e.code === 'INPUT_ENCODING');
});
