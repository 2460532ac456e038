// Events as an analyst reads them: filters (CAMEO root or code, QuadClass, an actor on either
// side, a country, dates) sent to the API; an events-over-time histogram whose brush narrows the
// table and the map at once; a sortable, paginated table where each event shows the sentence it
// was read from, with a link to that sentence in its document; downloads in four formats.
import { getJson } from '../api.ts';
import type { StoredEvent } from '../../../store/store.ts';
import type { EventPlace, EventWithSentences } from '../../events-api.ts';
import { cameoLabel } from '../cameo.ts';
import { clear, h, route } from '../dom.ts';
import { dayOf, histogram, inRange, type DateRange } from '../histogram.ts';
import { renderMap, type MapPlace } from '../map.ts';
import { sortableTable } from '../table.ts';
import { dateNodes, deepLink, exportBar } from './common.ts';
import { filterForm, readFilters } from './filters.ts';
import { displayDate } from '../../../document/open-range.ts';

/** The day an event is dated by: its own start (or known end), else its first telling's publication. */
export const eventDay = (e: StoredEvent) => dayOf(e.dateStart ?? e.dateEnd ?? e.mentions[0]?.published);

export async function eventsView(_args: string[], query: URLSearchParams): Promise<Node> {
  const params = readFilters(query);
  const { items } = await getJson<{ items: EventWithSentences[] }>('/api/events', { ...params, sentences: '1', limit: '10000' });
  const form = filterForm('events', params);
  let brushed: DateRange | null = null;
  const exports = h('div', { class: 'export-slot' });
  const drawExports = () => clear(exports, exportBar({ ...params, from: brushed?.from ?? params.from, to: brushed?.to ?? params.to }, 'events'));

  const actor = (id?: string, name?: string) => (id ? h('a', { href: route('actor', id) }, name ?? id) : '');
  const table = sortableTable<EventWithSentences>([
    { label: 'Date', key: e => eventDay(e), cell: e => h('span', null, dateNodes(displayDate(e.date))), class: 'date' },
    { label: 'Code', key: e => e.code, cell: e => e.code, class: 'code' },
    { label: 'Event', key: e => cameoLabel(e.code), cell: e => cameoLabel(e.code) },
    { label: 'Source', key: e => e.sourceName ?? e.source, cell: e => actor(e.source, e.sourceName) },
    { label: 'Target', key: e => e.targetName ?? e.target, cell: e => actor(e.target, e.targetName) },
    { label: 'Where', key: e => e.place?.name, cell: e => (e.place ? (e.place.from === 'location' ? e.place.name : h('span', { class: 'muted', 'data-tip': `no place said: the event's ${e.place.from}, as GDELT places it` }, `(${e.place.name})`)) : '') },
    { label: 'Told', key: e => e.numMentions, cell: e => String(e.numMentions) },
    { label: 'Sentence', cell: e => sentenceCell(e) },
  ], { id: 'events-table', rowAttrs: e => ({ 'data-code': e.code, 'data-quad': e.quadClass, 'data-day': eventDay(e), 'data-rule': e.mentions[0]?.rule, 'data-tip': `CAMEO ${e.code} · rule: ${e.mentions.map(m => m.rule).join(', ')}` }) });

  const mapSlot = h('div', { class: 'events-map', id: 'events-map' });
  const count = h('span', { class: 'count' });
  let drawn = 0;
  const redraw = async () => {
    const shown = items.filter(e => inRange(eventDay(e), brushed));
    count.textContent = ` ${shown.length}${shown.length !== items.length ? ` of ${items.length}` : ''}`;
    table.setRows(shown);
    drawExports();
    const mine = ++drawn;
    const places = placesOf(shown);
    const map = places.length ? await renderMap(places, { width: 960, height: 380 }) : h('p', { class: 'muted' }, 'None of these events has a place with coordinates.');
    if (mine === drawn) clear(mapSlot, map);
  };
  const chart = histogram(items.map(eventDay).filter((d): d is string => !!d), { label: 'events', id: 'events-histogram', onBrush: r => { brushed = r; void redraw(); } });
  await redraw();
  return h('section', { class: 'events-page' },
    h('h1', null, 'Events', count), form, exports, chart, mapSlot, table.element);
}

/** The sentence an event was read from, its trigger marked, and a link to it in its document. */
export function sentenceCell(e: EventWithSentences): HTMLElement | string {
  const m = e.mentions[0];
  if (!m) return '';
  const docs = new Set(e.mentions.map(x => x.document)).size;
  if (m.sentenceText === undefined || m.sentenceStart === undefined) return deepLink(m.document, m.start, m.text);
  const a = m.start - m.sentenceStart, b = m.end - m.sentenceStart;
  return h('div', { class: 'sentence-cell' },
    h('span', { class: 'said' }, m.sentenceText.slice(0, a), h('mark', { class: 'trigger' }, m.sentenceText.slice(a, b)), m.sentenceText.slice(b)),
    ' ', deepLink(m.document, m.start, `→ ${m.title ?? m.document}`), docs > 1 ? h('span', { class: 'muted' }, ` (+${docs - 1} more)`) : null);
}

/** Where the events took place (or, with no place said, their target's or source's place), each sized by how many. */
export function placesOf(events: { place?: EventPlace }[]): MapPlace[] {
  const places = new Map<string, MapPlace & { weight: number }>();
  for (const { place } of events) {
    if (!place) continue;
    const p = places.get(place.id) ?? { id: place.id, name: place.name, lat: place.lat, lon: place.lon, weight: 0, role: 'inferred' as const };
    p.weight++;
    if (place.from === 'location') p.role = 'event';
    places.set(place.id, p);
  }
  return [...places.values()];
}

export function documentLinks(e: StoredEvent): Node[] {
  const seen = new Set<string>();
  return e.mentions.filter(m => !seen.has(m.document) && seen.add(m.document))
    .flatMap((m, i) => [i ? ', ' : '', deepLink(m.document, m.start, m.title ?? m.document)].filter(Boolean) as Node[]);
}
