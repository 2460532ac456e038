import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../../src/document/doc.ts';
import { buildPipeline } from '../../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { nameLexicon } from '../../../src/stages/mentions/lexicon.ts';
import { findNames } from '../../../src/stages/mentions/names.ts';
import { namesOf } from '../../../src/stages/mentions/index.ts';
import { candidateMask, shape, tokenFeatures } from '../../../src/stages/mentions/model/features.ts';
import { addRepeats } from '../../../src/stages/mentions/model/repeats.ts';
import { parseWeights } from '../../../src/stages/mentions/model/perceptron.ts';
import { useNameModel } from '../../../src/stages/mentions/model/tagger.ts';
import { splitAtTitles } from '../../../src/stages/mentions/model/titles.ts';
import { organizationCues } from '../../../src/stages/mentions/model/org-cues.ts';
import { refineNames } from '../../../src/stages/mentions/model/refine.ts';
import { withoutNonNames } from '../../../src/stages/mentions/model/not-names.ts';
import { hyphenedPlaces } from '../../../src/stages/mentions/model/place-pairs.ts';
import { readFileSync } from 'node:fs';
import type { Mention } from '../../../src/document/types.ts';

const before = (() => {
  const stages = newsEnglishStages();
  return buildPipeline(stages.slice(0, stages.findIndex(s => s.name === 'mentions')));
})();
const docOf = (text: string) => { const d = createDoc(text, { id: 't' }); before.run(d); return d; };

test('word shapes cut runs at two', () => {
  assert.deepEqual(['Paris', 'USDA', 'U.S.', 'eBay', '3M'].map(shape), ['Xxx', 'XX', 'X.X.', 'xXxx', 'dX']);
});

test('candidates: capitalized words and short joiners between them; a capital glued to a number is not one', () => {
  const doc = docOf('The Bank of America and 3G phones met Jean-Luc in Paris.');
  const mask = candidateMask(doc, findNames(doc, nameLexicon()));
  const marked = doc.tokens.filter((_, i) => mask[i]).map(t => t.text);
  assert.ok(marked.includes('Bank') && marked.includes('of') && marked.includes('America') && marked.includes('Paris'));
  assert.ok(!marked.includes('G') && !marked.includes('phones'));
});

test('the shipped model finds names the rules leave untyped, and a surname alone after the full name', () => {
  useNameModel(parseWeights(readFileSync(new URL('../../../data/models/names-perceptron.json', import.meta.url), 'utf8')));
  try {
    const doc = docOf('Antonín Dvořák was a Czech composer. Later Dvořák said he liked the music of Bedřich Smetana.');
    const names = namesOf(doc).map(m => `${m.text}/${m.type}`);
    assert.ok(names.includes('Antonín Dvořák/PERSON'), names.join(', '));
    assert.ok(names.includes('Dvořák/PERSON'), names.join(', '));
    assert.ok(names.includes('Bedřich Smetana/PERSON'), names.join(', '));
    for (const m of namesOf(doc)) assert.equal(doc.text.slice(m.start, m.end), m.text);
  } finally { useNameModel(null); }
});

const shipped = () => parseWeights(readFileSync(new URL('../../../data/models/names-perceptron.json', import.meta.url), 'utf8'));

test('a person span the tagger read across a title is cut there: the body before, the person after', () => {
  const doc = docOf('The plan was put to Aer Lingus Chief Executive Dermot Mannion on Monday.');
  const at = (w: string) => doc.tokens.findIndex(t => t.text === w);
  const cut = splitAtTitles(doc, [{ first: at('Aer'), last: at('Mannion'), type: 'PER', margin: 1 }], nameLexicon())
    .map(s => `${doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last].end)}/${s.type}`);
  assert.deepEqual(cut, ['Aer Lingus/ORG', 'Dermot Mannion/PER']);
  // a title opening the span stays: the rest is the person
  const open = splitAtTitles(doc, [{ first: at('Chief'), last: at('Mannion'), type: 'PER', margin: 1 }], nameLexicon());
  assert.equal(open.length, 1);
});

