// Small pieces several views share.
import type { DossierDocument } from '../../../document/types.ts';
import { h } from '../dom.ts';

export function layerCounts(doc: DossierDocument): string {
  const n = (k: string, v?: unknown[]) => `${v?.length ?? 0} ${k}`;
  return [n('mentions', doc.mentions), n('entities', doc.entities), n('times', doc.times), n('quotes', doc.quotes),
    n('events', doc.events), n('facts', doc.facts)].join(' · ');
}

export function legend(): HTMLElement {
  const types = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'MONEY'];
  return h('p', { class: 'legend' },
    types.map(t => h('span', { class: `mention type-${t}` }, t)),
    h('span', { class: 'time' }, 'time'), h('span', { class: 'quote' }, 'quote'), h('span', { class: 'trigger' }, 'event trigger'),
    h('span', { class: 'muted' }, ' — hover any mark for its rule'));
}

/** A date-ish sort key for a TIMEX3 value: "2017-06-19/2017-06-24" → "2017-06-19"; else the fallback. */
export function timeKey(value: string | undefined, fallback = ''): string {
  const m = value ? /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value) : null;
  return m ? m[0] : fallback;
}

export function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', null, label), input);
}

/** A table that scrolls sideways inside its own box on a narrow screen, never the page. */
export function scrollBox(table: HTMLElement): HTMLElement {
  return h('div', { class: 'table-scroll' }, table);
}
