// US politics wire copy (written for this test in the AP's style): the dateline's agency is not
// an abbreviation of the city, and "the Senate" and "Speaker" are the dateline state's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const REPORT = [
  'WASHINGTON (AP) — The Senate on Tuesday passed a $95.3 billion aid package for Ukraine, Israel and Taiwan, sending the measure to the House, where Speaker Mike Johnson has said he will not bring it up for a vote.',
  'Senate Majority Leader Chuck Schumer called it "a historic vote" and urged Johnson to act quickly.',
  'In Kyiv, President Volodymyr Zelensky thanked the senators.',
].join('\n');
const doc = extract(REPORT, { id: 'politics', published: '2024-02-13' });
const entity = (name: string) => doc.entities.find(e => e.name === name);

test('"WASHINGTON (AP)": the agency in brackets does not rename the city', () => {
  const city = doc.mentions.find(m => m.text === 'WASHINGTON');
  assert.equal(city?.type, 'GPE');
  assert.equal(doc.entities.find(e => e.id === city?.entity)?.kind, 'city');
  assert.equal(doc.entities.find(e => e.id === doc.mentions.find(m => m.text === 'AP')?.entity)?.name, 'Associated Press');
});

test("the dateline's state owns the Senate and the Speaker; a leader of the Senate is in it", () => {
  assert.equal(entity('Senate')?.country, 'USA');
  assert.equal(entity('Senate')?.countryInferred, true);
  assert.deepEqual(entity('Mike Johnson')?.roles?.map(r => `${r.title} ${r.country}`), ['Speaker USA']);
  assert.deepEqual(entity('Chuck Schumer')?.roles?.map(r => `${r.title} ${r.country}`), ['Majority Leader USA']);
});
