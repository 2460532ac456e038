// One extraction worker: builds the pipeline once, says it is ready, then turns each text it is sent
// into a contract document's JSON, within the output budget (or an HTML page into a document's text). Errors go back as {code, message}, never
// as a crash; a document past its time budget is stopped by the pool terminating this worker.
import { parentPort } from 'node:worker_threads';
import { asDossierError } from '../errors.ts';
import { defaultPipeline, extract } from '../index.ts';
import { serializeWithinBudget } from './extract-budget.ts';
import type { ExtractTask, ExtractReply } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');
port.on('message', async (task: ExtractTask) => {
  let reply: ExtractReply;
  try {
    if (task.op === 'page') {
      // the HTML reader (linkedom, Readability) is loaded by the first page, not by every worker
      const { htmlToDocument } = await import('../io/html.ts');
      reply = { seq: task.seq, ok: true, json: JSON.stringify(htmlToDocument(task.text)) };
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
