// The name tagger's refiners for news text (src/stages/mentions/model/: spaced-hyphen, colours,
// term-initials, opening-type, and repeats after an opening article), each over spans or names given
// by hand, so a test reads one family of language whatever the model learned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc } from '../../../src/document/doc.ts';
import type { Mention } from '../../../src/document/types.ts';
import { buildPipeline } from '../../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { nameLexicon } from '../../../src/stages/mentions/lexicon.ts';
import { findNames } from '../../../src/stages/mentions/names.ts';
import { namesOf } from '../../../src/stages/mentions/index.ts';
import { tokenFeatures } from '../../../src/stages/mentions/model/features.ts';
import { parseWeights } from '../../../src/stages/mentions/model/perceptron.ts';
import { useNameModel, type TaggedSpan } from '../../../src/stages/mentions/model/tagger.ts';
import { spacedHyphenCompanies } from '../../../src/stages/mentions/model/spaced-hyphen.ts';
import { withoutColours } from '../../../src/stages/mentions/model/colours.ts';
import { withoutTermInitials } from '../../../src/stages/mentions/model/term-initials.ts';
import { withoutDeviceKinds } from '../../../src/stages/mentions/model/device-kinds.ts';
import { openingTypes } from '../../../src/stages/mentions/model/opening-type.ts';
import { addRepeats } from '../../../src/stages/mentions/model/repeats.ts';

const before = (() => {
  const stages = newsEnglishStages();
  return buildPipeline(stages.slice(0, stages.findIndex(s => s.name === 'mentions')));
})();
const docOf = (text: string) => { const d = createDoc(text, { id: 't' }); before.run(d); return d; };
type D = ReturnType<typeof docOf>;
const spanOf = (doc: D, words: string, type: TaggedSpan['type'], margin = 10): TaggedSpan => {
  const parts = words.split(' ');
  const first = doc.tokens.findIndex((t, i) => parts.every((p, k) => doc.tokens[i + k]?.text === p));
  assert.ok(first >= 0, words);
  return { first, last: first + parts.length - 1, type, margin };
};
const shown = (doc: D, spans: readonly TaggedSpan[]) => spans.map(s => `${doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last].end)}/${s.type}`);
const name = (doc: D, text: string, nth: number, type: Mention['type'], rule: string): Mention => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = doc.text.indexOf(text, at + 1);
  return { start: at, end: at + text.length, text, type, kind: 'name', rule };
};

test('a listed company written with a spaced hyphen is one organization; a dash between other capitalized words is not', () => {
  const doc = docOf('Apple passed Wal - Mart in February. From the North / Kansas - US-75 South runs to Tulsa.');
  const out = spacedHyphenCompanies(doc, [spanOf(doc, 'Wal', 'PER'), spanOf(doc, 'Kansas', 'LOC')], nameLexicon());
  assert.deepEqual(shown(doc, out), ['Wal - Mart/ORG', 'Kansas/LOC']);
  // with the shipped model, the rules' "Wal" stays an organization
  useNameModel(parseWeights(readFileSync(new URL('../../../data/models/names-perceptron.json', import.meta.url), 'utf8')));
  try {
    const d = docOf('Five years after its launch, the service in February passed Wal - Mart to become the No. 1 music seller. Wal - Mart fell to second.');
    const wal = namesOf(d).filter(m => m.text.startsWith('Wal'));
    assert.ok(wal.length > 0 && wal.every(m => m.type === 'ORG'), wal.map(m => `${m.text}/${m.type}`).join(', '));
  } finally { useNameModel(null); }
});

