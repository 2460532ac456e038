// dossier events: merged CAMEO events by code, source and target.
import { DossierError } from '../../errors.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { checkDate, dbOption, jsonOption, limitOption, parseLimit, requireActor, terminalText, widenDate, withStore } from './kb-common.ts';
import { eventLine } from './kb-format.ts';

const usage = `usage: dossier events [--code CAMEO] [--source X] [--target X] [--actor X] [--from DATE] [--to DATE] [--limit N] [--db FILE] [--json]
  Events merged across documents (same source, target and code at a compatible date), with how
  many mentions, articles and sources told them. --code 12 is every rejection, --code 042 visits;
  --source/--target take an entity, or an ISO3 code for the country and everyone of it.`;

export const eventsCommand: Command = {
  name: 'events',
  summary: 'CAMEO events merged across documents',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...dbOption, ...jsonOption, ...limitOption,
      code: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, actor: { type: 'string' },
      from: { type: 'string' }, to: { type: 'string' },
    }, usage);
    if (values.code !== undefined && !/^\d{1,4}$/.test(values.code)) throw new DossierError('USAGE', `--code "${values.code}" is not a CAMEO code (digits)`);
    const filter = {
      code: values.code, source: values.source, target: values.target, actor: values.actor,
      from: widenDate(checkDate('from', values.from), false), to: widenDate(checkDate('to', values.to), true),
      limit: parseLimit(values.limit, 1000),
    };
    return withStore(values.db, async store => {
      for (const side of ['source', 'target', 'actor'] as const) await requireActor(store, side, filter[side]);
      const items = await store.events(filter);
      io.out(values.json ? JSON.stringify(items, null, 2) + '\n' : terminalText(items.map(eventLine).join('\n') + (items.length ? '\n' : '')));
      return 0;
    });
  },
};
