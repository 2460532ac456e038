// Every place with coordinates the knowledge base knows, sized by the events that
// took place there; clicking one lists them.
import { getJson } from '../api.ts';
import type { PlaceView, StoredEvent } from '../../../store/store.ts';
import { documentLinks } from './events.ts';
import { cameoLabel } from '../cameo.ts';
import { clear, h, route } from '../dom.ts';
import { renderMap } from '../map.ts';
import { displayDate } from '../../../document/open-range.ts';

export async function mapView(): Promise<Node> {
  const [{ items: places }, { items: events }] = await Promise.all([
    getJson<{ items: PlaceView[] }>('/api/places'),
    getJson<{ items: StoredEvent[] }>('/api/events', { limit: '10000' }),
  ]);
  const located = events.filter(e => e.lat !== undefined && e.lon !== undefined);
  const detail = h('div', { id: 'map-detail' });
  const showPlace = (p: { id: string; name: string }) => {
    const here = located.filter(e => e.location === p.id);
    clear(detail, h('h2', null, p.name),
      here.length ? h('ul', null, here.map(e => h('li', null, displayDate(e.date) ?? '', ' ', h('span', { class: 'code' }, e.code), ' ', cameoLabel(e.code), ': ',
        e.sourceName ?? e.source ?? '?', ' → ', e.targetName ?? e.target ?? '?', ' — ', documentLinks(e))))
        : h('p', { class: 'muted' }, 'No events took place here; it is mentioned.'));
  };
  const map = await renderMap(places.map(p => ({ ...p, weight: p.events, href: route('actor', p.id) })), { onSelect: showPlace });
  return h('section', { class: 'map-page' },
    h('h1', null, 'Map', h('span', { class: 'count' }, ` ${places.length} places · ${located.length} events with coordinates`)),
    map, detail);
}
