// Facilities on a map and agreements in a table: the standing system the reports
// describe (bases, plants, leases, treaties), each row pointing at its sources.
import { getJson } from '../api.ts';
import type { AgreementView, FacilityView } from '../../../kb/facts.ts';
import { h, route } from '../dom.ts';
import { renderMap } from '../map.ts';
import { scrollBox } from './common.ts';
import { durationWords } from '../../../kb/present.ts';

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
  return h('section', { class: 'facilities-page' },
    h('h1', null, 'Facilities', h('span', { class: 'count' }, ` ${facilities.length} facilities · ${agreements.length} agreements`)),
    map,
    scrollBox(h('table', { class: 'facilities' },
      h('thead', null, h('tr', null, ['Facility', 'Type', 'Status', 'Host', 'Operator', 'Since', 'Lease ends', 'Sources'].map(t => h('th', null, t)))),
      h('tbody', null, facilities.map(f => h('tr', { 'data-facility': f.id },
        h('td', null, f.name), h('td', null, f.facilityType), h('td', null, f.status ?? ''),
        h('td', null, f.host ?? ''), h('td', f.operatorInferred ? { 'data-tip': 'not said of this facility: the company the report is about' } : null, f.operator ? `${f.operator}${f.operatorInferred ? ' (inferred)' : ''}` : ''),
        h('td', null, f.history.filter(x => x.status === 'active' && x.time).map(x => x.time!).sort()[0] ?? f.opened ?? ''),
        h('td', null, f.leaseEnds ? `${f.leaseEnds}${f.leaseEndsWithExtension ? ` (${f.leaseEndsWithExtension} extended)` : ''}` : ''),
        h('td', null, sources(f.sources))))))),
    h('h2', null, 'Agreements'),
    scrollBox(h('table', { class: 'agreements' },
      h('thead', null, h('tr', null, ['Kind', 'Parties', 'Signed', 'Term', 'Ends (derived)', 'About', 'Sources'].map(t => h('th', null, t)))),
      h('tbody', null, agreements.map(a => h('tr', { 'data-agreement': a.id },
        h('td', null, a.agreementType), h('td', null, a.partyNames.join(' – ')), h('td', null, a.signed ?? ''),
        h('td', null, durationWords(a.term) ?? ''), h('td', null, a.ends ? `${a.ends}${a.endsWithExtension ? ` / ${a.endsWithExtension}` : ''}` : ''),
        h('td', null, a.subject ?? ''), h('td', null, sources(a.sources))))))));
}
