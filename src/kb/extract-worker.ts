// One extraction worker: builds the pipeline once, says it is ready, then turns each text it is sent
// into a contract document's JSON, within the output budget (or an HTML page into a document's text),
// or (op 'output') into the document in an output format, sent in chunks as the writer takes them.
// Errors go back as {code, message}, never as a crash; a document past its time budget is stopped by
// the pool terminating this worker.
import { parentPort } from 'node:worker_threads';
import { asDossierError } from '../errors.ts';
import { defaultPipeline, extract } from '../index.ts';
import { documentChunks } from '../format/document-output.ts';
import { checkWithinBudget, serializeWithinBudget } from './extract-budget.ts';
import type { ExtractTask, ExtractReply } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

// op 'output': chunks sent and not yet acknowledged (written); past two the worker waits
let current = 0, unacked = 0;
let wake: (() => void) | undefined;
async function credit(): Promise<void> {
  while (unacked >= 2) await new Promise<void>(resolve => { wake = resolve; });
  unacked++;
}

port.on('message', async (task: ExtractTask | { ack: number }) => {
  if ('ack' in task) {
    if (task.ack === current && unacked > 0) { unacked--; const w = wake; wake = undefined; w?.(); }
    return;
  }
  let reply: ExtractReply;
  try {
    if (task.op === 'page') {
      // the HTML reader (linkedom, Readability) is loaded by the first page, not by every worker
      const { htmlToDocument } = await import('../io/html.ts');
      reply = { seq: task.seq, ok: true, json: JSON.stringify(htmlToDocument(task.text)) };
    } else if (task.op === 'output') {
      current = task.seq;
      unacked = 0;
      const doc = extract(task.text, task.meta);
      port.postMessage({ seq: task.seq, extracted: true } satisfies ExtractReply);
      const format = task.format ?? 'json';
      const compact = checkWithinBudget(doc, task.text.length, task.where, format === 'jsonl');
      for (const chunk of documentChunks(doc, format, compact)) {
        for (const piece of postPieces(chunk)) {
          await credit();
          port.postMessage({ seq: task.seq, chunk: piece } satisfies ExtractReply);
        }
      }
      reply = { seq: task.seq, ok: true, json: '' };
    } else {
      const doc = extract(task.text, task.meta);
      reply = { seq: task.seq, ok: true, json: serializeWithinBudget(doc, task.text.length, task.where) };
    }
  } catch (err) {
    const e = asDossierError(err, task.where);
    reply = { seq: task.seq, ok: false, code: e.code, detail: detailOf(e), subject: e.subject };
  }
  port.postMessage(reply);
});
defaultPipeline();
port.postMessage({ ready: true });

/** The message without its "subject: " prefix, so the pool can rebuild the same error. */
function detailOf(e: { message: string; subject?: string }): string {
  return e.subject && e.message.startsWith(`${e.subject}: `) ? e.message.slice(e.subject.length + 2) : e.message;
}

/** The most UTF-16 units one message carries: under 128 KB even as two-byte characters, so the writing
 * thread receives each piece in V8's young generation, collected at once, not as a large object that
 * stays until a full collection (a 4 MB report's JSON left ~140 MB of dead chunks in the writing thread). */
const POST_CHARS = 60 * 1024;

/** A chunk in pieces of at most POST_CHARS, never cut between the halves of a surrogate pair (each piece
 * is written on its own, and a lone half would become U+FFFD). */
function* postPieces(chunk: string): Generator<string> {
  if (chunk.length <= POST_CHARS) { yield chunk; return; }
  for (let at = 0; at < chunk.length;) {
    let end = Math.min(chunk.length, at + POST_CHARS);
    const c = chunk.charCodeAt(end - 1);
    if (end < chunk.length && c >= 0xd800 && c <= 0xdbff) end--;
    yield chunk.slice(at, end);
    at = end;
  }
}