test('with the tagger: the document\'s evidence types a name everywhere, coordinated names share a type, "No. 1" is no name', () => {
  useNameModel(shipped());
  try {
    const names = (text: string) => namesOf(docOf(text)).map(m => `${m.text}/${m.type}`);
    const lingus = names('Irish national airline Aer Lingus said on Friday that profits rose. Aer Lingus Group PLC shares fell. Aer Lingus will add routes.');
    assert.deepEqual(lingus.filter(n => n.startsWith('Aer Lingus/')), ['Aer Lingus/ORG', 'Aer Lingus/ORG'], lingus.join(', '));
    const sik = names('Boeing was successfully challenged by Lockheed and Sikorsky in 2006 over a contract.');
    assert.ok(sik.includes('Sikorsky/ORG'), sik.join(', '));
    const no1 = names('Apple passed Wal-Mart to become the No. 1 music seller, according to NPD Group.');
    assert.ok(!no1.some(n => n.startsWith('No/')), no1.join(', '));
  } finally { useNameModel(null); }
});

// the refiners over spans given by hand, so each test reads one family of language whatever the model learned
const spanOf = (doc: ReturnType<typeof docOf>, words: string, type: 'PER' | 'ORG' | 'LOC', margin = 10) => {
  const parts = words.split(' ');
  const first = doc.tokens.findIndex((t, i) => parts.every((p, k) => doc.tokens[i + k]?.text === p));
  return { first, last: first + parts.length - 1, type, margin };
};
const typed = (doc: ReturnType<typeof docOf>, spans: ReturnType<typeof spanOf>[]) =>
  organizationCues(doc, spans, nameLexicon()).map(s => `${doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last].end)}/${s.type}`);

test('a town then a capitalized plural is a team; "the" and an unknown plural read as a place is a band; a surname or a place stays', () => {
  const doc = docOf('The Boston Braves and the Buffalo Bisons played while Jensen Ackles watched the Beatles near Sioux Falls and the UK.');
  assert.deepEqual(typed(doc, [spanOf(doc, 'Boston Braves', 'LOC'), spanOf(doc, 'Buffalo Bisons', 'PER'), spanOf(doc, 'Jensen Ackles', 'PER'),
    spanOf(doc, 'Beatles', 'LOC'), spanOf(doc, 'Sioux Falls', 'LOC'), spanOf(doc, 'UK', 'LOC')]),
  ['Boston Braves/ORG', 'Buffalo Bisons/ORG', 'Jensen Ackles/PER', 'Beatles/ORG', 'Sioux Falls/LOC', 'UK/LOC']);
});

test('initials read as a place that no list knows by those letters are an organization', () => {
  const doc = docOf('Shares of SIA rose in the UK and the USA.');
  assert.deepEqual(typed(doc, [spanOf(doc, 'SIA', 'LOC'), spanOf(doc, 'UK', 'LOC'), spanOf(doc, 'USA', 'LOC')]), ['SIA/ORG', 'UK/LOC', 'USA/LOC']);
});

test('refined names: never-name words are no name; bracketed initials after a confirmed name stay; a sure person beats a guessed work', () => {
  const lex = nameLexicon();
  const refined = (text: string, spans: (doc: ReturnType<typeof docOf>) => ReturnType<typeof spanOf>[]) => {
    const doc = docOf(text);
    return refineNames(doc, findNames(doc, lex), spans(doc), lex).map(m => `${m.text}/${m.type}`);
  };
  assert.deepEqual(refined('Sales of the new SUV rose.', d => [spanOf(d, 'SUV', 'ORG')]), []);
  const pag = refined('Penske Automotive Group (PAG) said sales rose.', d => [spanOf(d, 'Penske Automotive Group', 'ORG')]);
  assert.deepEqual(pag, ['Penske Automotive Group/ORG', 'PAG/ORG']);
  // the same initials after a name the tagger did not read as one: a weak guess, dropped
  assert.deepEqual(refined('Penske Automotive Group (PAG) said sales rose.', () => []), ['Penske Automotive Group/ORG']);
  const text = 'After seeing the success of a classmate who wrote a novel, Higuchi decided to become a novelist.';
  assert.deepEqual(refined(text, d => [spanOf(d, 'Higuchi', 'PER', 5)]), ['Higuchi/PERSON']);
  assert.deepEqual(refined(text, d => [spanOf(d, 'Higuchi', 'PER', 1)]), ['Higuchi/WORK_OF_ART']);
});

