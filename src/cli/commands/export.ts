// dossier export --format jsonl|gdelt|geojson|csv: the knowledge base out.
import { closeSync, openSync, writeSync } from 'node:fs';
import { DossierError, asDossierError } from '../../errors.ts';
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../../kb/export.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { dbOption, plural, withStore } from './kb-common.ts';
import { terminalSafe, terminalSafeJson } from '../../format/terminal.ts';

const usage = `usage: dossier export --format jsonl|gdelt|geojson|csv [--out FILE] [--header] [--db FILE]
  jsonl: every stored document; gdelt: merged events as GDELT 2.0 rows (--header adds the
  column names); csv: merged events with actors, dates and counts; geojson: places with their events.`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'the knowledge base as JSONL, GDELT, GeoJSON or CSV',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...dbOption, format: { type: 'string', default: 'jsonl' }, out: { type: 'string' }, header: { type: 'boolean', default: false } }, usage);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new DossierError('USAGE', `unknown --format "${values.format}" (${EXPORT_FORMATS.join(', ')})`);
    return withStore(values.db, async store => {
      let fd: number | undefined;
      try { if (values.out) fd = openSync(values.out, 'w'); } catch (err) { throw asDossierError(err, values.out); }
      try {
        // a report's text may hold ESC and OSC sequences: to a terminal they are shown, not obeyed
        const shown = fd === undefined && io.isTTY ? (format === 'jsonl' || format === 'geojson' ? terminalSafeJson : (s: string) => terminalSafe(s, { keepNewlines: true, crlf: true })) : undefined;
        const n = await exportStore(store, format, s => { if (fd !== undefined) writeSync(fd, s); else io.out(shown ? shown(s) : s); }, { header: values.header });
        if (values.out) io.err(`dossier export: ${plural(n, format === 'jsonl' ? 'document' : format === 'geojson' ? 'place' : 'event')} → ${values.out}\n`);
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
      return 0;
    });
  },
};
