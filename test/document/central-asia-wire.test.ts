// A report in the style of the example's sources (Russian and Central Asian agencies): a quotation
// relayed by an agency, and a future scene that must not date what was already done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const REPORT = [
  '"The main mission of the CSTO peacekeeping forces has been successfully completed," Tokayev told lawmakers in Nur-Sultan, TASS reported.',
  'According to Interfax, the first units will return to Ivanovo, Russia, on Thursday.',
  'Kyrgyz President Sadyr Japarov thanked Moscow for its support.',
].join('\n');
const doc = extract('Kazakh President Kassym-Jomart Tokayev spoke on Tuesday.\n' + REPORT, { id: 'csto', published: '2022-01-11' });

test('an agency relaying a quotation gives it a medium, not a second quote of its attribution', () => {
  const direct = doc.quotes.find(q => q.text.startsWith('The main mission'));
  assert.equal(doc.entities.find(e => e.id === direct?.via)?.name, 'TASS');
  assert.ok(!doc.quotes.some(q => q.text.startsWith('Tokayev told lawmakers')), doc.quotes.map(q => q.text).join(' | '));
});

test('a future scene ("will return … on Thursday") does not date a thanks given before publication', () => {
  const thanks = doc.events.find(e => e.code === '051');
  assert.equal(thanks?.time, '2022-01-11');
});

test('Central Asian names by their endings; "Tajikistan\'s border service said" speaks for Tajikistan', () => {
  const d = extract("Tajikistan's border service said Kyrgyz forces had shelled a border outpost and seven villages in the Isfara district.\nSadyr Japarov and Emomali Rahmon met briefly at a summit in Samarkand on Friday.", { id: 'border', published: '2022-09-17' });
  assert.equal(d.mentions.find(m => m.text === 'Sadyr Japarov')?.type, 'PERSON');
  assert.equal(d.quotes.find(q => q.text.startsWith('Kyrgyz forces had shelled'))?.speaker, 'TJK');
});
