// The events a page list shows, in every form it can be downloaded (JSON, CSV, GeoJSON, GDELT,
// JSONL), each with the sentence it was read from; and the actor network drawn from them.
// Read-only routes over the store: filters as `dossier events`, plus QuadClass.
import type { Context, Hono } from 'hono';
import { eventsCsv, eventsGeoJson, gdeltEventRows } from '../kb/export.ts';
import { GDELT_EVENT_COLUMNS } from '../format/gdelt.ts';
import type { EventFilter, EventMentionView, Store, StoredEvent } from '../store/store.ts';

export type EventWithSentences = StoredEvent & { mentions: (EventMentionView & { sentenceText?: string; sentenceStart?: number })[]; place?: EventPlace };

/**
 * Where an event is drawn: its own location; else, as GDELT's ActionGeo does, its target when the
 * target is a place (a visit to Russia happens in Russia), else its source. `from` says which, so
 * what was inferred stays apart from what the text said.
 */
export interface EventPlace { id: string; name: string; lat: number; lon: number; from: 'location' | 'target' | 'source' }

export async function withPlaces<T extends StoredEvent>(store: Store, events: T[]): Promise<(T & { place?: EventPlace })[]> {
  const geo = new Map<string, { name: string; lat: number; lon: number } | undefined>();
  const placeOf = async (id: string | undefined) => {
    if (!id) return undefined;
    if (!geo.has(id)) { const e = await store.getEntity(id); geo.set(id, e?.geo ? { name: e.name, lat: e.geo.lat, lon: e.geo.lon } : undefined); }
    return geo.get(id);
  };
  const out: (T & { place?: EventPlace })[] = [];
  for (const e of events) {
    if (e.location && e.lat !== undefined && e.lon !== undefined) { out.push({ ...e, place: { id: e.location, name: e.locationName ?? e.location, lat: e.lat, lon: e.lon, from: 'location' } }); continue; }
    const t = await placeOf(e.target), s = t ? undefined : await placeOf(e.source);
    const p = t ? { id: e.target!, ...t, from: 'target' as const } : s ? { id: e.source!, ...s, from: 'source' as const } : undefined;
    out.push(p ? { ...e, place: p } : e);
  }
  return out;
}

export interface EventQuery {
  filter: EventFilter;
  quad?: number;
  /** an ISO3 either side must belong to, besides the actor filter */
  country?: string;
}

const ofCountry = (e: StoredEvent, iso3: string) => [e.source, e.target, e.sourceActor?.slice(0, 3), e.targetActor?.slice(0, 3)].includes(iso3);

/** Adds to each mention the sentence it stands in (one read of each document). */
export async function withSentences<T extends StoredEvent>(store: Store, events: T[], max = 2000): Promise<(T & EventWithSentences)[]> {
  const docs = new Map<string, { text: string; sentences: { start: number; end: number }[] } | undefined>();
  const out: (T & EventWithSentences)[] = [];
  for (const [i, e] of events.entries()) {
    if (i >= max) { out.push(e); continue; }
    const mentions = [];
    for (const m of e.mentions) {
      if (!docs.has(m.document)) docs.set(m.document, await store.getDocument(m.document));
      const doc = docs.get(m.document);
      const s = doc ? sentenceAround(doc.sentences, m.start) : undefined;
      mentions.push(s && doc ? { ...m, sentenceText: doc.text.slice(s.start, s.end), sentenceStart: s.start } : m);
    }
    out.push({ ...e, mentions });
  }
  return out;
}

/** The sentence holding an offset (sentences are in text order: a binary search). */
function sentenceAround(sentences: { start: number; end: number }[], at: number): { start: number; end: number } | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, s = sentences[mid];
    if (at < s.start) hi = mid - 1; else if (at >= s.end) lo = mid + 1; else return s;
  }
  return undefined;
}

export interface Network {
  nodes: { id: string; name: string; type?: string; country?: string; events: number }[];
  /** source → target, weighted by events; `quad` is the commonest QuadClass among them */
  edges: { source: string; target: string; events: number; quad?: number; kind: 'event' | 'co-mention' }[];
}

