// An actor's dossier: who they are, the offices the reports give them, a timeline
// of what they did and said (newest first, filterable), and the places linked to them.
import { getJson } from '../api.ts';
import type { QuoteView, StoredEvent } from '../../../store/store.ts';
import type { DossierView } from '../../../kb/dossier-view.ts';
import { sentenceCell } from './events.ts';
import type { EventWithSentences } from '../../events-api.ts';
import { cameoLabel } from '../cameo.ts';
import { clear, h, route } from '../dom.ts';
import { renderMap } from '../map.ts';
import { dateNodes, deepLink, exportBar, field, quoteText, timeKey } from './common.ts';
import { dayOf, histogram } from '../histogram.ts';
import { displayDate } from '../../../document/open-range.ts';
import { outermostQuotes, plural } from '../../../kb/present.ts';

type Item = { key: string; kind: 'event'; event: StoredEvent } | { key: string; kind: 'quote'; quote: QuoteView };

export async function actorView(args: string[], query: URLSearchParams): Promise<Node> {
  const doc = query.get('doc') ?? undefined;
  const d = await getJson<DossierView>(`/api/entities/${encodeURIComponent(args[0])}`, { document: doc });
  const e = d.entity;
  // the sentence each event was read from
  const told = new Map((await getJson<{ items: EventWithSentences[] }>('/api/events', { actor: e.id, sentences: '1', limit: '1000' }).catch(() => ({ items: [] }))).items.map(x => [x.id, x]));
  const published = new Map(d.documents.map(x => [x.id, x.published ?? '']));
  const items: Item[] = [
    ...d.events.map(ev => told.get(ev.id) ?? ev).map(ev => ({ key: timeKey(ev.dateStart ?? ev.dateEnd ?? ev.date, ev.mentions[0]?.published ?? published.get(ev.mentions[0]?.document ?? '')), kind: 'event' as const, event: ev })),
    ...outermostQuotes(d.quotes).map(q => ({ key: timeKey(q.time, q.published ?? published.get(q.document)), kind: 'quote' as const, quote: q })),
  ].sort((a, b) => b.key.localeCompare(a.key));

  const code = h('input', { id: 'filter-code', type: 'text', placeholder: 'e.g. 04', size: 6 });
  const from = h('input', { id: 'filter-from', type: 'text', placeholder: 'YYYY-MM-DD', size: 10 });
  const to = h('input', { id: 'filter-to', type: 'text', placeholder: 'YYYY-MM-DD', size: 10 });
  const timeline = h('ol', { class: 'timeline', id: 'timeline' });
  const redraw = () => {
    const c = code.value.trim(), f = from.value.trim(), t = to.value.trim();
    const shown = items.filter(it => {
      if (c && (it.kind !== 'event' || !it.event.code.startsWith(c))) return false;
      if (f && it.key && it.key < f) return false;
      if (t && it.key && it.key.slice(0, t.length) > t) return false;
      return true;
    });
    clear(timeline, shown.length ? shown.map(it => timelineItem(it, e.id)) : h('li', { class: 'muted' }, 'Nothing matches.'));
  };
  for (const input of [code, from, to]) input.addEventListener('input', redraw);
  redraw();
  // the time axis: the actor's events and quotes over time; dragging across it sets From and To
  const axis = histogram(items.map(it => dayOf(it.key)).filter((x): x is string => !!x), {
    label: 'events and quotes', id: 'actor-histogram',
    onBrush: r => { from.value = r?.from ?? ''; to.value = r?.to ?? ''; redraw(); },
  });

  const places = d.places.map(p => ({ ...p, weight: p.events }));
  const map = places.length ? await renderMap(places, { width: 720, height: 360 }) : h('p', { class: 'muted' }, 'No place with coordinates: no event of this actor is placed, and its home is unknown.');

  return h('section', { class: 'dossier', 'data-entity': e.id },
    h('header', { class: 'doc-head' },
      h('h1', { class: 'actor-name' }, e.name),
      h('p', { class: 'muted' }, [e.type, e.kind, e.country].filter(Boolean).join(' · '),
        ` · ${plural(d.documentCount, 'document')} · ${plural(d.events.length, 'event')} · ${plural(outermostQuotes(d.quotes).length, 'quote')}`)),
    h('div', { class: 'dossier-grid' },
      h('div', null,
        h('h2', null, 'Aliases'),
        d.aliases.length ? h('ul', { class: 'aliases' }, d.aliases.map(a => h('li', null, a))) : h('p', { class: 'muted' }, 'None.'),
        h('h2', null, 'Offices'),
        d.roles.length ? h('ul', { class: 'offices' }, d.roles.map(r => h('li', { 'data-tip': r.rule ? `rule: ${r.rule}` : 'office' },
          r.title, r.organization ? `, ${r.organizationName ?? r.organization}` : '', r.country ? ` (${r.country})` : '',
          r.firstSeen ? h('span', { class: 'muted' }, ` · ${r.firstSeen}${r.lastSeen && r.lastSeen !== r.firstSeen ? ` to ${r.lastSeen}` : ''}`) : null,
          r.sources[0]?.text ? h('span', { class: 'muted' }, ` — “${r.sources[0].text}”`) : null))) : h('p', { class: 'muted' }, 'None known.'),
        h('h2', null, 'Appears with'),
        d.coActors.length ? h('ul', { class: 'co-actors' }, d.coActors.slice(0, 12).map(c => h('li', null,
          h('a', { href: route('actor', c.id), 'data-entity': c.id }, c.name),
          h('span', { class: 'muted' }, ` ${c.type}${c.country && c.country !== c.id ? ` · ${c.country}` : ''} · ${plural(c.shared, 'document')}`)))) : h('p', { class: 'muted' }, 'No one else.'),
        h('h2', null, 'Documents'),
        h('ul', { class: 'doc-list' }, d.documents.map(x => h('li', null, h('a', { href: route('doc', x.id) }, x.title || x.id),
          x.published ? h('span', { class: 'muted' }, ` · ${x.published}`) : null)))),
      h('div', null, h('h2', null, 'Places'), map)),
    h('h2', null, 'Timeline'),
    exportBar({ actor: e.id }, 'actor-export'),
    h('div', { class: 'time-axis' }, axis),
    h('form', { class: 'filters', id: 'timeline-filters' }, field('CAMEO code', code), field('From', from), field('To', to)),
    timeline);
}

