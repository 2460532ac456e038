// The name rules' preset (src/stages/mentions/rules/preset.ts): its steps are named once, write only the rule ids
// of rules/ids.ts, and every id is written by some step; the order is the chain's (first verdict wins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { NAME_STEPS, RUN_SPLITS, RUN_TRIMS } from '../../../src/stages/mentions/rules/preset.ts';
import { RULE } from '../../../src/stages/mentions/rules/ids.ts';

const steps = [...RUN_TRIMS, ...RUN_SPLITS, ...NAME_STEPS];
const written = new Set(steps.flatMap(s => s.rules));

test('every step is named once and writes only listed rule ids; every listed id has a step', () => {
  const ids = steps.map(s => s.id);
  assert.deepEqual(ids.filter((id, k) => ids.indexOf(id) !== k), []);
  const listed = new Set<string>(Object.values(RULE));
  assert.deepEqual([...written].filter(r => !listed.has(r)), []);
  assert.deepEqual([...listed].filter(r => !written.has(r)), []);
  // trims move a run's edges before its words are counted: none may be skipped by a word count
  assert.deepEqual(RUN_TRIMS.filter(s => s.words).map(s => s.id), []);
  // the capitals alone come last: the fallback that names any run is the last name step
  assert.equal(NAME_STEPS.at(-1)!.id, 'unknown-capitalized');
});

test('the names of a real report carry rule ids the preset lists', () => {
  const text = readFileSync(new URL('../../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
  const rules = new Set((extract(text).mentions ?? []).filter(m => m.kind === 'name' && m.rule.startsWith('mentions.name.')).map(m => m.rule.split('+')[0]));
  assert.ok(rules.size >= 8, [...rules].join(' '));
  assert.deepEqual([...rules].filter(r => !written.has(r)), []);
});

test('first verdict wins, in the preset order', () => {
  const names = (t: string) => (extract(t).mentions ?? []).filter(m => m.kind === 'name').map(m => [m.text, m.type, m.rule.split('+')[0], m.start]);
  // a split (a title inside the run) before the name steps; a venue before the organization's head word
  assert.deepEqual(names('Apple CEO Steve Jobs spoke at the Moscone Center.'), [
    ['Apple', 'ORG', RULE.company, 0], ['Steve Jobs', 'PERSON', RULE.afterTitle, 10], ['Moscone Center', 'FAC', RULE.venue, 34]]);
  // the country step says "no name" for "Turkey sandwiches": no later step (the gazetteer, the capitals) names it
  assert.deepEqual(names('They ate Turkey sandwiches in Turkey.'), [['Turkey', 'GPE', RULE.country, 30]]);
});
