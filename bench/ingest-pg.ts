// npm run bench:ingest:pg [-- --docs N] [-- --writers N] [-- --warm N]: the PostgreSQL writer alone, into a server.
// Documents are generated as bench/ingest.ts does and extracted once in this process (extraction is
// not measured), then written by N concurrent writers (each its own connection and Store, each on
// its own share of the documents, as N ingesting machines would) into a fresh schema of the server
// at $DOSSIER_PG_URL (default postgres://root@127.0.0.1:5432/test). First the writer writes --warm documents
// (default 600) into a scratch schema, untimed: V8 compiles the writer's code over its first several hundred
// documents (about 1 ms of CPU a document over 600), which a real ingest of thousands pays once, and
// which would otherwise land on whichever row runs first.
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.ts';
import { PostgresStore } from '../src/store/postgres/store.ts';
import { pgAdapter } from '../src/store/postgres/adapter.ts';
import { generatedCorpus } from './corpus.ts';
import type { DossierDocument } from '../src/document/types.ts';

const { values } = parseArgs({ options: {
  docs: { type: 'string' }, writers: { type: 'string' }, warm: { type: 'string' }, json: { type: 'boolean', default: false },
} });
const N = Number(values.docs ?? process.env.BENCH_DOCS ?? (process.env.BENCH_QUICK === '1' ? 200 : 600));
const writerCounts = (values.writers ?? '1,2,3').split(',').map(Number);
const WARM = Number(values.warm ?? 600);
const url = process.env.DOSSIER_PG_URL ?? 'postgres://root@127.0.0.1:5432/test';

async function freshSchemaUrl(tag: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `bench_${tag}_${process.pid}`;
  const admin = await pgAdapter(url);
  await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  await admin.close();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: u.toString(),
    drop: async () => { const a = await pgAdapter(url); await a.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); await a.close(); },
  };
}

/** CPU seconds used so far by the server processes serving this schema's writers (read from /proc: a local server only). */
async function serverCpu(pids: number[]): Promise<number> {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch { /* not local, or gone */ }
  }
  return ticks / 100;
}

async function backendPids(stores: PostgresStore[]): Promise<number[]> {
  const pids = await Promise.all(stores.map(async s => (await s.db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0].pid));
  return [...new Set(pids)];
}

async function main() {
  // kept as JSON and read back one by one, as a writer receives documents from extraction workers:
  // 600 live document trees would make every major GC of the write phase mark them all
  const docs: string[] = generatedCorpus(N).map(d => JSON.stringify(extract(d.text, d)));
  if (WARM > 0) {
    const { url: warmUrl, drop } = await freshSchemaUrl('warm');
    const store = await PostgresStore.connect(warmUrl, { create: true });
    for (let i = 0; i < Math.min(WARM, docs.length); i++) await store.ingestDocument(JSON.parse(docs[i]) as DossierDocument, { hash: `h${i}`, source: `s${i}` });
    await store.close();
    await drop();
  }
  const rows: { writers: number; seconds: number; docsPerSec: number; clientCpuMs: number; serverCpuMs: number }[] = [];
  for (const w of writerCounts) {
    const { url: schemaUrl, drop } = await freshSchemaUrl(`w${w}`);
    (await PostgresStore.connect(schemaUrl, { create: true })).close();
    const stores = await Promise.all(Array.from({ length: w }, () => PostgresStore.connect(schemaUrl, { create: true })));
    const pids = await backendPids(stores);
    const s0 = await serverCpu(pids), c0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(stores.map(async (s, k) => {
      for (let i = k; i < docs.length; i += w) await s.ingestDocument(JSON.parse(docs[i]) as DossierDocument, { hash: `h${i}`, source: `s${i}` });
    }));
    const seconds = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0), serverSec = (await serverCpu(pids)) - s0;
    await Promise.all(stores.map(s => s.close()));
    await drop();
    rows.push({ writers: w, seconds: +seconds.toFixed(2), docsPerSec: +(docs.length / seconds).toFixed(0),
      clientCpuMs: +((c.user + c.system) / 1000 / docs.length).toFixed(2), serverCpuMs: +(serverSec * 1000 / docs.length).toFixed(2) });
  }
  if (values.json) { process.stdout.write(JSON.stringify({ docs: N, rows }) + '\n'); return; }
  process.stdout.write(`\nPostgreSQL writer (extraction excluded): ${N} documents after ${WARM} to warm up, load average ${loadavg()[0].toFixed(1)}\n`);
  for (const r of rows) {
    process.stdout.write(`  ${r.writers} writer(s)  ${r.docsPerSec} documents/s wall (${r.seconds} s); CPU per document: writer ${r.clientCpuMs} ms, server ${r.serverCpuMs} ms\n`);
  }
  // what 2 idle cores give when the writers and the server share them and the disk does not hold commits back
  const one = rows[0];
  if (one) process.stdout.write(`  CPU-bound on 2 idle cores: about ${Math.round(2000 / (one.clientCpuMs + one.serverCpuMs))} documents/s\n`);
}

await main();