function timelineItem(it: Item, self: string): HTMLElement {
  if (it.kind === 'event') {
    const ev = it.event;
    const other = (id?: string, name?: string) => (!id ? '?' : id === self ? name ?? id : h('a', { href: route('actor', id) }, name ?? id));
    return h('li', { class: 'tl-event', 'data-code': ev.code, 'data-time': ev.date ?? '', 'data-tip': `CAMEO ${ev.code} · rule: ${ev.mentions.map(m => m.rule).join(', ')}` },
      h('span', { class: 'tl-date' }, dateNodes(displayDate(ev.date) ?? it.key)),
      h('span', { class: 'code' }, ev.code), ' ', cameoLabel(ev.code), ': ',
      other(ev.source, ev.sourceName), ' → ', other(ev.target, ev.targetName),
      ev.locationName ? ` in ${ev.locationName}` : '',
      h('div', { class: 'muted' }, sentenceCell(ev as EventWithSentences),
        ev.numArticles > 1 ? ` (${ev.numArticles} articles)` : '', ev.numMentions > 1 ? ` · told ${ev.numMentions} times` : ''));
  }
  const q = it.quote;
  return h('li', { class: `tl-quote quote-${q.kind}`, 'data-time': q.time ?? '', 'data-tip': `${q.kind} quote · rule: ${q.rule}` },
    h('span', { class: 'tl-date' }, dateNodes(displayDate(q.time) ?? it.key)),
    quoteText(q),
    h('div', { class: 'muted' }, q.kind === 'direct' ? 'said' : 'reported speech, not verbatim', q.addresseeName ? ` to ${q.addresseeName}` : '',
      q.viaName ? ` via ${q.viaName}` : '', ' — ', deepLink(q.document, q.start, q.documentTitle ?? q.document)));
}
