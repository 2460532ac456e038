// Wire copy opens with a dateline: it says where the report was filed, not what was said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/index.ts';
import { datelineLength } from '../../../src/stages/segment/dateline.ts';

const WIRE = 'ANKARA, Jan 11 (Reuters) - Turkey and Greece will resume exploratory talks on their maritime dispute in Istanbul on January 25, the Turkish Foreign Ministry said on Monday, after a five-year pause.\n'
  + 'A Greek government spokesman, Stelios Petsas, said Athens would only discuss the delimitation of the continental shelf.\n'
  + 'Last August, a Turkish survey vessel, the Oruc Reis, sailed into disputed waters escorted by warships. Ankara denied it.';

test('datelines of the common wire styles are recognised, and ordinary sentences are not', () => {
  for (const d of ['ANKARA, Jan 11 (Reuters) - ', 'WASHINGTON (AP) — ', 'MOSCOW, October 10. /TASS/. ', 'LONDON: ', 'NEW YORK, Sept. 3, 2019 (AFP) -- ',
    'HERAT, Afghanistan (AP) — ', 'SPRINGFIELD, Ill. (AP) — ', 'KANSAS CITY, Mo., June 2 (Reuters) - ',
    'VIENNA/LONDON, June 4 (Reuters) - ']) {
    assert.equal(datelineLength(d + 'The talks resumed.', 0), d.length, d);
  }
  for (const s of ['Turkey and Greece will resume talks - soon.', 'NATO said: yes.', 'US - China trade fell.']) assert.equal(datelineLength(s, 0), 0, s);
});

test('the reported clause of a dateline sentence starts after the dateline', () => {
  const doc = extract(WIRE, { id: 'wire', published: '2021-01-12' });
  const q = doc.quotes.find(q => q.kind === 'indirect' && q.text.includes('exploratory talks'));
  assert.ok(q);
  assert.ok(q.text.startsWith('Turkey and Greece will resume'), q.text);
  assert.equal(doc.entities.find(e => e.id === q.speaker)?.name, 'Turkish Foreign Ministry');
});

test('a title, a comma, then a name is a person; a vessel named like one is not; a dateline city keeps its written case', () => {
  const doc = extract(WIRE, { id: 'wire', published: '2021-01-12' });
  const mention = (text: string) => doc.mentions.find(m => m.text === text);
  assert.equal(mention('Stelios Petsas')?.type, 'PERSON');
  assert.equal(doc.quotes.find(q => q.text.startsWith('Athens would only'))?.speaker, mention('Stelios Petsas')?.entity);
  assert.equal(mention('Oruc Reis')?.type, 'PRODUCT');
  const ankara = doc.entities.find(e => e.id === mention('ANKARA')?.entity);
  assert.equal(ankara?.name, 'Ankara');
  assert.equal(mention('Ankara')?.entity, ankara?.id);
});
