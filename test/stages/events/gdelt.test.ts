// The GDELT 2.0 export: 61 columns a row, codes and actors where GDELT puts them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kyrgyzstanGoldDoc } from './hand-doc.ts';
import { extractEvents } from '../../../src/stages/events/index.ts';
import { cameoLexicon } from '../../../src/stages/events/lexicon.ts';
import { toContract } from '../../../src/document/doc.ts';
import { GDELT_EVENT_COLUMNS, gdeltRows, toGdeltTsv } from '../../../src/format/gdelt.ts';
import { runCli } from '../../cli/capture.ts';

test('GDELT rows of the example: 61 columns, actor blocks, codes, QuadClass, Goldstein, geo, URL', () => {
  const { doc } = kyrgyzstanGoldDoc();
  doc.url = 'https://example.org/kyrgyzstan-bases';
  doc.events = extractEvents(doc, cameoLexicon());
  const out = toContract(doc);
  const rows = gdeltRows(out);
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  assert.equal(rows.length, out.events.length);
  const col = (name: string) => GDELT_EVENT_COLUMNS.indexOf(name as any);
  for (const r of rows) assert.equal(r.length, 61);
  const refusal = rows.find(r => r[col('EventCode')] === '1212')!;
  assert.ok(refusal);
  assert.equal(refusal[col('Day')], '20171010');
  assert.equal(refusal[col('Actor1Code')], 'RUS');
  assert.equal(refusal[col('Actor1CountryCode')], 'RUS');
  assert.equal(refusal[col('Actor2Code')], 'KGZ');
  assert.equal(refusal[col('EventRootCode')], '12');
  assert.equal(refusal[col('EventBaseCode')], '121');
  assert.equal(refusal[col('QuadClass')], '3');
  assert.equal(refusal[col('GoldsteinScale')], '-4');
  assert.equal(refusal[col('IsRootEvent')], '1');
  assert.equal(refusal[col('Actor1Geo_CountryCode')], 'RS', 'GDELT geo country codes are FIPS 10-4: Russia is RS');
  assert.equal(refusal[col('SOURCEURL')], 'https://example.org/kyrgyzstan-bases');
  assert.equal(refusal[col('DATEADDED')], '20171010000000');
  assert.equal(refusal[col('FractionDate')], '2017.7726');
  const visit = rows.find(r => r[col('EventCode')] === '042' && r[col('Day')] === '20170619')!;
  assert.ok(visit, 'the June 19-24 visit dated by its first day');
  assert.equal(visit[col('Actor1Code')], 'KGZGOV');
  assert.equal(visit[col('Actor1Type1Code')], 'GOV');
  assert.equal(visit[col('Actor1Name')], 'ALMAZBEK ATAMBAYEV');
  const tsv = toGdeltTsv([out], { header: true }).trimEnd().split('\n');
  assert.equal(tsv.length, rows.length + 1);
  assert.equal(tsv[0].split('\t')[0], 'GlobalEventID');
  assert.ok(tsv.slice(1).every(l => l.split('\t').length === 61));
});

test('dossier extract --format gdelt prints one 61-column row per event, and refuses an unknown format', async () => {
  const path = new URL('../../fixtures/kyrgyzstan-bases.txt', import.meta.url).pathname;
  const r = await runCli(['extract', path, '--published', '2017-10-10', '--format', 'gdelt']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n').filter(Boolean); // not trimEnd: the last column (URL) may be empty
  assert.ok(lines.length >= 9, `${lines.length} rows`);
  assert.ok(lines.every(l => l.split('\t').length === 61));
  assert.ok(lines.some(l => l.split('\t')[26] === '1212'), 'the refusal, EventCode in column 27');
  const bad = await runCli(['extract', path, '--format', 'gdelt2']);
  assert.equal(bad.code, 64);
  assert.match(bad.err, /unknown --format "gdelt2" \(json, jsonl, text, gdelt\)/);
});
