import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nounPlural, verbForms, wordsOfKind, wordsOfKindInflected } from '../../src/data/lexicon.ts';

test('inflections are generated, not typed: plurals and verb forms', () => {
  assert.deepEqual(['company', 'watchdog', 'press', 'daily', 'start-up'].map(nounPlural), ['companies', 'watchdogs', 'presses', 'dailies', 'start-ups']);
  assert.deepEqual(verbForms('announce'), ['announces', 'announced', 'announcing']);
  assert.deepEqual(verbForms('deny'), ['denies', 'denied', 'denying']);
});

test('one kinded org-noun list: companies, state bodies, media; the plurals come with the kind', () => {
  const f = 'lexicon/org-nouns.tsv';
  assert.ok(wordsOfKind(f, 'company').has('automaker') && wordsOfKind(f, 'state-body').has('ministry') && wordsOfKind(f, 'media').has('broadcaster'));
  const forms = wordsOfKindInflected(f, 'company', 'noun');
  assert.ok(forms.has('automakers') && forms.has('companies') && forms.has('airline'));
  assert.ok(!wordsOfKind(f, 'company').has('ministry'));
});