/** Who acts on whom: actors joined by their events (source → target), and by shared documents among the busiest. */
export async function actorNetwork(store: Store, events: StoredEvent[], maxNodes = 40): Promise<Network> {
  const nodes = new Map<string, Network['nodes'][number]>();
  const edges = new Map<string, Network['edges'][number] & { quads: number[] }>();
  for (const e of events) {
    if (!e.source || !e.target || e.source === e.target) continue;
    for (const [id, name] of [[e.source, e.sourceName], [e.target, e.targetName]] as const) {
      const n = nodes.get(id) ?? { id, name: name ?? id, events: 0 };
      n.events++;
      nodes.set(id, n);
    }
    const key = `${e.source}\u0000${e.target}`;
    const edge = edges.get(key) ?? { source: e.source, target: e.target, events: 0, kind: 'event' as const, quads: [] };
    edge.events++;
    if (e.quadClass) edge.quads.push(e.quadClass);
    edges.set(key, edge);
  }
  const kept = new Set([...nodes.values()].sort((a, b) => b.events - a.events).slice(0, maxNodes).map(n => n.id));
  const out: Network = { nodes: [], edges: [] };
  for (const id of kept) {
    const n = nodes.get(id)!;
    const entity = await store.getEntity(id);
    out.nodes.push({ ...n, name: entity?.name ?? n.name, type: entity?.type, country: entity?.country });
  }
  for (const e of edges.values()) {
    if (!kept.has(e.source) || !kept.has(e.target)) continue;
    const counts = new Map<number, number>();
    for (const q of e.quads) counts.set(q, (counts.get(q) ?? 0) + 1);
    const quad = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    out.edges.push({ source: e.source, target: e.target, events: e.events, quad, kind: 'event' });
  }
  // co-mentions: actors of the network named in the same documents, for the busiest dozen
  const linked = new Set(out.edges.map(e => [e.source, e.target].sort().join('\u0000')));
  for (const n of out.nodes.slice().sort((a, b) => b.events - a.events).slice(0, 12)) {
    const d = await store.entityDossier(n.id);
    for (const c of d?.coActors ?? []) {
      const pair = [n.id, c.id].sort().join('\u0000');
      if (!kept.has(c.id) || linked.has(pair)) continue;
      linked.add(pair);
      out.edges.push({ source: n.id, target: c.id, events: c.shared, kind: 'co-mention' });
    }
  }
  return out;
}

const DOWNLOADS: Record<string, { type: string; name: string }> = {
  csv: { type: 'text/csv; charset=utf-8', name: 'events.csv' },
  geojson: { type: 'application/geo+json', name: 'events.geojson' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', name: 'events.gdelt.tsv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', name: 'events.jsonl' },
};

/** Wires the routes; `query` reads the filters of a request (shared with /api/events). */
export function eventRoutes(app: Hono, store: () => Store, query: (c: Context, defaultLimit: number, maxLimit: number) => EventQuery): void {
  const load = async (c: Context, def: number, max: number) => {
    const q = query(c, def, max);
    const items = await store().events(q.filter);
    return items.filter(e => (!q.quad || e.quadClass === q.quad) && (!q.country || ofCountry(e, q.country)));
  };
  app.get('/api/events', async c => {
    const items = await withPlaces(store(), await load(c, 1000, 10000));
    return c.json({ items: c.req.query('sentences') ? await withSentences(store(), items) : items });
  });
  for (const format of Object.keys(DOWNLOADS)) app.get(`/api/events.${format}`, async c => {
    const spec = DOWNLOADS[format];
    const items = format === 'geojson' ? await withPlaces(store(), await load(c, 100000, 100000)) : await load(c, 100000, 100000);
    c.header('Content-Type', spec.type);
    c.header('Content-Disposition', `attachment; filename="${spec.name}"`);
    if (format === 'csv') return c.body(eventsCsv(items));
    if (format === 'geojson') return c.body(JSON.stringify(eventsGeoJson(items)) + '\n');
    if (format === 'jsonl') return c.body(items.map(e => JSON.stringify(e)).join('\n') + (items.length ? '\n' : ''));
    const rows = await gdeltEventRows(store(), items);
    return c.body([GDELT_EVENT_COLUMNS.join('\t'), ...rows.map(r => r.join('\t'))].join('\n') + '\n');
  });
  app.get('/api/network', async c => c.json(await actorNetwork(store(), await load(c, 10000, 10000))));
}
