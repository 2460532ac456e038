// Coreference floors on GUM (../shared/corpora/gum-ud): the interviews and biographies, where
// people are talked about at length. Figures: npx tsx scripts/eval-coref.ts (all 84 documents).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { emptyCount, readGum, scoreCoref, type CorefScores } from '../../../src/eval/coref.ts';

const DIR = new URL('../../../../shared/corpora/gum-ud/', import.meta.url);

test('pronoun and nominal antecedents on GUM interviews and biographies hold their floor', { skip: !existsSync(DIR) && 'no ../shared/corpora/gum-ud' }, () => {
  const scores: CorefScores = { pronouns: emptyCount(), nominals: emptyCount(), byWord: new Map(), errors: [] };
  for (const f of readdirSync(DIR).filter(f => /^GUM_(interview|bio)_.*\.conllu$/.test(f))) {
    const gold = readGum(readFileSync(new URL(f, DIR), 'utf8'));
    scoreCoref(extract(gold.text, { id: gold.id, published: gold.published }), gold, scores);
  }
  const p = scores.pronouns;
  assert.ok(p.right / p.linked >= FLOOR.accuracy, `pronoun accuracy ${p.right}/${p.linked}`);
  assert.ok(p.right / p.resolvable >= FLOOR.coverage, `pronoun coverage ${p.right}/${p.resolvable}`);
  const n = scores.nominals;
  assert.ok(n.right / n.linked >= FLOOR.nominalAccuracy, `nominal accuracy ${n.right}/${n.linked}`);
  assert.ok(n.right / n.resolvable >= FLOOR.nominalCoverage, `nominal coverage ${n.right}/${n.resolvable}`);
});

// measured: pronouns 89.9% accurate (687/764), 76.8% covered (of 895); nominals (people, organizations) 23/23, 31.5% covered (of 73)
const FLOOR = { accuracy: 0.87, coverage: 0.74, nominalAccuracy: 0.9, nominalCoverage: 0.28 };

test('GUM text is rebuilt as gum-dev.gold.jsonl has it, so offsets align', { skip: !existsSync(DIR) && 'no gum-ud' }, () => {
  const dev = new URL('../../../../shared/corpora/gum-dev.gold.jsonl', import.meta.url);
  const first = JSON.parse(readFileSync(dev, 'utf8').split('\n')[0]);
  const gold = readGum(readFileSync(new URL(`${first.id}.conllu`, DIR), 'utf8'));
  assert.equal(gold.text, first.text);
  const bos = gold.mentions.find(m => gold.text.slice(m.start, m.end) === 'Biologist Nick Bos');
  assert.equal(bos?.form, 'name');
  assert.equal(bos?.etype, 'person');
});
