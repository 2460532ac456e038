import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDateOf } from '../../src/store/rows.ts';

const row = (date: string, start: string, end: string) => ({ date, date_start: start, date_end: end });

test("a merged event keeps a said span of days over a day inside it, else the most precise date", () => {
  // "his visit to Russia on June 19-24" and "on June 24 he went to Tatarstan": the visit lasted the span
  assert.equal(eventDateOf([row('2017-06-24', '2017-06-24', '2017-06-24'), row('2017-06-19/2017-06-24', '2017-06-19', '2017-06-24')]).date, '2017-06-19/2017-06-24');
  // "in June" and "on June 24": the day
  assert.equal(eventDateOf([row('2017-06', '2017-06-01', '2017-06-30'), row('2017-06-24', '2017-06-24', '2017-06-24')]).date, '2017-06-24');
});
