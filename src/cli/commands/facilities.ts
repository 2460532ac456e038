// dossier facilities: the facilities the knowledge base knows, merged across reports.
import { mergeFacilities, type FacilityView } from '../../kb/facts.ts';
import { DossierError } from '../../errors.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { facilitiesCsv } from '../../kb/facts-export.ts';
import { dbOption, jsonOption, requireActor, terminalText, withStore } from './kb-common.ts';

const usage = `usage: dossier facilities [--host ISO3] [--operator ISO3] [--status S] [--db FILE] [--json | --csv]
  Facilities (bases, plants, ports…) with host, operator, status over time, lease ends and sources.
  --status: proposed | planned | under construction | active | extended | closing | declined | closed
  Each facility lists its history across reports: every step with its date and the words and report it rests on.`;

const STATUSES = ['proposed', 'planned', 'under construction', 'active', 'extended', 'closing', 'declined', 'closed'];

export const facilitiesCommand: Command = {
  name: 'facilities',
  summary: 'facilities with host, operator, status and lease terms',
  usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...dbOption, ...jsonOption, csv: { type: 'boolean', default: false }, host: { type: 'string' }, operator: { type: 'string' }, status: { type: 'string' } }, usage);
    if (values.status && !STATUSES.includes(values.status)) throw new DossierError('USAGE', `--status "${values.status}" is not one of ${STATUSES.join(', ')}`);
    const host = iso3(values.host, 'host'), operator = iso3(values.operator, 'operator');
    return withStore(values.db, async store => {
      const list = mergeFacilities(await store.factRows(), { host, operator, status: values.status });
      // a host or operator country the knowledge base does not know is one line and exit 1, as every actor option answers
      if (!list.length) { await requireActor(store, 'host', host); await requireActor(store, 'operator', operator); }
      if (values.json) { io.out(JSON.stringify(list, null, 2) + '\n'); return 0; }
      // the page's download in the same schema (src/kb/facts-export.ts)
      if (values.csv) { io.out(facilitiesCsv(list)); return 0; }
      io.out(terminalText(list.length ? list.map(formatFacility).join('\n') + '\n' : 'no facilities\n'));
      return 0;
    });
  },
};

export function iso3(v: string | undefined, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (!/^[A-Za-z]{3}$/.test(v)) throw new DossierError('USAGE', `--${name} "${v}" is not an ISO 3166-1 alpha-3 code (e.g. RUS)`);
  return v.toUpperCase();
}

/** "Kant Air Base (air base) — active, host KGZ, operator RUS, since 2003, lease to 2027-12 (2032-12 with extension)" */
export function formatFacility(f: FacilityView): string {
  const since = f.history.filter(h => h.status === 'active' && h.time).map(h => h.time!).sort()[0] ?? f.opened;
  const declined = f.history.find(h => h.status === 'declined');
  const parts = [
    f.status, f.host && `host ${f.host}`, f.operator && `operator ${f.operator}${f.operatorInferred ? " (inferred)" : ""}`, since && `since ${since}`,
    f.leaseEnds && `lease to ${f.leaseEnds}${f.leaseEndsWithExtension ? ` (${f.leaseEndsWithExtension} with extension)` : ''}`,
    declined && `declined by ${declined.byName ?? declined.byCountry ?? '?'}${declined.byCountry && declined.byName ? ` (${declined.byCountry})` : ''}${declined.time ? ` ${declined.time}` : ''}`,
  ].filter(Boolean);
  const lines = [`${f.name} (${f.facilityType}) — ${parts.join(', ')}`];
  const proposers = [...new Set(f.history.filter(h => h.status === 'proposed' && h.byName).map(h => `${h.byName}${h.time ? ` ${h.time}` : ''}`))];
  if (proposers.length) lines.push(`  proposed by ${proposers.join('; ')}`);
  if (f.locatedIn.length) lines.push(`  in ${f.locatedIn.join(', ')}`);
  if (f.units.length) lines.push(`  units ${f.units.join(', ')}`);
  lines.push(`  sources ${[...new Set(f.sources.map(s => s.document))].join(', ')}`);
  if (f.history.length) lines.push('  history', ...f.history.map(formatStep));
  return lines.join('\n');
}

/** `    2009-02 closing — "to leave the base" [voa-manas-deal-2009, 2009-06-23]`: a step undated in its report shows the report's date in brackets. */
function formatStep(h: FacilityView['history'][number]): string {
  const when = h.time ?? (h.source.published ? `(${h.source.published})` : '(undated)');
  const extra = [h.until && `until ${h.until}`, h.byName && `by ${h.byName}`].filter(Boolean).join(' ');
  const quote = h.source.text.length > 90 ? `${h.source.text.slice(0, 87)}…` : h.source.text;
  return `    ${when} ${h.status}${h.inferred ? ' (inferred)' : ''}${extra ? ` ${extra}` : ''} — "${quote}" [${h.source.document}${h.source.published ? `, ${h.source.published}` : ''}]`;
}
