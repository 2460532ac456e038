// Ingest orchestration: inputs (files, folders, JSONL, HTML, feeds) are read in this
// thread, unchanged documents are skipped by content hash before any extraction,
// the rest are extracted by the worker pool, and this thread alone writes them, each
// document all or nothing; where the store can (SQLite), the documents written within a
// quarter of a second share one commit (see commitGroups).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DossierDocument } from '../document/types.ts';
import { DossierError, asDossierError } from '../errors.ts';
import { looksLikeFeedPath, readFeed } from '../io/feeds.ts';
import { readInput, type InputDocument, type InputItem, type PageReader } from '../io/inputs.ts';
import { walkInputs } from '../io/walk.ts';
import type { IngestOutcome, IngestTurn, Store } from '../store/store.ts';
import { defaultWorkerCount, makeExtractor, type Extractor } from './pool.ts';

export interface IngestOptions {
  /** extraction workers, for any number of documents; 0 extracts in this thread (no time budget). Default: one per core. */
  workers?: number;
  /** a publication date for inputs that carry none */
  published?: string;
  stdin?: () => Promise<string>;
  /** told about every input as it is settled */
  onResult?: (r: IngestResult, progress: IngestProgress) => void;
  /** an extractor to use instead of making one (tests, bench) */
  extractor?: Extractor;
  /** seconds one document may take (default DEFAULT_TIMEOUT_SECONDS) */
  timeoutSeconds?: number;
  /**
   * This process's share of a run several processes make over the same inputs (`--shard K/N`): it
   * extracts the positions i with i % count === index, and writes each at its turn (IngestTurn), so
   * the knowledge base equals one process's. Needs a store with shared runs (PostgreSQL) and a known total.
   */
  shard?: { index: number; count: number; timeoutMs?: number };
}

export type IngestResult =
  | { status: IngestOutcome['status']; id: string; source: string; outcome?: IngestOutcome }
  | { status: 'failed'; source: string; error: DossierError };

export interface IngestProgress { done: number; total?: number; startedAt: number }

export interface IngestSummary {
  seen: number;
  new: number;
  replaced: number;
  skipped: number;
  failed: number;
  /** what this run wrote */
  entities: number;
  quotes: number;
  events: number;
  seconds: number;
  /** documents settled per second */
  rate: number;
}

/** The content hash of an input: its text and everything said about it. */
export function contentHash(doc: Pick<InputDocument, 'text' | 'title' | 'published' | 'url' | 'id'>): string {
  return createHash('sha256').update(JSON.stringify([doc.text, doc.title ?? null, doc.published ?? null, doc.url ?? null, doc.id ?? null])).digest('hex');
}

/**
 * What identifies a document across runs: its file (with the record id in a batch), a
 * feed item's link. A new hash under the same key replaces; two files that hold the
 * same article stay two documents (their hashes differ only if their texts do).
 */
