// The Wikinews events fixtures through the whole default pipeline (mentions → entities → events),
// one extract per sentence: the measure, with floors a little under the figures reached.
// The upstream layers are still moving, so these floors sit further under than the stage's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { scoreEvents } from '../../../src/eval/events.ts';
import { addMeasures, emptyMeasure, type Measure } from '../../../src/eval/measure.ts';

const base = new URL('../../fixtures/events/', import.meta.url);

function pipelineScore(name: string): { root: Measure; code: Measure } {
  let root = emptyMeasure(), code = emptyMeasure();
  for (const line of readFileSync(new URL(`${name}.gold.jsonl`, base), 'utf8').trim().split('\n')) {
    const g = JSON.parse(line);
    const doc = extract(g.text, { id: g.id, published: g.published, url: g.url });
    const s = scoreEvents(g.id, doc, g.events);
    root = addMeasures(root, s.root); code = addMeasures(code, s.code);
  }
  return { root, code };
}

const files = { main: pipelineScore('wikinews-events'), heldout: pipelineScore('wikinews-events-heldout'), blind2: pipelineScore('wikinews-events-blind2') };

test('full pipeline on the Wikinews fixture: root-tuple F1 above its floor', () => {
  const { root, code } = files.main;
  // reached: root 0.87, code 0.84
  assert.ok(root.f1 >= 0.78, `root F1 ${root.f1.toFixed(3)}`);
  assert.ok(code.f1 >= 0.72, `code F1 ${code.f1.toFixed(3)}`);
});

test('full pipeline on the held-out and second blind sentences: root-tuple F1 above its floors', () => {
  // reached: 0.50 and 0.68 (many of the held-out losses are institutions with no country upstream)
  assert.ok(files.heldout.root.f1 >= 0.4, `held-out root F1 ${files.heldout.root.f1.toFixed(3)}`);
  assert.ok(files.blind2.root.f1 >= 0.55, `blind2 root F1 ${files.blind2.root.f1.toFixed(3)}`);
  const all = [files.main, files.heldout, files.blind2].reduce((a, f) => addMeasures(a, f.root), emptyMeasure());
  // reached: 0.74 over 99 sentences
  assert.ok(all.f1 >= 0.65, `all root F1 ${all.f1.toFixed(3)}`);
});
