// Events as CSV for spreadsheets. Cells that a spreadsheet would run as a formula
// (=, +, -, @ first) are prefixed with ' so untrusted text stays text.
import type { EventView } from './data.ts';

const COLUMNS: [string, (e: EventView) => unknown][] = [
  ['time', e => e.time], ['code', e => e.code], ['root', e => e.root], ['quadClass', e => e.quadClass],
  ['goldstein', e => e.goldstein], ['source', e => e.source], ['sourceName', e => e.sourceName],
  ['sourceActor', e => e.sourceActor], ['target', e => e.target], ['targetName', e => e.targetName],
  ['targetActor', e => e.targetActor], ['location', e => e.locationName ?? e.location], ['lat', e => e.lat],
  ['lon', e => e.lon], ['trigger', e => e.trigger?.text], ['document', e => e.document],
  ['start', e => e.trigger?.start], ['end', e => e.trigger?.end], ['rule', e => e.rule],
];

export function eventsCsv(events: EventView[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const e of events) lines.push(COLUMNS.map(([, get]) => cell(get(e))).join(','));
  return lines.join('\r\n') + '\r\n';
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
