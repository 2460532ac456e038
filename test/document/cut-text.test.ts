// Text cut anywhere (a truncated feed item, a paste that stops mid-word, a name at the very end)
// must still extract: every stage looks past the last token, so the edges are where they break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/index.ts';

const example = readFileSync(new URL('../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
const business = readFileSync(new URL('../fixtures/meantime-dev.gold.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).slice(0, 6).map(l => JSON.parse(l).text as string);

function cuts(text: string, n: number): string[] {
  const out: string[] = [];
  for (let k = 1; k <= n; k++) {
    const at = Math.floor((text.length * k) / (n + 1));
    out.push(text.slice(0, at), text.slice(at));
  }
  return out;
}

test('text cut at any point extracts without throwing, offsets intact', () => {
  const pieces = [...cuts(example, 12), ...business.flatMap(t => cuts(t, 4))];
  for (const piece of pieces) {
    const doc = extract(piece, { id: 'cut', published: '2017-10-10' });
    for (const m of doc.mentions) assert.equal(piece.slice(m.start, m.end), m.text);
  }
  assert.ok(pieces.length >= 70);
});

test('names, titles and quote marks as the very last characters', () => {
  for (const tail of ['said Jim Press,', 'He met Whitey MacDonald, chairperson', 'USAF official', 'Secretary of the Air Force',
    'the Ford', 'St.', 'the iPod', '"', '“He said', 'Adam Air Flight', 'in the Bay of', 'according to']) {
    const doc = extract(tail, { id: 'tail' });
    assert.equal(doc.text, tail);
  }
});
