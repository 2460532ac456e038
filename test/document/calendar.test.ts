// compareDateKeys orders as localeCompare does: by code unit where that is ICU's order, by ICU elsewhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareDateKeys } from '../../src/document/calendar.ts';

test('compareDateKeys gives localeCompare\'s order for dates, TIMEX values and anything else', () => {
  const keys = ['', '2017', '2017-10', '2017-10-10', '2017-10-09', '2017-W25', '2017-SU', '2017-Q3', 'PRESENT_REF', 'PAST_REF',
    '2017-10-10T09:00', 'XXXX-10-10', '2016', '20', 'P2Y', 'a', 'B', 'b-2', 'b2', '-1', '1-'];
  for (const a of keys) for (const b of keys) assert.equal(compareDateKeys(a, b), Math.sign(a.localeCompare(b)), `${a} vs ${b}`);
  // random keys over the plain alphabet, where the code-unit path decides
  const chars = '0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let seed = 7;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const key = () => Array.from({ length: rand(9) }, () => chars[rand(rand(2) ? 11 : chars.length)]).join('');
  for (let i = 0; i < 20000; i++) {
    const a = key(), b = rand(3) ? key() : a.slice(0, rand(a.length + 1)) + key();
    assert.equal(compareDateKeys(a, b), Math.sign(a.localeCompare(b)), `${a} vs ${b}`);
  }
});
