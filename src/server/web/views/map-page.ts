// Every place with coordinates the knowledge base knows, sized by the events that took place
// there; clicking (or Enter on) one lists them. With filters (CAMEO root, QuadClass, actor,
// country, dates) or a brushed date range, only the places of the matching events remain.
import { getJson } from '../api.ts';
import type { PlaceView, StoredEvent } from '../../../store/store.ts';
import { documentLinks, eventDay, placesOf } from './events.ts';
import type { EventPlace } from '../../events-api.ts';
import { cameoLabel } from '../cameo.ts';
import { clear, h, route } from '../dom.ts';
import { histogram, inRange, type DateRange } from '../histogram.ts';
import { renderMap, type MapPlace } from '../map.ts';
import { displayDate } from '../../../document/open-range.ts';
import { exportBar } from './common.ts';
import { filterForm, readFilters } from './filters.ts';

export async function mapView(_args: string[], query: URLSearchParams): Promise<Node> {
  const names = ['root', 'quad', 'actor', 'country', 'from', 'to'] as const;
  const params = readFilters(query, names);
  const filtered = Object.keys(params).length > 0;
  const [{ items: places }, { items: events }] = await Promise.all([
    getJson<{ items: PlaceView[] }>('/api/places'),
    getJson<{ items: (StoredEvent & { place?: EventPlace })[] }>('/api/events', { ...params, limit: '10000' }),
  ]);
  let brushed: DateRange | null = null;
  const detail = h('div', { id: 'map-detail' });
  const shownEvents = () => events.filter(e => e.place && inRange(eventDay(e), brushed));
  const showPlace = (p: { id: string; name: string }) => {
    const here = shownEvents().filter(e => e.place!.id === p.id);
    clear(detail, h('h2', null, p.name),
      here.length ? h('ul', null, here.map(e => h('li', null, displayDate(e.date) ?? '', ' ', h('span', { class: 'code' }, e.code), ' ', cameoLabel(e.code), ': ',
        e.sourceName ?? e.source ?? '?', ' → ', e.targetName ?? e.target ?? '?', ' — ', documentLinks(e))))
        : h('p', { class: 'muted' }, 'No events took place here; it is mentioned.'));
  };
  const slot = h('div', { class: 'map-slot' });
  const count = h('span', { class: 'count' });
  const exports = h('div', { class: 'export-slot' });
  let drawn = 0;
  const redraw = async () => {
    const located = shownEvents();
    let shown: MapPlace[];
    if (!filtered && !brushed) {
      shown = places.map(p => ({ ...p, weight: p.events, href: route('actor', p.id) }));
    } else {
      shown = placesOf(located);
    }
    count.textContent = ` ${shown.length} places · ${located.length} of ${events.length} events placed`;
    clear(exports, exportBar({ ...params, from: brushed?.from ?? params.from, to: brushed?.to ?? params.to }, 'map-export'));
    const mine = ++drawn;
    const map = await renderMap(shown, { onSelect: showPlace });
    if (mine === drawn) clear(slot, map);
  };
  const chart = histogram(events.map(eventDay).filter((d): d is string => !!d), { label: 'events', id: 'map-histogram', onBrush: r => { brushed = r; void redraw(); } });
  await redraw();
  return h('section', { class: 'map-page' }, h('h1', null, 'Map', count), filterForm('map', params, names), exports, chart, slot, detail);
}
