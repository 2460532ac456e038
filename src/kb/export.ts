// Exports of the knowledge base: documents as JSONL, merged events as GDELT 2.0 rows
// or CSV, places with their events as GeoJSON.
import type { DossierDocument, Entity, EventRecord } from '../document/types.ts';
import { GDELT_EVENT_COLUMNS, gdeltRows } from '../format/gdelt.ts';
import type { PlaceView, Store, StoredEvent } from '../store/store.ts';

export const EXPORT_FORMATS = ['jsonl', 'gdelt', 'geojson', 'csv'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];

const ALL = 100_000;

/** Writes the export through `write`, a chunk at a time. */
export async function exportStore(store: Store, format: ExportFormat, write: (s: string) => void, options: { header?: boolean } = {}): Promise<number> {
  let n = 0;
  switch (format) {
    case 'jsonl':
      for await (const doc of store.exportDocuments()) { write(JSON.stringify(doc) + '\n'); n++; }
      return n;
    case 'csv': {
      write(CSV_COLUMNS.join(',') + '\n');
      for (const e of await store.events({ limit: ALL })) { write(csvRow(e) + '\n'); n++; }
      return n;
    }
    case 'gdelt': {
      if (options.header) write(GDELT_EVENT_COLUMNS.join('\t') + '\n');
      const cache = new Map<string, Entity | undefined>();
      const entity = async (id: string | undefined) => {
        if (!id) return undefined;
        if (!cache.has(id)) cache.set(id, await store.getEntity(id));
        return cache.get(id);
      };
      for (const e of await store.events({ limit: ALL })) { write((await gdeltRow(e, entity)).join('\t') + '\n'); n++; }
      return n;
    }
    case 'geojson': {
      const places = await store.places();
      const events = await store.events({ limit: ALL });
      const fc = placesGeoJson(places, events);
      write(JSON.stringify(fc) + '\n');
      return fc.features.length;
    }
  }
}

export const CSV_COLUMNS = ['id', 'date', 'date_start', 'date_end', 'code', 'root', 'quad_class', 'goldstein',
  'source', 'source_name', 'source_actor', 'target', 'target_name', 'target_actor', 'location', 'location_name', 'lat', 'lon',
  'negated', 'modality', 'num_mentions', 'num_articles', 'num_sources', 'documents', 'evidence'] as const;

function csvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  // a leading = + - @ would run as a formula in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(e: StoredEvent): string {
  return [e.id, e.date, e.dateStart, e.dateEnd, e.code, e.root, e.quadClass, e.goldstein,
    e.source, e.sourceName, e.sourceActor, e.target, e.targetName, e.targetActor, e.location, e.locationName, e.lat, e.lon,
    e.negated === undefined ? '' : e.negated ? 1 : 0, e.modality, e.numMentions, e.numArticles, e.numSources,
    [...new Set(e.mentions.map(m => m.document))].join(' '), e.mentions[0]?.text].map(csvCell).join(',');
}

/** One GDELT 2.0 row for a merged event, through the per-document writer, with the merged counts. */
async function gdeltRow(e: StoredEvent, entity: (id: string | undefined) => Promise<Entity | undefined>): Promise<string[]> {
  const first = e.mentions[0];
  const ids = [e.source, e.target, e.location].filter((x): x is string => !!x);
  const entities = (await Promise.all(ids.map(entity))).filter((x): x is Entity => !!x);
  const record: EventRecord = {
    code: e.code, source: e.source, target: e.target, time: e.date, location: e.location, root: e.root, quadClass: e.quadClass,
    goldstein: e.goldstein, sourceActor: e.sourceActor, targetActor: e.targetActor, sentence: first?.sentence,
    trigger: { start: first?.start ?? 0, end: first?.end ?? 0, text: first?.text ?? '' }, rule: 'kb.merged',
  };
  const doc = { id: e.id, published: first?.published, url: first?.url, text: '', sentences: [], mentions: [], times: [], quotes: [], entities, events: [record] } as DossierDocument;
  const row = gdeltRows(doc)[0];
  const col = (name: string) => (GDELT_EVENT_COLUMNS as readonly string[]).indexOf(name);
  row[col('GlobalEventID')] = e.id.replace(/^ev-/, '');
  row[col('NumMentions')] = String(e.numMentions);
  row[col('NumSources')] = String(e.numSources);
  row[col('NumArticles')] = String(e.numArticles);
  return row;
}

export interface Feature { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: Record<string, unknown> }

export function placesGeoJson(places: PlaceView[], events: StoredEvent[]): { type: 'FeatureCollection'; features: Feature[] } {
  const byPlace = new Map<string, StoredEvent[]>();
  for (const e of events) if (e.location) { const l = byPlace.get(e.location) ?? []; l.push(e); byPlace.set(e.location, l); }
  return {
    type: 'FeatureCollection',
    features: places.map(p => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id, name: p.name, kind: p.kind, country: p.country, documents: p.documents, eventCount: p.events,
        events: (byPlace.get(p.id) ?? []).map(e => ({ id: e.id, code: e.code, date: e.date, source: e.source, sourceName: e.sourceName, target: e.target, targetName: e.targetName, numMentions: e.numMentions, numArticles: e.numArticles })),
      },
    })),
  };
}
