// The tagger's compact form (data/models/pos-tagger.bin), which the stage reads at start-up, is
// what scripts/build-syntax-model.ts makes of the text model and the POS lexicon, and tags as the
// text model does; it loads in a fraction of the text's time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDataBuffer } from '../../../src/data/files.ts';
import { TAGGER_BINARY, readTaggerBinary, serializeTaggerModel, tagIndices, taggerModelFromText, uposOf } from '../../../src/stages/syntax/tagger.ts';
import { tokenize } from '../../../src/stages/segment/tokens.ts';

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const t0 = cpuMs();
const fromText = taggerModelFromText();
const textMs = cpuMs() - t0;

test('the shipped compact tagger is the build of the shipped text model (rerun scripts/build-syntax-model.ts if not)', () => {
  const shipped = readDataBuffer(TAGGER_BINARY);
  assert.ok(serializeTaggerModel(fromText).equals(shipped), `data/${TAGGER_BINARY} is stale`);
});

test('the compact tagger tags and gives UPOS exactly as the text model does', () => {
  const compact = readTaggerBinary(readDataBuffer(TAGGER_BINARY));
  const text = 'Kyrgyzstan’s President Almazbek Atambayev said on Tuesday that Russia wouldn’t open a second base at Osh, '
    + 'where 1,200 U.S.-trained troops were stationed in 2003 — “a mistake,” he said. Don’t ask why the e-mail arrived at 10:30 p.m.';
  const words = tokenize(text).map((t) => t.text);
  assert.ok(words.length > 40);
  const a = tagIndices(compact, words), b = tagIndices(fromText, words);
  assert.deepEqual(a, b);
  assert.deepEqual(words.map((w, i) => uposOf(compact, w, a[i])), words.map((w, i) => uposOf(fromText, w, b[i])));
  assert.equal(compact.tags[a[words.indexOf('said')]], 'VBD');
});

test('the compact tagger loads in under half the CPU time of the text model (about 20 ms against 150)', () => {
  const t1 = cpuMs();
  readTaggerBinary(readDataBuffer(TAGGER_BINARY));
  const compactMs = cpuMs() - t1;
  assert.ok(compactMs < textMs / 2, `compact ${compactMs.toFixed(0)} ms, text ${textMs.toFixed(0)} ms`);
});
