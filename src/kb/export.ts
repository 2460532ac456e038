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
      write(CSV_COLUMNS.join(',') + '\r\n');
      for (const e of await store.events({ limit: ALL })) { write(csvRow(e) + '\r\n'); n++; }
      return n;
    }
    case 'gdelt': {
      if (options.header) write(GDELT_EVENT_COLUMNS.join('\t') + '\n');
      for (const row of await gdeltEventRows(store, await store.events({ limit: ALL }))) { write(row.join('\t') + '\n'); n++; }
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

/**
 * The one CSV of merged events, for `dossier export --format csv` and the page's download alike
 * (RFC 4180: CRLF, a header line). Codes are text, not numbers: CAMEO 062 and actor codes are
 * always written quoted so a reader that honours quoting keeps the leading zero. Open date ends
 * are empty; `date` is the TIMEX3-like value with an open end written ISO 8601-2 style ("../2009-06-01").
 */
const CSV: [name: string, get: (e: StoredEvent) => unknown, text?: true][] = [
  ['id', e => e.id], ['date', e => e.date], ['date_start', e => e.dateStart], ['date_end', e => e.dateEnd],
  ['code', e => e.code, true], ['root', e => e.root ?? e.code.slice(0, 2), true], ['quad_class', e => e.quadClass], ['goldstein', e => e.goldstein],
  ['source', e => e.source], ['source_name', e => e.sourceName], ['source_actor', e => e.sourceActor, true],
  ['target', e => e.target], ['target_name', e => e.targetName], ['target_actor', e => e.targetActor, true],
  ['location', e => e.location], ['location_name', e => e.locationName], ['lat', e => e.lat], ['lon', e => e.lon],
  ['negated', e => (e.negated === undefined ? undefined : e.negated ? 1 : 0)], ['modality', e => e.modality],
  ['num_mentions', e => e.numMentions], ['num_articles', e => e.numArticles], ['num_sources', e => e.numSources],
  ['documents', e => [...new Set(e.mentions.map(m => m.document))].join(' ')],
  ['trigger', e => e.mentions[0]?.text], ['document', e => e.mentions[0]?.document],
  ['start', e => e.mentions[0]?.start], ['end', e => e.mentions[0]?.end], ['rule', e => e.mentions[0]?.rule],
];

export const CSV_COLUMNS: readonly string[] = CSV.map(c => c[0]);

/** A cell: numbers as they are; text quoted when it must be (or always, for codes); a leading = + - @ defused. */
export function csvCell(v: unknown, text = false): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'number') return String(v);
  let s = String(v);
  // a leading = + - @ would run as a formula in a spreadsheet
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return text || /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(e: StoredEvent): string {
  return CSV.map(([, get, text]) => csvCell(get(e), text)).join(',');
}

/** Events as one CSV text, header first. */
export function eventsCsv(events: StoredEvent[]): string {
  return [CSV_COLUMNS.join(','), ...events.map(csvRow)].join('\r\n') + '\r\n';
}

/** GDELT 2.0 rows for merged events (the page's GDELT download and `export --format gdelt`). */
export async function gdeltEventRows(store: Store, events: StoredEvent[]): Promise<string[][]> {
  const cache = new Map<string, Entity | undefined>();
  const entity = async (id: string | undefined) => {
    if (!id) return undefined;
    if (!cache.has(id)) cache.set(id, await store.getEntity(id));
    return cache.get(id);
  };
  const rows: string[][] = [];
  for (const e of events) rows.push(await gdeltRow(e, entity));
  return rows;
}

/** Events with coordinates as GeoJSON points (the page's GeoJSON download of a list of events). */
export function eventsGeoJson(events: (StoredEvent & { place?: { lat: number; lon: number; from: string } })[]): { type: 'FeatureCollection'; features: Feature[] } {
  const at = (e: StoredEvent & { place?: { lat: number; lon: number; from: string } }) =>
    e.place ?? (e.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon, from: 'location' } : undefined);
  return {
    type: 'FeatureCollection',
    features: events.filter(e => at(e)).map(e => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [at(e)!.lon, at(e)!.lat] },
      properties: {
        // 'location': the event's own place; 'target' / 'source': taken from an actor that is a place (GDELT's ActionGeo)
        placeFrom: at(e)!.from,
        id: e.id, code: e.code, root: e.root, quadClass: e.quadClass, date: e.date, dateStart: e.dateStart, dateEnd: e.dateEnd,
        source: e.source, sourceName: e.sourceName, target: e.target, targetName: e.targetName, location: e.location, locationName: e.locationName,
        numMentions: e.numMentions, numArticles: e.numArticles, documents: [...new Set(e.mentions.map(m => m.document))],
      },
    })),
  };
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
