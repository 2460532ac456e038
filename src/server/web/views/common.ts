// Small pieces several views share.
import type { DossierDocument } from '../../../document/types.ts';
import { h, route, type Child } from '../dom.ts';
import { plural, quotedWords } from '../../../kb/present.ts';

export function layerCounts(doc: DossierDocument): string {
  // counts in words: "1 time", "2 times" (never "1 times")
  const n = (one: string, v?: unknown[], many?: string) => plural(v?.length ?? 0, one, many);
  return [n('mention', doc.mentions), n('entity', doc.entities, 'entities'), n('time', doc.times), n('quote', doc.quotes),
    n('event', doc.events), n('fact', doc.facts)].join(' · ');
}

const TYPES: [string, string][] = [
  ['PERSON', 'person'], ['ORG', 'organization'], ['GPE', 'country, city, state'], ['LOC', 'region, sea, river'],
  ['NORP', 'nationality, group'], ['FAC', 'building, base, airport'], ['PRODUCT', 'product, event, law, work'], ['CARDINAL', 'number, money, percent'],
];

/** Every kind of mark the document view draws, each drawn as it is in the text. */
export function legend(): HTMLElement {
  const mark = (cls: string, label: string, tip: string) => h('span', { class: cls, 'data-tip': tip, tabindex: 0 }, label);
  return h('div', { class: 'legend', 'data-testid': 'legend' },
    h('span', { class: 'legend-group' }, TYPES.map(([t, label]) => mark(`mention type-${t}`, label, `names of type ${t}`))),
    h('span', { class: 'legend-group' },
      mark('mention type-PERSON kind-pronoun', 'he, she, they', 'a pronoun that refers back to an actor'),
      mark('mention type-PERSON kind-nominal', 'the minister', 'a description that refers back to an actor'),
      mark('time', 'time', 'a time expression, with its calendar value'),
      mark('quote quote-direct', 'direct quote', 'words inside quotation marks'),
      mark('quote quote-indirect', 'reported speech', 'what someone said, in the reporter’s words'),
      mark('speaker', '— speaker', 'who said the quotation'),
      mark('trigger', 'event trigger', 'the word that tells an event')),
    h('span', { class: 'legend-group' }, 'events:',
      mark('event quad-1', 'verbal cooperation', 'CAMEO QuadClass 1 (codes 01–05)'), mark('event quad-2', 'material cooperation', 'QuadClass 2 (06–08)'),
      mark('event quad-3', 'verbal conflict', 'QuadClass 3 (09–13)'), mark('event quad-4', 'material conflict', 'QuadClass 4 (14–20)')),
    h('span', { class: 'muted' }, 'Hover, tab to or tap any mark to see what found it.'));
}

/** A date-ish sort key for a TIMEX3 value: "2017-06-19/2017-06-24" → "2017-06-19"; else the fallback. */
export function timeKey(value: string | undefined, fallback = ''): string {
  const m = value ? /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value) : null;
  return m ? m[0] : fallback;
}

export function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', null, label), input);
}

/**
 * A quotation as what it is: a direct quote inside quotation marks (its trailing comma,
 * which belongs to the sentence around it, dropped); reported speech plainly, without marks.
 */
export function quoteText(q: { kind: string; text: string }): HTMLElement {
  return q.kind === 'direct'
    ? h('blockquote', { class: 'direct' }, '“', quotedWords(q.text), '”')
    : h('p', { class: 'reported' }, q.text);
}

/** Links that download a list of events in each format, with the list's own filters. */
export function exportBar(params: Record<string, string | undefined>, id = 'export'): HTMLElement {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString() ? `?${q}` : '';
  const link = (format: string, label: string) => h('a', { class: `export export-${format}`, id: `${id}-${format}`, href: `/api/events.${format}${s}`, download: `events.${format === 'gdelt' ? 'gdelt.tsv' : format}` }, label);
  return h('p', { class: 'export-bar', 'data-testid': id }, 'Download: ', link('csv', 'CSV'), ' ', link('geojson', 'GeoJSON'), ' ', link('gdelt', 'GDELT'), ' ', link('jsonl', 'JSONL'));
}

/** A link to a place in a document: the view scrolls to its sentence and highlights it. */
export function deepLink(document: string, start: number, label: Child = 'in the document', title?: string): HTMLElement {
  return h('a', { class: 'deep-link', href: `${route('doc', document)}?at=${start}`, title: title ?? `sentence in ${document}` }, label);
}

/**
 * A date as people read it, able to wrap where a person would: "until 2009-06-01" stays whole,
 * a range "2017-06-19/2017-06-24" may break after its slash (a line-breaking rule keeps "/" with
 * the digits after it), so a date column stays narrow on a phone.
 */
export function dateNodes(text: string | undefined): Child[] {
  if (!text) return [''];
  // each side whole (Chromium breaks after a date's hyphens otherwise), a break allowed between them
  const whole = (s: string) => h('span', { class: 'nowrap' }, s);
  const slash = text.indexOf('/');
  return slash < 0 ? [whole(text)] : [whole(text.slice(0, slash + 1)), h('wbr'), whole(text.slice(slash + 1))];
}

/** Links that download a list other than events (documents, facilities, agreements) in the formats its route serves. */
export function downloadBar(list: 'documents' | 'facilities' | 'agreements', formats: [format: string, label: string][], id: string): HTMLElement {
  const link = ([format, label]: [string, string]) => h('a', { class: `export export-${format}`, id: `${id}-${format}`, href: `/api/${list}.${format}`, download: `${list}.${format}` }, label);
  return h('p', { class: 'export-bar', 'data-testid': id }, 'Download: ', formats.flatMap((f, i) => [i ? ' ' : '', link(f)]));
}
