// Ingest orchestration: inputs (files, folders, JSONL, HTML, feeds) are read in this
// thread, unchanged documents are skipped by content hash before any extraction,
// the rest are extracted by the worker pool, and this thread alone writes them, one
// transaction per document.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DossierDocument } from '../document/types.ts';
import { DossierError, asDossierError } from '../errors.ts';
import { looksLikeFeedPath, readFeed } from '../io/feeds.ts';
import { readInput, type InputDocument, type InputItem, type PageReader } from '../io/inputs.ts';
import { walkInputs } from '../io/walk.ts';
import type { IngestOutcome, Store } from '../store/store.ts';
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
  if (doc.source === '-') return `stdin:${doc.id ?? ''}`;
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

/** Finished documents that may wait for an earlier, slower one before they are written. */
const REORDER_WINDOW = 16;

/**
 * Extracts in the pool and writes in input order: the knowledge base a set of inputs makes (entity
 * and event merges follow the writes) is the same whatever the worker count or timing. A document
 * that fails (unreadable, too large, too slow) is reported by name and the others are stored; only a
 * database failure stops the run.
 */
export async function ingestItems(items: AsyncIterable<InputItem>, store: Store, options: IngestOptions & { total?: number } = {}): Promise<IngestSummary> {
  const startedAt = Date.now();
  const summary: IngestSummary = { seen: 0, new: 0, replaced: 0, skipped: 0, failed: 0, entities: 0, quotes: 0, events: 0, seconds: 0, rate: 0 };
  const progress: IngestProgress = { done: 0, total: options.total, startedAt };
  let extractor = options.extractor;
  const ownExtractor = !extractor;
  const workers = options.workers ?? defaultWorkerCount();
  const settle = (r: IngestResult) => {
    progress.done++;
    if (r.status === 'failed') summary.failed++;
    else {
      summary[r.status]++;
      if (r.outcome && r.status !== 'skipped') { summary.entities += r.outcome.entities; summary.quotes += r.outcome.quotes; summary.events += r.outcome.events; }
    }
    options.onResult?.(r, progress);
  };

  // every input item takes a place in line; its write (or report) runs when all before it have run
  const inLine = new Map<number, () => Promise<void>>();
  let queued = 0, written = 0;
  let writing: Promise<void> = Promise.resolve();
  let writeError: DossierError | undefined;
  const place = (seq: number, step: () => Promise<void>) => {
    inLine.set(seq, step);
    for (let next = inLine.get(written); next; next = inLine.get(written)) {
      inLine.delete(written++);
      const run = next;
      writing = writing.then(() => (writeError ? undefined : run()));
    }
  };
  const store1 = async (input: InputDocument, json: string, hash: string, source: string) => {
    try {
      const doc = JSON.parse(json) as DossierDocument;
      const outcome = await store.ingestDocument(doc, { hash, source });
      settle({ status: outcome.status, id: outcome.id, source: input.source, outcome });
    } catch (err) {
      const e = asDossierError(err);
      // a database failure stops the run (every later write would fail the same way); anything else is this document's
      if (e.code.startsWith('DB_')) writeError ??= e;
      else settle({ status: 'failed', source: input.source, error: new DossierError(e.code, `could not be stored (${e.message})`, input.source) });
    }
  };

  const inFlight = new Set<Promise<void>>();
  const hashesInFlight = new Set<string>();
  try {
    for await (const item of items) {
      if (writeError) break;
      summary.seen++;
      const seq = queued++;
      if (!item.ok) { const error = item.error; place(seq, async () => settle({ status: 'failed', source: error.subject ?? '', error })); continue; }
      const input = item.doc;
      if (options.published && !input.published) input.published = options.published;
      const hash = contentHash(input);
      // stdin has no name to know it by again: each text is its own document
      const source = input.source === '-' ? `stdin:${hash}` : sourceKey(input);
      if (hashesInFlight.has(hash) || await store.hasHash(hash)) {
        place(seq, async () => settle({ status: 'skipped', id: input.id ?? '', source: input.source }));
        continue;
      }
      extractor ??= makeExtractor({ workers, timeoutSeconds: options.timeoutSeconds });
      hashesInFlight.add(hash);
      const task: Promise<void> = extractor.extractJson(input.text, { id: input.id, title: input.title, published: input.published, url: input.url }, input.source)
        .then(json => place(seq, () => store1(input, json, hash, source)),
          (err: unknown) => { const error = asDossierError(err, input.source); place(seq, async () => settle({ status: 'failed', source: input.source, error })); })
        .finally(() => { inFlight.delete(task); hashesInFlight.delete(hash); });
      inFlight.add(task);
      // bounded: the documents extracting plus those done and waiting for an earlier one to be written
      while (inFlight.size >= extractor.capacity || (queued - written > extractor.capacity + REORDER_WINDOW && inFlight.size)) await Promise.race(inFlight);
      await writing;
    }
    await Promise.all(inFlight);
    await writing;
  } finally {
    if (ownExtractor && extractor) await extractor.close();
  }
  if (writeError) throw writeError;
  summary.seconds = (Date.now() - startedAt) / 1000;
  summary.rate = summary.seconds > 0 ? progress.done / summary.seconds : 0;
  return summary;
}
