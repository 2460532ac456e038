// Events as CSV for spreadsheets. Cells that a spreadsheet would run as a formula
// (=, +, -, @ first) are prefixed with ' so untrusted text stays text.
import type { StoredEvent } from '../store/store.ts';

const COLUMNS: [string, (e: StoredEvent) => unknown][] = [
  ['date', e => e.date], ['dateStart', e => e.dateStart], ['dateEnd', e => e.dateEnd], ['code', e => e.code],
  ['root', e => e.root], ['quadClass', e => e.quadClass], ['goldstein', e => e.goldstein],
  ['source', e => e.source], ['sourceName', e => e.sourceName], ['sourceActor', e => e.sourceActor],
  ['target', e => e.target], ['targetName', e => e.targetName], ['targetActor', e => e.targetActor],
  ['location', e => e.location], ['locationName', e => e.locationName], ['lat', e => e.lat], ['lon', e => e.lon],
  ['numArticles', e => e.numArticles], ['numSources', e => e.numSources], ['numMentions', e => e.numMentions],
  ['trigger', e => e.mentions[0]?.text], ['document', e => e.mentions[0]?.document],
  ['start', e => e.mentions[0]?.start], ['end', e => e.mentions[0]?.end], ['rule', e => e.mentions[0]?.rule],
  ['documents', e => [...new Set(e.mentions.map(m => m.document))].join(' ')],
];

export function eventsCsv(events: StoredEvent[]): string {
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
