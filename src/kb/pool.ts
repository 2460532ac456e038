// A pool of extraction workers, each with its own pipeline, for every caller that extracts more than a
// test's text: ingest, extract and the server. One document runs on one worker at a time, so a document
// past its time budget is stopped by terminating its worker (and replacing it) without touching the
// others; a worker that dies fails only its own document. Callers keep a bounded number in flight.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { DocumentMeta, DossierDocument } from '../document/types.ts';
import { DossierError, type ErrorCode } from '../errors.ts';
import type { PageText } from '../io/html.ts';
import type { OutputFormat } from '../format/output-formats.ts';
import { DEFAULT_TIMEOUT_SECONDS, timedOut } from './extract-budget.ts';
import { InlineExtractor } from './inline-extractor.ts';
import { workerEntry } from './worker-entry.ts';

/** A document to extract, or an HTML page to read into a document's text (`op: 'page'`, the page in `text`),
 * or a document to extract and send back as `format` in chunks (`op: 'output'`). */
export interface ExtractTask { seq: number; op: 'extract' | 'page' | 'output'; text: string; meta: DocumentMeta; where: string; format?: OutputFormat }
export type ExtractReply =
  | { seq: number; ok: true; json: string }
  | { seq: number; ok: false; code: ErrorCode; detail: string; subject?: string }
  // op 'output': the document is extracted (its time budget ends), then its chunks, each acknowledged
  // by {ack: seq} once written, then {ok: true, json: ''}
  | { seq: number; extracted: true }
  | { seq: number; chunk: string };

/** A document's output as it is made: written, a chunk at a time, when the writer gets to it. */
export interface DocumentOutput {
  /** Writes every chunk through `write` in order (waiting on each promise it returns); rejects with the
   * document's error (past its budget, a bad text) before anything is written, or if `write` throws. */
  pipe(write: (chunk: string) => void | Promise<void>): Promise<void>;
}

export interface Extractor {
  /** how many documents it can usefully hold at once (running and queued) */
  readonly capacity: number;
  /** the document's JSON (within its output budget) */
  extractJson(text: string, meta: DocumentMeta, where: string): Promise<string>;
  /** the document in an output format, made and handed over in chunks (within the same budgets) */
  extractOutput(text: string, meta: DocumentMeta, where: string, format: OutputFormat): DocumentOutput;
  /** an HTML page's text, title, date and URL, within the same time budget */
  readPage(html: string, where: string): Promise<PageText>;
  /** told that `documents` will come: a pool starts the workers they will keep busy now, all at once */
  expect?(documents: number): void;
  close(): Promise<void>;
}

