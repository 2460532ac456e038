// The stages' word lists live in data/ (issue 16 item 5): every kind a stage asks for is in its file and
// documented in the file's header, and the tables built from them hold what the rules read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { tsvRows, wordAlternation, wordKinds, writtenAlternation } from '../../src/data/lexicon.ts';
import { NUMBER_WORDS, UNITS, WEEKDAYS, ZONES } from '../../src/stages/times/lexicon.ts';
import { BODY_NOUNS, CLAUSE_OPENERS, OFFICE_TITLES, PERSON_NOUNS, SPEECH_VERBS, WEEKDAYS as QUOTE_WEEKDAYS } from '../../src/stages/quotes/lexicon.ts';
import { alternation, AGREEMENT_WORDS, stemAlternation, table, verbAlternation, words } from '../../src/stages/facts/words.ts';
import { functionWords } from '../../src/data/lexicon.ts';
import { eventAlternation, eventTable, eventWords, eventWordsUpper } from '../../src/stages/events/lexicon.ts';

const SRC = new URL('../../src/stages/', import.meta.url);
const DATA = new URL('../../data/', import.meta.url);

function sources(dir: URL): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...sources(new URL(`${e.name}/`, dir)));
    else if (e.name.endsWith('.ts')) out.push(readFileSync(new URL(e.name, dir), 'utf8'));
  }
  return out;
}

test('every kind a stage asks of a kinded list is in the list and named in its header', () => {
  const files: [string, RegExp][] = [
    ['lexicon/speech-words.tsv', /\b(?:speech|speechWords)\('([a-z-]+)'\)/g],
    ['lexicon/function-words.tsv', /\b(?:closed|functionWords)\('([a-z-]+)'\)/g],
    ['lexicon/time-words.tsv', /\b(?:timeWords|timeValues|timeNumbers|numbers)\('([a-z-]+)'\)/g],
    ['lexicon/entity-words.tsv', /\b(?:entityWords|entityValues|entityAlternation|entityWrittenAlternation)\('([a-z-]+)'\)/g],
    ['facts/agreement-words.tsv', /\b(?:A|STEMS)\('([a-z-]+)'\)/g],
    ['facts/basing-words.tsv', /\b(?:words|table|alternation|verbAlternation|stemAlternation)\('([a-z-]+)'\)/g],
    ['cameo/event-words.tsv', /\b(?:eventWords|eventWordsUpper|eventTable|eventAlternation)\('([a-z-]+)'\)/g],
  ];
  const code = [...sources(SRC), readFileSync(new URL('../../src/data/lexicon.ts', import.meta.url), 'utf8')].join('\n');
  for (const [file, call] of files) {
    const kinds = new Set(tsvRows(file).map((r) => r[1]));
    const header = readFileSync(new URL(file, DATA), 'utf8');
    const asked = new Set([...code.matchAll(call)].map((m) => m[1]));
    assert.ok(asked.size > 3, `${file}: the stages ask for its kinds`);
    for (const k of asked) {
      if (!kinds.has(k)) continue; // a helper of the same name reading another file
      assert.ok(header.includes(k), `${file}: kind ${k} documented`);
    }
    for (const r of tsvRows(file)) assert.ok(r[0] !== '' && r[0] === r[0].trim(), `${file}: entry "${r[0]}" clean`);
  }
});

test('times: number words with their compounds, units, weekdays, zones from time-words.tsv', () => {
  assert.equal(NUMBER_WORDS.get('twenty-five'), 25);
  assert.equal(NUMBER_WORDS.get('ninety-nine'), 99);
  assert.equal(NUMBER_WORDS.get('a'), 1);
  assert.equal(NUMBER_WORDS.has('twenty-a'), false);
  assert.equal(NUMBER_WORDS.size, 20 + 8 * 10 + 5);
  assert.deepEqual(UNITS.get('hours'), { code: 'H', time: true, plural: true });
  assert.deepEqual(UNITS.get('decade'), { code: 'DE', time: false, plural: false });
  assert.equal(WEEKDAYS.get('thurs.'), 4);
  assert.equal(ZONES.get('pdt'), -420);
});

