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
import { useNameModel, type TaggedSpan } from '../../../src/stages/mentions/model/tagger.ts';
import type { Mention } from '../../../src/document/types.ts';
import { nameLexicon } from '../../../src/stages/mentions/lexicon.ts';
import { RULE } from '../../../src/stages/mentions/rules/ids.ts';
import { REPEAT_RULE, TAGGER_RULE } from '../../../src/stages/mentions/model/evidence.ts';
import { keepStandingRules } from '../../../src/stages/mentions/model/rules-stand.ts';
import { verbObjects } from '../../../src/stages/mentions/model/verb-objects.ts';
import { withoutTerms } from '../../../src/stages/mentions/model/terms.ts';
import { titleLineNames } from '../../../src/stages/mentions/model/title-lines.ts';
import { repeatsWithoutNonNames } from '../../../src/stages/mentions/model/repeat-guard.ts';

const before = (() => {
  const stages = newsEnglishStages();
  return buildPipeline(stages.slice(0, stages.findIndex(s => s.name === 'mentions')));
})();
const shipped = () => parseWeights(readFileSync(new URL('../../../data/models/names-perceptron.json', import.meta.url), 'utf8'));

const docOf = (text: string) => { const d = createDoc(text, { id: 't' }); before.run(d); return d; };
type D = ReturnType<typeof docOf>;
/** The tagger's span over the nth run of these words (given with spaces between tokens). */
const spanOf = (doc: D, words: string, type: TaggedSpan['type'], extra: Partial<TaggedSpan> = {}, nth = 0): TaggedSpan => {
  const parts = words.split(' ');
  const at = doc.tokens.flatMap((_, i) => (parts.every((p, k) => doc.tokens[i + k]?.text === p) ? [i] : []))[nth];
  assert.ok(at !== undefined, words);
  return { first: at, last: at + parts.length - 1, type, margin: 10, ...extra };
};
const shown = (doc: D, spans: readonly TaggedSpan[]) => spans.map(s => `${doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last].end)}/${s.type}`);
/** A name over the nth occurrence of a text. */
const name = (doc: D, text: string, type: Mention['type'], rule: string, nth = 0): Mention => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = doc.text.indexOf(text, at + 1);
  assert.ok(at >= 0, text);
  return { start: at, end: at + text.length, text, type, kind: 'name', rule };
};
const listed = (ms: readonly Mention[]) => ms.map(m => `${m.text}/${m.type}/${m.rule}`);

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
  // the rules read it here (as a capitalized run): it stands as an organization
  assert.deepEqual(tagged('The Army will return Babenhausen Kaserne to Germany.'), ['Army/ORG', 'Babenhausen Kaserne/ORG', 'Germany/GPE']);
});

test('an organization a list knows stays one; an unknown word after "sued" is no place', () => {
  // wikinews-events: one-sentence documents
  const lingus = tagged('However, the Irish government, which holds a 25 percent share in Aer Lingus, disapproves of the takeover, '
    + 'as do Aer Lingus employee-controlled trusts that hold more than 15 percent shares.');
  assert.deepEqual(lingus.filter(n => n.startsWith('Aer Lingus')), ['Aer Lingus/ORG', 'Aer Lingus/ORG']);
  const sued = tagged('IBM sued Papermaster in an attempt to block him from joining Apple, but a settlement was reached after he '
    + 'testified that no IBM corporate secrets had been disclosed to Apple.');
  assert.deepEqual(sued.filter(n => n.startsWith('Papermaster')), ['Papermaster/PERSON']);
  assert.ok(tagged('Air France have discussed this possibility with the BEA. Korean Air declined to comment.').includes('Korean Air/ORG'));
});

test('a spelled-out term, a product before its kind\'s noun and a country as an attribute stay as the rules read them', () => {
  const terms = tagged("Users reported issues with Server Message Block (SMB) and with the jet's Aircraft Communications Addressing "
    + 'and Reporting System (ACARS). Apple released the Software Development Kit (SDK) on Thursday, and developers praised the SDK.');
  assert.deepEqual(terms.filter(n => /SMB|Server|ACARS|Aircraft|SDK|Software/.test(n)), []);
  assert.ok(tagged('Brent crude rose 1.5% to $77.30 a barrel on Monday.').includes('Brent/PRODUCT'));
  assert.deepEqual(tagged('They ate Turkey sandwiches in Turkey.'), ['Turkey/GPE']);
});

