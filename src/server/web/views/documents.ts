// The list of stored documents, and one document with every layer marked.
import { plural } from '../../../kb/present.ts';
import type { DossierDocument } from '../../../document/types.ts';
import { getJson } from '../api.ts';
import type { DocumentSummary, Page, Stats } from '../../../store/store.ts';
import { renderDocument } from '../document-view.ts';
import { renderFacts } from '../facts-view.ts';
import { h, route, safeHref } from '../dom.ts';
import { downloadBar, layerCounts, legend } from './common.ts';

export async function documentsView(): Promise<Node> {
  const [page, stats] = await Promise.all([getJson<Page<DocumentSummary>>('/api/documents', { limit: '200' }), getJson<Stats>('/api/stats')]);
  return h('section', { class: 'documents' },
    h('p', { class: 'muted', id: 'kb-stats' }, plural(stats.documents, 'document'),
      stats.firstPublished ? ` (${stats.firstPublished} to ${stats.lastPublished})` : '',
      ` · ${plural(stats.entities, 'entity', 'entities')} · ${plural(stats.quotes, 'quote')} · ${plural(stats.events, 'event')} · ${plural(stats.facts, 'fact')}`),
    stats.topEntities.length ? h('p', { class: 'top-actors' }, 'Most mentioned: ',
      stats.topEntities.slice(0, 12).map((e, i) => [i ? ', ' : '', h('a', { href: route('actor', e.id) }, e.name)])) : null,
    h('h1', null, 'Documents', page.total !== undefined ? h('span', { class: 'count' }, ` ${page.total}`) : null),
    page.items.length ? downloadBar('documents', [['jsonl', 'JSONL']], 'documents-export') : null,
    page.items.length
      ? h('ul', { class: 'doc-list' }, page.items.map(d => h('li', null,
        h('a', { href: route('doc', d.id), 'data-document': d.id }, d.title || d.id),
        d.published ? h('span', { class: 'muted' }, ` · ${d.published}`) : null)))
      : h('p', { class: 'muted' }, 'The knowledge base is empty: run "dossier ingest <files>" first, or paste a report.'));
}

export async function documentView(args: string[], query?: URLSearchParams): Promise<Node> {
  const doc = await getJson<DossierDocument>(`/api/documents/${encodeURIComponent(args[0])}`);
  const article = renderDocument(doc, { entityHref: id => `${route('actor', id)}?doc=${encodeURIComponent(doc.id)}` });
  // ?at=OFFSET: the sentence holding that character is the link's target, highlighted
  const at = Number(query?.get('at') ?? NaN);
  if (Number.isInteger(at)) {
    const si = doc.sentences.findIndex(s => at >= s.start && at < s.end);
    const line = si >= 0 ? article.querySelector<HTMLElement>(`.sentence[data-sentence="${si}"]`) : null;
    if (line) {
      line.closest('.row')?.classList.add('target');
      line.setAttribute('data-target', 'true');
      line.setAttribute('tabindex', '-1');
    }
  }
  return h('section', { class: 'document-page' }, documentHeader(doc), legend(), article, renderFacts(doc));
}

export function documentHeader(doc: DossierDocument): HTMLElement {
  return h('header', { class: 'doc-head' },
    h('h1', null, doc.title || doc.id),
    h('p', { class: 'muted' },
      doc.published ? `Published ${doc.published} · ` : '',
      doc.url && safeHref(doc.url) !== '#' ? [h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'source'), ' · '] : '',
      layerCounts(doc)));
}
