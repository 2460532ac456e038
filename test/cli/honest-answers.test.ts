// The CLI says what it did (issue 19): unknown actors and speakers, impossible dates and
// negative limits are one-line errors; ingest refuses a missing path before making a
// database and reads JSONL on stdin; no placeholder date (0001-01-01, 9999-12-31) reaches
// the text, the CSV or GDELT's Day; one CSV schema with codes as text; FIPS geo codes.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from './capture.ts';
import { CSV_COLUMNS } from '../../src/kb/export.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-honest-'));
const db = join(dir, 'kb.db');
const example = new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url).pathname;
after(() => rmSync(dir, { recursive: true, force: true }));

// 71526 (Aeroflot and Boeing, 2007) says what Boeing did "in the past": an open-ended range
const aeroflot = readFileSync(new URL('../fixtures/meantime-dev.gold.jsonl', import.meta.url), 'utf8').split('\n')
  .filter(l => l.includes('"id": "71526"')).map(l => { const d = JSON.parse(l); return JSON.stringify({ id: d.id, text: d.text, published: d.published }); });

describe('the CLI says what it did', () => {
  before(async () => {
    assert.equal(aeroflot.length, 1);
    const r = await runCli(['ingest', example, '--db', db, '--quiet']);
    assert.equal(r.code, 0, r.err);
    // JSONL piped to `ingest -` is one document a line, not one document of raw JSON
    const s = await runCli(['ingest', '-', '--db', db], aeroflot.join('\n') + '\n');
    assert.equal(s.code, 0, s.err);
    assert.match(s.out, /^new 71526 stdin:1$/m);
    assert.match(s.out, /now holds 2 documents/);
  });

  it('refuses an unknown actor or speaker on every command, with one line and exit 1', async () => {
    for (const args of [['show', 'nobody'], ['timeline', '--actor', 'nobody'], ['timeline', '--country', 'XYZ'], ['quotes', '--speaker', 'nobody'],
      ['events', '--source', 'nobody'], ['events', '--target', 'nobody'], ['events', '--actor', 'nobody'],
      ['agreements', '--party', 'nobody'], ['facilities', '--host', 'XYZ'], ['facilities', '--operator', 'XYZ']]) {
      const r = await runCli([...args, '--db', db]);
      assert.equal(r.code, 1, args.join(' '));
      assert.equal(r.out, '');
      assert.match(r.err, /^dossier \w+: .*no entity matches "(nobody|XYZ)"\n$/, args.join(' '));
    }
    // a known one still answers
    const karasin = await runCli(['quotes', '--speaker', 'Grigory Karasin', '--db', db]);
    assert.equal(karasin.code, 0);
    // a direct quote's closing comma stays with the sentence around it, outside the marks, as on the page
    assert.doesNotMatch(karasin.out, /[,;:]”/);
    assert.equal((await runCli(['events', '--source', 'RUS', '--db', db])).code, 0);
    assert.equal((await runCli(['agreements', '--party', 'Russia', '--db', db])).code, 0);
    // a known country with nothing of the kind is an empty answer, not an error
    const none = await runCli(['facilities', '--host', 'KGZ', '--status', 'closed', '--db', db]);
    assert.deepEqual([none.code, none.out], [0, 'no facilities\n']);
  });

  it('takes impossible dates and negative limits as usage errors', async () => {
    for (const [args, pattern] of [
      [['timeline', '--from', '2017-13'], /--from "2017-13" is not a calendar date/],
      [['events', '--to', '2018-02-30'], /--to "2018-02-30" is not a calendar date/],
      [['quotes', '--from', '2017-00'], /not a calendar date/],
      [['events', '--limit', '-3'], /option --limit does not take "-3"/],
      [['events', '--limit=-3'], /--limit "-3" is not a whole number/],
    ] as [string[], RegExp][]) {
      const r = await runCli([...args, '--db', db]);
      assert.equal(r.code, 64, args.join(' '));
      assert.match(r.err, pattern);
      assert.doesNotMatch(r.err, /ambiguous|To specify/);
    }
    assert.equal((await runCli(['events', '--from', '2016-02-29', '--to', '2017-12', '--db', db])).code, 0);
  });

  it('refuses a missing path without creating a database', async () => {
    const fresh = join(dir, 'fresh.db');
    const r = await runCli(['ingest', join(dir, 'nosuchdir'), '--db', fresh]);
    assert.equal(r.code, 66);
    assert.match(r.err, /nosuchdir: no such file or folder/);
    assert.equal(existsSync(fresh), false);
    const j = await runCli(['ingest', '-', '--format', 'jsonl', '--db', fresh], 'Just a report. Russia said so.');
    assert.equal(j.code, 65);
    assert.equal(existsSync(fresh), false);
  });

  it('shows open-ended ranges as "until" / "since", never a placeholder date', async () => {
    const events = await runCli(['events', '--db', db]);
    assert.doesNotMatch(events.out, /0001-01-01|9999-12-31/);
    assert.match(events.out, /^until 2007-06-10 +057 +Boeing/m);
    const json = await runCli(['events', '--json', '--db', db]);
    assert.doesNotMatch(json.out, /0001-01-01|9999-12-31/);
    const open = (JSON.parse(json.out) as { date?: string; dateStart?: string; dateEnd?: string }[]).find(e => e.date?.startsWith('../'));
    assert.deepEqual(open && { date: open.date, start: open.dateStart, end: open.dateEnd }, { date: '../2007-06-10', start: undefined, end: '2007-06-10' });
    const text = await runCli(['extract', '-', '--format', 'text'], aeroflot[0] + '\n');
    assert.equal(text.code, 0, text.err);
    assert.doesNotMatch(text.out, /0001-01-01|9999-12-31/);
    assert.match(text.out, /until 2007-06-10 +057 +Boeing → Sukhoi/);
    for (const cmd of [['timeline'], ['show', 'Boeing'], ['quotes']]) {
      assert.doesNotMatch((await runCli([...cmd, '--db', db])).out, /0001-01-01|9999-12-31/, cmd.join(' '));
    }
  });

  it('writes no placeholder date in the document JSON: "in the past" is an open interval, not 0001-01-01', async () => {
    const r = await runCli(['extract', '-', '--published', '2017-10-10'],
      'In the past, Russia deployed troops to Kyrgyzstan. From now on it will keep two bases there, an official said.\n' + aeroflot[0] + '\n');
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /0001-01-01|9999-12-31/);
    const doc = JSON.parse(r.out) as { times: { value: string; range?: unknown }[]; events: { time?: string }[] };
    const past = doc.times.find(t => t.value === 'PAST_REF');
    assert.ok(past && past.range === undefined, JSON.stringify(past));
    assert.ok(doc.events.some(e => e.time === '../2017-10-10'), JSON.stringify(doc.events.map(e => e.time)));
  });

  it('exports one CSV schema with codes as text and empty open ends', async () => {
    const csv = (await runCli(['export', '--format', 'csv', '--db', db])).out;
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.doesNotMatch(csv, /0001-01-01|9999-12-31/);
    const col = (name: string) => CSV_COLUMNS.indexOf(name);
    const rows = lines.slice(1).map(l => l.split(','));
    // CAMEO codes quoted as text: "062" keeps its zero
    assert.ok(rows.every(r => /^"\d{3,4}"$/.test(r[col('code')])), rows.map(r => r[col('code')]).join(' '));
    assert.ok(rows.some(r => r[col('code')] === '"062"'));
    const open = rows.find(r => r[col('date')] === '../2007-06-10');
    assert.ok(open);
    assert.equal(open[col('date_start')], '');
    assert.equal(open[col('date_end')], '2007-06-10');
    const out = join(dir, 'events.csv');
    assert.match((await runCli(['export', '--format', 'csv', '--out', out, '--db', db])).err, /\d+ events → /);
  });

  it('writes GDELT with FIPS country codes and a real Day', async () => {
    const rows = (await runCli(['export', '--format', 'gdelt', '--db', db])).out.trimEnd().split('\n').map(l => l.split('\t'));
    const days = rows.map(r => r[1]);
    assert.ok(days.every(d => /^(19|20)\d{6}$/.test(d)), days.join(' '));
    const geo = new Set(rows.flatMap(r => [r[37], r[45], r[52]]).filter(Boolean));
    // Russia is RS, Kyrgyzstan KG, Tajikistan TI in FIPS 10-4 (ISO2 would be RU, KG, TJ)
    assert.ok(geo.has('RS') && geo.has('TI'), [...geo].join(' '));
    assert.ok(!geo.has('RU') && !geo.has('TJ'), [...geo].join(' '));
    const one = await runCli(['export', '--format', 'jsonl', '--out', join(dir, 'docs.jsonl'), '--db', db]);
    assert.match(one.err, /2 documents → /);
  });
});
