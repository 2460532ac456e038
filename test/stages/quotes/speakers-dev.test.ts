// Floors on the speaker development set (test/fixtures/quotes/speakers-dev, annotated blind):
// `dossier eval test/fixtures/quotes/speakers-dev/speakers-dev.gold.jsonl --layer quotes` gives the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { parseGold } from '../../../src/eval/gold.ts';
import { scoreCorpus } from '../../../src/eval/score.ts';

const FILE = new URL('../../fixtures/quotes/speakers-dev/speakers-dev.gold.jsonl', import.meta.url);
// measured: content recall 88.7%, speaker 91.1%, direct 89.2%, indirect 94.9%, named direct 93.9%, named indirect 98.4%
const FLOOR = { recall: 0.86, speaker: 0.89, direct: 0.87, indirect: 0.92, namedDirect: 0.92, namedIndirect: 0.96 };

test('speaker accuracy and attribution on the speaker development set hold their floors', () => {
  const golds = parseGold(readFileSync(FILE, 'utf8'), 'speakers-dev').flatMap(l => (l.ok ? [l.doc] : []));
  assert.ok(golds.length >= 80);
  const report = scoreCorpus(golds.map(gold => ({ gold, system: extract(gold.text, { id: gold.id, published: gold.published }) })), ['quotes']);
  const m = report.layers.quotes!.metrics;
  const at = (name: string, floor: number, value: number) => assert.ok(value >= floor, `${name} ${(100 * value).toFixed(1)}% < ${100 * floor}%`);
  at('content recall', FLOOR.recall, m.content.recall);
  at('speaker accuracy', FLOOR.speaker, m.speaker.recall);
  at('direct speaker accuracy', FLOOR.direct, m['speaker-direct'].recall);
  at('indirect speaker accuracy', FLOOR.indirect, m['speaker-indirect'].recall);
  at('direct quotes with a speaker where the gold names one', FLOOR.namedDirect, m['named-direct'].recall);
  at('indirect quotes with a speaker where the gold names one', FLOOR.namedIndirect, m['named-indirect'].recall);
});
