// Deictic and relative dates, resolved against the publication date, the tense of the
// sentence and the narrative of the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, tag, values } from './tag.ts';

test('today, yesterday, tomorrow and the parts of a day', () => {
  assert.deepEqual(values('Low-cost airline Ryanair announced today that it will exercise options on five Boeing 737s.', '2005-06-13'), ['today=2005-06-13']);
  assert.deepEqual(values('Yesterday, at the Worldwide Developers Conference, Steve Jobs unveiled the iPhone 4.', '2010-06-08'), ['Yesterday=2010-06-07']);
  assert.deepEqual(values('The delegation will return to Bishkek tomorrow.', '2017-10-10'), ['tomorrow=2017-10-11']);
  assert.deepEqual(values('Apple announced this morning that prices will fall.', '2008-01-09'), ['this morning=2008-01-09TMO']);
  const night = find('GM admitted Thursday night that its accounts had to be restated.', 'Thursday night', '2006-01-27');
  assert.deepEqual([night.type, night.value], ['TIME', '2006-01-26TNI']);
  assert.equal(find('Apple held a rare press conference on Friday morning.', 'Friday morning', '2010-07-17').value, '2010-07-16TMO');
  assert.equal(find('Russian officials said last night that the talks had failed.', 'last night', '2017-10-10').value, '2017-10-09TNI');
});

test('a weekday is the one before a past-tense report, the one after a future one, the day itself on its day', () => {
  // 2009-12-16 is a Wednesday
  assert.equal(find('The Boeing 787 made its first test flight Tuesday in Everett, Washington.', 'Tuesday', '2009-12-16').value, '2009-12-15');
  assert.equal(find('The trial is set to begin on Wednesday.', 'Wednesday', '2006-03-28').value, '2006-03-29');
  assert.equal(find('Atambayev will meet Putin on Thursday, officials said.', 'Thursday', '2017-10-10').value, '2017-10-12');
  assert.equal(find('China Eastern Airlines stated on Thursday that it will buy twenty new jets.', 'Thursday', '2009-06-18').value, '2009-06-18');
  const t = find('Apple Computer announced on Tuesday a new Intel-based Mac.', 'Tuesday', '2006-01-11');
  assert.deepEqual([t.value, t.known, t.implied, t.anchor], ['2006-01-10', ['weekday'], ['year', 'month', 'day'], 'on']);
  assert.equal(find('The ministers will meet again next Tuesday.', 'next Tuesday', '2017-10-10').value, '2017-10-17');
  assert.equal(find('The ministers met last Tuesday.', 'last Tuesday', '2017-10-10').value, '2017-10-03');
});

test('last week, next month, this year, ago, earlier this month', () => {
  assert.equal(find('Senator McCain said in a speech last week that the deal was a scandal.', 'last week', '2004-11-24').value, '2004-W47');
  assert.equal(find('All Nippon Airways will now receive the aircraft next month.', 'next month', '2011-08-08').value, '2011-09');
  assert.equal(find('The move came after Apple received criticism last month.', 'last month', '2010-08-09').value, '2010-07');
  assert.equal(find('The country has had two major air disasters this year.', 'this year', '2007-12-20').value, '2007');
  assert.equal(find('Ford lost US$1.6 billion last year.', 'last year', '2006-01-23').value, '2005');
  assert.equal(find('Korean Air also bought 20 Dreamliners earlier this month.', 'earlier this month', '2005-04-27').value, '2005-04');
  assert.equal(find('The plant closed three days ago.', 'three days ago', '2017-10-10').value, '2017-10-07');
  const w = find('The A400M only became public attention this weekend.', 'this weekend', '2010-01-25');
  assert.equal(w.value, '2010-W04-WE');
  assert.equal(find('Ford has posted an annual profit for the last year.', 'the last year', '2010-01-28').value, '2009');
});