export async function extractDocument(x: Extractor, text: string, meta: DocumentMeta, where: string): Promise<DossierDocument> {
  return JSON.parse(await x.extractJson(text, meta, where)) as DossierDocument;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Resident memory, in MB, one extraction worker holds once warm: the pipeline's data and caches (~95 MB
 * of live heap after a few hundred documents), its young generation and compiled code (measured on the
 * memory bench's batch: 1 worker 200 MB, 2 workers 320 MB in all). */
export const WORKER_RESIDENT_MB = 130;
/** What the calling thread holds besides its workers: node, the CLI, the inputs being read and written. */
export const CALLER_RESIDENT_MB = 65;

/** How many workers a memory budget (MB, the whole process) holds: at least one, at most one per core. */
export function workersWithin(budgetMb: number): number {
  return Math.max(1, Math.min(defaultWorkerCount(), Math.floor((budgetMb - CALLER_RESIDENT_MB) / WORKER_RESIDENT_MB)));
}

/** The extractor for --workers N (0: this thread, its time budget checked between stages) and --timeout. */
export function makeExtractor(options: { workers?: number; timeoutSeconds?: number; sizedHeaps?: boolean }): Extractor {
  const workers = options.workers ?? defaultWorkerCount();
  if (workers > 0) tierUpLater();
  return workers > 0 ? new WorkerPool({ size: workers, timeoutSeconds: options.timeoutSeconds, sizedHeaps: options.sizedHeaps }) : new InlineExtractor({ timeoutSeconds: options.timeoutSeconds });
}
export { InlineExtractor };

/** Chunks of a document not yet being written held by the writing thread beyond which the worker waits:
 * a document done ahead of its turn frees its worker unless its output is large. */
const HOLD_CHARS = 16 * 1024 * 1024;

export interface PoolOptions {
  /** worker threads, started as work comes (default: one per core) */
  size?: number;
  /** seconds one document may take once a worker has it (default DEFAULT_TIMEOUT_SECONDS) */
  timeoutSeconds?: number;
  /** documents waiting for a worker beyond which extractJson refuses at once with SERVER_BUSY (default: no limit) */
  maxQueued?: number;
  /** seconds a document may wait for a busy worker before it is refused with SERVER_BUSY (default: no limit),
   * so a caller that answers someone (the server) answers within this wait plus the time budget */
  maxWaitSeconds?: number;
  /** cap each worker's heap (WORKER_HEAP_MB), so its heap stays near what it holds rather than growing far
   * past it; a text retried with a larger heap replaces an idle worker of a smaller one (default: V8's own limits) */
  sizedHeaps?: boolean;
  /** the heap, in MB, every worker is first started with (instead of sizedHeaps' or V8's own) */
  heapMb?: number;
  /** the largest heap a document is retried with after a worker runs out of memory on it (default MAX_HEAP_MB) */
  maxHeapMb?: number;
}

/** The old-generation heap, in MB, a worker is capped at: the pipeline's data and caches (~95 MB of live
 * heap after a few hundred documents) with room. The same for every length: a text past 256 KB is
 * extracted section by section (src/pipeline/sections.ts), so its live heap grows only by its document.
 * A 4 MB report peaks at 281 MB resident in all with 160 (and ~10% more CPU than with 192, where it peaked
 * at 282–308 MB: too near the 300 MB budget). A cap makes V8 collect before its heap grows far past what is
 * live; a text that needs more is retried with twice the heap (outOfMemory), so a cap costs time, never the
 * document. */
export const WORKER_HEAP_MB = 160;

/** The largest heap a document is retried with after running out of a smaller one. */
export const MAX_HEAP_MB = 4096;

interface Job {
  task: ExtractTask; resolve: (json: string) => void; reject: (e: DossierError) => void; waitTimer?: NodeJS.Timeout; output?: PooledOutput; worker?: Worker;
  /** when its time budget ends, set when a worker first takes it (a retry keeps it) */
  deadline?: number;
  /** the heap it is retried with, after a worker of a smaller one ran out of memory on it */
  heapMb?: number;
  /** a chunk of its output has been handed to the writer: it can no longer be retried */
  streamed?: boolean;
}
interface Slot { worker: Worker; ready: boolean; job?: Job; timer?: NodeJS.Timeout; heapMb?: number }

export class WorkerPool implements Extractor {
  readonly capacity: number;
  readonly size: number;
  private readonly timeoutSeconds: number;
  private readonly maxQueued: number;
  private readonly maxWaitMs: number;
  private readonly sizedHeaps: boolean;
  private readonly heapMb?: number;
  private readonly maxHeapMb: number;
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private seq = 0;
  private closed = false;

  constructor(options: PoolOptions | number = {}) {
    const o = typeof options === 'number' ? { size: options } : options;
    this.size = Math.max(1, o.size ?? defaultWorkerCount());
    this.timeoutSeconds = o.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    this.maxQueued = o.maxQueued ?? Infinity;
    this.maxWaitMs = (o.maxWaitSeconds ?? Infinity) * 1000;
    this.sizedHeaps = o.sizedHeaps ?? false;
    this.heapMb = o.heapMb;
    this.maxHeapMb = o.maxHeapMb ?? MAX_HEAP_MB;
    this.capacity = this.size * 2;
  }

  /** documents running or waiting */
  get pending(): number { return this.queue.length + this.slots.filter(s => s.job).length; }

  extractJson(text: string, meta: DocumentMeta, where: string): Promise<string> {
    return this.run('extract', text, meta, where);
  }

  /** Starts, side by side, the workers `documents` will keep busy (up to the pool's size), rather than one
   * after another as work waits: a known batch (ingest's files) has each worker loading its data while
   * the first documents are read, not after the worker before it is ready. */
  expect(documents: number): void {
    const want = Math.min(this.size, Math.max(0, documents));
    while (!this.closed && this.slots.length < want) this.slots.push(this.spawn(this.heapFor(undefined)));
  }

  async readPage(html: string, where: string): Promise<PageText> {
    return JSON.parse(await this.run('page', html, {}, where)) as PageText;
  }

  extractOutput(text: string, meta: DocumentMeta, where: string, format: OutputFormat): DocumentOutput {
    let job: Job | undefined;
    const output = new PooledOutput(() => { if (job?.worker) job.worker.postMessage({ ack: job.task.seq }); });
    output.settle(this.run('output', text, meta, where, format, j => { job = j; j.output = output; }));
    return output;
  }

  private run(op: ExtractTask['op'], text: string, meta: DocumentMeta, where: string, format?: OutputFormat, made?: (job: Job) => void): Promise<string> {
    if (this.closed) return Promise.reject(new DossierError('INTERNAL', 'the extraction pool is closed', where));
    if (this.queue.length >= this.maxQueued) return Promise.reject(new DossierError('SERVER_BUSY'));
    return new Promise<string>((resolve, reject) => {
      const job: Job = { task: { seq: ++this.seq, op, text, meta, where, ...(format ? { format } : {}) }, resolve, reject };
      made?.(job);
      this.queue.push(job);
      if (Number.isFinite(this.maxWaitMs)) this.armWait(job);
      this.dispatch();
    });
  }

  /** Refuses a job still waiting after maxWaitSeconds. Time while no worker has yet started counts for
   * nothing: that is the pool's start-up (seconds of loading data), not a queue behind other texts. */
  private armWait(job: Job): void {
    job.waitTimer = setTimeout(() => {
      job.waitTimer = undefined;
      const i = this.queue.indexOf(job);
      if (i < 0) return;
      if (!this.slots.some(s => s.ready)) { this.armWait(job); return; }
      this.queue.splice(i, 1);
      job.reject(new DossierError('SERVER_BUSY'));
    }, this.maxWaitMs);
  }

  /** Hands waiting documents to ready idle workers, starting workers up to the pool's size. */
  private dispatch(): void {
    while (this.queue.length) {
      const idle = this.slots.find(s => s.ready && !s.job);
      if (!idle) {
        // workers start one at a time, as long as work waits: a short batch does not pay for every core's start-up
        if (this.slots.length < this.size && !this.slots.some(s => !s.ready)) this.slots.push(this.spawn(this.heapFor(this.queue[0])));
        return;
      }
      if (idle.heapMb !== undefined && idle.heapMb < this.heapFor(this.queue[0])!) {
        // started for shorter texts: its heap would not hold this one
        this.replace(idle);
        void idle.worker.terminate();
        continue;
      }
      const job = this.queue.shift()!;
      if (job.waitTimer) { clearTimeout(job.waitTimer); job.waitTimer = undefined; }
      idle.job = job;
      job.worker = idle.worker;
      idle.worker.ref();
      job.deadline ??= performance.now() + this.timeoutSeconds * 1000;
      idle.timer = setTimeout(() => this.timeout(idle), Math.max(0, job.deadline - performance.now()));
      idle.worker.postMessage(job.task);
    }
  }

  private heapFor(job: Job | undefined): number | undefined {
    return job?.heapMb ?? this.heapMb ?? (this.sizedHeaps ? WORKER_HEAP_MB : undefined);
  }

  private spawn(heapMb: number | undefined): Slot {
    // a young generation of 8 MB (V8's default is larger) keeps short-lived garbage from adding to the peak
    const limits = heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 8 } };
    const worker = new Worker(workerEntry('extract-worker'), { stdout: false, stderr: false, ...limits });
    const slot: Slot = { worker, ready: false, heapMb };
    worker.on('message', (m: ExtractReply | { ready: true }) => {
      if (!('seq' in m)) { slot.ready = true; if (!slot.job) worker.unref(); this.dispatch(); return; }
      const job = slot.job;
      if (!job || job.task.seq !== m.seq) return;
      // op 'output': its time budget ends once it is extracted; its chunks go to the writer
      if ('extracted' in m) { if (slot.timer) clearTimeout(slot.timer); slot.timer = undefined; return; }
      if ('chunk' in m) { job.streamed = true; job.output?.take(m.chunk); return; }
      this.finish(slot);
      if (m.ok) job.resolve(m.json);
      else job.reject(new DossierError(m.code, m.detail, m.subject));
      this.dispatch();
    });
    const fail = (why: string, outOfMemory = false) => {
      const job = slot.job;
      this.finish(slot);
      this.replace(slot);
      // out of memory while starting (loading the pipeline's data): the heap was too small for the text it was started for
      if (!job && outOfMemory && !slot.ready && this.queue.length) this.outOfMemory(this.queue.shift()!, heapMb);
      else if (job && outOfMemory) this.outOfMemory(job, heapMb);
      else job?.reject(new DossierError('INTERNAL', `the extraction worker stopped (${why})`, job.task.where));
      this.dispatch();
    };
    worker.on('error', err => fail(err.message, (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', code => { if (!this.closed && this.slots.includes(slot)) fail(`exit code ${code}`); });
    // started for waiting work, so it keeps the process alive until it is ready and idle
    return slot;
  }

  /** A document its worker's heap could not hold: run again first, on a worker with twice the heap, up
   * to maxHeapMb; past that, or once part of its output is written, it fails by name on one line. */
  private outOfMemory(job: Job, heapMb: number | undefined): void {
    if (heapMb !== undefined && heapMb < this.maxHeapMb && !job.streamed) {
      job.heapMb = Math.min(this.maxHeapMb, heapMb * 2);
      this.queue.unshift(job);
      return;
    }
    if (job.waitTimer) { clearTimeout(job.waitTimer); job.waitTimer = undefined; }
    job.reject(new DossierError('EXTRACT_MEMORY', heapMb === undefined ? undefined : `needs more than the ${heapMb} MB of memory a document may use`, job.task.where));
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    slot.worker.unref();
  }

  /** A slot's worker is gone or going: drop it; dispatch starts a new one when work waits. */
  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }

  private timeout(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    this.finish(slot);
    this.replace(slot);
    void slot.worker.terminate();
    job.reject(timedOut(job.task.where, this.timeoutSeconds));
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    const waiting = [...this.queue.splice(0), ...this.slots.flatMap(s => (s.job ? [s.job] : []))];
    for (const job of waiting) { if (job.waitTimer) clearTimeout(job.waitTimer); }
    for (const job of waiting) job.reject(new DossierError('INTERNAL', 'the extraction pool closed', job.task.where));
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map(s => { if (s.timer) clearTimeout(s.timer); return s.worker.terminate(); }));
  }
}

