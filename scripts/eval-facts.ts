// npm run eval:facts — the facts layer on hand-read facts, per set and per field:
// the Wikinews business set (eleven MEANTIME articles), the basing set (test/fixtures/facts/bases),
// the held-out basing set (test/fixtures/facts/bases-heldout) and the example. `--errors` lists misses and extras; `--set bases` runs one set.
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.ts';
import { scoreFacts, type GoldFact } from '../src/eval/facts-score.ts';

const fixtures = new URL('../test/fixtures/', import.meta.url);
const lines = (path: string) => readFileSync(new URL(path, fixtures), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
type Doc = { id: string; text: string; published?: string };

const sets: { name: string; docs: () => Doc[]; gold: string }[] = [
  { name: 'wikinews', docs: () => lines('meantime-dev.gold.jsonl'), gold: 'facts/meantime-facts.gold.jsonl' },
  { name: 'bases', docs: () => lines('facts/bases/bases.docs.jsonl'), gold: 'facts/bases/bases.gold.jsonl' },
  // held out: annotated before the system was first run on it, not read while rules were written
  { name: 'bases-heldout', docs: () => lines('facts/bases-heldout/heldout.docs.jsonl'), gold: 'facts/bases-heldout/heldout.gold.jsonl' },
  { name: 'example', docs: () => lines('kyrgyzstan-bases.gold.jsonl'), gold: 'facts/example-facts.gold.jsonl' },
];

const verbose = process.argv.includes('--errors');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
for (const set of sets) {
  if (only && set.name !== only) continue;
  const corpus = new Map(set.docs().map(d => [d.id, d]));
  const gold: { id: string; facts: GoldFact[] }[] = lines(set.gold);
  const pairs = gold.map(g => {
    const d = corpus.get(g.id)!;
    return { doc: extract(d.text, { id: d.id, published: d.published }), gold: g.facts };
  });
  console.log(`== ${set.name} (${pairs.length} documents)`);
  for (const s of scoreFacts(pairs)) {
    console.log(`${s.kind.padEnd(10)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
    for (const [k, v] of Object.entries(s.fields)) console.log(`  ${k.padEnd(10)} ${v.right}/${v.total}`);
    if (verbose) { for (const m of s.misses) console.log(`  miss  ${m}`); for (const e of s.extras) console.log(`  extra ${e}`); for (const w of s.wrong) console.log(`  wrong ${w}`); }
  }
}