test('a tagger\'s span holding a spaced-hyphen company is kept as an organization; matches do not overlap', () => {
  const lex = nameLexicon();
  const doc = docOf('Shares of Wal - Mart Stores Inc. rose on Monday.');
  assert.deepEqual(shown(doc, spacedHyphenCompanies(doc, [spanOf(doc, 'Wal - Mart Stores Inc', 'ORG')], lex)), ['Wal - Mart Stores Inc/ORG']);
  assert.deepEqual(shown(doc, spacedHyphenCompanies(doc, [spanOf(doc, 'Wal - Mart Stores Inc', 'PER')], lex)), ['Wal - Mart Stores Inc/ORG']);
  // a span over part of the match gives way to it
  assert.deepEqual(shown(doc, spacedHyphenCompanies(doc, [spanOf(doc, 'Mart Stores Inc', 'ORG')], lex)), ['Wal - Mart/ORG']);
  // "A - B - C" where both pairs are listed: the first match only
  const abc = docOf('Analysts at Alpha - Beta - Gamma said so.');
  const both = { ...lex, companies: new Map([...lex.companies, ['alpha-beta', 'Alpha-Beta'], ['beta-gamma', 'Beta-Gamma']]) };
  assert.deepEqual(shown(abc, spacedHyphenCompanies(abc, [], both)), ['Alpha - Beta/ORG']);
});

test('a colour listed with another capitalized colour is no name; a colour near another in other words, or a person\'s surname, stays', () => {
  const one = (text: string, words: string[]) => {
    const doc = docOf(text);
    const spans = words.map(w => {
      const [word, nth] = w.split('#');
      const at = doc.tokens.flatMap((t, i) => (t.text === word.split(' ')[0] ? [i] : []))[Number(nth ?? 0)];
      return { first: at, last: at + word.split(' ').length - 1, type: 'PER' as const, margin: 5 };
    });
    return shown(doc, withoutColours(doc, spans));
  };
  // the product's finishes, an aside in brackets between them; "White" alone after them stays
  assert.deepEqual(one('It comes in two colors: Black (2 GHz model only) and White (1.83 GHz models). Then White said so.',
    ['Black', 'White#0', 'White#1']), ['White/PER']);
  assert.deepEqual(one('Choose Red, Green or Blue.', ['Red', 'Green', 'Blue']), []);
  assert.deepEqual(one('Categories: White; Black or African American; Asian.', ['White', 'Black']), []);
  // colours near one another, not listed: persons
  assert.deepEqual(one('Tom White threw to Bill Green. Then White found Green open.', ['Tom White', 'Bill Green', 'White#1', 'Green#1']),
    ['Tom White/PER', 'Bill Green/PER', 'White/PER', 'Green/PER']);
  assert.deepEqual(one('Mr. Brown wore a black tie. Later Brown, in a grey suit, spoke.', ['Brown#0', 'Brown#1']), ['Brown/PER', 'Brown/PER']);
  // listed, but the surname of a person the document names in full
  assert.deepEqual(one('Jack White sang. Later White and Black toured.', ['Jack White', 'White#1', 'Black']), ['Jack White/PER', 'White/PER']);
});