test('quotes: speech verbs, person and body nouns (with the company descriptions), office titles, openers as written', () => {
  assert.ok(SPEECH_VERBS.has('said') && SPEECH_VERBS.has('quipped') && !SPEECH_VERBS.has('eat'));
  assert.ok(PERSON_NOUNS.has('automaker') && BODY_NOUNS.has('automaker') && PERSON_NOUNS.has('spokeswoman') && !BODY_NOUNS.has('spokeswoman'));
  assert.equal(OFFICE_TITLES.premier, 'prime minister');
  assert.equal(OFFICE_TITLES['prime minister'], 'prime minister');
  assert.equal(OFFICE_TITLES.constructor, undefined);
  assert.ok(CLAUSE_OPENERS.has('However') && !CLAUSE_OPENERS.has('however'));
  assert.ok(QUOTE_WEEKDAYS.has('Monday') && !QUOTE_WEEKDAYS.has('Mon.'));
});

test('facts: agreement regexes built from the list match the class, longest phrase first', () => {
  const noun = new RegExp(`\\b${alternation('agreement-noun', AGREEMENT_WORDS)}s?\\b`, 'i');
  assert.equal(noun.exec('signed a memorandum of understanding on gas')?.[0], 'memorandum of understanding');
  assert.equal(noun.exec('the MoU was signed')?.[0], 'MoU');
  const cancel = new RegExp(`\\b(?:${alternation('cancelling-word', AGREEMENT_WORDS)}|${stemAlternation('cancelling-stem', AGREEMENT_WORDS)})\\b`, 'i');
  assert.equal(cancel.exec('Kyrgyzstan terminated the lease')?.[0], 'terminated');
  assert.equal(cancel.exec('the deal fell  through')?.[0], 'fell  through');
  assert.equal(cancel.test('the lease was signed'), false);
  assert.equal(wordAlternation('facts/agreement-words.tsv', 'lead-verb-stem'), '(?:terminat|scrapp)');
  // a verb's regular forms are generated from its base, not typed
  const lead = new RegExp(`^${verbAlternation('lead-verb-regular', AGREEMENT_WORDS)}$`, 'i');
  assert.deepEqual(['extend', 'extends', 'extended', 'extending', 'renewed', 'prolonging', 'extendeded'].map((w) => lead.test(w)), [true, true, true, true, true, true, false]);
});

test('events: every kind of event-words.tsv is read by an events file, and each reads as the rules use it', () => {
  const code = sources(new URL('events/', SRC)).join('\n');
  const asked = new Set([...code.matchAll(/\b(?:eventWords|eventWordsUpper|eventTable|eventAlternation)\('([a-z-]+)'\)/g)].map((m) => m[1]));
  const kinds = new Set(tsvRows('cameo/event-words.tsv').map((r) => r[1]));
  assert.deepEqual([...kinds].filter((k) => !asked.has(k)), [], 'no kind left unread');
  assert.deepEqual([...asked].filter((k) => !kinds.has(k)), [], 'no kind asked that the file lacks');
  for (const r of tsvRows('cameo/event-words.tsv')) assert.equal(r[0], r[0].toLowerCase(), `entry "${r[0]}" lower case`);
  assert.ok(eventWords('adverb').has('reportedly') && !eventWords('adverb').has('family'));
  assert.ok(eventWords('not-adverb').has('family'));
  // the Petrarch coder reads upper-case trees: its kinds are upper-cased once, clitics too
  assert.ok(eventWordsUpper('coder-be').has("'S") && eventWordsUpper('coder-be').has('GOTTEN'));
  assert.ok(eventWordsUpper('coder-negation').has("N'T"));
  assert.equal(eventTable('irregular-form').went, 'go');
  assert.equal(eventTable('irregular-form')["won't"], 'will');
  assert.equal(eventTable('sector-noun').troops, 'MIL');
  assert.equal(eventTable('sector-noun').constructor, undefined);
  assert.equal(eventTable('state-pair-head')['prime minister'], 'GOV');
  const mil = new RegExp(`\\b${eventAlternation('military-title')}\\b`, 'i');
  assert.deepEqual(['Chief of Staff', 'defense chief', 'Major General', 'majority leader'].map((s) => mil.test(s)), [true, true, true, false]);
  // the reader's forms of be are the shared closed class
  assert.deepEqual([...functionWords('passive-auxiliary')].sort(), ['are', 'be', 'been', 'being', 'is', 'was', 'were']);
  assert.throws(() => eventWords('no-such-kind'), /empty or absent/);
});

