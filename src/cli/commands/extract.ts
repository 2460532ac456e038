// dossier extract <inputs...>: each input to the document contract, extracted in worker threads
// (each document within its time and output budget) and written as it is done, in input order.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { DossierError, asDossierError } from '../../errors.ts';
import { OUTPUT_FORMATS, type OutputFormat } from '../../format/output-formats.ts';
import { terminalSafe } from '../../format/terminal.ts';
import { readInput } from '../../io/inputs.ts';
import type { DocumentOutput, Extractor } from '../../kb/pool.ts';
import { InlineExtractor } from '../../kb/inline-extractor.ts';
import { DEFAULT_TIMEOUT_SECONDS } from '../../kb/extract-budget.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIO, Command } from '../command.ts';
import { isCalendarDate } from '../../document/calendar.ts';
import { runOptions, workersOption, timeoutOption, type RunOptions } from './run-options.ts';

/** Inputs extracted in this thread when no --workers is given: files (not stdin, not folders) of at most
 * this many bytes together, about half a second of extraction, what starting a worker costs. */
export const INLINE_MAX_BYTES = 64 * 1024;
/** The peak resident memory, in MB, extract keeps within when no --workers is given (issue 21): it sets
 * how many workers run (src/kb/pool.ts workersWithin), each with its heap capped (WORKER_HEAP_MB). */
export const MEMORY_BUDGET_MB = 300;

const usage = `usage: dossier extract <file.txt|file.html|file.jsonl|-> ... [--published YYYY-MM-DD] [--format json|jsonl|text|gdelt]
                       [--workers N] [--timeout SECONDS] [--dictionaries DIR]
  Prints each input as a Dossier document. json (default) prints one document as an
  object, the documents of several inputs (or of a JSONL file of several lines) as an array;
  jsonl prints one document per line in input order; text prints a summary for a person; gdelt
  prints the events as GDELT 2.0 event rows (tab-separated, 61 columns, no header). Each document
  is written as soon as it and those before it are done, a piece at a time. A bad input, or a
  document past its budget (--timeout, default ${DEFAULT_TIMEOUT_SECONDS} s; its JSON at most 64× its text), is
  reported on one line by name and left out, and the others go on; the exit status is then
  non-zero. Documents are extracted in worker threads, as many as ${MEMORY_BUDGET_MB} MB of memory holds
  (at most one per core; --workers N sets the number), or in this thread with --workers 0 or when no
  --workers is given and the inputs are files of at most ${INLINE_MAX_BYTES / 1024} KB together; in this thread
  the time budget is checked before each stage.
  --dictionaries codes events with the PETRARCH dictionaries in DIR (*verbs*.txt or CAMEO.*.txt,
  *actors*.txt, *agents*.txt, *discards*.txt) instead of the CAMEO 2.0 and Phoenix ones Dossier ships.`;

type Outcome = { ok: true; output: DocumentOutput; source: string } | { ok: false; error: DossierError };

