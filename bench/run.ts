// npm run bench (BENCH_QUICK=1 for ~0.5 MB; or node --import tsx bench/run.ts --quick | --mb N): throughput and peak memory of `extract` over
// the example and MEANTIME texts (repeated to ~5 MB), with compromise's people/places/
// organizations over the same documents as a reference peer. Each engine runs in its own
// process, so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fromDist, packageModule } from './build.ts';
import { corpus, wordCount } from './corpus.ts';

interface EngineResult {
  engine: string; docs: number; bytes: number; words: number;
  loadMs: number; runMs: number; cpuMs: number; peakRssMB: number; loadedRssMB: number;
  stages?: { name: string; ms: number; cpuMs: number }[];
}

const { values } = parseArgs({ options: {
  quick: { type: 'boolean', default: false },
  mb: { type: 'string' },
  engine: { type: 'string' },
} });
// `npm run bench` chains this with bench/ingest.ts, so npm's trailing arguments reach only the
// last script: BENCH_QUICK=1 (or BENCH_MB=N) asks this one for a small run
const quick = values.quick || process.env.BENCH_QUICK === '1';
const mb = Number(values.mb ?? process.env.BENCH_MB ?? (quick ? 0.5 : 5));

// Each engine's process caps V8's old generation: with memory to spare V8 lets garbage pile up
// (an uncapped 5 MB run peaks near 260 MB with a live heap under 60 MB), so the cap makes the peak
// what extraction needs. It costs no speed here; both engines get the same one.
const OLD_SPACE_MB = 192;

if (values.engine) {
  process.stdout.write(JSON.stringify(await runEngine(values.engine, mb)) + '\n');
} else {
  const results: EngineResult[] = [];
  for (const engine of ['dossier', 'compromise']) {
    process.stderr.write(`bench: ${engine} over ~${mb} MB${engine === 'dossier' ? (fromDist ? ' (compiled dist/)' : ' (sources through tsx: dist/ missing or stale)') : ''}…\n`);
    const child = spawnSync(process.execPath, [`--max-old-space-size=${OLD_SPACE_MB}`, '--import', 'tsx', fileURLToPath(import.meta.url), '--engine', engine, '--mb', String(mb)], {
      encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) { process.stderr.write(`bench: ${engine} failed (exit ${child.status})\n`); process.exitCode = 1; continue; }
    results.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!));
  }
  process.stdout.write(formatBench(results));
}

async function runEngine(engine: string, mb: number): Promise<EngineResult> {
  const docs = corpus(mb * 1e6);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const words = docs.reduce((n, d) => n + wordCount(d.text), 0);
  const t0 = performance.now();
  let stages: EngineResult['stages'];
  let run: (d: (typeof docs)[number]) => void;
  if (engine === 'dossier') {
    const { extract, buildPipeline, newsEnglishStages } = await packageModule('index') as typeof import('../src/index.ts');
    // the default pipeline, timing each stage's CPU as well (the sum of stages' CPU runs a little under the
    // total: the kernel books other threads' time, the collector's and the compiler's, in coarse steps)
    const pipeline = buildPipeline(newsEnglishStages(), { stageCpu: true });
    run = d => { extract(d.text, { id: d.id, published: d.published, pipeline }); };
    stages = [];
    const loadMs = performance.now() - t0;
    const loadedRssMB = process.memoryUsage().rss / 1024 / 1024;
    const t1 = performance.now(), c1 = process.cpuUsage();
    for (const d of docs) run(d);
    const runMs = performance.now() - t1, cpuMs = cpuSince(c1);
    stages = pipeline.timings().map(t => ({ name: t.name, ms: t.ms, cpuMs: t.cpuMs }));
    return { engine, docs: docs.length, bytes, words, loadMs, runMs, cpuMs, peakRssMB: peakRss(), loadedRssMB, stages };
  }
  const nlp = (await import('compromise')).default;
  run = d => {
    const doc = nlp(d.text);
    doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array');
  };
  const loadMs = performance.now() - t0;
  const loadedRssMB = process.memoryUsage().rss / 1024 / 1024;
  const t1 = performance.now(), c1 = process.cpuUsage();
  for (const d of docs) run(d);
  return { engine, docs: docs.length, bytes, words, loadMs, runMs: performance.now() - t1, cpuMs: cpuSince(c1), peakRssMB: peakRss(), loadedRssMB };
}

