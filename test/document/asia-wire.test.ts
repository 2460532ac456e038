// East Asian wire copy (written for this test in Reuters' style): hyphenated given names, a
// compound title, an attribution followed by a subordinate clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const REPORT = [
  "TAIPEI, May 23 (Reuters) - China sent 42 military aircraft and 27 navy ships around Taiwan on Thursday, the island's defence ministry said, as Beijing launched two days of war games.",
  "The drills began three days after Lai Ching-te was sworn in as Taiwan's president. Lai said he would defend the island's democracy.",
  "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was closely monitoring the situation.",
].join('\n');
const doc = extract(REPORT, { id: 'asia', published: '2024-05-24' });

test('a family name and a hyphenated given name are a person; a compound title comes off the name', () => {
  assert.equal(doc.mentions.find(m => m.text === 'Lai Ching-te')?.type, 'PERSON');
  const hayashi = doc.entities.find(e => e.name === 'Yoshimasa Hayashi');
  assert.deepEqual(hayashi?.roles?.map(r => `${r.title} ${r.country}`), ['Chief Cabinet Secretary JPN']);
});

test('"…, the island\'s defence ministry said, as Beijing launched …": the attribution ends at the subordinate clause', () => {
  const q = doc.quotes.find(x => x.text.startsWith('China sent 42 military aircraft'));
  assert.ok(q, doc.quotes.map(x => x.text).join(' | '));
  assert.equal(q.kind, 'indirect');
  assert.equal(q.cue?.text, 'said');
});
