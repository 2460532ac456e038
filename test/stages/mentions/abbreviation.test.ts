import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviates } from '../../../src/stages/mentions/abbreviation.ts';

test('bracketed short forms abbreviate names of two or more words, not a dateline city', () => {
  for (const [short, name] of [['USAF', 'United States Air Force'], ['ISIS', 'Islamic State'], ['EAEU', 'Eurasian Economic Union'],
    ['EADS', 'European Aeronautic Defence and Space Company'], ['CSTO', 'Collective Security Treaty Organization']]) {
    assert.ok(abbreviates(short, name), `${short} ${name}`);
  }
  for (const [short, name] of [['AP', 'Afghanistan'], ['AP', 'WASHINGTON'], ['AFP', 'NEW YORK']]) {
    assert.ok(!abbreviates(short, name), `${short} ${name}`);
  }
});
