// npm run bench:ingest [-- --docs N] [-- --workers N] [-- --quick]: the knowledge base under load.
// A corpus of N documents is generated from real text (the example and the MEANTIME
// articles: sentences rotated, a passage from another article appended, dates moved, so
// every document is different), then measured:
//   ingest      full `dossier ingest` path: read JSONL, hash, extract on worker threads, write
//   store only  the writer alone: the same extracted documents into a fresh database
//   size        database bytes per article
//   queries     `show` (entity dossier), events, quotes search, full-text search: p50/p95
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fromDist, packageModule } from './build.ts';
import { generatedCorpus } from './corpus.ts';

const { ingestPaths } = await packageModule('kb/ingest') as typeof import('../src/kb/ingest.ts');
const { SqliteStore } = await packageModule('store/sqlite/store') as typeof import('../src/store/sqlite/store.ts');

const { values } = parseArgs({ options: {
  docs: { type: 'string' }, workers: { type: 'string' }, quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
  keep: { type: 'string' },
} });
// BENCH_QUICK=1 / BENCH_DOCS=N as well as flags: `npm run bench` chains two scripts and npm's
// trailing arguments reach only the last
const N = Number(values.docs ?? process.env.BENCH_DOCS ?? (values.quick || process.env.BENCH_QUICK === '1' ? 300 : 2000));
const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Wall-clock p50/p95, and CPU p50/p95 (this thread), which a loaded machine distorts less. */
async function timeAll<T>(items: T[], fn: (x: T) => Promise<unknown>): Promise<{ p50: number; p95: number; cpuP50: number; cpuP95: number; n: number }> {
  const ms: number[] = [], cpu: number[] = [];
  for (const x of items) {
    const t = performance.now(), c = process.cpuUsage();
    await fn(x);
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { p50: +pct(ms, 50).toFixed(2), p95: +pct(ms, 95).toFixed(2), cpuP50: +pct(cpu, 50).toFixed(2), cpuP95: +pct(cpu, 95).toFixed(2), n: ms.length };
}

const dbBytes = (p: string) => ['', '-wal'].reduce((n, s) => { try { return n + statSync(p + s).size; } catch { return n; } }, 0);

async function main() {
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'dossier-bench-ingest-'));
  const corpusPath = join(dir, 'corpus.jsonl');
  const docs = generatedCorpus(N);
  writeFileSync(corpusPath, docs.map(d => JSON.stringify(d)).join('\n') + '\n');
  const corpusBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  process.stderr.write(`bench ingest: ${N} documents (${(corpusBytes / 1e6).toFixed(1)} MB of text), ${workers} worker(s), ${fromDist ? 'compiled dist/' : 'sources through tsx (dist/ missing or stale)'}…\n`);

  // 1. the whole ingest path
  const dbPath = join(dir, 'kb.db');
  rmSync(dbPath, { force: true });
  let store = SqliteStore.open(dbPath, { create: true });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await ingestPaths([corpusPath], store, { workers });
  const ingestSec = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const stats = await store.stats();
  await store.close();
  const bytes = dbBytes(dbPath);

  // 2. the writer alone: the same documents, already extracted, into a fresh database
  store = SqliteStore.open(dbPath, { readonly: true });
  const extracted = [];
  for await (const d of store.exportDocuments()) extracted.push(d);
  await store.close();
  const writePath = join(dir, 'write-only.db');
  rmSync(writePath, { force: true });
  const w = SqliteStore.open(writePath, { create: true });
  const t1 = performance.now(), c1 = process.cpuUsage();
  extracted.forEach((d, i) => w.ingestSync(d, { hash: `h${i}`, source: `s${i}` }));
  const writeSec = (performance.now() - t1) / 1000;
  const writeCpu = process.cpuUsage(c1);
  await w.close();

  // 3. queries on the ingested database
  store = SqliteStore.open(dbPath, { readonly: true });
  const actors = (await store.findEntities({ limit: 400 })).filter(e => ['PERSON', 'ORG', 'GPE'].includes(e.type)).slice(0, 200);
  const show = await timeAll(actors, e => store.entityDossier(e.id));
  const showByName = await timeAll(actors.slice(0, 50), e => store.entityDossier(e.name));
  const events = await timeAll(['04', '12', '057', '01', '0'], code => store.events({ code, limit: 100 }));
  const quotes = await timeAll(['base', 'market share', 'said', 'aircraft', 'Karasin'], q => store.quotes({ search: q, limit: 100 }));
  const search = await timeAll(['military base', 'Airbus A380', 'General Motors', 'Steve Jobs', 'Kyrgyzstan'], q => store.search(q));
  await store.close();

  const result = {
    docs: N, workers, corpusMB: +(corpusBytes / 1e6).toFixed(2),
    // process CPU counts every thread (workers included): what the run would take on idle cores
    ingest: {
      seconds: +ingestSec.toFixed(1), docsPerSec: +(summary.new / ingestSec).toFixed(1), cpuSec: +((cpu.user + cpu.system) / 1e6).toFixed(1),
      cpuMsPerDoc: +((cpu.user + cpu.system) / 1e3 / N).toFixed(1), idleCoresDocsPerSec: +(workers * N / ((cpu.user + cpu.system) / 1e6)).toFixed(1),
      new: summary.new, failed: summary.failed,
    },
    storeOnly: {
      seconds: +writeSec.toFixed(2), docsPerSec: +(extracted.length / writeSec).toFixed(0),
      cpuMsPerDoc: +((writeCpu.user + writeCpu.system) / 1e3 / extracted.length).toFixed(2),
    },
    loadAverage: +loadavg()[0].toFixed(1),
    database: { bytes, bytesPerDoc: Math.round(bytes / Math.max(1, stats.documents)), entities: stats.entities, mentions: stats.mentions, quotes: stats.quotes, events: stats.events, eventMentions: stats.eventMentions },
    queryMs: { show, showByName, events, quotes, search },
  };
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  if (values.json) { process.stdout.write(JSON.stringify(result) + '\n'); return; }
  const r = result;
  process.stdout.write([
    '',
    `Knowledge base: ${r.docs} generated documents (${r.corpusMB} MB), ${r.workers} extraction worker(s), load average ${r.loadAverage}`,
    `  ingest (extract + store)  ${r.ingest.docsPerSec} articles/s wall   (${r.ingest.seconds} s; ${r.ingest.new} new, ${r.ingest.failed} failed)`,
    `                            ${r.ingest.cpuMsPerDoc} ms CPU per article, all threads → ${r.ingest.idleCoresDocsPerSec} articles/s on ${r.workers} idle core(s)`,
    `  store only (writer)       ${r.storeOnly.docsPerSec} articles/s wall, ${r.storeOnly.cpuMsPerDoc} ms CPU per article (${r.storeOnly.seconds} s)`,
    `  database                  ${(r.database.bytes / 1e6).toFixed(1)} MB, ${(r.database.bytesPerDoc / 1024).toFixed(1)} KB per article; ${r.database.entities} entities, ${r.database.mentions} mentions, ${r.database.quotes} quotes, ${r.database.events} events from ${r.database.eventMentions} mentions`,
    `  show <entity id>          p50 ${r.queryMs.show.p50} ms, p95 ${r.queryMs.show.p95} ms (CPU p50 ${r.queryMs.show.cpuP50}, p95 ${r.queryMs.show.cpuP95}) (${r.queryMs.show.n} actors)`,
    `  show <entity name>        p50 ${r.queryMs.showByName.p50} ms, p95 ${r.queryMs.showByName.p95} ms (CPU p50 ${r.queryMs.showByName.cpuP50}, p95 ${r.queryMs.showByName.cpuP95})`,
    `  events --code             p50 ${r.queryMs.events.p50} ms, p95 ${r.queryMs.events.p95} ms (CPU p50 ${r.queryMs.events.cpuP50}, p95 ${r.queryMs.events.cpuP95})`,
    `  quotes --search           p50 ${r.queryMs.quotes.p50} ms, p95 ${r.queryMs.quotes.p95} ms (CPU p50 ${r.queryMs.quotes.cpuP50}, p95 ${r.queryMs.quotes.cpuP95})`,
    `  search                    p50 ${r.queryMs.search.p50} ms, p95 ${r.queryMs.search.p95} ms (CPU p50 ${r.queryMs.search.cpuP50}, p95 ${r.queryMs.search.cpuP95})`,
    '',
  ].join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
