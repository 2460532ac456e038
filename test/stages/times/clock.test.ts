// Clock times (TIMEX3 TIME): the day comes from the sentence, the zone from the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, values } from './tag.ts';

test('a clock time takes the publication date when the sentence names no day', () => {
  const t = find('The Kyrgyz delegation landed in Moscow at 3 p.m. and went straight to the Kremlin.', '3 p.m.', '2017-10-10');
  assert.deepEqual([t.type, t.value, t.anchor], ['TIME', '2017-10-10T15:00', 'at']);
  assert.deepEqual(t.known, ['time']);
  assert.deepEqual(t.implied, ['year', 'month', 'day']);
});

test('a clock time takes the day its sentence names, and its zone', () => {
  assert.deepEqual(values('The Boeing 787 made its first test flight Tuesday in Everett, Washington at 18:00 UTC.', '2009-12-16'),
    ['Tuesday=2009-12-15', '18:00 UTC=2009-12-15T18:00Z']);
  assert.deepEqual(values('GM filed for Chapter 11 protection from its creditors at 12:00 UTC Monday.', '2009-06-01'),
    ['12:00 UTC Monday=2009-06-01T12:00Z']);
  assert.deepEqual(values('Obama gave a televised speech from the White House at 16:00 UTC today.', '2009-06-01'),
    ['16:00 UTC today=2009-06-01T16:00Z']);
  assert.deepEqual(values('The take-off, at 08:30 UTC, was apparently normal.', '2005-04-27'), ['08:30 UTC=2005-04-27T08:30Z']);
  assert.equal(find('The A380 landed at Changi International Airport at 6:40 p.m. (GMT +8) after a 12-hour flight.', '6:40 p.m. (GMT +8)', '2007-10-17').value,
    '2007-10-17T18:40+08:00');
  assert.equal(find('The market closed at 4:30 p.m. EST on Friday.', '4:30 p.m. EST', '2017-10-10').value, '2017-10-06T16:30-05:00');
});

test('numbers that are not clock times', () => {
  // a ratio, a score and a price are not times
  assert.deepEqual(values('Shareholders approved the split 3:1 at the meeting.'), []);
  assert.deepEqual(values('The team won 2 to 1 at home.'), []);
});
