// A pool of extraction workers: one per core by default, each with its own pipeline.
// The caller keeps a bounded number of tasks in flight and writes the results itself
// (one writer). A worker that dies fails only its own task and is replaced.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentMeta, DossierDocument } from '../document/types.ts';
import { DossierError, type ErrorCode } from '../errors.ts';
import { extract } from '../index.ts';

export interface ExtractTask { seq: number; text: string; meta: DocumentMeta; where: string }
export type ExtractReply =
  | { seq: number; ok: true; doc: DossierDocument }
  | { seq: number; ok: false; code: ErrorCode; message: string };

export interface Extractor {
  /** how many tasks it can usefully hold at once */
  readonly capacity: number;
  extract(text: string, meta: DocumentMeta, where: string): Promise<DossierDocument>;
  close(): Promise<void>;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Extraction in this thread: for a handful of documents, or --workers 0. */
export class InlineExtractor implements Extractor {
  readonly capacity = 1;
  async extract(text: string, meta: DocumentMeta): Promise<DossierDocument> { return extract(text, meta); }
  async close() {}
}

// compiled: the worker's own JavaScript; from the sources: a plain-JS shim that registers tsx first
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.ts') ? './extract-worker.mjs' : './extract-worker.js', import.meta.url);

interface Slot { worker: Worker; busy: Map<number, { resolve: (d: DossierDocument) => void; reject: (e: Error) => void }> }

export class WorkerPool implements Extractor {
  readonly capacity: number;
  private slots: Slot[] = [];
  private seq = 0;
  private next = 0;
  private closed = false;

  constructor(readonly size = defaultWorkerCount()) {
    this.capacity = size * 3;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY, { stdout: false, stderr: false });
    const slot: Slot = { worker, busy: new Map() };
    worker.on('message', (m: ExtractReply | { ready: true }) => {
      if (!('seq' in m)) return;
      const p = slot.busy.get(m.seq);
      if (!p) return;
      slot.busy.delete(m.seq);
      if (m.ok) p.resolve(m.doc);
      else p.reject(new DossierError(m.code, m.message.replace(/^[^:]*: /, ''), m.message.includes(': ') ? m.message.slice(0, m.message.indexOf(': ')) : undefined));
    });
    const fail = (err: Error) => {
      for (const p of slot.busy.values()) p.reject(new DossierError('INTERNAL', `extraction worker stopped: ${err.message}`));
      slot.busy.clear();
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
    };
    worker.on('error', fail);
    worker.on('exit', code => { if (!this.closed) fail(new Error(`exit code ${code}`)); });
    worker.unref();
    return slot;
  }

  extract(text: string, meta: DocumentMeta, where: string): Promise<DossierDocument> {
    // the least busy worker, round robin on ties
    let best = this.slots[this.next++ % this.slots.length];
    for (const s of this.slots) if (s.busy.size < best.busy.size) best = s;
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      best.busy.set(seq, { resolve, reject });
      best.worker.ref();
      best.worker.postMessage({ seq, text, meta, where } satisfies ExtractTask);
    }).finally(() => { if (!best.busy.size) best.worker.unref(); }) as Promise<DossierDocument>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map(s => s.worker.terminate()));
  }
}
