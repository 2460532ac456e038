// The name tagger switched on, on real texts where it lost against the rules alone (data/models/README.md,
// "What else changes with it on"): what the words or the lists say a name is stands whatever the tagger read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc } from '../../../src/document/doc.ts';
import { buildPipeline } from '../../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { namesOf } from '../../../src/stages/mentions/index.ts';
import { parseWeights } from '../../../src/stages/mentions/model/perceptron.ts';
import { useNameModel } from '../../../src/stages/mentions/model/tagger.ts';

const before = (() => {
  const stages = newsEnglishStages();
  return buildPipeline(stages.slice(0, stages.findIndex(s => s.name === 'mentions')));
})();
const shipped = () => parseWeights(readFileSync(new URL('../../../data/models/names-perceptron.json', import.meta.url), 'utf8'));

/** The names of a text with the shipped tagger, as "text/TYPE". */
function tagged(text: string): string[] {
  const doc = createDoc(text, { id: 't' });
  before.run(doc);
  useNameModel(shipped());
  try { return namesOf(doc).map(m => `${m.text}/${m.type}`); } finally { useNameModel(null); }
}

test('a facility or an installation named by its own words keeps the rules\' reading; a Title Case headline adds no name', () => {
  // the held-out basing set (test/fixtures/facts/bases-heldout): the tagger read no name over two of these,
  // a person over "Babenhausen Kaserne", and "United States Closing Four" in the headline
  const names = tagged('United States Closing Four Army Sites in Germany\n\nWashington - As part of the ongoing restructuring of U.S. '
    + 'military forces in Europe, the Pentagon has announced it will cease operations at four locations in Babenhausen and '
    + 'Aschaffenburg, Germany, by the end of 2006.\n\nAschaffenburg Family Housing, Aschaffenburg Training Area, Babenhausen '
    + 'Kaserne and Babenhausen Family Housing will be inactivated and returned to Germany, according to an August 23 Defense '
    + 'Department news release.');
  for (const n of ['Aschaffenburg Family Housing', 'Aschaffenburg Training Area', 'Babenhausen Kaserne', 'Babenhausen Family Housing']) {
    assert.ok(names.includes(`${n}/ORG`) || names.includes(`${n}/FAC`), `${n}: ${names.join(', ')}`);
  }
  assert.ok(!names.some(n => /Closing|Sites/.test(n)), names.join(', '));
  // a name only the tagger reads, as a person, whose words make it a facility, is a facility
  assert.ok(tagged('The Army will return Babenhausen Kaserne to Germany.').every(n => !n.endsWith('Kaserne/PERSON')));
});

test('an organization a list knows stays one; an unknown word after "sued" is no place', () => {
  // wikinews-events: one-sentence documents
  const lingus = tagged('However, the Irish government, which holds a 25 percent share in Aer Lingus, disapproves of the takeover, '
    + 'as do Aer Lingus employee-controlled trusts that hold more than 15 percent shares.');
  assert.deepEqual(lingus.filter(n => n.startsWith('Aer Lingus')), ['Aer Lingus/ORG', 'Aer Lingus/ORG']);
  const sued = tagged('IBM sued Papermaster in an attempt to block him from joining Apple, but a settlement was reached after he '
    + 'testified that no IBM corporate secrets had been disclosed to Apple.');
  assert.ok(!sued.includes('Papermaster/LOC') && !sued.includes('Papermaster/GPE'), sued.join(', '));
  assert.ok(tagged('Air France have discussed this possibility with the BEA. Korean Air declined to comment.').includes('Korean Air/ORG'));
});

test('a spelled-out term, a product before its kind\'s noun and a country as an attribute stay as the rules read them', () => {
  const terms = tagged("Users reported issues with Server Message Block (SMB) and with the jet's Aircraft Communications Addressing "
    + 'and Reporting System (ACARS). Apple released the Software Development Kit (SDK) on Thursday, and developers praised the SDK.');
  assert.deepEqual(terms.filter(n => /SMB|Server|ACARS|Aircraft|SDK|Software/.test(n)), []);
  assert.ok(tagged('Brent crude rose 1.5% to $77.30 a barrel on Monday.').includes('Brent/PRODUCT'));
  assert.deepEqual(tagged('They ate Turkey sandwiches in Turkey.'), ['Turkey/GPE']);
});
