// Legal wire copy (written for this test in Reuters' style): a dateline city with an article,
// treaties as laws, a second predicate's reported speech, an office with its full name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const REPORT = [
  'THE HAGUE, March 17 (Reuters) - The International Criminal Court (ICC) on Friday issued an arrest warrant for Russian President Vladimir Putin.',
  'The Kremlin called the move "outrageous and unacceptable" and said Moscow did not recognise the court\'s jurisdiction. Russia withdrew from the Rome Statute in 2016.',
  "The court also issued a warrant for Maria Lvova-Belova, Russia's Commissioner for Children's Rights.",
].join('\n');
const doc = extract(REPORT, { id: 'legal', published: '2023-03-18' });

test('"THE HAGUE" in a dateline is a place; "the Rome Statute" is a law', () => {
  assert.equal(doc.mentions.find(m => m.text === 'HAGUE')?.type, 'GPE');
  assert.equal(doc.mentions.find(m => m.text === 'Rome Statute')?.type, 'LAW');
});

test('"X called … and said …": the second predicate reports what X said', () => {
  const q = doc.quotes.find(x => x.text.startsWith('Moscow did not recognise'));
  assert.equal(doc.entities.find(e => e.id === q?.speaker)?.name, 'Kremlin');
});

test("an office's full name after the title: \"Russia's Commissioner for Children's Rights\"", () => {
  const roles = doc.entities.find(e => e.name === 'Maria Lvova-Belova')?.roles;
  assert.deepEqual(roles?.map(r => `${r.title} ${r.country} ${r.evidence?.text}`), ["Commissioner RUS Commissioner for Children's Rights"]);
});