/** CPU time (user + system) since `from`, in ms: on a shared machine it moves less than wall time. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** The process's peak resident set, in MB (maxRSS is in KB). */
function peakRss(): number {
  return Math.max(process.resourceUsage().maxRSS / 1024, process.memoryUsage().rss / 1024 / 1024);
}

export function formatBench(results: EngineResult[]): string {
  const rows = results.map(r => {
    const s = r.runMs / 1000;
    const cpu = r.cpuMs / 1000;
    return [r.engine, String(r.docs), (r.bytes / 1e6).toFixed(2), r.words.toLocaleString('en-US'), s.toFixed(2), cpu.toFixed(2),
      Math.round(r.words / s).toLocaleString('en-US'), (r.bytes / 1e6 / s).toFixed(3), (r.bytes / 1e6 / cpu).toFixed(3),
      r.loadedRssMB.toFixed(0), r.peakRssMB.toFixed(0), (r.loadMs / 1000).toFixed(2)];
  });
  const header = ['engine', 'docs', 'MB', 'words', 'wall s', 'CPU s', 'words/s', 'MB/s', 'MB/CPU-s', 'loaded RSS MB', 'peak RSS MB', 'load s'];
  const lines = [table(header, rows)];
  const [a, b] = results;
  if (a && b) {
    const speed = (r: EngineResult) => r.bytes / r.runMs;
    const cpuSpeed = (r: EngineResult) => r.bytes / r.cpuMs;
    // the headline: CPU time per MB after both engines have loaded (wall time moves with whatever
    // else the machine runs; CPU time is the engine's own)
    const byCpu = cpuSpeed(a) / cpuSpeed(b), byWall = speed(a) / speed(b);
    lines.push(`RATIO per MB beyond start-up, by CPU time: ${a.engine} is ${byCpu.toFixed(2)}× as fast as ${b.engine} (goal ≥ 6×)`);
    lines.push(`      by wall time ${byWall.toFixed(2)}×; peak RSS ratio ${(a.peakRssMB / b.peakRssMB).toFixed(2)}×; start-up ${(a.loadMs / 1000).toFixed(2)} s vs ${(b.loadMs / 1000).toFixed(2)} s`);
    lines.push('(words/s and MB/s are by wall time; MB/CPU-s by the CPU time the engine itself used)');
    lines.push(`(loaded RSS: after the engine and its data load; peak RSS: over the run, with V8's old generation capped at ${OLD_SPACE_MB} MB)`);
    lines.push(`(${b.engine} finds people, places and organizations only; dossier runs every layer)`);
  }
  for (const r of results) {
    if (!r.stages?.length) continue;
    // share and MB/CPU-s by the stage's CPU time, which moves less than wall time on a shared machine
    const total = r.stages.reduce((n, s) => n + s.cpuMs, 0);
    const mbPer = (ms: number) => (ms > 0.5 ? (r.bytes / 1e6 / (ms / 1000)).toFixed(2) : '—');
    lines.push('', `${r.engine} per stage:`, table(['stage', 'seconds', 'CPU s', 'CPU share', 'MB/s', 'MB/CPU-s'], r.stages.map(s => [
      s.name, (s.ms / 1000).toFixed(2), (s.cpuMs / 1000).toFixed(2), `${((s.cpuMs / Math.max(total, 1e-9)) * 100).toFixed(1)}%`, mbPer(s.ms), mbPer(s.cpuMs),
    ])));
  }
  return lines.join('\n') + '\n';
}

function table(header: string[], rows: string[][]): string {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(header), line(w.map(n => '-'.repeat(n))), ...rows.map(line)].join('\n');
}
