// dossier extract <inputs...>: each input to the document contract, extracted in worker threads
// (each document within its time and output budget) and written as it is done, in input order.
import type { DossierDocument } from '../../document/types.ts';
import { DossierError, asDossierError } from '../../errors.ts';
import { formatText } from '../../format/text.ts';
import { toGdeltTsv } from '../../format/gdelt.ts';
import { terminalSafe } from '../../format/terminal.ts';
import { readInput } from '../../io/inputs.ts';
import { makeExtractor, type Extractor } from '../../kb/pool.ts';
import { DEFAULT_TIMEOUT_SECONDS } from '../../kb/extract-budget.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { isCalendarDate } from '../../document/calendar.ts';
import { runOptions, workersOption, timeoutOption } from './run-options.ts';
import { loadDictionaries } from '../../data/petrarch/index.ts';

const usage = `usage: dossier extract <file.txt|file.html|file.jsonl|-> ... [--published YYYY-MM-DD] [--format json|jsonl|text|gdelt]
                       [--workers N] [--timeout SECONDS] [--dictionaries DIR]
  Prints each input as a Dossier document. json (default) prints one document as an
  object, several as an array; jsonl prints one document per line in input order;
  text prints a summary for a person; gdelt prints the events as GDELT 2.0 event rows
  (tab-separated, 61 columns, no header). Each document is written as soon as it and
  those before it are done. A bad input, or a document past its budget (--timeout,
  default ${DEFAULT_TIMEOUT_SECONDS} s; its JSON at most 64× its text), is reported on one line by name and the
  others go on; the exit status is then non-zero. --workers 0 extracts in this thread.
  --dictionaries codes events with the PETRARCH dictionaries in DIR (*verbs*.txt or CAMEO.*.txt,
  *actors*.txt, *agents*.txt, *discards*.txt) instead of the CAMEO 2.0 and Phoenix ones Dossier ships.`;

type Outcome = { ok: true; json: string; source: string } | { ok: false; error: DossierError };

export const extractCommand: Command = {
  name: 'extract',
  summary: 'read reports and print their documents (json, jsonl, text)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      published: { type: 'string' },
      format: { type: 'string', default: 'json' },
      ...workersOption, ...timeoutOption,
      dictionaries: { type: 'string' },
    }, usage);
    const format = values.format as string;
    if (!['json', 'jsonl', 'text', 'gdelt'].includes(format)) throw new DossierError('USAGE', `unknown --format "${format}" (json, jsonl, text, gdelt)`);
    if (values.published !== undefined && !isCalendarDate(values.published)) {
      throw new DossierError('BAD_DATE', `--published "${values.published}" is not a calendar date of the form YYYY-MM-DD`);
    }
    if (!positionals.length) throw new DossierError('USAGE', 'no input given\n' + usage.split('\n')[0]);
    const run = runOptions(values);
    const dictionaries = values.dictionaries as string | undefined;
    if (dictionaries !== undefined) {
      // read once up front: a missing folder is one error, malformed lines are reported and skipped
      for (const i of loadDictionaries(dictionaries).issues) io.err(`dossier extract: ${terminalSafe(`${i.file}:${i.line}: ${i.message}`)} (skipped)\n`);
    }

    let firstFailure: DossierError | undefined;
    const fail = (e: DossierError) => { firstFailure ??= e; io.err(`dossier extract: ${terminalSafe(e.message)}\n`); };
    const writer = documentWriter(format, io.out);
    const emit = (o: Outcome) => {
      if (!o.ok) { fail(o.error); return; }
      try { writer.write(o.json); } catch (err) {
        fail(err instanceof RangeError ? new DossierError('OUTPUT_TOO_LARGE', 'makes more output than a string holds', o.source) : asDossierError(err, o.source));
      }
    };

    const extractor: Extractor = makeExtractor(run);
    const readPage = (html: string, where: string) => extractor.readPage(html, where);
    // documents in input order; the head is written as soon as it is done, the rest wait behind it
    const line: Promise<Outcome>[] = [];
    try {
      for (const path of positionals) {
        for await (const item of readInput(path, io.stdin, readPage)) {
          if (!item.ok) { line.push(Promise.resolve({ ok: false, error: item.error })); }
          else {
            const input = item.doc;
            const meta = { id: input.id, title: input.title, url: input.url, published: values.published ?? input.published, ...(dictionaries !== undefined ? { dictionaries } : {}) };
            line.push(extractor.extractJson(input.text, meta, input.source).then(
              json => ({ ok: true as const, json, source: input.source }),
              err => ({ ok: false as const, error: asDossierError(err, input.source) })));
          }
          while (line.length >= extractor.capacity) emit(await line.shift()!);
        }
      }
      while (line.length) emit(await line.shift()!);
      writer.end();
    } finally {
      await extractor.close();
    }
    return firstFailure ? firstFailure.exit : 0;
  },
};

/**
 * Writes documents as they come: jsonl a line each, text and gdelt a block each; json one object when
 * there is one document and an array when there are several, so the first is held until the second
 * (or the end) says which.
 */
function documentWriter(format: string, out: (s: string) => void): { write(json: string): void; end(): void } {
  let count = 0, held: string | undefined;
  const pretty = (json: string) => JSON.stringify(JSON.parse(json), null, 2);
  const element = (json: string) => '  ' + pretty(json).replace(/\n/g, '\n  ');
  return {
    write(json) {
      count++;
      if (format === 'jsonl') out(json + '\n');
      else if (format === 'text') out((count > 1 ? '\n' : '') + terminalSafe(formatText(JSON.parse(json) as DossierDocument), { keepNewlines: true }));
      else if (format === 'gdelt') out(toGdeltTsv([JSON.parse(json) as DossierDocument]));
      else if (count === 1) held = json;
      else {
        if (held !== undefined) { out('[\n' + element(held)); held = undefined; }
        out(',\n' + element(json));
      }
    },
    end() {
      if (format !== 'json') return;
      if (held !== undefined) out(pretty(held) + '\n');
      else if (count > 1) out('\n]\n');
    },
  };
}
