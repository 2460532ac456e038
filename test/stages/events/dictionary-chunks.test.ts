// The dictionary coder's own chunks, read when a document comes without the syntax stage's: a verb
// group after a form of be (data/lexicon/function-words.tsv, passive-auxiliary) is passive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, newsEnglishStages } from '../../../src/index.ts';
import { createDoc } from '../../../src/document/doc.ts';
import { defaultDictionaries } from '../../../src/data/petrarch/index.ts';
import { SentenceReader } from '../../../src/stages/events/reader.ts';
import { cameoLexicon } from '../../../src/stages/events/lexicon.ts';
import { sentenceTree } from '../../../src/stages/events/dictionary.ts';
import type { PNode } from '../../../src/stages/events/coder/tree.ts';

const stages = newsEnglishStages();
const upToEvents = buildPipeline(stages.slice(0, stages.findIndex((s) => s.name === 'events')));

/** The VP nodes of the sentence's tree when the syntax stage's chunks are taken away: each one's verb and whether it is passive. */
function verbGroups(text: string): [string, boolean][] {
  const doc = createDoc(text, { id: 't' });
  upToEvents.run(doc);
  delete (doc as { chunks?: unknown }).chunks;
  const dict = defaultDictionaries();
  const reader = new SentenceReader(doc, cameoLexicon(), dict);
  reader.readSentence(0, 0, doc.tokens.length - 1, false);
  const out: [string, boolean][] = [];
  const walk = (n: PNode) => {
    if (n.label === 'VP') out.push([n.children.filter((c) => c.word).map((c) => c.word).join(' '), Boolean(n.passive)]);
    n.children.forEach(walk);
  };
  walk(sentenceTree(reader, dict));
  return out;
}

test('without syntax, a verb after a form of be is a passive verb group, one after another auxiliary is not', () => {
  // ("was" and "is" are verb forms of the CAMEO dictionary, so they make their own group; "were", "been" do not)
  for (const text of ['The embassies were attacked by rebels in Kabul.', 'The embassy had been attacked by rebels in Kabul.']) {
    const groups = verbGroups(text);
    assert.ok(groups.some(([words, p]) => /ATTACKED/.test(words) && p), `${text} ${JSON.stringify(groups)}`);
  }
  const active = verbGroups('The rebels have attacked the embassy in Kabul.');
  assert.ok(active.some(([words, p]) => /ATTACKED/.test(words) && !p), JSON.stringify(active));
});
