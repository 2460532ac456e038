// Queries over the SQLite knowledge base. Every value a user gives is a bound
// parameter; lists travel as one JSON array through json_each. Evidence text comes
// from the stored spans and the document JSON, cut in JavaScript, never in SQL.
import type Database from 'better-sqlite3';
import type { DossierDocument, Entity } from '../../document/types.ts';
import { entityClass, normalizeName } from '../merge.ts';
import type {
  CoActor, DocumentSummary, EntityDossier, EntityQuery, EntitySummary, EventFilter, EventMentionView, Page, PlaceView,
  QuoteFilter, QuoteView, RoleView, SearchHit, SearchResult, SourceSpan, Stats, StoredEvent, StoredFact, TimelineEntry, TimelineFilter,
} from '../store.ts';
import { clean, docSummary, DOSSIER_DOCUMENTS, entitySummary, eventMentionView, firstMatch, lim, mergeTimeline, quoteView, roleViews, storedEvent, u, type Row } from '../rows.ts';

type DB = Database.Database;

const json = (v: unknown) => JSON.stringify(v);
/** a dossier lists the most recent documents; documentCount says how many there are */

/** Words of a user's text as an FTS5 query: every word required, none read as syntax. */
export function ftsQuery(text: string): string | undefined {
  const words = normalizeName(text).split(' ').filter(Boolean).slice(0, 32);
  return words.length ? words.map(w => `"${w}"`).join(' ') : undefined;
}

export class Reader {
  constructor(private db: DB) {}

  private all(sql: string, ...params: unknown[]): Row[] { return this.db.prepare(sql).all(...params) as Row[]; }
  private get(sql: string, ...params: unknown[]): Row | undefined { return this.db.prepare(sql).get(...params) as Row | undefined; }

  // ---- documents ----

  getDocument(id: string): DossierDocument | undefined {
    const row = this.get('SELECT json FROM documents WHERE id = ?', id);
    return row ? JSON.parse(row.json) : undefined;
  }

  listDocuments(opts: { limit?: number; offset?: number } = {}): Page<DocumentSummary> {
    const items = this.all(`SELECT id, title, published, url, source, hash, ingested_at FROM documents
                            ORDER BY coalesce(published, '') DESC, pk DESC LIMIT ? OFFSET ?`, lim(opts.limit, 50), lim(opts.offset, 0)).map(docSummary);
    return { items, total: this.get('SELECT count(*) AS n FROM documents')!.n };
  }

  *exportDocuments(): Generator<DossierDocument> {
    for (const row of this.db.prepare('SELECT json FROM documents ORDER BY pk').iterate() as Iterable<Row>) yield JSON.parse(row.json);
  }

  // ---- entities ----

  private summaries(pks: number[]): EntitySummary[] {
    if (!pks.length) return [];
    const rows = this.all(`SELECT e.pk, e.id, e.name, e.type, e.kind, e.country, e.lat, e.lon, e.json, e.documents, e.mentions
                           FROM entities e WHERE e.pk IN (SELECT value FROM json_each(?))`, json(pks));
    const byPk = new Map(rows.map(r => [r.pk as number, r]));
    return pks.map(pk => byPk.get(pk)).filter((r): r is Row => !!r).map(r => entitySummary(r, JSON.parse(r.json) as Entity));
  }

