// Absolute and partial dates in the forms news uses, with their ranges and modifiers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, values } from './tag.ts';

test('full dates in US, British, abbreviated, numeric and ISO forms', () => {
  assert.deepEqual(values('In accordance with a bilateral agreement between Russia and Kyrgyzstan signed on September 22, 2003, the air base hosts Russian Air Force units.'),
    ['September 22, 2003=2003-09-22']);
  assert.deepEqual(values('The plane made its maiden flight on 11 December 2009 from Seville.'), ['11 December 2009=2009-12-11']);
  assert.deepEqual(values('Talks resumed on Sept. 22 after a pause of two weeks.', '2017-10-10'), ['Sept. 22=2017-09-22', 'two weeks=P2W']);
  assert.deepEqual(values("The aircraft was unveiled on 7/8/07, which reads 787 when written in the American format."), ['7/8/07=2007-07-08']);
  assert.deepEqual(values('The filing, dated 2003-09-22, was released on Monday.', '2003-09-24'), ['2003-09-22=2003-09-22', 'Monday=2003-09-22']);
  assert.deepEqual(values('Apple Computer announced on Tuesday, January 10, 2006, a new Intel-based Mac.', '2006-01-11'),
    ['Tuesday, January 10, 2006=2006-01-10']);
});

test('a full date says all its parts; a yearless one infers the year from the publication date', () => {
  const full = find('The official opening took place on October 23, 2003.', 'October 23, 2003');
  assert.deepEqual(full.known, ['year', 'month', 'day']);
  assert.deepEqual(full.implied, []);
  assert.deepEqual(full.range, { start: '2003-10-23', end: '2003-10-23' });
  const partial = find('"There is no final decision from either of the sides," RIA Novosti quoted him as saying in an interview on October 2.', 'October 2', '2017-10-10');
  assert.equal(partial.value, '2017-10-02');
  assert.deepEqual(partial.implied, ['year']);
  assert.deepEqual(partial.basis, { from: 'published' });
  assert.equal(partial.anchor, 'on');
});

test('a yearless month-day takes the nearest year, or the one the tense points to', () => {
  // January, about a date in December: last year's
  assert.equal(find('The A400M made its maiden flight on 11 December.', '11 December', '2010-01-25').value, '2009-12-11');
  // October, about a date in November that will come
  assert.equal(find('The airliner will arrive in Sydney on November 11.', 'November 11', '2005-11-05').value, '2005-11-11');
  // far from publication: the tense decides
  assert.equal(find('Turnaround plans were announced in January.', 'January', '2006-08-19').value, '2006-01');
  assert.equal(find('The new terminal will open its doors in January.', 'January', '2006-08-19').value, '2007-01');
});

test('months, years, decades and centuries', () => {
  assert.deepEqual(values('In December 2012, Kyrgyzstan agreed to lease the base to Russia.'), ['December 2012=2012-12']);
  const y = find('Kyrgyzstan has had a Russian military base on its territory since handing over the Kant airfield to Moscow in 2003.', '2003');
  assert.deepEqual([y.value, y.anchor, y.range?.start, y.range?.end], ['2003', 'in', '2003-01-01', '2003-12-31']);
  assert.equal(find('The facility was the first new air base Russia opened abroad since 1991.', '1991').anchor, 'since');
  assert.deepEqual(values('Boeing was determined to rid Detroit of the "boxy" cars of the 70s and 80s.'), ['70s=197', '80s=198']);
  const d = find('Russia has had a policy of involvement dating back to the early 1990s.', 'the early 1990s');
  assert.deepEqual([d.value, d.mod, d.range?.start], ['199', 'START', '1990-01-01']);
  assert.deepEqual(values('Such bases were common in the 20th century.'), ['the 20th century=19']);
  assert.deepEqual(values('Sales of the aircraft slowed in the 1990s.'), ['1990s=199']);
});

test('early, mid, late and the end of: mod and a narrowed range', () => {
  const early = find('Recall, during his visit to Moscow in early October, Kyrgyz Prime Minister Sapar Isakov suggested situating the base in the south.', 'early October', '2017-10-10');
  assert.deepEqual([early.value, early.mod, early.range?.start, early.range?.end], ['2017-10', 'START', '2017-10-01', '2017-10-10']);
  const mid = find('The new operating system is to be released in mid-2011.', 'mid-2011');
  assert.deepEqual([mid.value, mid.mod], ['2011', 'MID']);
  const late = find('Ford acquired the car maker from Daewoo Motors in late 2006.', 'late 2006');
  assert.deepEqual([late.value, late.mod, late.range?.end], ['2006', 'END', '2006-12-31']);
  const end = find('Fiat expects its stake to increase to 57% by the end of this year.', 'the end of this year', '2011-05-29');
  assert.deepEqual([end.value, end.mod, end.anchor], ['2011', 'END', 'by']);
  assert.equal(find('At the beginning of the year, Wal-Mart was the top U.S. music seller.', 'the beginning of the year', '2008-04-09').value, '2008');
  assert.equal(find('GM has six months off in early 2009.', 'early 2009').mod, 'START');
});

test('seasons, quarters, halves, fiscal years and ISO weeks', () => {
  assert.equal(find('The plant will close in the summer of 2012.', 'summer of 2012').value, '2012-SU');
  assert.equal(find('"It\'s too early to see a trend, but sales recovered in spring," he said.', 'spring', '2009-04-01').value, '2009-SP');
  assert.deepEqual(values('General Motors has announced it has lost US$6 billion in the first quarter of 2009.'), ['the first quarter of 2009=2009-Q1']);
  assert.deepEqual(values('In the first quarter of last year, GM lost $3.3 billion.', '2009-05-07'), ['the first quarter of last year=2008-Q1']);
  assert.deepEqual(values('Ford posted a net profit of US$997 million in the third quarter of this year.', '2009-11-03'), ['the third quarter of this year=2009-Q3']);
  assert.deepEqual(values('"Our third-quarter results were strong," he said.', '2009-11-03'), ['third-quarter=2009-Q3']);
  // told in January, the last quarter is the one that just ended
  assert.deepEqual(values('Apple announced a 78 percent increase in its profits during the last quarter.', '2007-01-18'), ['the last quarter=2006-Q4']);
  // reported in October: last year's fourth quarter, not the one under way
  assert.equal(find('The carrier reported a loss for the fourth quarter.', 'the fourth quarter', '2017-10-10').value, '2016-Q4');
  assert.equal(find('Holden will release its rival model in the second half of this year.', 'the second half of this year', '2006-05-05').value, '2006-H2');
  assert.equal(find('The company expects to return to profit in fiscal 2012.', 'fiscal 2012').value, 'FY2012');
  assert.equal(find('Car sales rebounded in the last week of March.', 'the last week of March', '2009-04-01').value, '2009-W13');
  const w = find('Orders rose in 2017-W41, the report said.', '2017-W41');
  assert.deepEqual([w.value, w.range?.start, w.range?.end], ['2017-W41', '2017-10-09', '2017-10-15']);
});
