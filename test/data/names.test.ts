import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchKnownName, knownName, isCommonWord, isPersonName, placeNameIndex } from '../../src/data/names.ts';
import { tokenize } from '../../src/stages/segment/tokens.ts';

/** Every known name the matcher finds, scanning left to right, longest first. */
function names(sentence: string): string[] {
  const words = tokenize(sentence).map((t) => t.text);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i])) continue;
    const m = matchKnownName(words, i);
    if (m && m.risky) continue; // "As", "On", "June": the mention stage needs more than a capital
    if (m) { found.push(words.slice(i, i + m.length).join(' ')); i += m.length - 1; }
  }
  return found;
}

test('finds multi-token names in a real sentence, longest first', () => {
  const s = 'As far as the Kant Air Base concerned, it is a military air base in Ysyk-Ata District of Chuy oblast in Kyrgyzstan.';
  assert.deepEqual(names(s), ['Kant', 'Ysyk-Ata District', 'Chuy oblast', 'Kyrgyzstan']);
  const t = 'On the last day of his trip, June 24, Atambayev went to the Russian republic of Tatarstan.';
  assert.deepEqual(names(t), ['Russian', 'Tatarstan']);
  assert.deepEqual(names('RIA Novosti quoted the Russian Federation and the Kremlin.'), ['RIA Novosti', 'Russian Federation', 'Kremlin']);
  assert.deepEqual(names('Officials in Washington, D.C. and New York City met South Korean envoys.'),
    ['Washington , D.C.', 'New York City', 'South Korean']);
});

test('tells what a name is', () => {
  const kyrgyz = knownName('Kyrgyz')!;
  assert.ok(kyrgyz.sources.includes('demonym'));
  const moscow = knownName('Moscow')!;
  assert.ok(moscow.sources.includes('seat') && moscow.sources.includes('place'));
  assert.ok(moscow.population > 10_000_000);
  assert.ok(knownName('Central Asia')!.sources.includes('area'));
  assert.ok(knownName('Taliban')!.sources.includes('organization'));
  assert.equal(knownName('Qwxzptlk'), undefined);
});

test('flags town names that are ordinary words', () => {
  for (const w of ['Nice', 'Reading', 'Bath', 'Of', 'Split', 'Mobile', 'Police', 'Man', 'Will', 'Turkey']) {
    assert.ok(isCommonWord(w), w);
    const k = knownName(w);
    assert.ok(k?.risky, `${w} should be risky`);
  }
  for (const w of ['Kazan', 'Bishkek', 'Tatarstan', 'Kyrgyzstan']) assert.equal(knownName(w)?.risky, false, w);
});

test('flags place names that are people\'s names', () => {
  // from Wikinews business stories: "Michael", "Wilson" and "Obama" are towns somewhere too
  for (const w of ['Michael', 'Wilson', 'Obama', 'Kennedy']) {
    assert.ok(isPersonName(w), w);
    assert.equal(knownName(w)?.personName, true, w);
  }
  for (const w of ['Kazan', 'Moscow', 'Bishkek']) assert.equal(knownName(w)?.personName, false, w);
  for (const w of ['Wall', 'Street', 'Congress', 'Mission', 'Delta']) assert.ok(isCommonWord(w), w);
});

test('a country or organization in capitals is not risky, the same word in lowercase is', () => {
  assert.equal(knownName('US')?.risky, false);
  assert.equal(knownName('U.S.')?.risky, false);
  assert.equal(knownName('us')?.risky, true);
  assert.equal(knownName('Us')?.risky, true);
  const words = tokenize('Kyrgyzstan asked the US to leave.').map((t) => t.text);
  const m = matchKnownName(words, 3);
  assert.equal(m?.length, 1);
  assert.equal(m?.risky, false);
  assert.ok(m?.sources.includes('country'));
});

test('acronyms count only in capitals', () => {
  assert.equal(knownName('WHO')?.acronym, true);
  assert.equal(knownName('NATO')?.acronym, false); // "Nato" is also written so
  assert.equal(knownName('RIA Novosti')?.acronym, false);
});

test('the first-word index covers the curated lists', () => {
  const idx = placeNameIndex();
  assert.ok((idx.get('ria') ?? 0) >= 2);
  assert.ok((idx.get('central') ?? 0) >= 2);
  assert.ok((idx.get('russian') ?? 0) >= 2);
});
