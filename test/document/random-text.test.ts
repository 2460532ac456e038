// Text made of news fragments in random order (quote marks unbalanced, names at the edges, odd
// Unicode) must extract without throwing and with every span matching the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const PIECES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '(', ')', '[', ']', ',', '.', ';', ':', '—', '-', ' ', '\n', '\n\n', 'said',
  'told', 'Russia', 'Kyrgyz', 'President', 'Putin', 'on', 'June', '24', '2017', '$500 million', 'the', 'base', 'agreement', 'signed',
  'St.', 'Mr.', 'U.S.', 'al-', 'von', 'der', '\u200b', '\u200f', '😀', 'İstanbul', 'KYIV', '(Reuters)', 'according', 'to', 'he', 'his',
  'it', 'and', 'X', '1', '2-3', 'Jan.', 'last', 'week'];

test('500 texts of shuffled news fragments extract, with offsets intact', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 500; i++) {
    let text = '';
    const len = 1 + Math.floor(rnd() * 60);
    for (let k = 0; k < len; k++) text += PIECES[Math.floor(rnd() * PIECES.length)] + (rnd() < 0.6 ? ' ' : '');
    const doc = extract(text, { published: '2017-10-10' });
    for (const q of doc.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  }
});
