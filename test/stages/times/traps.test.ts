// The usual false positives: none of these words is a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { values } from './tag.ts';

test('"May" the modal and "March" the verb', () => {
  assert.deepEqual(values('Officials said they may reconsider the decision.'), []);
  assert.deepEqual(values('May I ask you a question, he said.'), []);
  assert.deepEqual(values('Thousands will March for peace in Bishkek.'), []);
  assert.deepEqual(values('Protesters plan to march on the embassy.'), []);
  // but the months are found when a date-like neighbour says so
  assert.deepEqual(values('In May, Russia agreed to the deal.', '2017-10-10'), ['May=2017-05']);
  assert.deepEqual(values('The deal may be signed on May 5.', '2017-04-10'), ['May 5=2017-05-05']);
  assert.deepEqual(values('March 2017 was the coldest in a decade.'), ['March 2017=2017-03', 'a decade=P10Y']);
});

test('names with weekdays in them', () => {
  assert.deepEqual(values('The Sunday Times reported the deal first.'), []);
  assert.deepEqual(values('The story first appeared in the Sunday Times on Monday.', '2017-10-10'), ['Monday=2017-10-09']);
  assert.deepEqual(values('Bloody Sunday is remembered in Derry.'), []);
});

test('numbers that are counts, amounts, codes and phone numbers', () => {
  assert.deepEqual(values('The quake killed 2003 people in the region.'), []);
  assert.deepEqual(values('Russia deployed 1999 troops to the base.'), []);
  assert.deepEqual(values('The company paid $2003 for the license.'), []);
  assert.deepEqual(values('He lives at No. 10 Downing Street.'), []);
  assert.deepEqual(values('Call the embassy at 555-2003 or +996 312 2003 for details.'), []);
  assert.deepEqual(values('The update, version 2003.5, fixes the bug.'), []);
  assert.deepEqual(values('The ministry installed Windows 2000 on all computers.'), []);
  assert.deepEqual(values('Some 2,000 troops are stationed at the base.'), []);
  assert.deepEqual(values('The union\'s chairperson of Local 1520 said there is a lot of anger here.'), []);
  assert.deepEqual(values('Wal-Mart was the No. 1 U.S. music seller.'), []);
  // a year in a name of an event is a year
  assert.deepEqual(values('Steve Jobs gave the keynote at WWDC 2005 in San Francisco.'), ['2005=2005']);
});

test('"last day" with nothing to anchor it, and other unanchored phrases', () => {
  assert.deepEqual(values('On the last day, the troops left the base.'), []);
  assert.deepEqual(values('On the last day of his trip, Atambayev went to the Russian republic of Tatarstan.'), []);
  // a calendar's last day needs no story
  assert.deepEqual(values('The agreement expires on the last day of the year.', '2017-10-10'), ['the last day of the year=2017-12-31']);
  assert.deepEqual(values('This is a difficult day for us and not a day anybody can be prepared for.'), []);
  assert.deepEqual(values('Nobody knows what the future of the base holds.'), ['the future=FUTURE_REF']);
  assert.deepEqual(values('It is the first step in the fall of the old order.'), []);
});
