// Corporate wire copy (written for this test in Reuters' style): a company described by what it
// does speaks, an attribution followed by a phrase, names with "and" inside, a possessive state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const REPORT = [
  'SEATTLE, Jan 18 (Reuters) - Microsoft Corp will buy Activision Blizzard Inc for $68.7 billion in cash, the software giant said on Tuesday, in the biggest deal in the history of the video game industry.',
  "The U.S. Federal Trade Commission and the UK's Competition and Markets Authority are expected to review the deal.",
].join('\n');
const doc = extract(REPORT, { id: 'deals', published: '2022-01-19' });

test('"…, the software giant said on Tuesday, in the biggest deal …": the company spoke', () => {
  const q = doc.quotes.find(x => x.text.startsWith('Microsoft Corp will buy'));
  assert.equal(doc.entities.find(e => e.id === q?.speaker)?.name, 'Microsoft Corp');
});

test('"Competition and Markets Authority" is one name, and the UK\'s', () => {
  const m = doc.mentions.find(x => x.text === 'Competition and Markets Authority');
  assert.equal(m?.type, 'ORG');
  assert.equal(doc.entities.find(e => e.id === m?.entity)?.country, 'GBR');
});

test('two companies coordinated stay two: "between Apple and Apple Corps"', () => {
  const two = extract('The case between Apple and Apple Corps went on.', { id: 'two', published: '2006-03-28' });
  assert.deepEqual(two.mentions.filter(m => m.type === 'ORG').map(m => m.text), ['Apple', 'Apple Corps']);
});