test('a name only the tagger reads as a person, whose words make it a facility, is a facility; a product before its Title Case noun stands', () => {
  const lex = nameLexicon();
  const doc = docOf('The Army will return Babenhausen Kaserne to Germany.');
  const person = name(doc, 'Babenhausen Kaserne', 'PERSON', TAGGER_RULE);
  assert.deepEqual(listed(keepStandingRules(doc, [], [person], lex)), [`Babenhausen Kaserne/FAC/${TAGGER_RULE}+facility-words`]);
  // the kind's noun compared in lower case: "Brent Crude" as "Brent crude"
  for (const text of ['Traders bought Brent crude on Monday.', 'Traders bought Brent Crude on Monday.']) {
    const d = docOf(text);
    const rule = name(d, 'Brent', 'PRODUCT', RULE.productContext);
    const over = name(d, text.includes('Crude') ? 'Brent Crude' : 'Brent', 'PERSON', TAGGER_RULE);
    assert.deepEqual(listed(keepStandingRules(d, [rule], [over], lex)), [`Brent/PRODUCT/${RULE.productContext}`], text);
  }
});

test('verb objects: an unknown one-word place after "sued" or "told" takes the tagger\'s next type or is no name; a known place stays', () => {
  const doc = docOf('IBM sued Papermaster on Monday. Police arrested Okafor. She told Boston nothing. They visited Zorbland.');
  const spans = [spanOf(doc, 'Papermaster', 'LOC', { alt: 'PER' }), spanOf(doc, 'Okafor', 'LOC'), spanOf(doc, 'Boston', 'LOC', { alt: 'PER' }),
    spanOf(doc, 'Zorbland', 'LOC', { alt: 'PER' })];
  assert.deepEqual(shown(doc, verbObjects(doc, spans)), ['Papermaster/PER', 'Boston/LOC', 'Zorbland/LOC']);
});

test('terms: a term spelled out beside its short form, and the short form again, are no names unless a rule named them', () => {
  const lex = nameLexicon();
  const doc = docOf('Apple released the Software Development Kit (SDK) on Thursday, and developers praised the SDK. Tim Cook spoke.');
  const spans = [spanOf(doc, 'Apple', 'ORG'), spanOf(doc, 'Software Development Kit', 'ORG'), spanOf(doc, 'SDK', 'ORG'),
    spanOf(doc, 'SDK', 'ORG', {}, 1), spanOf(doc, 'Tim Cook', 'PER')];
  assert.deepEqual(shown(doc, withoutTerms(doc, [], spans, lex)), ['Apple/ORG', 'Tim Cook/PER']);
  // where a rule named the short form, the tagger's span over it stays
  const rules = [name(doc, 'SDK', 'ORG', RULE.acronym, 1)];
  assert.deepEqual(shown(doc, withoutTerms(doc, rules, spans, lex)), ['Apple/ORG', 'SDK/ORG', 'Tim Cook/PER']);
});

test('title lines: the tagger\'s name of everyday words in a Title Case line needs support; a sentence\'s names stand', () => {
  const lex = nameLexicon();
  const doc = docOf('United States Closing Four Army Sites in Germany\n\nThe Pentagon will close Army Sites in Germany.');
  const refined = [name(doc, 'United States', 'GPE', TAGGER_RULE), name(doc, 'Closing Four Army Sites', 'ORG', TAGGER_RULE),
    name(doc, 'Germany', 'GPE', RULE.country), name(doc, 'Pentagon', 'ORG', TAGGER_RULE), name(doc, 'Army Sites', 'ORG', TAGGER_RULE, 1),
    name(doc, 'Germany', 'GPE', RULE.country, 1)];
  assert.deepEqual(listed(titleLineNames(doc, [], refined, lex)).map(s => s.split('/').slice(0, 2).join('/')),
    ['United States/GPE', 'Germany/GPE', 'Pentagon/ORG', 'Army Sites/ORG', 'Germany/GPE']);
  // the same line ending in a sentence's mark is a sentence: its names stand
  const sent = docOf('United States Closing Four Army Sites in Germany.');
  const one = [name(sent, 'Closing Four Army Sites', 'ORG', TAGGER_RULE)];
  assert.deepEqual(listed(titleLineNames(sent, [], one, lex)), [`Closing Four Army Sites/ORG/${TAGGER_RULE}`]);
});

test('repeat guard: a repeat the words around say is no name is dropped; other names stay', () => {
  const lex = nameLexicon();
  const doc = docOf('Turkey voted on Monday. They ate Turkey sandwiches, and Turkey protested.');
  const names = [name(doc, 'Turkey', 'GPE', RULE.country), name(doc, 'Turkey', 'GPE', REPEAT_RULE, 1), name(doc, 'Turkey', 'GPE', REPEAT_RULE, 2)];
  assert.deepEqual(repeatsWithoutNonNames(doc, names, lex).map(m => m.start), [names[0].start, names[2].start]);
});
