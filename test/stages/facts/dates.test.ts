import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDuration, offsetPoint } from '../../../src/stages/facts/dates.ts';

test('a term added to a signing date keeps the date\'s precision', () => {
  assert.equal(addDuration('2012-12', 'P15Y'), '2027-12');
  assert.equal(addDuration('2027-12', 'P5Y'), '2032-12');
  assert.equal(addDuration('2003', 'P10Y'), '2013');
  assert.equal(addDuration('2003-09-22', 'P6M'), '2004-03-22');
  assert.equal(addDuration('2012-11', 'P3M'), '2013-02');
  assert.equal(addDuration('PRESENT_REF', 'P5Y'), undefined);
  assert.equal(addDuration('2012', 'P6M'), undefined, 'a year plus months has no year-precision answer');
});

test('a point some kilometres in a compass direction from a place', () => {
  const p = offsetPoint(42.8746, 74.5698, 20, 'east')!;
  assert.ok(Math.abs(p.lat - 42.8746) < 1e-3 && Math.abs(p.lon - 74.815) < 0.01);
  assert.equal(offsetPoint(0, 0, 10, 'upward'), undefined);
});
