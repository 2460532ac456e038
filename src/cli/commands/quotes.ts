// dossier quotes: quotations by speaker and by the words in them.
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { checkDate, dbOption, jsonOption, limitOption, parseLimit, requireActor, terminalText, widenDate, withStore } from './kb-common.ts';
import { quoteLine } from './kb-format.ts';
import { outermostQuotes } from '../../kb/present.ts';

const usage = `usage: dossier quotes [--speaker X] [--search "words"] [--from DATE] [--to DATE] [--limit N] [--db FILE] [--json]
  Quotations in time order; --search needs every word (full-text, accents ignored).`;

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'quotations by speaker or words',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...dbOption, ...jsonOption, ...limitOption,
      speaker: { type: 'string' }, search: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    }, usage);
    const filter = {
      speaker: values.speaker, search: values.search,
      from: widenDate(checkDate('from', values.from), false), to: widenDate(checkDate('to', values.to), true),
      limit: parseLimit(values.limit, 1000),
    };
    return withStore(values.db, async store => {
      await requireActor(store, 'speaker', filter.speaker);
      const items = await store.quotes(filter);
      io.out(values.json ? JSON.stringify(items, null, 2) + '\n' : terminalText(outermostQuotes(items).map(quoteLine).join('\n') + (items.length ? '\n' : '')));
      return 0;
    });
  },
};
