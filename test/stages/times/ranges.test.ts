// Ranges: one expression with an interval value, or two dates, each with its range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, values } from './tag.ts';

test('a day range in one expression', () => {
  const r = find('During his visit to Russia on June 19-24 this year, Kyrgyz President Almazbek Atambayev wanted Russia to establish a second military base.', 'June 19-24 this year', '2017-10-10');
  assert.deepEqual([r.value, r.range?.start, r.range?.end, r.anchor], ['2017-06-19/2017-06-24', '2017-06-19', '2017-06-24', 'on']);
  assert.deepEqual(values('The delegation stayed in Moscow from 19 to 24 June.', '2017-10-10'), ['19 to 24 June=2017-06-19/2017-06-24']);
  assert.deepEqual(values('The Paris Air Show runs June 15–21, 2009.'), ['June 15–21, 2009=2009-06-15/2009-06-21']);
});

test('from … to and between … and: two dates, each with its anchor', () => {
  const text = 'The airline will receive six new A330-300E aircraft from 2009 to 2011, then between 2014 and 2016 it will take delivery of six more.';
  assert.deepEqual(values(text), ['2009=2009', '2011=2011', '2014=2014', '2016=2016']);
  assert.deepEqual(find(text, '2009').anchor, 'from');
  assert.deepEqual(find(text, '2011').anchor, 'to');
  assert.deepEqual(find(text, '2016').range, { start: '2016-01-01', end: '2016-12-31' });
  assert.deepEqual(values('Russia and Kyrgyzstan negotiated between March and May.', '2017-10-10'), ['March=2017-03', 'May=2017-05']);
});
