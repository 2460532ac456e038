// An HTML page to a document: the main text (Readability over linkedom), the title,
// the canonical URL and the publication date from the page's metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDate } from './dates.ts';
import { boundHtmlDepth } from './html-depth.ts';
export { toIsoDate } from './dates.ts';

export interface PageText { text: string; title?: string; published?: string; url?: string }

// Elements after which a reader sees a line break.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);

// Meta tags that carry a publication date, most specific first.
const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
  'meta[property="og:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]',
  'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[name="dcterms.created"]', 'meta[name="sailthru.date"]',
];

export function htmlToDocument(page: string): PageText {
  // nesting bounded first: parsing and Readability grow with depth times size
  const html = boundHtmlDepth(page);
  const { document } = parseHTML(html);
  // metadata first: Readability rewrites the tree it reads
  const published = publicationDate(document);
  const metaTitle = attr(document, 'meta[property="og:title"]', 'content') ?? attr(document, 'meta[name="twitter:title"]', 'content');
  const url = attr(document, 'link[rel="canonical"]', 'href') ?? attr(document, 'meta[property="og:url"]', 'content');
  const docTitle = clean(document.querySelector('title')?.textContent ?? '');

  let text = '';
  let readTitle: string | undefined;
  try {
    const article = new Readability<Node>(document as unknown as Document, { serializer: node => node, charThreshold: 200 }).parse();
    if (article?.content) text = textOf(article.content);
    readTitle = article?.title ?? undefined;
  } catch {
    text = '';
  }
  // short or unusual pages: Readability finds no article, so take the whole body
  if (!text.trim()) {
    const { document: again } = parseHTML(html);
    text = again.body ? textOf(again.body as unknown as Node) : '';
  }
  const title = metaTitle || readTitle || docTitle || undefined;
  return { text, ...(title ? { title: clean(title) } : {}), ...(published ? { published } : {}), ...(url ? { url } : {}) };
}

/** Visible text with one line per block, inline whitespace collapsed. Walks with its own stack, so no
 * nesting depth can overflow the call stack. */
export function textOf(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => { const t = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim(); if (t) lines.push(t); line = ''; };
  // each entry is the next child to visit and whether its parent is a block (a break after it)
  const stack: { next: ChildNode | null; block: boolean }[] = [{ next: root.firstChild, block: false }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const c = top.next;
    if (!c) { stack.pop(); if (top.block) flush(); continue; }
    top.next = c.nextSibling;
    if (c.nodeType === 3) { line += c.nodeValue ?? ''; continue; }
    if (c.nodeType !== 1) continue;
    const tag = (c as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (block) flush();
    if (tag === 'TD' || tag === 'TH') line += ' ';
    stack.push({ next: c.firstChild, block });
  }
  flush();
  return lines.join('\n');
}

/** The page's publication date as YYYY-MM-DD, from meta tags, JSON-LD or a <time> element. */
export function publicationDate(document: ParentNode): string | undefined {
  for (const sel of DATE_META) {
    const d = toIsoDate(attr(document, sel, 'content'));
    if (d) return d;
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const d = toIsoDate(findJsonLdDate(script.textContent ?? ''));
    if (d) return d;
  }
  const time = document.querySelector('time[pubdate]') ?? document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return toIsoDate(time?.getAttribute('datetime') ?? undefined);
}

function findJsonLdDate(raw: string): string | undefined {
  let data: unknown;
  try { data = JSON.parse(raw); } catch { return undefined; }
  const stack = [data];
  for (let guard = 0; stack.length && guard < 10000; guard++) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) { stack.push(...v); continue; }
    const o = v as Record<string, unknown>;
    if (typeof o.datePublished === 'string') return o.datePublished;
    if (typeof o.dateCreated === 'string') return o.dateCreated;
    stack.push(...Object.values(o));
  }
  return undefined;
}

function attr(root: ParentNode, selector: string, name: string): string | undefined {
  const v = root.querySelector(selector)?.getAttribute(name)?.trim();
  return v || undefined;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
