// The name tagger's compact form (data/models/names-perceptron.bin), which the mentions stage reads at
// start-up, is what scripts/build-names-model.ts makes of the trained JSON model, holds the same weights to
// the bit, and loads in a fraction of the JSON's time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDataBuffer } from '../../../src/data/files.ts';
import { readCompactWeights, parseWeights } from '../../../src/stages/mentions/model/perceptron.ts';
import { NAME_MODEL_BINARY } from '../../../src/stages/mentions/model/tagger.ts';
import { NAME_MODEL_JSON, compactNameModelBytes } from '../../../scripts/build-names-model.ts';

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

test('the shipped compact name model is the build of the shipped JSON (rerun scripts/build-names-model.ts if not)', () => {
  assert.ok(compactNameModelBytes().equals(readDataBuffer(NAME_MODEL_BINARY)), `data/${NAME_MODEL_BINARY} is stale`);
});

test('the compact name model holds every feature of the JSON with the same weights, and loads in under half its time', () => {
  const t0 = cpuMs();
  const json = parseWeights(readDataBuffer(NAME_MODEL_JSON).toString('utf8'));
  const jsonMs = cpuMs() - t0;
  const t1 = cpuMs();
  const compact = readCompactWeights(readDataBuffer(NAME_MODEL_BINARY));
  const compactMs = cpuMs() - t1;
  assert.deepEqual(compact.labels, json.labels);
  assert.equal(compact.weights.size, json.weights.size);
  assert.ok(json.weights.size > 10_000);
  for (const [f, w] of json.weights) assert.deepEqual(compact.weights.get(f), w, f);
  assert.equal(compact.meta.license, json.meta.license);
  assert.ok(compactMs < jsonMs / 2, `compact ${compactMs.toFixed(0)} ms, JSON ${jsonMs.toFixed(0)} ms`);
});
