import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli/capture.ts';

const example = fileURLToPath(new URL('../fixtures/kyrgyzstan-bases.txt', import.meta.url));
const exampleText = readFileSync(example, 'utf8');
let dir = '';
const at = (name: string) => join(dir, name);

const KARASIN = 'Bishkek proposes Russia to deploy one more military base in Kyrgyzstan but Moscow does not seek after the quantity and the existing military base is enough, Russian Deputy Foreign Minister, Grigory Karasin, told RIA Novosti in an interview.';
const ISAKOV = 'Kyrgyz Prime Minister Sapar Isakov suggested situating the base in the southern part of Kyrgyzstan close to its common border with Tajikistan.';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-inputs-'));
  copyFileSync(example, at('good.txt'));
  mkdirSync(at('a-directory'));
  writeFileSync(at('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(at('latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Bishkek, the premier said.')]));
  writeFileSync(at('empty.txt'), 'title: Nothing here\n\n   \n');
  writeFileSync(at('feed.jsonl'), [
    JSON.stringify({ id: 'karasin', text: KARASIN, published: '2017-10-10T09:30:00Z', title: 'Karasin', url: 'https://example.org/1' }),
    '{"id": "broken", "text": "unterminated',
    JSON.stringify({ id: 'no-text', title: 'no text here' }),
    '',
    JSON.stringify({ id: 'isakov', text: ISAKOV, published: '2017-10-04' }),
  ].join('\n') + '\n');
  // 50 MB on one line: a dump, not a report
  writeFileSync(at('huge.txt'), 'Russia said no. '.repeat(50 * 1024 * 1024 / 16));
  writeFileSync(at('page.html'), `<!doctype html><html><head><title>Kyrgyzstan bases | News site</title>
<meta property="og:title" content="Russia sees no need for a second base in Kyrgyzstan">
<meta property="article:published_time" content="2017-10-10T08:14:00+06:00">
<link rel="canonical" href="https://example.org/kyrgyzstan-bases"></head><body>
<nav><a href="/">Home</a> · <a href="/world">World news menu</a></nav>
<article><h1>Russia sees no need for a second base</h1><p>${KARASIN}</p><p>${ISAKOV}</p>
<p>“There is no final decision from either of the sides,” RIA Novosti quoted him as saying.</p></article>
<footer>Copyright footer text that is not news.</footer><script>window.tracking = "not text";</script></body></html>`);
  writeFileSync(at('jsonld.html'), `<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Bases","datePublished":"2017-10-09T22:00:00-04:00"}]}
</script></head><body><p>${KARASIN}</p></body></html>`);
  writeFileSync(at('time.htm'), `<html><body><article><time datetime="2017-10-08">Sunday</time><p>${ISAKOV}</p></article></body></html>`);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('every kind of bad input gets one line naming it, and the good inputs still come out, in order', async () => {
  const inputs = ['good.txt', 'missing.txt', 'a-directory', 'image.png', 'latin1.txt', 'empty.txt', 'feed.jsonl', 'huge.txt', 'page.html'].map(at);
  const r = await runCli(['extract', ...inputs, '--format', 'jsonl']);
  assert.notEqual(r.code, 0);
  const docs = r.out.trim().split('\n').map(l => JSON.parse(l));
  assert.deepEqual(docs.map(d => d.id), ['good', 'karasin', 'isakov', 'page']);
  const errors = r.err.trim().split('\n');
  const expected: [string, RegExp][] = [
    [at('missing.txt'), /no such file/],
    [at('a-directory'), /is a directory/],
    [at('image.png'), /binary/],
    [at('latin1.txt'), /not valid UTF-8 \(first bad byte at offset 3\)/],
    [at('empty.txt'), /holds no text/],
    [`${at('feed.jsonl')}:2`, /not valid JSON/],
    [`${at('feed.jsonl')}:3`, /no "text"/],
    [at('huge.txt'), /single document of 50 MB, over the 10 MB limit/],
  ];
  assert.equal(errors.length, expected.length, r.err);
  expected.forEach(([subject, why], i) => {
    assert.ok(errors[i].startsWith(`dossier extract: ${subject}: `), errors[i]);
    assert.match(errors[i], why);
  });
  assert.doesNotMatch(r.err, /\n\s+at |Error:/, 'no stack trace');
});

test('a single bad input exits with its own status', async () => {
  assert.equal((await runCli(['extract', at('missing.txt')])).code, 66);
  assert.equal((await runCli(['extract', at('latin1.txt')])).code, 65);
  const usage = await runCli(['extract', at('good.txt'), '--format', 'yaml']);
  assert.equal(usage.code, 64);
  assert.match(usage.err, /unknown --format "yaml"/);
});

test('JSONL records keep their id, title, url and date (a timestamp becomes its date)', async () => {
  const r = await runCli(['extract', at('feed.jsonl'), '--format', 'jsonl']);
  assert.equal(r.code, 65, 'the two bad lines make it fail at the end');
  const [karasin, isakov] = r.out.trim().split('\n').map(l => JSON.parse(l));
  assert.deepEqual([karasin.id, karasin.title, karasin.url, karasin.published], ['karasin', 'Karasin', 'https://example.org/1', '2017-10-10']);
  assert.equal(karasin.text, KARASIN);
  assert.deepEqual([isakov.id, isakov.published, isakov.sentences.length], ['isakov', '2017-10-04', 1]);
});

test('HTML: the article text without menus, footers or scripts, with title, canonical URL and date from the page', async () => {
  const r = await runCli(['extract', at('page.html')]);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.equal(doc.title, 'Russia sees no need for a second base in Kyrgyzstan');
  assert.equal(doc.published, '2017-10-10');
  assert.equal(doc.url, 'https://example.org/kyrgyzstan-bases');
  assert.ok(doc.text.includes(KARASIN) && doc.text.includes(ISAKOV), doc.text);
  assert.ok(doc.text.includes('“There is no final decision from either of the sides,” RIA Novosti quoted him as saying.'));
  for (const junk of ['World news menu', 'Copyright footer', 'tracking']) assert.ok(!doc.text.includes(junk), `"${junk}" leaked into ${JSON.stringify(doc.text)}`);
  assert.ok(doc.sentences.length >= 3);
});

test('HTML dates from JSON-LD datePublished and from <time datetime>', async () => {
  const r = await runCli(['extract', at('jsonld.html'), at('time.htm'), '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  const [a, b] = r.out.trim().split('\n').map(l => JSON.parse(l));
  assert.deepEqual([a.id, a.published], ['jsonld', '2017-10-09']);
  assert.deepEqual([b.id, b.published], ['time', '2017-10-08']);
  assert.equal(b.text.trim().split('\n').at(-1), ISAKOV);
});

test('stdin with header lines; --published overrides the date the input gives', async () => {
  const r = await runCli(['extract', '-', '--format', 'jsonl'], `title: Bases\ndate: 2017-10-10\nurl: https://example.org/x\n\n${KARASIN}\n`);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.deepEqual([doc.title, doc.published, doc.url, doc.text], ['Bases', '2017-10-10', 'https://example.org/x', `${KARASIN}\n`]);
  assert.match(doc.id, /^doc-[0-9a-f]{8}$/);
  const over = JSON.parse((await runCli(['extract', at('good.txt'), '--published', '2020-01-02'])).out);
  assert.equal(over.published, '2020-01-02');
  const empty = await runCli(['extract', '-'], '  \n');
  assert.equal(empty.code, 65);
  assert.equal(empty.err, 'dossier extract: -: holds no text\n');
});

test('json prints one object for one input and an array for several', async () => {
  const one = JSON.parse((await runCli(['extract', at('good.txt')])).out);
  assert.equal(one.id, 'good');
  assert.equal(one.text, exampleText, 'a text without header lines is kept whole');
  const two = JSON.parse((await runCli(['extract', at('good.txt'), at('time.htm')])).out);
  assert.deepEqual(two.map((d: { id: string }) => d.id), ['good', 'time']);
});

test('a JSONL file is read a line at a time, with the lines its whole text gives: chunk-spanning lines, a byte-order mark, CRLF, blank lines', async () => {
  const { utf8FileLines } = await import('../../src/io/file-lines.ts');
  // lines longer than the 1 MB chunk, a two-byte character on every byte offset, a last line without its newline
  const text = 'é'.repeat(1_500_001) + '\n' + 'ab\r\n' + '\n' + 'x'.repeat(3_000_001) + '\n\n' + 'last “quote”';
  writeFileSync(at('lines.jsonl'), '\ufeff' + text);
  assert.deepEqual([...utf8FileLines(at('lines.jsonl'))!], text.split('\n'));
  writeFileSync(at('trailing.jsonl'), 'a\nb\n');
  assert.deepEqual([...utf8FileLines(at('trailing.jsonl'))!], ['a', 'b']);
  // a bad byte past the first chunk refuses the file before any line, with its offset
  writeFileSync(at('late-bad.jsonl'), Buffer.concat([Buffer.from('{"text":"ok"}\n'.repeat(100_000)), Buffer.from([0xff]), Buffer.from('\n')]));
  assert.throws(() => utf8FileLines(at('late-bad.jsonl')), /is not valid UTF-8 \(first bad byte at offset 1400000\)/);
  const r = await runCli(['extract', at('late-bad.jsonl'), '--format', 'jsonl', '--workers', '0']);
  assert.equal(r.out, '');
  assert.match(r.err, /late-bad\.jsonl: is not valid UTF-8 \(first bad byte at offset 1400000\)/);
});
