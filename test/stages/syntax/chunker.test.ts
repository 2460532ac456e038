// Base phrases on real news shapes: coordination, passives with their agent, infinitival
// complements, relative clauses, appositions, possessives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, chunkShapes } from './analyse.ts';
import { chunkSentence } from '../../../src/stages/syntax/chunker.ts';
import type { Chunk } from '../../../src/document/doc.ts';

const shapes = (text: string) => chunkShapes(analyse(text));

test('coordinated subjects are two NPs before the verb group', () => {
  assert.deepEqual(shapes('Russia and China condemned the attack.'),
    ['[NP Russia ^Russia]', '[NP China ^China]', '[VP condemned ^condemned]', '[NP the attack ^attack]']);
});

test('a passive verb group, its agent and a time as PPs', () => {
  assert.deepEqual(shapes('The base was attacked by rebels on Monday.'),
    ['[NP The base ^base]', '[VP-pass was attacked ^attacked]', '[PP by rebels ^rebels]', '[PP on Monday ^Monday]']);
  assert.deepEqual(shapes('Two soldiers have reportedly been killed.'),
    ['[NP Two soldiers ^soldiers]', '[VP-pass have reportedly been killed ^killed]']);
});

test('an infinitival complement is its own verb group', () => {
  assert.deepEqual(shapes('He agreed to reduce the debt.'),
    ['[NP He ^He]', '[VP agreed ^agreed]', '[VP to reduce ^reduce]', '[NP the debt ^debt]']);
});

test('active perfect and negated groups are not passive', () => {
  assert.deepEqual(shapes('Moscow has leased the Kant air base since 2003.'),
    ['[NP Moscow ^Moscow]', '[VP has leased ^leased]', '[NP the Kant air base ^base]', '[PP since 2003 ^2003]']);
  const doc = analyse('Russia would not open a second military base.');
  const vp = doc.chunks.find((c) => c.kind === 'VP')!;
  assert.equal(doc.tokens[vp.head].text, 'open');
  assert.equal(vp.passive, undefined);
});

test('a relative clause: the relative pronoun is an NP before its verb group', () => {
  assert.deepEqual(shapes('Protesters demanded the release of two journalists who were arrested last week.'),
    ['[NP Protesters ^Protesters]', '[VP demanded ^demanded]', '[NP the release ^release]', '[PP of two journalists ^journalists]',
      '[NP who ^who]', '[VP-pass were arrested ^arrested]', '[NP last week ^week]']);
});

test('an apposition is an NP between commas; a possessor is not the head', () => {
  assert.deepEqual(shapes('The minister, a former general, pledged to cut military spending.'),
    ['[NP The minister ^minister]', '[NP a former general ^general]', '[VP pledged ^pledged]', '[VP to cut ^cut]', '[NP military spending ^spending]']);
  assert.deepEqual(shapes("Kyrgyzstan's president visited Moscow."),
    ["[NP Kyrgyzstan 's president ^president]", '[VP visited ^visited]', '[NP Moscow ^Moscow]']);
});

test('chunks are sorted, inside their sentence, and never overlap', () => {
  const doc = analyse('The United Nations urged both sides to resume talks. Israel launched air strikes on Gaza after militants fired rockets.');
  let last = 0;
  for (const c of doc.chunks) {
    assert.ok(c.start >= last && c.end > c.start && c.head >= c.start && c.head < c.end);
    assert.equal(doc.tokens[c.start].sentence, doc.tokens[c.end - 1].sentence);
    last = c.end;
  }
});

test('any tag sequence chunks in one pass into sorted, non-overlapping phrases', () => {
  const TAGS = ['DT', 'NN', 'NNS', 'NNP', 'JJ', 'VB', 'VBD', 'VBN', 'VBG', 'VBZ', 'MD', 'TO', 'IN', 'RB', 'RP', 'PRP', 'PRP$', 'POS', 'CD', 'CC', ',', 'WDT', 'WP', 'PDT', '$'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(rand() * 30);
    const tags = Array.from({ length: n }, () => TAGS[Math.floor(rand() * TAGS.length)]);
    const tokens = tags.map((tag, i) => ({ start: i, end: i + 1, text: 'to', lower: 'to', kind: 'word' as const, sentence: 0, tag, lemma: 'be' }));
    const out: Chunk[] = [];
    chunkSentence(tokens, tags, 0, n, out);
    let last = 0;
    for (const c of out) {
      assert.ok(c.start >= last && c.end > c.start && c.end <= n && c.head >= c.start && c.head < c.end, `${tags.join(' ')}: ${JSON.stringify(c)}`);
      last = c.end;
    }
  }
});
