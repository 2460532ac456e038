// The facts stage's readings of closing, activity, signing, approval, conditions, endings,
// considerations and financing read their words from data/facts/*.tsv (and the dictionary coder
// its forms of be from the shared function words), not from alternations written into a regex:
// the kinds load, the stage files hold none of their words as alternatives, and the readings
// still fire on real sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { wordsOfKind } from '../../../src/data/lexicon.ts';
import { extract } from '../../../src/index.ts';

const MOVED: [file: string, kind: string][] = [
  ['facts/basing-words.tsv', 'closing-word'], ['facts/basing-words.tsv', 'closing-stem'], ['facts/basing-words.tsv', 'active-word'],
  ['facts/basing-words.tsv', 'close-adjective-next'], ['facts/basing-words.tsv', 'closing-unless-next'], ['facts/basing-words.tsv', 'causative-participle'], ['facts/basing-words.tsv', 'user-verb'],
  ['facts/agreement-words.tsv', 'awaiting-verb'], ['facts/agreement-words.tsv', 'approval-noun'], ['facts/agreement-words.tsv', 'consideration-lead'],
  ['facts/agreement-words.tsv', 'financing-noun'], ['facts/agreement-words.tsv', 'concluded-verb'], ['facts/agreement-words.tsv', 'negotiation-stem'],
  ['facts/agreement-words.tsv', 'ending-lead'], ['facts/agreement-words.tsv', 'condition-cue'], ['facts/agreement-words.tsv', 'signing-ahead'],
  ['facts/agreement-words.tsv', 'term-running-word'], ['facts/agreement-words.tsv', 'yet-to-be-participle'], ['lexicon/function-words.tsv', 'passive-auxiliary'],
];
/** Content words of the moved kinds: function words ("to", "may") also stand in grammatical frames of the code, which stay. */
const FRAME_WORDS = new Set(['to', 'by', 'may', 'might', 'can', 'could', 'will', 'would', 'should', 'if', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'until', 'through', 'after', 'either', 'neither', 'unless']);

test('every moved kind loads', () => {
  for (const [file, kind] of MOVED) assert.ok(wordsOfKind(file, kind).size, `${file} ${kind} is empty`);
});

test('no stage file writes a moved list back as alternatives of a regex', () => {
  const kinds = MOVED.map(([file, kind]) => ({ kind, words: new Set([...wordsOfKind(file, kind)].filter((w) => !FRAME_WORDS.has(w))) }));
  for (const f of ['stages/facts/facilities.ts', 'stages/facts/agreements.ts', 'stages/facts/handback.ts', 'stages/events/dictionary.ts']) {
    const src = readFileSync(new URL(`../../../src/${f}`, import.meta.url), 'utf8');
    for (const group of src.matchAll(/\((?:\?:)?([^()]*\|[^()]*)\)/g)) {
      // each alternative as the words it spells: "shut\\s+down" → "shut down", "hosts?" → "hosts"
      const alternatives = group[1].split('|').map((a) => a.replace(/\\s[+*]?|\\w[+*]|[?]$/g, ' ').trim().toLowerCase());
      for (const { kind, words } of kinds) {
        const inline = alternatives.filter((a) => words.has(a));
        assert.ok(inline.length < 3, `${f}: ${group[0]} holds ${inline.join(', ')} of ${kind}`);
      }
    }
  }
});

