// RSS 2.0 and Atom feed files: each item becomes a document with its link, date and
// title. An item's full text (content:encoded, Atom content) is used when the feed
// carries it; otherwise its summary is what we have, and the document says so.
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { DossierError, asDossierError } from '../errors.ts';
import { textOf, toIsoDate } from './html.ts';
import { readTextFile, type InputItem } from './inputs.ts';

const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);

export function looksLikeFeedPath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && FEED_EXTENSIONS.has(path.slice(dot).toLowerCase());
}

/** True when the text opens as an RSS or Atom document. */
export function looksLikeFeed(raw: string): boolean {
  const head = raw.slice(0, 2048);
  return /<rss[\s>]/i.test(head) || /<feed[\s>]/i.test(head) || /<rdf:RDF[\s>]/i.test(head);
}

const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', cdataPropName: false as unknown as string,
  processEntities: true, htmlEntities: true, trimValues: true, parseTagValue: false,
  isArray: name => name === 'item' || name === 'entry' || name === 'link' || name === 'category',
});

type Node = Record<string, unknown> | string | undefined;

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (typeof v === 'object') return text((v as Record<string, unknown>)['#text']);
  return undefined;
}

/** Markup in a feed field to plain text: one line per block, entities decoded. */
export function htmlText(s: string | undefined): string {
  if (!s) return '';
  if (!/[<&]/.test(s)) return s.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
  return document.body ? textOf(document.body as unknown as globalThis.Node).trim() : '';
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return text(links);
  const alt = links.find(l => typeof l === 'object' && l && (!(l as Record<string, string>)['@rel'] || (l as Record<string, string>)['@rel'] === 'alternate'));
  const pick = (alt ?? links[0]) as Node;
  return typeof pick === 'object' && pick ? (pick['@href'] as string | undefined) ?? text(pick) : text(pick);
}

/** The documents a feed file holds, one per item; a bad item is an error, the rest go on. */
export function* parseFeed(raw: string, path: string): Generator<InputItem> {
  let data: Record<string, any>;
  try { data = parser.parse(raw); } catch (err) {
    yield { ok: false, error: new DossierError('INPUT_FORMAT', `is not a readable RSS or Atom feed (${(err as Error).message.split('\n')[0]})`, path) };
    return;
  }
  const items: Record<string, unknown>[] = data.rss?.channel?.item ?? data['rdf:RDF']?.item ?? data.feed?.entry ?? [];
  const atom = !!data.feed;
  if (!data.rss && !data.feed && !data['rdf:RDF']) {
    yield { ok: false, error: new DossierError('INPUT_FORMAT', 'is XML but not an RSS or Atom feed', path) };
    return;
  }
  let n = 0;
  for (const item of items) {
    n++;
    const where = `${path}#${n}`;
    const title = htmlText(text(item.title)) || undefined;
    const url = atom ? atomLink(item.link) : text(item.link) ?? text(item.guid);
    const date = text(item.pubDate) ?? text(item.published) ?? text(item.updated) ?? text(item['dc:date']);
    const full = text(item['content:encoded']) ?? (atom ? text(item.content) : undefined);
    const summary = text(item.description) ?? text(item.summary);
    const body = htmlText(full) || htmlText(summary);
    if (!body.trim()) { yield { ok: false, error: new DossierError('INPUT_EMPTY', 'the feed item has no text', where) }; continue; }
    const published = toIsoDate(date);
    yield {
      ok: true,
      doc: {
        source: url ?? where, text: body, ...(title ? { title } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}),
        ...(text(item.guid) ?? text(item.id) ?? url ? { id: feedItemId((text(item.guid) ?? text(item.id) ?? url)!) } : {}),
      },
    };
  }
}

/** A readable id from an item's guid or link: its last path words. */
function feedItemId(guid: string): string {
  const tail = guid.replace(/[?#].*$/, '').replace(/\/+$/, '').split(/[/:]/).filter(Boolean).pop() ?? guid;
  return tail.replace(/\.[a-z]{2,5}$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'item';
}

/** Reads a feed file into documents. */
export function* readFeed(path: string): Generator<InputItem> {
  let raw: string;
  try { raw = readTextFile(path); } catch (err) { yield { ok: false, error: asDossierError(err, path) }; return; }
  yield* parseFeed(raw, path);
}