test('with the shipped model, colours listed as finishes are no names and persons named by colours stay', () => {
  useNameModel(parseWeights(readFileSync(new URL('../../../data/models/names-perceptron.json', import.meta.url), 'utf8')));
  const names = (text: string) => { const d = docOf(text); return namesOf(d).map(m => `${m.text}/${m.type}`); };
  try {
    assert.deepEqual(names('It comes in two colors: Black (2 GHz model only) and White (1.83 GHz models).'), []);
    // (the tagger's own reading of "Bill Green" is not at issue here)
    assert.deepEqual(names('Tom White threw to Bill Green. Then White found Green open.').filter(n => /^(White|Green)\//.test(n)),
      ['White/PERSON', 'Green/PERSON']);
    assert.deepEqual(names('Jack White and Meg White sang. Later White and Black toured.'),
      ['Jack White/PERSON', 'Meg White/PERSON', 'White/PERSON']);
  } finally { useNameModel(null); }
});

test('initials in brackets after a system\'s words no one reads as a name are a term\'s; after a body\'s or a name they stay', () => {
  const lex = nameLexicon();
  const term = docOf('The jet\'s Aircraft Communications Addressing and Reporting System (ACARS) sent messages.');
  assert.deepEqual(withoutTermInitials(term, [spanOf(term, 'ACARS', 'ORG')], findNames(term, lex)), []);
  const gis = docOf('Maps come from Geographic Information Systems (GIS) today.');
  assert.deepEqual(withoutTermInitials(gis, [spanOf(gis, 'GIS', 'ORG')], []), []);
  // a body's long form, read as a name or not: the initials stay
  const trust = docOf('The Brain Injury Rehabilitation Trust (BIRT) is a provider of care in the UK.');
  assert.deepEqual(shown(trust, withoutTermInitials(trust, [spanOf(trust, 'BIRT', 'ORG')], [])), ['BIRT/ORG']);
  // the tagger reads it as a name: they stay too
  const wwdc = docOf('He spoke at the Worldwide Developers Conference (WWDC) in June.');
  const spans = [spanOf(wwdc, 'Worldwide Developers Conference', 'ORG'), spanOf(wwdc, 'WWDC', 'ORG')];
  assert.deepEqual(shown(wwdc, withoutTermInitials(wwdc, spans, [])), ['Worldwide Developers Conference/ORG', 'WWDC/ORG']);
});

test('a guess opening a sentence takes the type the document gives the same words elsewhere; a town the gazetteer alone matched does not count', () => {
  const doc = docOf('Cerberus Capital Management bought Chrysler. Cerberus has agreed to pay. Cerberus also led a consortium.');
  const names = [
    name(doc, 'Cerberus Capital Management', 0, 'ORG', 'mentions.name.org-head'),
    name(doc, 'Cerberus', 1, 'ORG', 'mentions.name.same-document'),
    name(doc, 'Cerberus', 2, 'PERSON', 'mentions.name.tagger'),
  ];
  assert.deepEqual(openingTypes(doc, names).map(m => m.type), ['ORG', 'ORG', 'ORG']);
  // readings elsewhere that tie leave the opening's reading
  const air = docOf('Qantas plans flights. Travel with Qantas grew and Qantas fell.');
  const q = (type: Mention['type']) => [name(air, 'Qantas', 0, 'PERSON', 'mentions.name.tagger'), name(air, 'Qantas', 1, 'ORG', 'mentions.name.unknown-capitalized'), name(air, 'Qantas', 2, type, 'mentions.name.tagger')];
  assert.deepEqual(openingTypes(air, q('ORG')).map(m => m.type), ['ORG', 'ORG', 'ORG']);
  assert.deepEqual(openingTypes(air, q('PERSON')).map(m => m.type), ['PERSON', 'ORG', 'PERSON']);
  const poet = docOf('Byron was born in London. His mother took Byron to Aberdeen.');
  const read = [name(poet, 'Byron', 0, 'PERSON', 'mentions.name.tagger'), name(poet, 'Byron', 1, 'GPE', 'mentions.name.gazetteer')];
  assert.deepEqual(openingTypes(poet, read).map(m => m.type), ['PERSON', 'GPE']);
});

test('a name repeated after an article opening the sentence is that name again', () => {
  const lex = nameLexicon();
  const doc = docOf('Members of the UAW voted on Friday. The UAW\'s jobs bank has stopped.');
  const uaw = name(doc, 'UAW', 0, 'ORG', 'mentions.name.acronym');
  const out = addRepeats(doc, [uaw], tokenFeatures(doc, [], lex), lex).map(m => `${m.text}/${m.type}/${m.start}`);
  assert.deepEqual(out, [`UAW/ORG/${uaw.start}`, `UAW/ORG/${doc.text.lastIndexOf('UAW')}`]);
});

test('a kind of device in capitals is no name; a name with a word of its own stays', () => {
  const doc = docOf('Apple makes the most-sold MP3 Player, said PC World and the Creative Zen Player team.');
  const spans = [spanOf(doc, 'MP3 Player', 'ORG'), spanOf(doc, 'PC World', 'ORG'), spanOf(doc, 'Creative Zen Player', 'ORG')];
  assert.deepEqual(shown(doc, withoutDeviceKinds(doc, spans)), ['PC World/ORG', 'Creative Zen Player/ORG']);
});

test('one everyday word after an article opening the sentence is no repeat', () => {
  const lex = nameLexicon();
  const doc = docOf('Russia signed the Agreement in Moscow. The Agreement sets out the procedures.');
  const first = name(doc, 'Agreement', 0, 'ORG', 'mentions.name.tagger');
  assert.deepEqual(addRepeats(doc, [first], tokenFeatures(doc, [], lex), lex).map(m => m.start), [first.start]);
});
