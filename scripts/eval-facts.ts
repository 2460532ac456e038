// npm run eval:facts — the facts layer on hand-read facts of eleven Wikinews articles.
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.ts';
import { scoreFacts, type GoldFact } from '../src/eval/facts-score.ts';

const fixtures = new URL('../test/fixtures/', import.meta.url);
const corpus = new Map(readFileSync(new URL('meantime-dev.gold.jsonl', fixtures), 'utf8').split('\n').filter(Boolean)
  .map(l => JSON.parse(l)).map(d => [d.id, d]));
const gold: { id: string; facts: GoldFact[] }[] = readFileSync(new URL('facts/meantime-facts.gold.jsonl', fixtures), 'utf8')
  .split('\n').filter(Boolean).map(l => JSON.parse(l));

const pairs = gold.map(g => {
  const d = corpus.get(g.id);
  return { doc: extract(d.text, { id: d.id, published: d.published }), gold: g.facts };
});
const verbose = process.argv.includes('--errors');
for (const s of scoreFacts(pairs)) {
  console.log(`${s.kind.padEnd(10)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  for (const [k, v] of Object.entries(s.fields)) console.log(`  ${k.padEnd(10)} ${v.right}/${v.total}`);
  if (verbose) { for (const m of s.misses) console.log(`  miss  ${m}`); for (const e of s.extras) console.log(`  extra ${e}`); }
}