test('a work\'s name copied from a guess takes the person the other mentions of the same words say', () => {
  const lex = nameLexicon();
  const doc = docOf('Higuchi decided to become a novelist. The theme recurs in Higuchi fiction.');
  const [a, b] = doc.tokens.flatMap(t => (t.text === 'Higuchi' ? [t] : []));
  const names = (workRule: string): Mention[] => [
    { start: a.start, end: a.end, text: 'Higuchi', type: 'PERSON', kind: 'name', rule: 'mentions.name.tagger' },
    { start: b.start, end: b.end, text: 'Higuchi', type: 'WORK_OF_ART', kind: 'name', rule: workRule },
  ];
  const out = addRepeats(doc, names('mentions.name.same-document'), tokenFeatures(doc, [], lex), lex).map(m => `${m.text}/${m.type}`);
  assert.deepEqual(out, ['Higuchi/PERSON', 'Higuchi/PERSON']);
  // a work named by the rules from a cue ("product-context") is not a copy: it stays
  const cued = addRepeats(doc, names('mentions.name.product-context'), tokenFeatures(doc, [], lex), lex);
  assert.equal(cued[1].type, 'WORK_OF_ART');
});

test('a big town typed as an organization only after a body named for it is a place where the tagger reads one', () => {
  const lex = nameLexicon();
  const doc = docOf('The championship was held in a tournament in Montreal. The 1893 champion, Montreal Hockey Club, won.');
  const rules = findNames(doc, lex);
  const town = rules.find(m => m.text === 'Montreal');
  assert.equal(town?.rule, 'mentions.name.org-short', rules.map(m => `${m.text}/${m.rule}`).join(', '));
  const at = doc.tokens.findIndex(t => t.start === town!.start);
  const names = refineNames(doc, rules, [{ first: at, last: at, type: 'LOC', margin: 2 }], lex).map(m => `${m.text}/${m.type}`);
  assert.ok(names.includes('Montreal/GPE'), names.join(', '));
  // read as an organization by the tagger too, it stays one
  const org = refineNames(doc, rules, [{ first: at, last: at, type: 'ORG', margin: 2 }], lex).map(m => `${m.text}/${m.type}`);
  assert.ok(org.includes('Montreal/ORG'), org.join(', '));
});

test('a person\'s name guessed, then a place\'s head, names the place; a titled person stays one', () => {
  const lex = nameLexicon();
  const doc = docOf('We met at Cal Anderson Park on Sunday. Judge Shanlyn Park ruled on Monday.');
  const names = refineNames(doc, findNames(doc, lex), [], lex).map(m => `${m.text}/${m.type}`);
  assert.ok(names.includes('Cal Anderson Park/FAC'), names.join(', '));
  assert.ok(names.includes('Shanlyn Park/PERSON'), names.join(', '));
});

test('a town\'s name the gazetteer alone matched stands where the tagger reads a name over it, and goes where it reads none', () => {
  const lex = nameLexicon();
  const doc = docOf('We drove to Wixom on Monday.');
  const rules = findNames(doc, lex);
  assert.deepEqual(rules.map(m => m.rule), ['mentions.name.gazetteer']);
  const at = doc.tokens.findIndex(t => t.text === 'Wixom');
  assert.deepEqual(refineNames(doc, rules, [{ first: at, last: at, type: 'LOC', margin: 1 }], lex).map(m => `${m.text}/${m.type}`), ['Wixom/GPE']);
  assert.deepEqual(refineNames(doc, rules, [], lex), []);
});

