import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDataText, readTsv, fromLatin1Bytes, readDataBytes } from '../../src/data/files.ts';
import { DossierError } from '../../src/errors.ts';
import { fold, adminCore } from '../../src/data/normalize.ts';

test('a missing data file is a DATA_MISSING error naming the file', () => {
  assert.throws(() => readDataText('gazetteer/no-such-file.tsv'), (e: unknown) =>
    e instanceof DossierError && e.code === 'DATA_MISSING' && e.subject === 'gazetteer/no-such-file.tsv');
});

test('lists skip comments and keep their columns', () => {
  const rows = readTsv('lists/seats.tsv');
  assert.ok(rows.length > 50);
  assert.ok(rows.every((r) => r.length === 3 && !r[0].startsWith('#')));
});

test('byte-read rows decode back to UTF-8', () => {
  const bytes = readDataBytes('gazetteer/places.tsv');
  const i = bytes.indexOf('\tZ\xc3\xbcrich\t'); // "Zürich" as UTF-8 bytes
  assert.ok(i > 0);
  assert.equal(fromLatin1Bytes(bytes.slice(i + 1, i + 8)), 'Zürich');
});

test('folding and admin cores', () => {
  assert.equal(fold('Chüy Region'), 'chuy region');
  assert.equal(fold('the U.S.'), 'us');
  assert.equal(fold("Côte d'Ivoire"), 'cote divoire');
  assert.equal(fold('Ysyk-Ata'), 'ysyk ata');
  assert.equal(fold('St. Petersburg'), 'saint petersburg');
  assert.deepEqual(adminCore(fold('Chuy oblast')), { core: 'chuy', hint: 'region' });
  assert.deepEqual(adminCore(fold('Republic of Tatarstan')), { core: 'tatarstan', hint: 'region' });
  assert.deepEqual(adminCore(fold('Batkenskiy Rayon')), { core: 'batken', hint: 'district' });
  assert.deepEqual(adminCore(fold('Ysyk-Ata District')), { core: 'ysyk ata', hint: 'district' });
  assert.deepEqual(adminCore(fold('Sughd Governorate')), { core: 'sughd', hint: 'region' });
  assert.deepEqual(adminCore(fold('Kazan')), { core: 'kazan', hint: undefined });
});
