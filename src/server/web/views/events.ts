// All events in a table, filtered as `dossier events` filters them, with the same rows as CSV.
import { getJson, withQuery } from '../api.ts';
import type { StoredEvent } from '../../../store/store.ts';
import { cameoLabel } from '../cameo.ts';
import { h, route } from '../dom.ts';
import { field, scrollBox } from './common.ts';
import { displayDate } from '../../../document/open-range.ts';

const FILTERS = ['code', 'source', 'target', 'from', 'to'] as const;

export async function eventsView(_args: string[], query: URLSearchParams): Promise<Node> {
  const params: Record<string, string | undefined> = {};
  for (const k of FILTERS) params[k] = query.get(k) ?? undefined;
  const { items } = await getJson<{ items: StoredEvent[] }>('/api/events', params);
  const inputs = FILTERS.map(k => h('input', { name: k, id: `events-${k}`, value: params[k] ?? '', size: k === 'code' ? 5 : 11,
    placeholder: k === 'code' ? '04' : k === 'from' || k === 'to' ? 'YYYY-MM-DD' : 'RUS' }));
  const form = h('form', { class: 'filters', id: 'events-filters' },
    inputs.map((input, i) => field(FILTERS[i], input)), h('button', { type: 'submit' }, 'Filter'),
    h('a', { class: 'csv', id: 'events-csv', href: withQuery('/api/events.csv', params), download: 'events.csv' }, 'Download CSV'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    inputs.forEach((input, i) => { if (input.value.trim()) q.set(FILTERS[i], input.value.trim()); });
    location.hash = `#/events?${q}`;
  });
  const actor = (id?: string, name?: string) => (id ? h('a', { href: route('actor', id) }, name ?? id) : '');
  return h('section', { class: 'events-page' },
    h('h1', null, 'Events', h('span', { class: 'count' }, ` ${items.length}`)), form,
    scrollBox(h('table', { class: 'events-table', id: 'events-table' },
      h('thead', null, h('tr', null, ['Date', 'Code', 'Event', 'Source', 'Target', 'Where', 'Trigger', 'Document'].map(c => h('th', null, c)))),
      h('tbody', null, items.map(e => h('tr', { 'data-code': e.code, 'data-tip': `rule: ${e.mentions.map(m => m.rule).join(', ')}` },
        h('td', { class: 'date' }, displayDate(e.date) ?? ''), h('td', { class: 'code' }, e.code), h('td', null, cameoLabel(e.code)),
        h('td', null, actor(e.source, e.sourceName)), h('td', null, actor(e.target, e.targetName)),
        h('td', null, e.locationName ?? e.location ?? ''), h('td', null, e.mentions[0]?.text ?? ''),
        h('td', null, documentLinks(e))))))));
}

export function documentLinks(e: StoredEvent): Node[] {
  const docs = [...new Set(e.mentions.map(m => m.document))];
  return docs.flatMap((d, i) => [i ? ', ' : '', h('a', { href: route('doc', d) }, e.mentions.find(m => m.document === d)?.title ?? d)].filter(Boolean) as Node[]);
}
