// Lemmas from the shipped tables (learned from GUM) and the rules, by word and PTB tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lemmaTables, lemmatize } from '../../../src/stages/syntax/lemmatizer.ts';

const CASES: [string, string, string][] = [
  ['said', 'VBD', 'say'], ['talks', 'NNS', 'talk'], ['talks', 'VBZ', 'talk'], ['went', 'VBD', 'go'],
  ['proposed', 'VBD', 'propose'], ['planned', 'VBN', 'plan'], ['stopped', 'VBD', 'stop'],
  ['agreed', 'VBD', 'agree'], ['carried', 'VBN', 'carry'], ['children', 'NNS', 'child'],
  ['was', 'VBD', 'be'], ['is', 'VBZ', 'be'], ['has', 'VBZ', 'have'], ['fled', 'VBD', 'flee'], ['fled', 'VBN', 'flee'],
  ['struck', 'VBD', 'strike'], ['overran', 'VBD', 'overrun'], ['countries', 'NNS', 'country'],
  ['bases', 'NNS', 'base'], ['crises', 'NNS', 'crisis'], ['attacking', 'VBG', 'attack'], ['shelling', 'VBG', 'shell'],
  ['expelled', 'VBD', 'expel'], ['arrested', 'VBN', 'arrest'], ['pledges', 'VBZ', 'pledge'],
  ['bigger', 'JJR', 'big'], ['united', 'NNP', 'united'], ["don't", 'VBP', 'do'], ['him', 'PRP', 'he'],
  ['cancelled', 'VBD', 'cancel'], ['killed', 'VBD', 'kill'],
];

test('lemmas of inflected and irregular forms', () => {
  const t = lemmaTables();
  const wrong = CASES.filter(([w, tag, l]) => lemmatize(w, tag, t) !== l).map(([w, tag, l]) => `${w}/${tag} → ${lemmatize(w, tag, t)} (want ${l})`);
  assert.deepEqual(wrong, []);
});
