// dossier extract <inputs...>: each input to the document contract.
import { basename, extname } from 'node:path';
import { extract } from '../../index.ts';
import { DossierError, asDossierError } from '../../errors.ts';
import { readInput } from '../../io/inputs.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = `usage: dossier extract <file.txt|file.html|file.jsonl|-> ... [--published YYYY-MM-DD] [--format json|jsonl|text]
  Prints each input as a Dossier document. json (default) prints one document as an
  object, several as an array; jsonl prints one document per line in input order.`;

export const extractCommand: Command = {
  name: 'extract',
  summary: 'read reports and print their documents (json, jsonl, text)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      published: { type: 'string' },
      format: { type: 'string', default: 'json' },
    }, usage);
    const format = values.format as string;
    if (!['json', 'jsonl', 'text'].includes(format)) throw new DossierError('USAGE', `unknown --format "${format}" (json, jsonl, text)`);
    if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
      throw new DossierError('BAD_DATE', `--published "${values.published}" is not a date of the form YYYY-MM-DD`);
    }
    if (!positionals.length) throw new DossierError('USAGE', 'no input given\n' + usage.split('\n')[0]);

    let failed = 0;
    const docs = [];
    for (const path of positionals) {
      for await (const item of readInput(path, io.stdin)) {
        if (!item.ok) { failed++; io.err(`dossier extract: ${item.error.message}\n`); continue; }
        const input = item.doc;
        try {
          const doc = extract(input.text, {
            id: input.id ?? (input.source === '-' ? undefined : basename(input.source, extname(input.source))),
            title: input.title, url: input.url,
            published: values.published ?? input.published,
          });
          if (format === 'jsonl') io.out(JSON.stringify(doc) + '\n');
          else docs.push(doc);
        } catch (err) {
          failed++;
          io.err(`dossier extract: ${asDossierError(err, input.source).message}\n`);
        }
      }
    }
    if (format === 'json' && docs.length) io.out(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + '\n');
    if (format === 'text') io.out(docs.map(d => JSON.stringify({ id: d.id, sentences: d.sentences.length })).join('\n') + '\n');
    return failed ? 1 : 0;
  },
};
