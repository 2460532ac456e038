// dossier facilities / agreements after ingesting the example: what issue 9 promises a user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import type { CliIO } from '../../src/cli/command.ts';

async function run(args: string[]) {
  let out = '', err = '';
  const io: CliIO = { out: s => { out += s; }, err: s => { err += s; }, stdin: async () => '', isTTY: false };
  const status = await main(args, io);
  return { status, out, err };
}

const db = join(mkdtempSync(join(tmpdir(), 'dossier-facts-')), 'kb.db');
const example = new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url).pathname;

test('after ingesting the example, facilities and agreements answer as the report tells', async () => {
  assert.equal((await run(['ingest', example, '--db', db])).status, 0);

  const facilities = await run(['facilities', '--db', db]);
  assert.equal(facilities.status, 0, facilities.err);
  assert.match(facilities.out, /Kant Air Base \(air base\) — active, host KGZ, operator RUS, since 2003, lease to 2027-12 \(2032-12 with extension\)/);
  assert.match(facilities.out, /second Russian military base in Kyrgyzstan .*— declined, host KGZ, operator RUS, declined by Grigory Karasin \(RUS\) 2017-10/);

  const json = JSON.parse((await run(['facilities', '--db', db, '--host', 'kgz', '--status', 'declined', '--json'])).out);
  assert.equal(json.length, 1);
  assert.ok(json[0].proposals.some((p: { location?: string }) => p.location === 'Batken'));

  const agreements = await run(['agreements', '--db', db, '--party', 'RUS']);
  assert.match(agreements.out, /lease: Kyrgyzstan – Russia — signed 2012-12, term 15 years, extension 5 years \(automatic\), ends 2027-12 \(2032-12 with extension, derived\)/);
  assert.match(agreements.out, /agreement: Russia – Kyrgyzstan — signed 2003-09-22/);
  // a party the knowledge base does not know is one line and exit 1 (issue 19), not an empty list
  const usa = await run(['agreements', '--db', db, '--party', 'USA']);
  assert.deepEqual([usa.status, usa.out, usa.err], [1, '', 'dossier agreements: --party: no entity matches "USA"\n']);
});

test('across reports: one facility, its status over time, each step with its words and report', async () => {
  const basing = new URL('../fixtures/facts/bases/bases.docs.jsonl', import.meta.url).pathname;
  assert.equal((await run(['ingest', basing, '--db', db])).status, 0);
  const out = (await run(['facilities', '--db', db])).out;
  // a vote to leave in February, a deal to stay in June: active again, every step cited
  assert.match(out, /Manas airbase \(air base\) — active, host KGZ, operator USA/);
  assert.match(out, /2009-02 closing — "to leave the base" \[voa-manas-deal-2009, 2009-06-23\]/);
  assert.match(out, /closing until 2009-08-18 — "Manas air base was on schedule to close"/);
  assert.match(out, /2009-06-23 extended — "continue using" \[voa-manas-deal-2009/);
  // the base in Tajikistan told by kremlin.ru in 2013 and by the example in 2017 is one facility with two sources
  assert.match(out, /Russian military base in Tajikistan \(military base\) — active, host TJK, operator RUS\n.*\n  sources kremlin-tajikistan-base-2013, kyrgyzstan-bases/);
  assert.match(out, /\(2013-03-20\) active — .*\[kremlin-tajikistan-base-2013, 2013-03-20\]\n    \(2017-10-10\) active — "has a similar facility" \[kyrgyzstan-bases/);
  const json = JSON.parse((await run(['facilities', '--db', db, '--status', 'closing', '--json'])).out);
  assert.ok(json.some((f: { name: string; status: string }) => f.name === 'Manas airbase' && f.status === 'active'));
  const agreements = (await run(['agreements', '--db', db, '--party', 'DJI'])).out;
  assert.match(agreements, /lease: United States – Djibouti — signed 2014-05-05, term 10 years, ends 2024-05-05/);
});

test('a bad filter is a one-line usage error', async () => {
  const r = await run(['facilities', '--db', db, '--status', 'flying']);
  assert.equal(r.status, 64);
  assert.match(r.err, /^dossier facilities: --status "flying" is not one of/);
  assert.equal(r.err.trim().split('\n').length, 1);
});

test('facilities and agreements download in one CSV schema from the CLI and the page, and as GeoJSON and JSONL; documents as the CLI exports them', async () => {
  const { FACILITY_CSV_COLUMNS, AGREEMENT_CSV_COLUMNS } = await import('../../src/kb/facts-export.ts');
  const { buildApp } = await import('../../src/server/app.ts');
  const { SqliteStore } = await import('../../src/store/sqlite/store.ts');
  const cli = (await run(['facilities', '--db', db, '--csv'])).out;
  const lines = cli.trimEnd().split('\r\n');
  assert.equal(lines[0], FACILITY_CSV_COLUMNS.join(','));
  // host and operator are codes, written as text; the lease end as the report derives it
  assert.ok(lines.some(l => /^[^,]*,Kant Air Base,.*,"KGZ","RUS",.*,2027-12,2032-12,/.test(l)), cli);
  const agreements = (await run(['agreements', '--db', db, '--party', 'RUS', '--csv'])).out;
  assert.equal(agreements.split('\r\n')[0], AGREEMENT_CSV_COLUMNS.join(','));
  assert.match(agreements, /,lease,"KGZ RUS",Kyrgyzstan \| Russia,.*,P15Y,P5Y,1,2027-12,2032-12,/);

  const store = SqliteStore.open(db);
  try {
    const app = buildApp({ store });
    const page = await app.request('/api/facilities.csv');
    assert.match(page.headers.get('content-disposition') ?? '', /filename="facilities\.csv"/);
    assert.equal(await page.text(), cli, 'the page downloads what the CLI prints');
    assert.equal(await (await app.request('/api/agreements.csv?party=RUS')).text(), agreements);
    const geo = await (await app.request('/api/facilities.geojson')).json() as { features: { properties: { name: string }; geometry: { coordinates: number[] } }[] };
    assert.ok(geo.features.some(f => f.properties.name === 'Kant Air Base' && f.geometry.coordinates.length === 2));
    const jsonl = (await (await app.request('/api/facilities.jsonl')).text()).trimEnd().split('\n').map(l => JSON.parse(l) as { name: string });
    assert.equal(jsonl.length, lines.length - 1);
    assert.equal((await (await app.request('/api/agreements.jsonl')).text()).trimEnd().split('\n').length, (await (await app.request('/api/agreements.csv')).text()).trimEnd().split('\r\n').length - 1);
    // the documents list downloads what `dossier export --format jsonl` writes
    const docs = await app.request('/api/documents.jsonl');
    assert.match(docs.headers.get('content-disposition') ?? '', /filename="documents\.jsonl"/);
    assert.equal(await docs.text(), (await run(['export', '--format', 'jsonl', '--db', db])).out);
  } finally { await store.close(); }
});
