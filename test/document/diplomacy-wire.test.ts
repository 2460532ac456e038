// Diplomatic wire copy (written for this test in the agencies' style): names with diacritics,
// a possessive owner before adjectives and a title, a participle aside between speaker and verb,
// a landmark named after a person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const REPORT = [
  "CARACAS, Sept 26 (AFP) — Venezuelan President Nicolás Maduro and Colombia's new leftist president Gustavo Petro reopened their shared border on Monday.",
  '"Today we open a new chapter," Petro said at a ceremony on the Simón Bolívar bridge in Cúcuta.',
  'Turkish President Recep Tayyip Erdoğan, speaking in Ankara, said Türkiye would mediate between Israel and Hamas if asked.',
].join('\n');
const doc = extract(REPORT, { id: 'diplomacy', published: '2022-09-27' });
const entity = (name: string) => doc.entities.find(e => e.name === name);

test("\"Colombia's new leftist president Gustavo Petro\" is Colombia's President", () => {
  assert.deepEqual(entity('Gustavo Petro')?.roles?.map(r => `${r.title} ${r.country}`), ['President COL']);
  assert.deepEqual(entity('Nicolás Maduro')?.roles?.map(r => `${r.title} ${r.country}`), ['President VEN']);
});

test('a participle aside does not take the speaker: "Erdoğan, speaking in Ankara, said …"', () => {
  const q = doc.quotes.find(q => q.text.startsWith('Türkiye would mediate'));
  assert.equal(q?.speaker, entity('Recep Tayyip Erdoğan')?.id);
});

test('"the Simón Bolívar bridge" is a facility, not a town in Ecuador', () => {
  const bridge = doc.mentions.find(m => m.text.startsWith('Simón Bolívar'));
  assert.equal(bridge?.type, 'FAC');
  assert.equal(bridge?.text, 'Simón Bolívar bridge');
});
