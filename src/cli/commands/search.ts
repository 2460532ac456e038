// dossier search "words": documents, quotes and entities that hold the words.
import { DossierError } from '../../errors.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { dbOption, jsonOption, limitOption, oneLine, parseLimit, terminalText, withStore } from './kb-common.ts';
import { quoteLine } from './kb-format.ts';

const usage = `usage: dossier search "words" [--limit N] [--db FILE] [--json]
  Full-text search over document text and quotations (every word required, accents ignored),
  and entity names.`;

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over documents, quotes and names',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...dbOption, ...jsonOption, ...limitOption }, usage);
    const text = positionals.join(' ').trim();
    if (!text) throw new DossierError('USAGE', 'no search words given\n' + usage.split('\n')[0]);
    return withStore(values.db, async store => {
      const r = await store.search(text, { limit: parseLimit(values.limit, 20) });
      if (values.json) { io.out(JSON.stringify(r, null, 2) + '\n'); return 0; }
      const out: string[] = [];
      if (r.entities.length) out.push('Entities:', ...r.entities.map(e => `  ${e.id.padEnd(24)} ${e.name} (${[e.type, e.kind, e.country].filter(Boolean).join(', ')}), ${e.documents} document${e.documents === 1 ? '' : 's'}`));
      if (r.documents.length) out.push('Documents:', ...r.documents.map(d => `  ${(d.published ?? '').padEnd(10)}  ${d.id}  ${d.title ?? ''}\n      …${oneLine(d.snippet, 200)}…`));
      if (r.quotes.length) out.push('Quotes:', ...r.quotes.map(q => '  ' + quoteLine(q)));
      io.out(terminalText(out.length ? out.join('\n') + '\n' : `nothing matches "${text}"\n`));
      return 0;
    });
  },
};