  findEntities(q: EntityQuery): EntitySummary[] {
    const limit = lim(q.limit, 20), offset = lim(q.offset, 0);
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.type) { where.push('e.type = ?'); params.push(q.type); }
    if (q.kind) { where.push('e.kind = ?'); params.push(q.kind); }
    if (q.country) { where.push('(e.country = ? OR e.id = ?)'); params.push(q.country, q.country); }
    const words = q.q ? normalizeName(q.q).split(' ').filter(Boolean) : [];
    if (q.q && !words.length) return [];
    for (const w of words) {
      // every word the user typed starts a word of the entity's name, alias or id
      where.push(`e.pk IN (SELECT entity_pk FROM entity_keys WHERE key >= ? AND key < ?)`);
      params.push(`w:${w}`, `w:${w}\uffff`);
    }
    const sql = `SELECT e.pk FROM entities e
                 ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY e.documents DESC, e.name LIMIT ? OFFSET ?`;
    let pks = this.all(sql, ...params, limit, offset).map(r => r.pk as number);
    if (q.q && offset === 0) {
      const exact = this.get('SELECT pk FROM entities WHERE id = ?', q.q.trim());
      if (exact) pks = [exact.pk, ...pks.filter(p => p !== exact.pk)].slice(0, limit || 1);
    }
    return this.summaries(pks);
  }

  /** The entity a user means: its global id, an exact name or alias, else the best-known word match. */
  resolve(ref: string, exact = false): { pk: number; entity: Entity } | undefined {
    const row = this.get('SELECT pk, json FROM entities WHERE id = ?', ref)
      ?? this.get(`SELECT e.pk, e.json FROM entity_keys k JOIN entities e ON e.pk = k.entity_pk WHERE k.key = ?
                   ORDER BY e.documents DESC LIMIT 1`, `n:${normalizeName(ref)}`);
    if (row) return { pk: row.pk, entity: JSON.parse(row.json) };
    if (exact) return undefined;
    const hit = this.findEntities({ q: ref, limit: 1 })[0];
    if (!hit) return undefined;
    const r = this.get('SELECT pk, json FROM entities WHERE id = ?', hit.id)!;
    return { pk: r.pk, entity: JSON.parse(r.json) };
  }

  /** Entity pks an actor filter means: an ISO3 is the country and everyone and everything of it. */
  private actorPks(ref: string): number[] {
    if (/^[A-Z]{3}$/.test(ref)) {
      return this.all('SELECT pk FROM entities WHERE id = ? OR country = ?', ref, ref).map(r => r.pk);
    }
    const r = this.resolve(ref);
    return r ? [r.pk] : [];
  }

  getEntity(ref: string): Entity | undefined { return this.resolve(ref)?.entity; }

  entityDossier(ref: string, options: { exact?: boolean } = {}): EntityDossier | undefined {
    const found = this.resolve(ref, options.exact);
    if (!found) return undefined;
    const { pk, entity } = found;
    const names = this.all(`SELECT text, count(*) AS n FROM mentions WHERE entity_pk = ? AND kind = 'name' GROUP BY text ORDER BY n DESC LIMIT 30`, pk);
    const aliasSet = new Set<string>([...(entity.aliases ?? []), ...names.map(r => r.text as string)]);
    aliasSet.delete(entity.name);
    const documents = this.all(`SELECT d.id, d.title, d.published, d.url, d.source, d.hash, d.ingested_at FROM documents d
                                WHERE d.pk IN (SELECT doc_pk FROM document_entities WHERE entity_pk = ?)
                                ORDER BY coalesce(d.published, '') DESC, d.pk DESC LIMIT ?`, pk, DOSSIER_DOCUMENTS).map(docSummary).reverse();
    const events = this.eventsWhere('(e.source_pk = ? OR e.target_pk = ?)', [pk, pk], 1000, 0);
    const placeCounts = new Map<number, number>();
    for (const r of this.all('SELECT location_pk AS pk, count(*) AS n FROM events WHERE (source_pk = ? OR target_pk = ?) AND location_pk IS NOT NULL GROUP BY location_pk', pk, pk)) placeCounts.set(r.pk, r.n);
    const coRows = this.all(`SELECT de2.entity_pk AS pk, count(DISTINCT de2.doc_pk) AS shared
                             FROM document_entities de1 JOIN document_entities de2 ON de2.doc_pk = de1.doc_pk
                             WHERE de1.entity_pk = ? AND de2.entity_pk != ? GROUP BY de2.entity_pk ORDER BY shared DESC LIMIT 200`, pk, pk);
    const co = this.summaries(coRows.map(r => r.pk));
    const shared = new Map(coRows.map(r => [r.pk as number, r.shared as number]));
    const coPk = new Map<string, number>(); // id → pk, to look up shared counts
    for (const r of this.all('SELECT pk, id FROM entities WHERE pk IN (SELECT value FROM json_each(?))', json(coRows.map(r => r.pk)))) coPk.set(r.id, r.pk);
    const isPlace = (s: EntitySummary) => entityClass({ id: s.id, name: s.name, type: s.type as Entity['type'], kind: s.kind }) === 'place';
    const coActors: CoActor[] = co.filter(s => !isPlace(s) && ['PERSON', 'ORG', 'GPE', 'NORP'].includes(s.type))
      .slice(0, 20).map(s => ({ ...s, shared: shared.get(coPk.get(s.id)!) ?? 0 }));
    // places: where its events happened first, then the places its documents name
    const placePks = [...placeCounts.keys()];
    for (const s of co) if (isPlace(s) && s.lat !== undefined && placePks.length < 20) placePks.push(coPk.get(s.id)!);
    const places = this.placesWhere('e.pk IN (SELECT value FROM json_each(?))', [json([...new Set(placePks)])]);
    places.sort((a, b) => b.events - a.events || b.documents - a.documents);
    return {
      entity, aliases: [...aliasSet], roles: this.roles(pk), quotes: this.quotesWhere('q.speaker_pk = ?', [pk], 1000, 0),
      events, places, coActors, documents,
      ...this.get('SELECT documents AS documentCount, mentions FROM entities WHERE pk = ?', pk) as { documentCount: number; mentions: number },
    };
  }

  private roles(pk: number): RoleView[] {
    const rows = this.all(`SELECT r.title, r.country, r.organization, r.start, r.end, r.text, r.rule, d.id, d.published, d.title AS doc_title, d.url
                           FROM roles r JOIN documents d ON d.pk = r.doc_pk WHERE r.entity_pk = ? ORDER BY coalesce(d.published, ''), d.pk`, pk);
    return roleViews(rows);
  }

  // ---- events ----

  private eventsWhere(where: string, params: unknown[], limit: number, offset: number): StoredEvent[] {
    const rows = this.all(`SELECT e.*, s.id AS source_id, s.name AS source_name, t.id AS target_id, t.name AS target_name,
                             l.id AS location_id, l.name AS location_name, l.lat, l.lon
                           FROM events e LEFT JOIN entities s ON s.pk = e.source_pk LEFT JOIN entities t ON t.pk = e.target_pk
                             LEFT JOIN entities l ON l.pk = e.location_pk
                           WHERE ${where} ORDER BY coalesce(e.date_start, '9999'), e.pk LIMIT ? OFFSET ?`, ...params, limit, offset);
    if (!rows.length) return [];
    const mentions = new Map<number, EventMentionView[]>();
    for (const m of this.all(`SELECT em.*, d.id AS doc_id, d.published, d.title, d.url FROM event_mentions em JOIN documents d ON d.pk = em.doc_pk
                              WHERE em.event_pk IN (SELECT value FROM json_each(?)) ORDER BY coalesce(d.published, ''), d.pk, em.idx`, json(rows.map(r => r.pk)))) {
      const list = mentions.get(m.event_pk) ?? [];
      list.push(eventMentionView(m));
      mentions.set(m.event_pk, list);
    }
    return rows.map(r => storedEvent(r, mentions.get(r.pk) ?? []));
  }

  events(f: EventFilter = {}): StoredEvent[] {
    const where: string[] = ['1'];
    const params: unknown[] = [];
    if (f.code) { where.push(`e.code >= ? AND e.code < ?`); params.push(f.code, f.code + '\uffff'); }
    const side = (col: string, ref: string) => { where.push(`e.${col} IN (SELECT value FROM json_each(?))`); params.push(json(this.actorPks(ref))); };
    if (f.source) side('source_pk', f.source);
    if (f.target) side('target_pk', f.target);
    if (f.actor) {
      const pks = json(this.actorPks(f.actor));
      where.push('(e.source_pk IN (SELECT value FROM json_each(?)) OR e.target_pk IN (SELECT value FROM json_each(?)))'); params.push(pks, pks);
    }
    if (f.from) { where.push('e.date_end >= ?'); params.push(f.from); }
    if (f.to) { where.push('e.date_start <= ?'); params.push(f.to); }
    if (f.document) { where.push('e.pk IN (SELECT em.event_pk FROM event_mentions em JOIN documents d ON d.pk = em.doc_pk WHERE d.id = ?)'); params.push(f.document); }
    return this.eventsWhere(where.join(' AND '), params, lim(f.limit, 1000), lim(f.offset, 0));
  }

  // ---- quotes ----

  private quotesWhere(where: string, params: unknown[], limit: number, offset: number): QuoteView[] {
    return this.all(`SELECT q.*, d.id AS doc_id, d.title AS doc_title, d.published, d.url,
                       s.id AS speaker_id, s.name AS speaker_name, v.id AS via_id, v.name AS via_name, a.id AS addressee_id, a.name AS addressee_name
                     FROM quotes q JOIN documents d ON d.pk = q.doc_pk
                       LEFT JOIN entities s ON s.pk = q.speaker_pk LEFT JOIN entities v ON v.pk = q.via_pk LEFT JOIN entities a ON a.pk = q.addressee_pk
                     WHERE ${where} ORDER BY coalesce(q.date, '9999'), d.pk, q.idx LIMIT ? OFFSET ?`, ...params, limit, offset)
      .map(quoteView);
  }

  quotes(f: QuoteFilter = {}): QuoteView[] {
    const where: string[] = ['1'];
    const params: unknown[] = [];
    if (f.speaker) { where.push('q.speaker_pk IN (SELECT value FROM json_each(?))'); params.push(json(this.actorPks(f.speaker))); }
    if (f.search !== undefined) {
      const m = ftsQuery(f.search);
      if (!m) return [];
      where.push('q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)'); params.push(m);
    }
    if (f.from) { where.push('q.date >= ?'); params.push(f.from); }
    if (f.to) { where.push('q.date <= ?'); params.push(f.to); }
    if (f.document) { where.push('d.id = ?'); params.push(f.document); }
    return this.quotesWhere(where.join(' AND '), params, lim(f.limit, 1000), lim(f.offset, 0));
  }

  // ---- timeline ----

  timeline(f: TimelineFilter = {}): TimelineEntry[] {
    const limit = lim(f.limit, 1000);
    const ref = f.actor ?? f.country;
    const pks = ref ? [...new Set([...(f.actor ? this.actorPks(f.actor) : []), ...(f.country ? this.actorPks(f.country) : [])])] : undefined;
    if (f.actor && f.country) {
      // both: the actor's items that involve the country
      const actor = new Set(this.actorPks(f.actor)), country = json(this.actorPks(f.country));
      const a = json([...actor]);
      return mergeTimeline(
        this.eventsWhere(`((e.source_pk IN (SELECT value FROM json_each(?)) AND e.target_pk IN (SELECT value FROM json_each(?))) OR (e.target_pk IN (SELECT value FROM json_each(?)) AND e.source_pk IN (SELECT value FROM json_each(?))))${dateSql(f, 'e')}`,
          [a, country, a, country, ...dateParams(f)], limit, 0),
        this.quotesWhere(`q.speaker_pk IN (SELECT value FROM json_each(?))${dateSql(f, 'q')}`, [a, ...dateParams(f)], limit, 0), limit);
    }
    const p = json(pks ?? []);
    const events = this.eventsWhere(pks ? `(e.source_pk IN (SELECT value FROM json_each(?)) OR e.target_pk IN (SELECT value FROM json_each(?)))${dateSql(f, 'e')}` : `1${dateSql(f, 'e')}`,
      pks ? [p, p, ...dateParams(f)] : dateParams(f), limit, 0);
    const quotes = this.quotesWhere(pks ? `q.speaker_pk IN (SELECT value FROM json_each(?))${dateSql(f, 'q')}` : `1${dateSql(f, 'q')}`,
      pks ? [p, ...dateParams(f)] : dateParams(f), limit, 0);
    return mergeTimeline(events, quotes, limit);
  }


  // ---- places ----

  private placesWhere(where: string, params: unknown[]): PlaceView[] {
    return this.all(`SELECT e.id, e.name, e.kind, e.country, e.lat, e.lon,
                       (SELECT count(*) FROM events ev WHERE ev.location_pk = e.pk) AS events,
                       e.documents
                     FROM entities e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND ${where}`, ...params)
      .map(r => clean({ id: r.id, name: r.name, kind: u(r.kind), country: u(r.country), lat: r.lat, lon: r.lon, events: r.events, documents: r.documents }) as PlaceView);
  }

  places(): PlaceView[] {
    return this.placesWhere("(e.type IN ('GPE', 'LOC', 'FAC') OR e.kind IN ('city', 'region', 'district', 'area', 'facility', 'country'))", [])
      .sort((a, b) => b.events - a.events || b.documents - a.documents);
  }

  // ---- facts ----

  factRows(f: { kind?: string; document?: string } = {}): StoredFact[] {
    const where: string[] = ['1'];
    const params: unknown[] = [];
    if (f.kind) { where.push('f.kind = ?'); params.push(f.kind); }
    if (f.document) { where.push('d.id = ?'); params.push(f.document); }
    const rows = this.all(`SELECT f.doc_pk, f.json, d.id, d.published, d.title, d.url FROM facts f JOIN documents d ON d.pk = f.doc_pk
                           WHERE ${where.join(' AND ')} ORDER BY coalesce(d.published, ''), d.pk, f.idx`, ...params);
    const names = new Map<number, StoredFact['entities']>();
    for (const pk of new Set(rows.map(r => r.doc_pk as number))) {
      // keyed by entity ids, which are words of the text: no Object.prototype behind them
      const map: StoredFact['entities'] = Object.create(null);
      for (const e of this.all(`SELECT de.local_id, e.name, e.country, e.lat, e.lon FROM document_entities de JOIN entities e ON e.pk = de.entity_pk WHERE de.doc_pk = ?`, pk)) {
        map[e.local_id] = clean({ name: e.name, country: u(e.country), lat: u(e.lat), lon: u(e.lon) }) as StoredFact['entities'][string];
      }
      names.set(pk, map);
    }
    return rows.map(r => clean({ document: r.id, published: u(r.published), title: u(r.title), url: u(r.url), fact: JSON.parse(r.json), entities: names.get(r.doc_pk)! }) as StoredFact);
  }

  // ---- search and stats ----

  search(text: string, opts: { limit?: number } = {}): SearchResult {
    const limit = lim(opts.limit, 20);
    const m = ftsQuery(text);
    if (!m) return { documents: [], quotes: [], entities: [] };
    const words = normalizeName(text).split(' ').filter(Boolean);
    const documents: SearchHit[] = this.all(`SELECT d.id, d.title, d.published, d.url, d.source, d.hash, d.ingested_at, d.json, f.rank AS score
                                             FROM documents_fts f JOIN documents d ON d.pk = f.rowid
                                             WHERE documents_fts MATCH ? ORDER BY f.rank LIMIT ?`, m, limit)
      .map(r => {
        const doc = JSON.parse(r.json) as DossierDocument;
        const at = firstMatch(doc.text, words);
        const snippetStart = Math.max(0, at - 80);
        return { ...docSummary(r), snippet: doc.text.slice(snippetStart, Math.min(doc.text.length, at + 160)).replace(/\s+/g, ' '), snippetStart, score: -r.score };
      });
    return { documents, quotes: this.quotes({ search: text, limit }), entities: this.findEntities({ q: text, limit }) };
  }

  stats(schemaVersion: number, bytes?: number): Stats {
    const c = (t: string) => this.get(`SELECT count(*) AS n FROM ${t}`)!.n as number;
    const byType: Record<string, number> = {};
    for (const r of this.all('SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC')) byType[r.type] = r.n;
    const dates = this.get('SELECT min(published) AS a, max(published) AS b FROM documents')!;
    const top = this.all('SELECT pk FROM entities ORDER BY documents DESC LIMIT 10').map(r => r.pk);
    return clean({
      documents: c('documents'), entities: c('entities'), entitiesByType: byType, mentions: c('mentions'), times: c('times'),
      quotes: c('quotes'), events: c('events'), eventMentions: c('event_mentions'), facts: c('facts'), roles: c('roles'),
      firstPublished: u(dates.a), lastPublished: u(dates.b), schemaVersion, bytes, topEntities: this.summaries(top),
    }) as Stats;
  }
}

function dateSql(f: TimelineFilter, alias: 'e' | 'q'): string {
  let s = '';
  if (f.from) s += alias === 'e' ? ' AND e.date_end >= ?' : ' AND q.date >= ?';
  if (f.to) s += alias === 'e' ? ' AND e.date_start <= ?' : ' AND q.date <= ?';
  return s;
}
function dateParams(f: TimelineFilter): string[] { return [f.from, f.to].filter((x): x is string => !!x); }





export type { SourceSpan };