test('now, currently, recently and the future', () => {
  assert.deepEqual(values('Kyrgyzstan has had a Russian base since 2003. And now it wants a second one.'), ['2003=2003', 'now=PRESENT_REF']);
  assert.equal(find('The store currently sells digital music tracks.', 'currently').value, 'PRESENT_REF');
  assert.equal(find('The store more recently began selling videos.', 'more recently').value, 'PAST_REF');
  assert.equal(find('The Falcon may possibly be built in the future.', 'the future').value, 'FUTURE_REF');
  assert.equal(find('GM will present the plan to European governments "very soon".', 'very soon').value, 'FUTURE_REF');
  assert.equal(find('Manufacturers have been hard hit in the recent economic downturn.', 'recent').value, 'PAST_REF');
  const r = find('Kyrgyz-Tajik relations have already been tense in recent years due to clashes along the border.', 'recent years');
  assert.equal(r.value, 'PXY');
  const now = find('And now it wants a second one.', 'now', '2017-10-10');
  assert.deepEqual(now.range, { start: '2017-10-10', end: '2017-10-10' });
});

test('the narrative anchors dates the publication date cannot', () => {
  const text = 'During his visit to Russia on June 19-24 this year, Kyrgyz President Almazbek Atambayev wanted Russia to establish a second military base in his country.\n' +
    'On the last day of his trip, June 24, Atambayev went to the Russian republic of Tatarstan.';
  const last = find(text, 'the last day of his trip', '2017-10-10');
  assert.equal(last.value, '2017-06-24');
  assert.equal(last.basis?.from, 'narrative');
  assert.equal(text.slice(last.basis!.start, last.basis!.end), 'June 19-24 this year');
  assert.equal(find(text, 'June 24', '2017-10-10').value, '2017-06-24');
  // the story is in 2003: a yearless date right after it stays there
  assert.deepEqual(values('The base opened on October 23, 2003. On October 25, the first Russian jets arrived.', '2017-10-10'),
    ['October 23, 2003=2003-10-23', 'October 25=2003-10-25']);
  assert.deepEqual(values('Isakov arrived in Moscow on March 3, 2015. The following day, he met Putin.', '2017-10-10'),
    ['March 3, 2015=2015-03-03', 'The following day=2015-03-04']);
  assert.deepEqual(values('The summit opened on March 3, 2015. It ended three days later.', '2017-10-10'),
    ['March 3, 2015=2015-03-03', 'three days later=2015-03-06']);
  assert.deepEqual(values('Ford had cut its costs to $118.3 billion last year, $19.8 billion less than the year before.', '2010-01-28'),
    ['last year=2009', 'the year before=2008']);
  assert.deepEqual(values('US sales rose 43% in February compared to the same period last year.', '2010-03-03'),
    ['February=2010-02', 'the same period last year=2009-02']);
});

test('without a publication date: a dateline is the reference, else the values stay underspecified', () => {
  assert.deepEqual(values('Moscow, October 10, 2017. Atambayev met Putin on Tuesday.', null),
    ['October 10, 2017=2017-10-10', 'Tuesday=2017-10-10']);
  const open = tag('Atambayev met Putin on Tuesday. On June 24 he went to Kazan.', null);
  assert.deepEqual(open.map((t) => `${t.text}=${t.value}`), ['Tuesday=XXXX-WXX-2', 'June 24=XXXX-06-24']);
  assert.equal(open[1].range, undefined);
});

test('fixed-date holidays, but not names that contain them', () => {
  assert.equal(find('The store will close on Christmas Day.', 'Christmas Day', '2017-10-10').value, '2017-12-25');
  assert.equal(find('The ceasefire took effect on New Year\'s Day 2015.', 'New Year\'s Day 2015').value, '2015-01-01');
  assert.deepEqual(values('Supplies were flown to Christmas Island on Tuesday.', '2017-10-10'), ['Tuesday=2017-10-10']);
  assert.deepEqual(values('Christmas sales were strong.'), []);
});