test('facts: facility phrase words and type tables from basing-words.tsv', () => {
  assert.equal(table('facility-head').crossing, 'border crossing');
  assert.equal(table('facility-head').constructor, undefined);
  assert.equal(table('facility-compound')['transit center'], 'air base');
  assert.ok(words('military-head').has('air base') && words('ambiguous-facility-head').has('bridge'));
  assert.ok(words('not-facility-before').has('customer') && words('name-tail-head').has('garrison'));
  assert.ok(words('industrial-type').has('power plant') && !words('industrial-type').has('air base'));
});

test('a word listed on two rows has both kinds, and the kind lists rows share stay as written', () => {
  const kinds = wordKinds('lexicon/function-words.tsv');
  // "after" is on a row of each class it belongs to: the events reader's two, after the kinds named by use
  assert.deepEqual(kinds.get('after')?.slice(-2), ['preposition', 'subordinator']);
  assert.ok(kinds.get('on')?.includes('preposition') && !kinds.get('on')?.includes('subordinator'));
  assert.deepEqual(wordKinds('facts/basing-words.tsv').get('abandon'), ['closing-stem', 'give-up-verb']);
});

/** The groups of a source file that alternate 3+ plain words ("(?:the|this|that)", "(at|to|from)", "air\\s+base"), outside
 * comments. Morphology is not a word list: groups with a one-letter alternative ("(ese|ss|…|s)") or only two-letter ones
 * ("(st|nd|rd|th)", TIMEX codes "SP|SU|FA|WI") pass. */
function wordAlternations(src: string): string[] {
  const out: string[] = [];
  for (const line of src.split('\n')) {
    if (/^\s*(?:\/\/|\*)/.test(line)) continue;
    for (const g of line.matchAll(/\((?:\?:)?([^()]*\|[^()]*)\)/g)) {
      const alternatives = g[1].split('|').map((a) => a.replace(/\\s[+*]?/g, ' ').trim());
      if (alternatives.length >= 3 && alternatives.every((a) => /^[A-Za-z]{2,}(?: [A-Za-z]{2,})*$/.test(a)) && alternatives.some((a) => a.length >= 3)) out.push(g[0]);
    }
  }
  return out;
}

