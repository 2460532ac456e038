// Durations (TIMEX3 DURATION) and sets (SET) with their ISO 8601 values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, values } from './tag.ts';

test('counted durations in words and digits', () => {
  const text = 'In December 2012, Kyrgyzstan agreed to lease the base to Russia for fifteen years (with an option for an automatic extension for an additional five years).';
  assert.deepEqual(values(text), ['December 2012=2012-12', 'fifteen years=P15Y', 'an additional five years=P5Y']);
  assert.equal(find(text, 'fifteen years').type, 'DURATION');
  assert.equal(find(text, 'fifteen years').range, undefined);
  assert.deepEqual(values('She has been with General Motors for 33 years.'), ['33 years=P33Y']);
  assert.deepEqual(values('The computer and backup system failed after thirty minutes.'), ['thirty minutes=PT30M']);
  assert.deepEqual(values('The first delivery comes 18 months late.'), ['18 months=P18M']);
  assert.deepEqual(values('Within one month, Apple plans another special event.'), ['one month=P1M']);
});

test('halves, decades, vague counts and the past/next N', () => {
  assert.deepEqual(values('The flight lasted two and a half hours.'), ['two and a half hours=PT2H30M']);
  assert.deepEqual(values('The release of the Dreamliner is almost two and a half years late.'), ['almost two and a half years=P2.5Y']);
  assert.equal(find('The release of the Dreamliner is almost two and a half years late.', 'almost two and a half years').mod, 'LESS_THAN');
  assert.deepEqual(values('It was half an hour late.'), ['half an hour=PT30M']);
  assert.deepEqual(values('Russia has kept troops in the region for a decade.'), ['a decade=P10Y']);
  assert.deepEqual(values('The replacement has been pushed back several years.'), ['several years=PXY']);
  assert.deepEqual(values('Airbus will cut 10,000 jobs over the next four years.'), ['the next four years=P4Y']);
  assert.deepEqual(values('This is their largest developers conference in the past decade.'), ['the past decade=P10Y']);
  assert.deepEqual(values('Boeing thanked employees for their hard work over the years.'), ['the years=PXY']);
  assert.deepEqual(values('The bankruptcy process would take between 60 and 90 days.'), ['60=P60D', '90 days=P90D']);
});

test('hyphenated durations, but not ages', () => {
  assert.deepEqual(values('The consortium has signed a 27-year contract with the RAF.'), ['27-year=P27Y']);
  assert.deepEqual(values('It covers maintenance across the aircraft\'s fifty-year life.'), ['fifty-year=P50Y']);
  assert.deepEqual(values('The A380 landed after a 12-hour flight from London.'), ['12-hour=PT12H']);
  assert.deepEqual(values('Apple settled its decades-long trademark dispute.'), ['decades-long=PXDE']);
  assert.deepEqual(values('The 56-year-old executive resigned.'), []);
  assert.deepEqual(values('A five-year-old boy was found safe.'), []);
});

test('sets: every, annually, annual, per, N a year', () => {
  const every = find('Inspectors visit the base every week.', 'every week');
  assert.deepEqual([every.type, every.value], ['SET', 'P1W']);
  assert.deepEqual(values('Northrop will build refueling tankers at a rate of 15 a year.'), ['a year=P1Y']);
  assert.equal(find('GM posts first annual loss since 1992', 'annual').type, 'DURATION');
  assert.equal(find('Steve Jobs gave his annual opening keynote to the conference.', 'annual').type, 'SET');
  assert.deepEqual(values('GM posts first annual loss since 1992'), ['annual=P1Y', '1992=1992']);
  assert.deepEqual(values('The company pays dividends annually.'), ['annually=P1Y']);
  assert.deepEqual(values('Deliveries will rise to ten per month.'), ['per month=P1M']);
  // a newspaper's name is not a set
  assert.deepEqual(values('The China Daily newspaper reported that the deal was signed.'), []);
});
