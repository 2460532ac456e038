// Live heap after each stage of the default pipeline on one long report (the memory bench's 4 MB text):
// a full collection after each stage, then V8's used heap. Where a long report's memory goes.
//   node --import tsx bench/stage-heap.ts [FILE] [--snapshot DIR]   (DIR: a heap snapshot after the last stage)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { getHeapStatistics, setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArgs } from 'node:util';
import { createDoc } from '../src/document/doc.ts';
import { newsEnglishStages } from '../src/pipeline/presets/news-en.ts';
import { makeInputs } from './memory-inputs.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const { values, positionals } = parseArgs({ allowPositionals: true, options: { snapshot: { type: 'string' } } });
const path = positionals[0] ?? makeInputs(join(tmpdir(), 'dossier-memory-bench')).report;
const text = readFileSync(path, 'utf8');
const mb = (n: number) => (n / 1048576).toFixed(0).padStart(5);
const used = () => { gc(); gc(); return getHeapStatistics().used_heap_size; };

const stages = newsEnglishStages();
// the stages run directly, in preset order (the preset's pipeline has checked that order), so the heap is read between them
for (const s of stages) s.init?.();
const ctx = { warn: () => undefined };
// a short report first, so data the stages load on first use counts as the pipeline's, not the text's
const warm = createDoc(readFileSync(new URL('../examples/kyrgyzstan-bases.txt', import.meta.url), 'utf8'), { id: 'warm' });
for (const s of stages) s.run(warm, ctx);
const base = used();
console.log(`${path}: ${text.length} chars; heap before the text, pipeline data loaded: ${mb(base)} MB`);
const doc = createDoc(text, { id: 'memory' });
let before = used();
for (let i = 0; i < stages.length; i++) {
  stages[i].run(doc, ctx);
  for (const p of stages[i].provides) doc.provided.add(p);
  // the heap's size before it is collected: how far the stage let it grow (its garbage included)
  const grown = getHeapStatistics().total_heap_size, rss = process.memoryUsage().rss;
  const now = used();
  console.log(`after ${stages[i].name.padEnd(9)} live ${mb(now)} MB  (+${mb(now - before)}; the text's ${mb(now - base)})  heap grown to ${mb(grown)} MB, RSS ${mb(rss)} MB`);
  before = now;
}
if (values.snapshot) console.log('snapshot:', writeHeapSnapshot(join(values.snapshot, 'after-stages.heapsnapshot')));