export const extractCommand: Command = {
  name: 'extract',
  summary: 'read reports and print their documents (json, jsonl, text, gdelt)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      published: { type: 'string' },
      format: { type: 'string', default: 'json' },
      ...workersOption, ...timeoutOption,
      dictionaries: { type: 'string' },
    }, usage);
    const format = values.format as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) throw new DossierError('USAGE', `unknown --format "${format}" (${OUTPUT_FORMATS.join(', ')})`);
    if (values.published !== undefined && !isCalendarDate(values.published)) {
      throw new DossierError('BAD_DATE', `--published "${values.published}" is not a calendar date of the form YYYY-MM-DD`);
    }
    if (!positionals.length) throw new DossierError('USAGE', 'no input given\n' + usage.split('\n')[0]);
    const run = runOptions(values);
    const dictionaries = values.dictionaries as string | undefined;
    if (dictionaries !== undefined) {
      // read once up front: a missing folder is one error, malformed lines are reported and skipped
      const { loadDictionaries } = await import('../../data/petrarch/index.ts');
      for (const i of loadDictionaries(dictionaries).issues) io.err(`dossier extract: ${terminalSafe(`${i.file}:${i.line}: ${i.message}`)} (skipped)\n`);
    }

    let firstFailure: DossierError | undefined;
    const fail = (e: DossierError) => { firstFailure ??= e; io.err(`dossier extract: ${terminalSafe(e.message)}\n`); };
    const writer = documentWriter(format, io);
    // json's array or object depends on how many documents the input holds, failed ones included,
    // whatever their order: a failure before the first written document counts as one after it would
    let emitted = 0;
    const emit = async (o: Outcome, more: boolean) => {
      const before = emitted++;
      if (!o.ok) { fail(o.error); return; }
      try { await writer.write(o.output, more || before > 0); } catch (err) { fail(asDossierError(err, o.source)); }
    };

    const inline = run.workers === undefined && smallFiles(positionals);
    // a small input is done before V8's optimizing compiler pays for itself: compiling the hot data-loading
    // loops costs more CPU than it saves. Set here, before the pipeline's modules load, and only for this
    // thread's run: the flag is process-wide, so never when workers run.
    if (inline) setFlagsFromString('--no-opt');
    // the worker pool (worker_threads, the workers' entry) is loaded only when workers run
    const extractor: Extractor = inline
      ? new InlineExtractor({ timeoutSeconds: run.timeoutSeconds })
      : await pooled(run);
    const readPage = (html: string, where: string) => extractor.readPage(html, where);
    // documents in input order; the head is written as soon as it is done, the rest wait behind it. At least
    // two are read ahead, so the first one written knows whether others follow (one object or an array).
    const ahead = Math.max(2, extractor.capacity);
    const line: Outcome[] = [];
    try {
      for (const path of positionals) {
        for await (const item of readInput(path, io.stdin, readPage)) {
          if (!item.ok) { line.push({ ok: false, error: item.error }); }
          else {
            const input = item.doc;
            const meta = { id: input.id, title: input.title, url: input.url, published: values.published ?? input.published, ...(dictionaries !== undefined ? { dictionaries } : {}) };
            line.push({ ok: true, output: extractor.extractOutput(input.text, meta, input.source, format), source: input.source });
          }
          while (line.length >= ahead) await emit(line.shift()!, true);
        }
      }
      while (line.length) { const o = line.shift()!; await emit(o, line.length > 0); }
      await writer.end();
    } finally {
      await extractor.close();
    }
    return firstFailure ? firstFailure.exit : 0;
  },
};

/** Worker threads within the memory budget (unless --workers says how many), each heap capped by its text. */
async function pooled(run: RunOptions): Promise<Extractor> {
  const { makeExtractor, workersWithin } = await import('../../kb/pool.ts');
  return makeExtractor({ ...run, workers: run.workers ?? workersWithin(MEMORY_BUDGET_MB), sizedHeaps: true });
}

function smallFiles(paths: string[]): boolean {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return false;
    try {
      const st = statSync(p);
      if (!st.isFile()) return false;
      total += st.size;
    } catch { continue; /* reported by name when it is read; the others still count */ }
  }
  return total <= INLINE_MAX_BYTES;
}

/**
 * Writes documents as they come, each a chunk at a time as it is made: jsonl a line each, text and gdelt
 * a block each; json one object when there is one input document and an array when there are several
 * (an element indented by two more spaces). A chunk is written before the next is asked for, and
 * through io.write when there is one, which waits while the output is full.
 */
function documentWriter(format: OutputFormat, io: CliIO): { write(output: DocumentOutput, more: boolean): Promise<void>; end(): Promise<void> } {
  let count = 0, array = false;
  const out = (s: string) => (io.write ? io.write(s) : io.out(s));
  return {
    async write(output, more) {
      let first = true;
      await output.pipe(async chunk => {
        if (first) {
          first = false;
          count++;
          if (format === 'json') {
            if (count === 1) array = more;
            if (array) await out(count === 1 ? '[\n  ' : ',\n  ');
          } else if (format === 'text' && count > 1) await out('\n');
        }
        await out(array ? chunk.replace(/\n/g, '\n  ') : chunk);
      });
      if (first) return;
      if (format === 'jsonl' || (format === 'json' && !array)) await out('\n');
    },
    async end() {
      if (format === 'json' && array && count) await out('\n]\n');
    },
  };
}
