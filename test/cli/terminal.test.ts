// Text written to a terminal never carries a report's control characters (ESC/OSC sequences clear the
// screen, retitle the window, hide a link); JSON output keeps them, escaped as JSON does.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { terminalSafe, terminalSafeJson } from '../../src/format/terminal.ts';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { runCli } from './capture.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-terminal-'));
const db = join(dir, 'kb.db');
const report = join(dir, 'hostile.txt');
after(() => rmSync(dir, { recursive: true, force: true }));

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;
const hostile = 'title: Kant \u001b]0;pwned\u0007 base\ndate: 2017-10-10\n\n'
  + 'Kyrgyz President Almazbek Atambayev said: "We want a second base \u001b[2J\u001b[H now." '
  + 'Russia does not consider it necessary to open the \u001b]8;;http://evil.example\u001b\\second\u001b]8;;\u001b\\ military base \u009b31m in Kyrgyzstan.\n';

const gold = join(dir, 'hostile.gold.jsonl');

before(async () => {
  writeFileSync(report, hostile);
  // a gold document that annotates none of the hostile quote, so eval --errors quotes it as a wrong find
  writeFileSync(gold, JSON.stringify({ id: 'hostile', text: hostile.slice(hostile.indexOf('\n\n') + 2), layers: ['quotes'], quotes: [] }) + '\n');
  const r = await runCli(['ingest', report, '--db', db, '--workers', '1', '--quiet']);
  assert.equal(r.code, 0, r.err);
});

test('show, search, quotes, extract --format text and eval --errors print no control characters', async () => {
  const runs = [
    ['show', 'almazbek-atambayev', '--db', db],
    ['search', 'Atambayev', '--db', db],
    ['quotes', '--speaker', 'atambayev', '--db', db],
    ['extract', report, '--format', 'text', '--workers', '0'],
    ['eval', gold, '--errors'],
  ];
  for (const args of runs) {
    const r = await runCli(args);
    assert.equal(r.code, 0, `${args[0]}: ${r.err}`);
    assert.ok(r.out.length > 50, `${args[0]} printed ${r.out}`);
    assert.doesNotMatch(r.out + r.err, RAW, `${args[0]} printed a raw control character`);
  }
  for (const args of [['quotes', '--speaker', 'atambayev', '--db', db], ['eval', gold, '--errors']]) {
    assert.match((await runCli(args)).out, /second base ␛\[2J␛\[H now/, args[0]);
  }
});

test('JSON output keeps the characters, escaped as JSON does', async () => {
  const r = await runCli(['show', 'almazbek-atambayev', '--db', db, '--json']);
  assert.doesNotMatch(r.out.replace(/\u009b/g, ''), RAW);
  assert.ok(JSON.parse(r.out).quotes.some((q: { text: string }) => q.text.includes('\u001b[2J')));
  assert.match(r.out, /\\u001b\[2J/);
});

test('terminalSafe shows C0, DEL, C1 and bidirectional overrides; keeps lines when asked', () => {
  assert.equal(terminalSafe('a\u001b[31mb\u0007c\u007fd\u009be\u202ef\ng'), 'a␛[31mb␇c␡d<U+009B>e<U+202E>f␊g');
  assert.equal(terminalSafe('a\n\tb\rc', { keepNewlines: true }), 'a\n\tb␍c');
});

test('export to a terminal shows control characters in CSV and GDELT rows and escapes them in JSON', async () => {
  for (const format of ['jsonl', 'csv', 'gdelt', 'geojson']) {
    let out = '';
    const io: CliIO = { out: s => { out += s; }, err: () => {}, stdin: async () => '', isTTY: true };
    assert.equal(await main(['export', '--format', format, '--db', db, ...(format === 'gdelt' ? ['--header'] : [])], io), 0, format);
    assert.ok(out.length > 20, `${format} printed ${out}`);
    assert.doesNotMatch(out.replace(/\r\n/g, '\n'), RAW, `${format} printed a raw control character`);
    if (format === 'jsonl') {
      const doc = JSON.parse(out.trim().split('\n')[0]) as { text: string };
      assert.ok(doc.text.includes('\u009b31m') && doc.text.includes('\u001b[2J'), 'the JSON still holds the text as it was');
    }
    if (format === 'csv') assert.match(out, /\r\n$/, 'CSV keeps its CRLF line ends');
  }
  assert.equal(terminalSafeJson(JSON.stringify('a\u009bb\u202ec')), '"a\\u009bb\\u202ec"');
  assert.equal(terminalSafe('a,b\r\nc\rd', { keepNewlines: true, crlf: true }), 'a,b\r\nc␍d');
});