/** The kinds the facts files' last inline alternations moved to (data/facts/*.tsv, data/lexicon/function-words.tsv). */
const MOVED_LAST: [file: string, kinds: string[]][] = [
  ['facts/basing-words.tsv', ['airport-head', 'clause-end-word', 'military-unit-word', 'leaving-forces-noun', 'agreed-cue', 'located-participle',
    'has-auxiliary', 'establish-agreed-cue', 'hosting-verb', 'giving-verb', 'sent-forces-noun', 'earlier-date-lead', 'other-event-lead',
    'compass-direction', 'about-word', 'distance-unit', 'focus-head', 'region-word', 'military-name-lead', 'stationed-verb', 'handback-by-lead',
    'going-modal', 'going-verb', 'agreed-establishing-verb', 'establishing-verb', 'proposal-establishing-verb', 'proposing-stem', 'military-facility-type',
    'stationed-participle', 'building-verb', 'settlement-noun', 'another-facility-word', 'military-or-facility-type', 'airport-generic-word']],
  ['facts/agreement-words.tsv', ['not-concluded-before', 'lease-verb-subject', 'lease-noun-determiner', 'holder-modifier', 'about-preposition',
    'formal-state-head', 'not-signed-before', 'aside-opener', 'clause-turn', 'renewed-modifier', 'renewed-noun',
    'further-word', 'under-agreement-lead', 'signing-witness-verb']],
  ['lexicon/function-words.tsv', ['definite-determiner', 'demonstrative', 'base-determiner', 'facility-anaphor-determiner']],
];
/** What inline-scan.mjs flags: four or more words of three letters or more as the alternatives of a regex (outside comments). */
const WRITTEN_ALTERNATION = /(?:[A-Za-z][a-z]{2,}\|){3,}[A-Za-z][a-z]{2,}/;
const inlineAlternations = (src: string): string[] =>
  src.split('\n').filter((l) => !/^\s*(?:\/\/|\*)/.test(l)).map((l) => WRITTEN_ALTERNATION.exec(l)?.[0]).filter((m): m is string => !!m);

test('no facts file writes a word list back as a regex alternation, and the kinds they read load', () => {
  for (const [file, kinds] of MOVED_LAST) for (const kind of kinds) assert.ok(wordsOfKind(file, kind).size, `${file} ${kind} is empty`);
  // the scan finds what it is for: a list written back, case kept or not
  assert.deepEqual(inlineAlternations('const X = /\\b(?:troops|forces|personnel|soldiers)\\s+/i;\n// (?:a|comment|only|here|too)'), ['troops|forces|personnel|soldiers']);
  assert.deepEqual(inlineAlternations('const U = /\\b(?:Naval|Marine|Air|Camp|Fort)\\b/;'), ['Naval|Marine|Air|Camp|Fort']);
  const dir = new URL('../../../src/stages/facts/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => new URL(f, dir));
  assert.ok(files.length >= 10, 'the facts stage files are found');
  for (const url of [...files, new URL('../../../src/data/facilities.ts', import.meta.url)]) {
    const src = readFileSync(url, 'utf8');
    assert.deepEqual(inlineAlternations(src), [], url.pathname);
    // nor as a set or table of words (sets of type names, upper case, are no word lists)
    assert.doesNotMatch(src, /new (?:Set|Map)\(\[\s*['"][a-z]|wordTable\(\{/, url.pathname);
  }
});

test('the readings still fire on real sentences', () => {
  const agreements = (text: string) => (extract(text, { id: 't', published: '2009-02-04' }).facts ?? []).filter((f) => f.kind === 'agreement') as { status?: string; consideration?: { text: string }[] }[];
  const statusOf = (text: string) => agreements(text).map((f) => f.status);
  // talks under way (negotiation-stem), a signing to come (signing-ahead), an approval awaited (awaiting-verb, approval-noun)
  assert.deepEqual(statusOf('Boeing had initially agreed to lease 100 tankers, but in 2003 a scandal erupted when it emerged that Boeing executive Michael M. Sears arranged a job for USAF official Darleen Druyun while negotiations were still underway.'), ['planned']);
  assert.deepEqual(statusOf('Russia and Abkhazia are expected to sign an agreement on a Russian military base.'), ['planned']);
  assert.deepEqual(statusOf('The Agreement between the Russian Federation and the Republic of Abkhazia on an Integrated Russian Military Base still awaits ratification.'), ['pending']);
  // what is given in exchange (consideration-lead)
  assert.deepEqual(agreements('Russia agreed to lease the base from Kyrgyzstan in return for debt relief.')[0]?.consideration?.map((c) => c.text), ['debt relief']);
  // a facility closed (closing-word)
  const facility = (text: string) => (extract(text, { id: 't', published: '2014-06-03' }).facts ?? []).find((f) => f.kind === 'facility') as { status?: string } | undefined;
  assert.equal(facility('The Russian military base in Kyrgyzstan was shut down last year.')?.status, 'closed');
});
