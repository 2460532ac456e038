// The event filters the events, map and network views share: CAMEO root or code, QuadClass,
// an actor on either side (or as source, as target), a country, dates. They live in the hash
// route (#/events?root=12&country=RUS), so a filtered view is a link one can share.
import { CAMEO_ROOTS } from '../cameo.ts';
import { h } from '../dom.ts';
import { field } from './common.ts';

export const EVENT_FILTERS = ['code', 'root', 'quad', 'actor', 'source', 'target', 'country', 'from', 'to'] as const;
export type EventFilterName = typeof EVENT_FILTERS[number];
export const QUADS: Record<string, string> = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

const LABELS: Record<EventFilterName, [label: string, placeholder: string, size: number]> = {
  root: ['CAMEO root', '', 0], code: ['code', '042', 5], quad: ['QuadClass', '', 0], actor: ['actor', 'either side', 10],
  source: ['source', 'RUS', 10], target: ['target', 'KGZ', 10], country: ['country', 'ISO3', 5], from: ['from', 'YYYY-MM-DD', 10], to: ['to', 'YYYY-MM-DD', 10],
};

/** The filters a route's query gives (trimmed, empty ones left out). */
export function readFilters(query: URLSearchParams, names: readonly EventFilterName[] = EVENT_FILTERS): Partial<Record<EventFilterName, string>> {
  const out: Partial<Record<EventFilterName, string>> = {};
  for (const k of names) { const v = query.get(k)?.trim(); if (v) out[k] = v; }
  return out;
}

/** The form; submitting it goes to #/<view>?<the filters set>. */
export function filterForm(view: string, params: Partial<Record<EventFilterName, string>>, names: readonly EventFilterName[] = EVENT_FILTERS): HTMLFormElement {
  const controls = names.map(k => {
    const [label, placeholder, size] = LABELS[k];
    const options = k === 'root' ? CAMEO_ROOTS : k === 'quad' ? QUADS : undefined;
    const el = options
      ? h('select', { name: k, id: `${view}-${k}` }, h('option', { value: '' }, 'any'), Object.entries(options).map(([v, l]) => h('option', { value: v, selected: params[k] === v }, `${v} ${l}`)))
      : h('input', { name: k, id: `${view}-${k}`, value: params[k] ?? '', size, placeholder });
    return [k, el, label] as const;
  });
  const form = h('form', { class: 'filters', id: `${view}-filters` }, controls.map(([, el, label]) => field(label, el)), h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, el] of controls) if (el.value.trim()) q.set(k, el.value.trim());
    location.hash = `#/${view}?${q}`;
  });
  return form;
}
