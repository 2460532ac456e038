// Search results over actors, documents and quotes.
import { getJson } from '../api.ts';
import type { SearchResult } from '../../../store/store.ts';
import { h, route } from '../dom.ts';
import { deepLink, quoteText } from './common.ts';
import { outermostQuotes } from '../../../kb/present.ts';

export async function searchView(_args: string[], query: URLSearchParams): Promise<Node> {
  const q = query.get('q') ?? '';
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  if (input && input.value !== q) input.value = q;
  if (!q.trim()) return h('p', { class: 'muted' }, 'Type in the search box above.');
  const r = await getJson<SearchResult>('/api/search', { q });
  const none = (what: string) => h('p', { class: 'muted' }, `No ${what}.`);
  return h('section', { class: 'search-results' },
    h('h1', null, 'Search: ', h('q', null, q)),
    h('h2', null, 'Actors'),
    r.entities.length ? h('ul', { class: 'result-actors' }, r.entities.map(e => h('li', null,
      h('a', { href: route('actor', e.id), 'data-entity': e.id }, e.name),
      h('span', { class: 'muted' }, ` ${e.type}${e.kind ? ` · ${e.kind}` : ''}${e.country ? ` · ${e.country}` : ''}`)))) : none('actors'),
    h('h2', null, 'Documents'),
    r.documents.length ? h('ul', { class: 'result-documents' }, r.documents.map(d => h('li', null,
      h('a', { href: route('doc', d.id) }, d.title || d.id), d.published ? h('span', { class: 'muted' }, ` · ${d.published}`) : null,
      d.snippet ? h('div', { class: 'snippet' }, d.snippet) : null))) : none('documents'),
    h('h2', null, 'Quotes'),
    r.quotes.length ? h('ul', { class: 'result-quotes' }, outermostQuotes(r.quotes).map(qv => h('li', null,
      quoteText(qv),
      h('div', { class: 'muted' }, '— ', qv.speaker ? h('a', { href: route('actor', qv.speaker) }, qv.speakerName ?? qv.speaker) : 'unknown speaker',
        ', in ', deepLink(qv.document, qv.start, qv.documentTitle ?? qv.document))))) : none('quotes'));
}