test('a person\'s name right after a company\'s site or a holding in is the company\'s; after another noun it stays a person', () => {
  const doc = docOf('Ford will buy a stake in the assembly plant Automobile Craiova, said analyst Dan Ionescu.');
  assert.deepEqual(typed(doc, [spanOf(doc, 'Automobile Craiova', 'PER'), spanOf(doc, 'Dan Ionescu', 'PER')]), ['Automobile Craiova/ORG', 'Dan Ionescu/PER']);
  // a holding in a company: "a share in Aer Lingus"; "in" alone says nothing ("a meeting in Dan Ionescu's office")
  const held = docOf('The government holds a 25 percent share in Aer Lingus, and met in Dan Ionescu\'s office.');
  assert.deepEqual(typed(held, [spanOf(held, 'Aer Lingus', 'PER'), spanOf(held, 'Dan Ionescu', 'PER')]), ['Aer Lingus/ORG', 'Dan Ionescu/PER']);
});

test('no names: a brand in lower case then a capital, a name an apposition calls a product, a country before "dollars", a weekday\'s plural', () => {
  const lex = nameLexicon();
  const kept = (text: string, spans: (doc: ReturnType<typeof docOf>) => ReturnType<typeof spanOf>[]) => {
    const doc = docOf(text);
    return withoutNonNames(doc, spans(doc), lex).map(s => doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last].end));
  };
  assert.deepEqual(kept('He unveiled iCloud and iLife at a show with eBay.', d => [spanOf(d, 'iCloud', 'ORG'), spanOf(d, 'iLife', 'ORG'), spanOf(d, 'eBay', 'ORG')]), ['eBay']);
  assert.deepEqual(kept('Automator, a graphical scripting interface that enables users, ships with it.', d => [spanOf(d, 'Automator', 'PER')]), []);
  // an apposition of two noun phrases, or one whose product noun is not its head, says nothing of the name
  assert.deepEqual(kept('It has a campus in North Vancouver, an aerospace and technology campus in Richmond.', d => [spanOf(d, 'North Vancouver', 'LOC')]), ['North Vancouver']);
  assert.deepEqual(kept('Shares of Finisar, a software company, rose.', d => [spanOf(d, 'Finisar', 'ORG')]), ['Finisar']);
  const dollars = kept('It could cost a few hundred million US dollars, the US said.', d => {
    const us = d.tokens.flatMap((t, i) => (t.text === 'US' ? [i] : []));
    return us.map(i => ({ first: i, last: i, type: 'LOC' as const, margin: 10 }));
  });
  assert.deepEqual(dollars, ['US']);
  assert.deepEqual(kept('The show airs on Tuesdays and Fridays with Tuesday Weld.', d => [spanOf(d, 'Tuesdays', 'LOC'), spanOf(d, 'Fridays', 'LOC'), spanOf(d, 'Tuesday Weld', 'PER')]), ['Tuesday Weld']);
});

test('places joined by a hyphen are a place whatever the tagger typed; a company named after a small town is not', () => {
  const doc = docOf('The A380 flies the Singapore-Sydney route, a rival of Mercedes-Benz buses.');
  const out = hyphenedPlaces(doc, [spanOf(doc, 'Singapore-Sydney', 'ORG'), spanOf(doc, 'Mercedes-Benz', 'ORG')]);
  assert.deepEqual(out.map(s => s.type), ['LOC', 'ORG']);
});

test('features: a run followed by a year, past names and citation marks, is read as an author cited', () => {
  const doc = docOf('Earlier work (Dye & Bavelier, 2010; Feng, Spence, & Pratt, 2007) found it in Paris and Lyon.');
  const tf = tokenFeatures(doc, findNames(doc, nameLexicon()), nameLexicon());
  const cite = (w: string) => (tf.feats[doc.tokens.findIndex(t => t.text === w)] ?? []).filter(f => f === 'cy' || f === 'cyl');
  assert.deepEqual(cite('Dye'), ['cy']);
  assert.deepEqual(cite('Pratt'), ['cy']);
  assert.deepEqual(cite('Feng'), ['cyl']);
  assert.deepEqual(cite('Paris'), []);
});
