// The defining example: 14 statements from three people, some through RIA Novosti,
// one nested, some partial, some reported. Upstream layers come from the hand gold
// (names only: pronouns and descriptions are left to the quotes stage's own fallbacks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/stages/quotes/index.ts';
import { exampleDoc } from './hand-doc.ts';

const { doc, gold } = exampleDoc();
const quotes = extractQuotes(doc);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const required = gold.quotes.filter((g: any) => !g.optional);
const find = (g: any) => {
  const found = quotes.filter(q => overlaps(q, g));
  return found.sort((a, b) => Math.abs(a.start - g.start) + Math.abs(a.end - g.end) - Math.abs(b.start - g.start) - Math.abs(b.end - g.end))[0];
};

test('every gold quote of the example is found, with its speaker', () => {
  assert.equal(required.length, 14);
  for (const g of required) {
    const q = find(g);
    assert.ok(q, `missed: ${g.text}`);
    assert.equal(q.speaker, g.speaker, `speaker of "${g.text.slice(0, 40)}…"`);
    assert.equal(q.kind, g.kind, `kind of "${g.text.slice(0, 40)}…"`);
  }
});

test('content spans and cues are exact', () => {
  let exact = 0, cues = 0;
  for (const g of required) {
    const q = find(g);
    if (q.start === g.start && q.end === g.end) exact++;
    if (q.cue && q.cue.start === g.cue.start && q.cue.end === g.cue.end) cues++;
  }
  assert.equal(exact, 14);
  assert.ok(cues >= 13, `exact cues ${cues}/14`);
});

test('RIA Novosti relays three quotes and is never their speaker', () => {
  const relayed = quotes.filter(q => q.via === 'ria');
  assert.deepEqual(relayed.map(q => q.text.slice(0, 20)), ['Bishkek proposes Rus', 'Unlike some other co', 'There is no final de']);
  assert.ok(quotes.every(q => q.speaker !== 'ria'));
});

test('the nested quote is its own item, addressed to Putin, inside its parent', () => {
  const inner = quotes.find(q => q.text.startsWith('If you honestly'))!;
  const outer = quotes.find(q => q.text.startsWith("I said, 'If"))!;
  assert.equal(inner.addressee, 'putin');
  assert.equal(inner.speaker, 'atambayev');
  assert.equal(inner.cue?.text, 'said');
  assert.equal(quotes[inner.parent!], outer);
  assert.equal(outer.addressee, undefined);
});

test('pronoun and description speakers keep their own words as speakerSpan', () => {
  const span = (start: string) => quotes.find(q => q.text.startsWith(start))!.speakerSpan?.text;
  assert.equal(span('There is no final'), 'him');
  assert.equal(span('Negotiations continue'), 'the Kyrgyz premier');
  assert.equal(span('Russia intends'), 'Russian official');
  assert.equal(span('Bishkek proposes'), 'Russian Deputy Foreign Minister, Grigory Karasin');
});

test('a quote is dated by its attribution clause, else by the scene the narrative set, else by the publication date', () => {
  const dated = (start: string) => { const q = quotes.find(q => q.text.startsWith(start))!; return `${q.time} ${q.timeSource}`; };
  assert.equal(dated('There is no final'), '2017-10-02 expression');
  // the next sentence is the same interview
  assert.equal(dated('Negotiations'), '2017-10-02 narrative');
  // "On the last day of his trip, June 24, Atambayev went to … Tatarstan. In … Kazan, Atambayev told journalists …"
  assert.equal(dated('he had asked Putin'), '2017-06-24 narrative');
  assert.equal(dated('What we see in Afghanistan'), '2017-06-24 narrative');
  assert.equal(dated('Of course we will help'), '2017-06-24 narrative');
  // Karasin's interview has no date of its own
  assert.equal(dated('Unlike some other countries'), '2017-10-10 published');
});

test("a background date in a sentence not about the speaker does not date the speaker's quote", async () => {
  const { extract } = await import('../../../src/index.ts');
  const doc = extract('The company was founded in May 2010 by Jane Doe. "We are proud of our work," chief executive John Smith said on a call.', { published: '2024-03-23' });
  assert.deepEqual(doc.quotes.map(q => `${q.time} ${q.timeSource}`), ['2024-03-23 published']);
});

test('confidence is given for every attribution and is lower for pronouns than names', () => {
  for (const q of quotes) assert.ok(q.confidence !== undefined && q.confidence >= 0 && q.confidence <= 1);
  const byName = quotes.find(q => q.text.startsWith('What we see'))!;
  const byPronoun = quotes.find(q => q.text.startsWith('What does Bishkek'))!;
  assert.ok(byName.confidence! > byPronoun.confidence!);
});

test('offsets always match the text', () => {
  for (const q of quotes) {
    assert.equal(doc.text.slice(q.start, q.end), q.text);
    if (q.cue) assert.equal(doc.text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speakerSpan) assert.equal(doc.text.slice(q.speakerSpan.start, q.speakerSpan.end), q.speakerSpan.text);
  }
});