/**
 * One document's output as its worker sends it: chunks that come before the writer asks are held (up to
 * HOLD_CHARS, past which the worker waits for its acknowledgements), then every chunk is written in order
 * and acknowledged once written, so a worker is never more than two chunks ahead of the writer.
 */
class PooledOutput implements DocumentOutput {
  private held: string[] = [];
  private heldChars = 0;
  private owed = 0;
  private write?: (chunk: string) => void | Promise<void>;
  private writing: Promise<void> = Promise.resolve();
  private done!: Promise<void>;

  constructor(private readonly ack: () => void) {}

  settle(result: Promise<string>): void {
    this.done = result.then(() => undefined);
    this.done.catch(() => { /* reported through pipe */ });
  }

  take(chunk: string): void {
    const write = this.write;
    if (write) { this.writing = this.writing.then(() => write(chunk)).then(this.ack); return; }
    this.held.push(chunk);
    this.heldChars += chunk.length;
    if (this.heldChars < HOLD_CHARS) this.ack(); else this.owed++;
  }

  async pipe(write: (chunk: string) => void | Promise<void>): Promise<void> {
    const held = this.held;
    this.held = [];
    this.heldChars = 0;
    for (const chunk of held) {
      this.writing = this.writing.then(() => write(chunk)).then(() => { if (this.owed > 0) { this.owed--; this.ack(); } });
    }
    this.write = write;
    try {
      await this.done;
    } catch (err) {
      await this.writing.catch(() => undefined);
      throw err;
    }
    await this.writing;
  }
}

// Extraction workers extract hundreds of documents, and while their code is warming up, V8's optimizing compiler
// costs more CPU than it saves: over its first 1,000 bench documents a worker compiled ~700 functions
// (some twice, after a deoptimization), ~3 s of CPU on V8's helper threads. Four times the default
// interrupt budget (the calls and loop iterations before a function is considered for optimization)
// optimizes fewer lukewarm functions, and hot ones once their type feedback has settled (README, ingest
// figures: ~11% less CPU an article). Process-wide, like every V8 flag: the writing thread's code tiers up
// a little later too. Set once, by the thread that starts the first pool, before any worker runs the pipeline;
// outputs are the same either way.
let tieringSet = false;
function tierUpLater(): void {
  if (tieringSet) return;
  tieringSet = true;
  setFlagsFromString(`--interrupt-budget=${4 * 66 * 1024}`);
}
