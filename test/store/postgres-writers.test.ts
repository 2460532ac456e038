// Several machines, one knowledge base: three `dossier ingest` processes, each on its own shard of
// the shared MEANTIME dev and GUM dev documents, write at once into one PostgreSQL server; the
// knowledge base they build must equal the one a single process builds from the whole corpus.
// Runs when DOSSIER_PG_URL names a server (.ci/run sets it); each run in schemas of its own.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pgAdapter } from '../../src/store/postgres/adapter.ts';
import { canonicalKnowledgeBase } from './canonical-kb.ts';
import { makeNamespaces, unavailable, type Namespace } from './netns.ts';

const serverUrl = process.env.DOSSIER_PG_URL;
const BIN = new URL('../../bin/dossier.js', import.meta.url).pathname;
const corpora = ['meantime-dev', 'gum-dev'].map(n => new URL(`../../../shared/corpora/${n}.gold.jsonl`, import.meta.url).pathname);

/** `dossier ingest` as a process of its own; inside a network namespace when one is given. */
function ingest(file: string, url: string, more: string[] = [], ns?: Namespace): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ns) { const u = new URL(url); u.hostname = ns.host; u.port = String(ns.port); url = u.toString(); }
    const argv = [process.execPath, BIN, 'ingest', file, '--db', url, '--quiet', '--workers', '1', ...more];
    const cmd = ns ? [...ns.exec, ...argv] : argv;
    const p = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', d => { err += d; });
    p.on('exit', code => (code === 0 ? resolve() : reject(new Error(`ingest ${file} exited ${code}: ${err.slice(0, 500)}`))));
  });
}

describe('several ingest processes into one PostgreSQL server', {
  skip: !serverUrl ? 'set DOSSIER_PG_URL=postgres://… to run' : corpora.some(c => !existsSync(c)) ? 'no ../shared/corpora beside this checkout' : false,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-writers-'));
  const schemas: string[] = [];
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (!serverUrl || !schemas.length) return;
    const db = await pgAdapter(serverUrl);
    for (const s of schemas) await db.exec(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await db.close();
  });
  const schemaUrl = async (tag: string) => {
    const schema = `dossier_writers_${tag}_${process.pid}`;
    schemas.push(schema);
    const db = await pgAdapter(serverUrl!);
    await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    await db.close();
    const url = new URL(serverUrl!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  };

  it('builds the same knowledge base from three shards written at once as from one process', { timeout: 600_000 }, async t => {
    const lines = corpora.flatMap(f => readFileSync(f, 'utf8').split('\n').filter(l => l.trim()))
      .map(l => { const g = JSON.parse(l); return JSON.stringify({ id: g.id, text: g.text, published: g.published?.slice(0, 10), url: g.url }); });
    assert.ok(lines.length >= 150, `a few hundred documents (${lines.length})`);
    const whole = join(dir, 'all.jsonl');
    writeFileSync(whole, lines.join('\n') + '\n');
    const single = await schemaUrl('one');
    const sharded = await schemaUrl('three');
    await ingest(whole, single);
    // three processes, each extracting its third of the same input, writing at once; each in a
    // network namespace of its own where the sandbox allows it, reaching the server across a veth pair
    const why = unavailable();
    const server = new URL(serverUrl!);
    const net = why ? undefined : await makeNamespaces(3, { host: server.hostname, port: Number(server.port || 5432) });
    t.diagnostic(net ? 'writers in 3 network namespaces, across veth pairs' : `writers on this host's network (${why})`);
    try {
      await Promise.all([1, 2, 3].map(k => ingest(whole, sharded, ['--shard', `${k}/3`], net?.namespaces[k - 1])));
    } finally {
      await net?.close();
    }
    const a = await canonicalKnowledgeBase(single);
    const b = await canonicalKnowledgeBase(sharded);
    assert.equal(b.counts.documents, lines.length);
    assert.deepEqual(b.counts, a.counts);
    assert.deepEqual(b.documents, a.documents);
    assert.deepEqual(b.entities, a.entities);
    assert.deepEqual(b.events, a.events);
  });
});
