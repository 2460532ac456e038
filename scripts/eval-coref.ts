// Coreference on GUM: npx tsx scripts/eval-coref.ts [--genre interview,bio] [--errors] [--rules] [--dir PATH] [--speed]
// Pronoun and nominal antecedent accuracy (right / linked) and coverage (right / resolvable),
// over the 84 GUM documents of ../shared/corpora/gum-ud (see src/eval/coref.ts for the rules).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../src/index.ts';
import { emptyCount, readGum, scoreCoref, type CorefCount, type CorefScores } from '../src/eval/coref.ts';

const { values } = parseArgs({ options: {
  genre: { type: 'string' }, errors: { type: 'boolean', default: false }, rules: { type: 'boolean', default: false },
  speed: { type: 'boolean', default: false },
  dir: { type: 'string', default: new URL('../../shared/corpora/gum-ud', import.meta.url).pathname },
} });
const genres = values.genre?.split(',');
const files = readdirSync(values.dir!).filter(f => f.endsWith('.conllu') && (!genres || genres.some(g => f.startsWith(`GUM_${g}_`)))).sort();
const scores: CorefScores = { pronouns: emptyCount(), nominals: emptyCount(), byWord: new Map(), errors: [], byRule: new Map() };
const t0 = performance.now();
for (const f of files) {
  const gold = readGum(readFileSync(join(values.dir!, f), 'utf8'));
  const system = extract(gold.text, { id: gold.id, published: gold.published, title: gold.title });
  scoreCoref(system, gold, scores);
}
const pct = (a: number, b: number) => (b ? (100 * a / b).toFixed(1) : '-').padStart(5);
const row = (name: string, c: CorefCount) =>
  `${name.padEnd(9)} accuracy ${pct(c.right, c.linked)}% (${c.right}/${c.linked} linked)   coverage ${pct(c.right, c.resolvable)}% (of ${c.resolvable} resolvable)`;
console.log(`coreference on GUM: ${files.length} documents (${Math.round(performance.now() - t0)} ms)`);
console.log(row('pronouns', scores.pronouns));
console.log(row('nominals', scores.nominals));
// per pronoun: right / linked (accuracy), and right / resolvable (coverage)
console.log('  by pronoun (right/linked of resolvable): ' + [...scores.byWord].sort((a, b) => b[1].resolvable - a[1].resolvable || b[1].linked - a[1].linked)
  .map(([w, c]) => `${w} ${c.right}/${c.linked} of ${c.resolvable}`).join(', '));
if (values.rules) for (const [r, c] of [...scores.byRule!].sort((a, b) => b[1].linked - a[1].linked)) console.log(`  ${r.padEnd(36)} ${c.right}/${c.linked}`);
if (values.errors) for (const e of scores.errors) console.log(`  ${e.doc} ${e.kind} "${e.text}"@${e.at} → ${e.system}; gold ${e.gold}`);

// speed of the coreference stage alone (CPU time): the example and the MEANTIME texts, the earlier stages run once
if (process.argv.includes('--speed')) {
  const { createDoc } = await import('../src/document/doc.ts');
  const { newsEnglishStages } = await import('../src/pipeline/presets/news-en.ts');
  const { corefStage } = await import('../src/stages/coref/index.ts');
  const fixtures = new URL('../test/fixtures/', import.meta.url);
  const articles = readFileSync(new URL('meantime-dev.gold.jsonl', fixtures), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).text);
  const text = Array.from({ length: 3 }, () => [readFileSync(new URL('kyrgyzstan-bases.txt', fixtures), 'utf8'), ...articles].join('\n\n')).join('\n\n');
  const base = createDoc(text, { id: 'speed', published: '2017-10-10' });
  for (const stage of newsEnglishStages()) { if (stage.name === 'coref') break; stage.init?.(); stage.run(base, { warn() {} }); }
  corefStage.init?.();
  const mentions = base.mentions, entities = base.entities;
  const once = () => { base.mentions = [...mentions]; base.entities = entities.map(e => ({ ...e })); corefStage.run(base, { warn() {} }); };
  for (let k = 0; k < 5; k++) once();
  const runs = 20, c0 = process.cpuUsage();
  for (let k = 0; k < runs; k++) once();
  const used = process.cpuUsage(c0), cpu = (used.user + used.system) / 1e6 / runs, mb = Buffer.byteLength(text) / 1e6;
  console.log(`speed: coref stage alone ${(mb / cpu).toFixed(1)} MB per CPU-second on ${mb.toFixed(2)} MB`);
}
