// dossier timeline: events and quotes in time order, by actor, country and dates.
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { checkDate, dbOption, jsonOption, limitOption, parseLimit, requireActor, terminalText, widenDate, withStore } from './kb-common.ts';
import { timelineLine } from './kb-format.ts';

const usage = `usage: dossier timeline [--actor X] [--country ISO3] [--from DATE] [--to DATE] [--limit N] [--db FILE] [--json]
  Events (with the actor as source or target) and quotes (by the actor) in time order. --country
  takes the country and everyone and everything of it; with --actor, the actor's dealings with it.`;

export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'events and quotes in time order (by actor, country, dates)',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...dbOption, ...jsonOption, ...limitOption,
      actor: { type: 'string' }, country: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    }, usage);
    const filter = {
      actor: values.actor, country: values.country?.toUpperCase(),
      from: widenDate(checkDate('from', values.from), false), to: widenDate(checkDate('to', values.to), true),
      limit: parseLimit(values.limit, 1000),
    };
    return withStore(values.db, async store => {
      await requireActor(store, 'actor', filter.actor);
      await requireActor(store, 'country', filter.country);
      const items = await store.timeline(filter);
      io.out(values.json ? JSON.stringify(items, null, 2) + '\n' : terminalText(items.map(timelineLine).join('\n') + (items.length ? '\n' : '')));
      return 0;
    });
  },
};
