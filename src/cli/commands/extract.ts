// dossier extract <inputs...>: each input to the document contract.
import { extract } from '../../index.ts';
import type { DossierDocument } from '../../document/types.ts';
import { DossierError, asDossierError } from '../../errors.ts';
import { formatText } from '../../format/text.ts';
import { toGdeltTsv } from '../../format/gdelt.ts';
import { readInput } from '../../io/inputs.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { isCalendarDate } from '../../document/calendar.ts';
import { loadDictionaries } from '../../data/petrarch/index.ts';

const usage = `usage: dossier extract <file.txt|file.html|file.jsonl|-> ... [--published YYYY-MM-DD] [--format json|jsonl|text|gdelt] [--dictionaries DIR]
  Prints each input as a Dossier document. json (default) prints one document as an
  object, several as an array; jsonl prints one document per line in input order;
  text prints a summary for a person; gdelt prints the events as GDELT 2.0 event rows
  (tab-separated, 61 columns, no header). A bad input is reported on one line and the
  others go on; the exit status is then non-zero. --dictionaries codes events with the
  PETRARCH dictionaries in DIR (*verbs*.txt or CAMEO.*.txt, *actors*.txt, *agents*.txt,
  *discards*.txt) instead of the CAMEO 2.0 and Phoenix ones Dossier ships.`;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'read reports and print their documents (json, jsonl, text)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      published: { type: 'string' },
      format: { type: 'string', default: 'json' },
      dictionaries: { type: 'string' },
    }, usage);
    const format = values.format as string;
    if (!['json', 'jsonl', 'text', 'gdelt'].includes(format)) throw new DossierError('USAGE', `unknown --format "${format}" (json, jsonl, text, gdelt)`);
    if (values.published !== undefined && !isCalendarDate(values.published)) {
      throw new DossierError('BAD_DATE', `--published "${values.published}" is not a calendar date of the form YYYY-MM-DD`);
    }
    if (!positionals.length) throw new DossierError('USAGE', 'no input given\n' + usage.split('\n')[0]);
    const dictionaries = values.dictionaries as string | undefined;
    if (dictionaries !== undefined) {
      // read once up front: a missing folder is one error, malformed lines are reported and skipped
      for (const i of loadDictionaries(dictionaries).issues) io.err(`dossier extract: ${i.file}:${i.line}: ${i.message} (skipped)\n`);
    }

    let firstFailure: DossierError | undefined;
    const fail = (e: DossierError) => { firstFailure ??= e; io.err(`dossier extract: ${e.message}\n`); };
    const docs: DossierDocument[] = [];
    let printed = 0;
    for (const path of positionals) {
      for await (const item of readInput(path, io.stdin)) {
        if (!item.ok) { fail(item.error); continue; }
        const input = item.doc;
        let doc: DossierDocument;
        try {
          doc = extract(input.text, {
            id: input.id, title: input.title, url: input.url,
            published: values.published ?? input.published,
            ...(dictionaries !== undefined ? { dictionaries } : {}),
          });
        } catch (err) {
          fail(asDossierError(err, input.source));
          continue;
        }
        // jsonl and text stream each document as it is done, in input order
        if (format === 'jsonl') io.out(JSON.stringify(doc) + '\n');
        else if (format === 'text') io.out((printed++ ? '\n' : '') + formatText(doc));
        else if (format === 'gdelt') io.out(toGdeltTsv([doc]));
        else docs.push(doc);
      }
    }
    if (format === 'json' && docs.length) io.out(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
    return firstFailure ? firstFailure.exit : 0;
  },
};
