// dossier stats: what the knowledge base holds.
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { dbOption, jsonOption, terminalText, withStore } from './kb-common.ts';

const usage = `usage: dossier stats [--db FILE] [--json]
  Counts of documents, entities (by type), mentions, times, quotes, merged events and facts.`;

export const statsCommand: Command = {
  name: 'stats',
  summary: 'what the knowledge base holds',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...dbOption, ...jsonOption }, usage);
    return withStore(values.db, async store => {
      const s = await store.stats();
      if (values.json) { io.out(JSON.stringify(s, null, 2) + '\n'); return 0; }
      const lines = [
        `${values.db}: schema ${s.schemaVersion}${s.bytes !== undefined ? `, ${(s.bytes / 1e6).toFixed(1)} MB` : ''}`,
        `documents      ${s.documents}${s.firstPublished ? `  (published ${s.firstPublished} … ${s.lastPublished})` : ''}`,
        `entities       ${s.entities}  (${Object.entries(s.entitiesByType).map(([t, n]) => `${t} ${n}`).join(', ')})`,
        `mentions       ${s.mentions}`, `times          ${s.times}`, `quotes         ${s.quotes}`,
        `events         ${s.events} merged from ${s.eventMentions} mentions`, `roles          ${s.roles}`, `facts          ${s.facts}`,
      ];
      if (s.topEntities.length) lines.push(`most documents ${s.topEntities.map(e => `${e.name} (${e.documents})`).join(', ')}`);
      io.out(terminalText(lines.join('\n') + '\n'));
      return 0;
    });
  },
};
