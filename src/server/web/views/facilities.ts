// Facilities on a map and agreements in a table: the standing system the reports
// describe (bases, plants, leases, treaties), each row pointing at its sources.
import { getJson } from '../api.ts';
import type { AgreementView, FacilityView } from '../../../kb/facts.ts';
import { h, route } from '../dom.ts';
import { renderMap } from '../map.ts';
import { durationWords, plural } from '../../../kb/present.ts';
import { sortableTable } from '../table.ts';
import { dateNodes, downloadBar } from './common.ts';

export async function facilitiesView(): Promise<Node> {
  const [{ items: facilities }, { items: agreements }] = await Promise.all([
    getJson<{ items: FacilityView[] }>('/api/facilities'),
    getJson<{ items: AgreementView[] }>('/api/agreements'),
  ]);
  const placed = facilities.filter(f => f.lat !== undefined && f.lon !== undefined);
  const map = placed.length
    ? await renderMap(placed.map(f => ({ id: f.id, name: f.name, lat: f.lat!, lon: f.lon!, kind: 'facility', role: 'facility' as const, weight: f.sources.length })))
    : h('p', { class: 'muted' }, 'No facility has coordinates yet.');
  const sources = (s: { document: string }[]) => [...new Set(s.map(x => x.document))].map(d => h('a', { href: route('doc', d) }, d));
  const since = (f: FacilityView) => f.history.filter(x => x.status === 'active' && x.time).map(x => x.time!).sort()[0] ?? f.opened;
  const facilityTable = sortableTable<FacilityView>([
    { label: 'Facility', key: f => f.name, cell: f => f.name },
    { label: 'Type', key: f => f.facilityType, cell: f => f.facilityType },
    { label: 'Status', key: f => f.status, cell: f => statusCell(f) },
    { label: 'Host', key: f => f.host, cell: f => f.host ?? '' },
    { label: 'Operator', key: f => f.operator, cell: f => (f.operator ? h('span', f.operatorInferred ? { 'data-tip': 'not said of this facility: the company the report is about' } : null, `${f.operator}${f.operatorInferred ? ' (inferred)' : ''}`) : '') },
    { label: 'Since', key: since, cell: f => dateNodes(since(f)), class: 'date' },
    { label: 'Lease ends', key: f => f.leaseEnds, cell: f => (f.leaseEnds ? [...dateNodes(f.leaseEnds), f.leaseEndsWithExtension ? [' (', ...dateNodes(f.leaseEndsWithExtension), ' extended)'] : ''] : ''), class: 'date' },
    { label: 'Sources', cell: f => sources(f.sources) },
  ], { id: 'facilities-table', class: 'facilities', rowAttrs: f => ({ 'data-facility': f.id }), empty: 'No facility is known.' });
  facilityTable.setRows(facilities);
  const agreementTable = sortableTable<AgreementView>([
    { label: 'Kind', key: a => a.agreementType, cell: a => a.agreementType },
    { label: 'Parties', key: a => a.partyNames.join(' – '), cell: a => a.partyNames.join(' – ') },
    { label: 'Signed', key: a => a.signed, cell: a => dateNodes(a.signed), class: 'date' },
    { label: 'Term', key: a => a.term, cell: a => h('span', { class: 'nowrap' }, durationWords(a.term) ?? '') },
    { label: 'Ends (derived)', key: a => a.ends, cell: a => (a.ends ? [...dateNodes(a.ends), a.endsWithExtension ? [' / ', ...dateNodes(a.endsWithExtension)] : ''] : ''), class: 'date' },
    { label: 'About', key: a => a.subject, cell: a => a.subject ?? '' },
    { label: 'Sources', cell: a => sources(a.sources) },
  ], { id: 'agreements-table', class: 'agreements', rowAttrs: a => ({ 'data-agreement': a.id }), empty: 'No agreement is known.' });
  agreementTable.setRows(agreements);
  return h('section', { class: 'facilities-page' },
    h('h1', null, 'Facilities', h('span', { class: 'count' }, ` ${plural(facilities.length, 'facility', 'facilities')} · ${plural(agreements.length, 'agreement')}`)),
    downloadBar('facilities', [['csv', 'CSV'], ['geojson', 'GeoJSON'], ['jsonl', 'JSONL']], 'facilities-export'),
    map, facilityTable.element, h('h2', null, 'Agreements'),
    downloadBar('agreements', [['csv', 'CSV'], ['jsonl', 'JSONL']], 'agreements-export'), agreementTable.element);
}

/** The status; its steps across reports (date, words, report) in the cell's tip. */
function statusCell(f: FacilityView): Node {
  const steps = f.history.map(x => `${x.time ?? `(${x.source.published ?? 'undated'})`} ${x.status}${x.until ? ` until ${x.until}` : ''} — “${x.source.text}” [${x.source.document}]`);
  return h('span', steps.length ? { class: 'status-history', 'data-tip': steps.join('\n') } : null, f.status ?? '');
}