test('entities, coref, quotes, times, numbers, demonyms and the coref eval write no word list back into a regex', () => {
  // the scan catches what these files held before their lists moved to data/
  assert.deepEqual(wordAlternations('const h = /\\b(mr|mrs|ms|miss|sir|dame|lady|lord)\\.?\\s+$/.exec(before);'), ['(mr|mrs|ms|miss|sir|dame|lady|lord)']);
  assert.equal(wordAlternations("if (t[k] && /^(of|for|at|in|to)$/.test(t[k].text)) {").length, 1);
  assert.equal(wordAlternations('const TAIL = /\\s+(?:air\\s*base|airbase|naval\\s+base|base)$/i; // (a|bb|cc)').length, 1);
  assert.equal(wordAlternations('/(ese|ss|sh|ch|z|x|i|s)$/i.test(d) || /\\d(st|nd|rd|th)$/.test(w)').length, 0);
  // a transliterated Russian adjective ending ("Batkenskiy") is morphology, kept in normalize.ts
  const MORPHOLOGY = new Set(['(?:skiy|skij|skiy|sky|skii|skaya|skaja|skoy|ski)']);
  const src = new URL('../../src/', import.meta.url);
  const files = [
    ...['stages/entities/', 'stages/coref/', 'stages/quotes/', 'stages/times/'].flatMap((dir) =>
      (readdirSync(new URL(dir, src), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => dir + f)),
    'stages/mentions/numbers.ts', 'data/countries.ts', 'data/normalize.ts', 'eval/coref.ts',
  ];
  assert.ok(files.length > 40, `${files.length} files scanned`);
  for (const f of files) {
    const inline = wordAlternations(readFileSync(new URL(f, src), 'utf8')).filter((g) => !MORPHOLOGY.has(g));
    assert.deepEqual(inline, [], `${f} writes a word list into a regex: read it from data/ (src/data/lexicon.ts)`);
  }
});

test('the lists moved out of entities, coref, quotes, times, numbers and demonyms still read real text', async () => {
  const { extract } = await import('../../src/index.ts');
  const { facilityNamesake } = await import('../../src/stages/entities/geo.ts');
  const { countryByDemonym } = await import('../../src/stages/mentions/world.ts');
  const { writtenAlternation } = await import('../../src/data/lexicon.ts');
  const pronouns = (text: string) => (extract(text, { id: 't', published: '2009-11-02' }).mentions ?? []).filter((m) => m.kind === 'pronoun').map((m) => m.entity);
  // gender-honorific: "Lady" makes Ashton the "she"; "Mr." makes the one-word Ashton a surname and a "he", though
  // "Ashton" is also a woman's first name
  assert.deepEqual(pronouns('Lady Ashton met Mr. Asanov on Monday. She said the talks went well.'), ['ashton']);
  assert.deepEqual(pronouns('Mr. Ashton met Asanov on Monday. She said the talks went well.'), ['asanov']);
  // ordinals of a quarter, mod-of before a year, tens and ones of a cardinal
  const doc = extract('Boeing posted a third-quarter loss in mid-2009. Twenty-five workers left.', { id: 't', published: '2009-11-02' });
  assert.deepEqual(doc.times?.map((t) => [t.text, t.value, t.mod]), [['third-quarter', '2009-Q3', undefined], ['mid-2009', '2009', 'MID']]);
  assert.equal((doc.mentions ?? []).find((m) => m.text === 'Twenty-five')?.amount, 25);
  // facility-tail, site-tail
  assert.equal(facilityNamesake('Kant Air Base'), 'Kant');
  assert.equal(facilityNamesake('Baikonur Cosmodrome'), 'Baikonur');
  // s-plural: Israelis, Thais; Chinese stays as it is
  assert.equal(countryByDemonym('Israelis')?.iso3, 'ISR');
  assert.equal(countryByDemonym('Thais')?.iso3, 'THA');
  assert.equal(countryByDemonym('Chineses'), undefined);
  // case-kept kinds stay case-kept: "Spokesman" in a title, not "spokesman"
  const speaks = new RegExp(`\\b${writtenAlternation('lexicon/entity-words.tsv', 'speaks-for-others')}\\b`);
  assert.ok(speaks.test('Foreign Ministry Spokesman') && !speaks.test('a spokesman'));
});

test('an alternation of a kind the file does not hold is refused, not built as an empty pattern that matches everywhere', () => {
  assert.throws(() => wordAlternation('facts/basing-words.tsv', 'no-such-kind'), /empty or absent/);
  assert.throws(() => writtenAlternation('facts/basing-words.tsv', 'no-such-kind', 'one'), /empty or absent/);
  assert.deepEqual('these bases'.match(new RegExp('^' + wordAlternation('lexicon/function-words.tsv', 'demonstrative')))?.[0], 'these', 'longest first: not "the"');
});
