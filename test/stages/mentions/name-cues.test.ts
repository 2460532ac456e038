// The name finder's cue words come from data/lexicon/name-cues.tsv (one kinded list), not from
// sets inside the stage: the kinds load, one word may serve several uses, and the rules that read
// them still fire on real sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { amountWords, endsWithAny, nameCues } from '../../../src/stages/mentions/lexicon.ts';
import { extract } from '../../../src/index.ts';
import { isCapWord } from '../../../src/stages/mentions/chunks.ts';
import type { Token } from '../../../src/document/doc.ts';

test('every kind of the cue list loads, and a word may have several kinds', () => {
  const c = nameCues();
  assert.ok(c.locatives.has('in') && c.strongLocatives.has('in'));
  assert.ok(!c.strongLocatives.has('across') && c.locatives.has('across'));
  assert.ok(c.geoPrefixes.has('island') && c.geoSuffixes.has('island'));
  assert.equal(c.norpGroups.get('kurds'), 'ethnic');
  assert.deepEqual(c.facilityTails.find(t => t.join(' ') === 'nuclear power plant'), ['nuclear', 'power', 'plant']);
  assert.ok(endsWithAny('japarov', c.familyEndings) && !endsWithAny('smith', c.familyEndings));
  assert.ok(c.gerundObjects.has('the') && c.divisionWords.has('europe') && !c.divisionWords.has('falcon'));
  for (const [k, v] of Object.entries(c)) assert.ok((v as { size?: number; length?: number }).size ?? (v as unknown[]).length, `kind ${k} is empty`);
});

test('the words of amounts keep their case and values', () => {
  const a = amountWords();
  assert.equal(a.scales.get('bn'), 1e9);
  assert.equal(a.dollarPrefixes.get('HK'), 'HKD');
  assert.equal(a.currencyCodesBefore.get('Rs.'), 'INR');
  assert.equal(a.units.get('m'), 'm');
  assert.equal(a.numberWords.get('dozen'), 12);
});

test('no stage file of the rules holds an inline word set', () => {
  const rules = readdirSync(new URL('../../../src/stages/mentions/rules/', import.meta.url)).map(f => `rules/${f}`);
  assert.ok(rules.length >= 10);
  for (const f of ['cues.ts', 'known.ts', 'chunks.ts', 'products.ts', 'military.ts', 'numbers.ts', ...rules]) {
    const src = readFileSync(new URL(`../../../src/stages/mentions/${f}`, import.meta.url), 'utf8');
    assert.doesNotMatch(src, /new (?:Set|Map)\(\[/, f);
  }
});

test('rules reading the cue list still type names', () => {
  const doc = extract('The tanker Stena Impero was seized near the Strait of Hormuz. Kurds marched in Kherson Oblast. Sadyr Japarov spoke.');
  const typed = new Map((doc.mentions ?? []).map(m => [m.text, m.type]));
  assert.equal(typed.get('Stena Impero'), 'PRODUCT');
  assert.equal(typed.get('Strait of Hormuz'), 'LOC');
  assert.equal(typed.get('Kherson Oblast'), 'GPE');
  assert.equal(typed.get('Kurds'), 'NORP');
  assert.equal(typed.get('Sadyr Japarov'), 'PERSON');
  // a name glued to a participle (hyphen-participle): the name alone, cut before the hyphen
  const hy = extract('A Moscow-based firm, Gazprom-backed, said so.').mentions ?? [];
  assert.deepEqual(hy.map(m => [m.text, m.type]), [['Moscow', 'GPE'], ['Gazprom', 'ORG']]);
  // a lowercase particle and a hyphen before a family name keep it in the name (hyphen-name-particle);
  // other lowercase hyphenated words do not start one
  const particle = extract('General Abdel Fattah al-Burhan met Abdel Fattah el-Sisi. A co-founder spoke.').mentions ?? [];
  assert.deepEqual(particle.filter(m => m.kind === 'name').map(m => [m.text, m.type]),
    [['Abdel Fattah al-Burhan', 'PERSON'], ['Abdel Fattah el-Sisi', 'PERSON']]);
});

test('a division word keeps a part of a company in its name; a determiner makes a first word a verb', () => {
  const names = (t: string) => (extract(t).mentions ?? []).filter(m => m.kind === 'name').map(m => [m.text, m.type]);
  // division-word: "GM Europe" is one organization, "Ford Falcon" a maker and its model
  assert.deepEqual(names('Ford Falcon sales rose while GM Europe slowed.'), [['Ford', 'ORG'], ['Falcon', 'PRODUCT'], ['GM Europe', 'ORG']]);
  // gerund-object: "Reading the statement" opens with a verb, "to Reading" names the town
  assert.deepEqual(names('Reading the statement aloud, he paused. They drove to Reading.'), [['Reading', 'GPE']]);
});

test('a hyphen-name particle makes a capitalized word only before a capital', () => {
  const word = (text: string) => isCapWord({ kind: 'word', text } as Token);
  assert.ok(word('al-Burhan') && word('bin-Salman') && word('ash-Sharif'));
  assert.ok(!word('co-Founder') && !word('al-qaeda') && !word('al') && !word('Al-Burhan'.toLowerCase()));
});
