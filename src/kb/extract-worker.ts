// One extraction worker: builds the pipeline once, then turns each text it is sent
// into a contract document. Errors go back as {code, message}, never as a crash.
import { parentPort } from 'node:worker_threads';
import { asDossierError } from '../errors.ts';
import { defaultPipeline, extract } from '../index.ts';
import type { ExtractTask, ExtractReply } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');
let ready = false;
port.on('message', (task: ExtractTask) => {
  let reply: ExtractReply;
  try {
    if (!ready) { defaultPipeline(); ready = true; }
    reply = { seq: task.seq, ok: true, doc: extract(task.text, task.meta) };
  } catch (err) {
    const e = asDossierError(err, task.where);
    reply = { seq: task.seq, ok: false, code: e.code, message: e.message };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
