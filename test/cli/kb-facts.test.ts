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
  assert.match(agreements.out, /lease: Kyrgyzstan – Russia — signed 2012-12, term P15Y, extension P5Y \(automatic\), ends 2027-12 \(2032-12 with extension, derived\)/);
  assert.match(agreements.out, /agreement: Russia – Kyrgyzstan — signed 2003-09-22/);
  assert.equal((await run(['agreements', '--db', db, '--party', 'USA'])).out, 'no agreements\n');
});

test('a bad filter is a one-line usage error', async () => {
  const r = await run(['facilities', '--db', db, '--status', 'flying']);
  assert.equal(r.status, 64);
  assert.match(r.err, /^dossier facilities: --status "flying" is not one of/);
  assert.equal(r.err.trim().split('\n').length, 1);
});