export function sourceKey(doc: InputDocument): string {
  if (/^https?:\/\//i.test(doc.source)) return doc.source;
  if (doc.source === '-' || /^stdin:\d+$/.test(doc.source)) return `stdin:${doc.id ?? ''}`;
  const m = /^(.*?)(?::(\d+)|\[(\d+)\]|#(\d+))$/.exec(doc.source);
  if (m && doc.id) return `${resolve(m[1])}#${doc.id}`;
  return resolve(doc.source);
}

/** Every input item the paths hold, feeds included; HTML pages read by `readPage` (a worker's, in ingest). */
export async function* inputItems(paths: string[], stdin: () => Promise<string>, readPage?: PageReader): AsyncGenerator<InputItem> {
  for (const w of walkInputs(paths)) {
    if (!w.ok) { yield w; continue; }
    if (w.path !== '-' && looksLikeFeedPath(w.path)) yield* readFeed(w.path);
    else yield* readInput(w.path, stdin, readPage);
  }
}

/** How many documents the paths hold, cheaply, for a progress bar. */
export function countInputs(paths: string[]): number {
  let n = 0;
  for (const w of walkInputs(paths)) {
    if (!w.ok || w.path === '-') { n++; continue; }
    const lower = w.path.toLowerCase();
    try {
      if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
        const raw = readFileSync(w.path, 'utf8');
        for (const line of raw.split('\n')) if (line.trim()) n++;
      } else if (looksLikeFeedPath(lower)) {
        const raw = readFileSync(w.path, 'utf8');
        n += Math.max(1, (raw.match(/<(item|entry)[\s>]/g) ?? []).length);
      } else n++;
    } catch { n++; }
  }
  return n;
}

export async function ingestPaths(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const total = countInputs(paths);
  // one extractor reads the HTML pages and extracts the documents, each within its budget
  const own = options.extractor ? undefined : makeExtractor(options);
  const extractor = options.extractor ?? own!;
  try {
    return await ingestItems(inputItems(paths, options.stdin ?? (async () => ''), (html, where) => extractor.readPage(html, where)), store, { ...options, total, extractor });
  } finally {
    await own?.close();
  }
}

/**
 * Extracts in worker threads (any number of documents) and writes in input order, so the knowledge
 * base a set of inputs makes is the same whatever the worker count or timing. A document that fails
 * (unreadable, past its time or output budget, unstorable) is reported by name and the others are
 * stored; only a database failure stops the run.
 */
export async function ingestItems(items: AsyncIterable<InputItem>, store: Store, options: IngestOptions & { total?: number } = {}): Promise<IngestSummary> {
  const startedAt = Date.now();
  const summary: IngestSummary = { seen: 0, new: 0, replaced: 0, skipped: 0, failed: 0, entities: 0, quotes: 0, events: 0, seconds: 0, rate: 0 };
  const progress: IngestProgress = { done: 0, total: options.total, startedAt };
  let extractor = options.extractor;
  const ownExtractor = !extractor;
  const workers = options.workers ?? defaultWorkerCount();
  const report = (r: IngestResult) => {
    progress.done++;
    if (r.status === 'failed') summary.failed++;
    else {
      summary[r.status]++;
      if (r.outcome && r.status !== 'skipped') { summary.entities += r.outcome.entities; summary.quotes += r.outcome.quotes; summary.events += r.outcome.events; }
    }
    options.onResult?.(r, progress);
  };

  const shard = options.shard;
  if (shard && (!store.passTurn || options.total === undefined)) {
    throw new DossierError('USAGE', store.passTurn ? 'a sharded ingest needs files (its total must be known), not standard input' : 'a sharded ingest needs a PostgreSQL knowledge base (--db postgres://…)');
  }
  let run: string | undefined;
  const turnOf = (position: number): IngestTurn | undefined =>
    shard && run ? { run, index: position, last: position === options.total! - 1, timeoutMs: shard.timeoutMs } : undefined;
  const pass = async (turn: IngestTurn | undefined) => { if (turn) await store.passTurn!(turn); };

  // documents being extracted; their writes happen here, one after another in the input's order
  // (whatever order the workers finish in), so the merges do not depend on timing
  const inFlight = new Set<Promise<void>>();
  const hashesInFlight = new Set<string>();
  let writes: Promise<void> = Promise.resolve();
  let writeError: DossierError | undefined;
  const groups = commitGroups(store, report, err => { writeError ??= asDossierError(err); });
  // a document is reported once it is committed, so what a killed run reported stored is stored
  const settle = (r: IngestResult) => { if (groups) groups.hold(r); else report(r); };
  /** queues a write after the earlier ones; a database failure stops the run */
  const inOrder = (fn: () => Promise<void>) => {
    const task = (writes = writes.then(async () => {
      if (writeError) return;
      try { await fn(); } catch (err) { writeError ??= asDossierError(err); }
    }));
    return task;
  };
  const track = (task: Promise<void>) => { inFlight.add(task); void task.finally(() => inFlight.delete(task)); };
  let position = -1, expected = false, extracting = 0;
  try {
    for await (const item of items) {
      if (writeError) break;
      position++;
      if (shard && position === 0) run = `shard:${shard.count}:${options.total}:${item.ok ? contentHash(item.doc) : item.error.subject ?? ''}`;
      if (shard && position % shard.count !== shard.index) continue;
      const turn = turnOf(position);
      summary.seen++;
      // reports, like writes, come in the input's order
      if (!item.ok) {
        const error = item.error;
        track(inOrder(async () => { settle({ status: 'failed', source: error.subject ?? '', error }); await pass(turn); }));
        continue;
      }
      const input = item.doc;
      if (options.published && !input.published) input.published = options.published;
      const hash = contentHash(input);
      // stdin has no name to know it by again: each text is its own document
      const source = input.source === '-' ? `stdin:${hash}` : sourceKey(input);
      if (hashesInFlight.has(hash) || await store.hasHash(hash)) {
        track(inOrder(async () => { settle({ status: 'skipped', id: input.id ?? '', source: input.source }); await pass(turn); }));
        continue;
      }
      extractor ??= makeExtractor({ workers, timeoutSeconds: options.timeoutSeconds });
      // the second document to extract: the workers the rest will keep busy start together (not for a run
      // that extracts nothing or one changed input, and not before, when every input may still be unchanged)
      if (!expected && extracting++ === 1 && options.total !== undefined) {
        extractor.expect?.(Math.ceil((options.total - position) / (shard?.count ?? 1)) + 1);
        expected = true;
      }
      hashesInFlight.add(hash);
      const extracted = extractor.extractJson(input.text, { id: input.id, title: input.title, published: input.published, url: input.url }, input.source)
        .then(json => ({ json }), (err: unknown) => ({ error: asDossierError(err, input.source) }));
      const task = inOrder(async () => {
        const r = await extracted;
        if ('error' in r) { settle({ status: 'failed', source: input.source, error: r.error }); await pass(turn); return; }
        let outcome;
        try {
          groups?.before();
          outcome = await store.ingestDocument(JSON.parse(r.json) as DossierDocument, { hash, source, turn });
        } catch (err) {
          // a database failure stops the run (every later write would fail the same way); anything else is this document's
          const e = asDossierError(err);
          if (e.code.startsWith('DB_')) throw e;
          settle({ status: 'failed', source: input.source, error: new DossierError(e.code, `could not be stored (${e.message})`, input.source) });
          await pass(turn);
          return;
        } finally {
          groups?.after();
        }
        settle({ status: outcome.status, id: outcome.id, source: input.source, outcome });
      });
      track(task);
      void task.finally(() => hashesInFlight.delete(hash));
      while (inFlight.size >= extractor.capacity) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    // what the writes before a failure stored is kept, as when each document had its own commit
    groups?.commit();
    if (ownExtractor && extractor) await extractor.close();
  }
  if (writeError) throw writeError;
  summary.seconds = (Date.now() - startedAt) / 1000;
  summary.rate = summary.seconds > 0 ? progress.done / summary.seconds : 0;
  return summary;
}

/** Documents a commit may hold, and how long (ms) a batch stays open: since it began, and while the writer waits. */
const BATCH_DOCS = 64, BATCH_MS = 250, IDLE_MS = 50;

/**
 * Groups the writes' commits where the store can (Store.beginBatch): a batch is committed once it holds
 * BATCH_DOCS documents or has been open BATCH_MS, when the writer has waited IDLE_MS for the next document,
 * and at the end of the run; its documents are reported (`hold`) after the commit. A commit error is the
 * run's database failure (`fail`): the documents the batch held, and any settled after it, are reported
 * failed, never stored. A report that throws (the caller's callback) is a failure too, not a crash from a timer.
 */
function commitGroups(store: Store, report: (r: IngestResult) => void, fail: (err: unknown) => void) {
  if (!store.beginBatch || !store.commitBatch) return undefined;
  const begin = store.beginBatch.bind(store), end = store.commitBatch.bind(store);
  let open = false, docs = 0, since = 0;
  let idle: NodeJS.Timeout | undefined;
  let lost: DossierError | undefined;
  // what the open batch holds, and anything settled after it began (reports keep the input's order)
  let held: IngestResult[] = [];
  const unstored = (r: IngestResult, e: DossierError): IngestResult =>
    r.status === 'failed' ? r : { status: 'failed', source: r.source, error: new DossierError(e.code, `was not stored (${e.message})`, r.source) };
  const deliver = (rs: IngestResult[]) => {
    try { for (const r of rs) report(lost ? unstored(r, lost) : r); } catch (err) { fail(err); }
  };
  const commit = () => {
    if (idle) { clearTimeout(idle); idle = undefined; }
    if (!open) return;
    open = false;
    const rs = held;
    held = [];
    try { end(); } catch (err) { lost ??= asDossierError(err); fail(lost); }
    deliver(rs);
  };
  return {
    hold(r: IngestResult) { if (open) held.push(r); else deliver([r]); },
    before() {
      if (idle) { clearTimeout(idle); idle = undefined; }
      if (open) return;
      begin();
      open = true; docs = 0; since = Date.now();
    },
    after() {
      if (++docs >= BATCH_DOCS || Date.now() - since >= BATCH_MS) commit();
      else { idle = setTimeout(commit, IDLE_MS); idle.unref(); }
    },
    commit,
  };
}
