// Queries over the PostgreSQL knowledge base: the same questions and answers as
// src/store/sqlite/read.ts. Every value a user gives is a bound parameter; lists travel
// as one int[] parameter (= ANY($n)). Evidence text comes from the stored spans and the
// document JSON, cut in JavaScript (UTF-16 offsets), never in SQL.
import type { DossierDocument, Entity } from '../../document/types.ts';
import { entityClass, normalizeName } from '../merge.ts';
import type {
  CoActor, DocumentSummary, EntityDossier, EntityQuery, EntitySummary, EventFilter, EventMentionView, Page, PlaceView,
  QuoteFilter, QuoteView, RoleView, SearchHit, SearchResult, Stats, StoredEvent, StoredFact, TimelineEntry, TimelineFilter,
} from '../store.ts';
import type { Queryable } from './adapter.ts';
import { clean, docSummary, DOSSIER_DOCUMENTS, entitySummary, eventMentionView, firstMatch, lim, mergeTimeline, quoteView, roleViews, storedEvent, u, type Row } from '../rows.ts';


/** Words of a user's text for plainto_tsquery('simple', …): every word required, none read as syntax. */
export function tsWords(text: string): string | undefined {
  const words = normalizeName(text).split(' ').filter(Boolean).slice(0, 32);
  return words.length ? words.join(' ') : undefined;
}

/** Builds a WHERE clause and its parameters, numbering the placeholders as it goes. */
class Where {
  readonly parts: string[] = ['true'];
  readonly params: unknown[] = [];
  /** adds a condition; each `?` becomes the next $n, bound to the next value */
  add(sql: string, ...values: unknown[]): this {
    let i = 0;
    this.parts.push(sql.replace(/\?/g, () => { this.params.push(values[i++]); return `$${this.params.length}`; }));
    return this;
  }
  get sql(): string { return this.parts.join(' AND '); }
  /** the next placeholder, for LIMIT/OFFSET after the conditions */
  next(value: unknown): string { this.params.push(value); return `$${this.params.length}`; }
}

export class Reader {
  constructor(private db: Queryable) {}

  private all(sql: string, params: unknown[] = []): Promise<Row[]> { return this.db.query(sql, params); }
  private async get(sql: string, params: unknown[] = []): Promise<Row | undefined> { return (await this.db.query(sql, params))[0]; }

  // ---- documents ----

  async getDocument(id: string): Promise<DossierDocument | undefined> {
    return (await this.get('SELECT json FROM documents WHERE id = $1', [id]))?.json;
  }

  async listDocuments(opts: { limit?: number; offset?: number } = {}): Promise<Page<DocumentSummary>> {
    const items = (await this.all(`SELECT id, title, published, url, source, hash, ingested_at FROM documents
                                   ORDER BY coalesce(published, '') DESC, pk DESC LIMIT $1 OFFSET $2`, [lim(opts.limit, 50), lim(opts.offset, 0)])).map(docSummary);
    return { items, total: (await this.get('SELECT count(*)::int AS n FROM documents'))!.n };
  }

  /** every document in ingest order, a page at a time */
  async *exportDocuments(): AsyncGenerator<DossierDocument> {
    let after = 0;
    for (;;) {
      const rows = await this.all('SELECT pk, json FROM documents WHERE pk > $1 ORDER BY pk LIMIT 100', [after]);
      for (const r of rows) yield r.json;
      if (rows.length < 100) return;
      after = rows[rows.length - 1].pk;
    }
  }

  // ---- entities ----

  private async summaries(pks: number[]): Promise<EntitySummary[]> {
    if (!pks.length) return [];
    const rows = await this.all(`SELECT e.pk, e.id, e.name, e.type, e.kind, e.country, e.lat, e.lon, e.json, e.documents, e.mentions
                                 FROM entities e WHERE e.pk = ANY($1::int[])`, [pks]);
    const byPk = new Map(rows.map(r => [r.pk as number, r]));
    return pks.map(pk => byPk.get(pk)).filter((r): r is Row => !!r).map(r => entitySummary(r, r.json as Entity));
  }

  async findEntities(q: EntityQuery): Promise<EntitySummary[]> {
    const limit = lim(q.limit, 20), offset = lim(q.offset, 0);
    const w = new Where();
    if (q.type) w.add('e.type = ?', q.type);
    if (q.kind) w.add('e.kind = ?', q.kind);
    if (q.country) w.add('(e.country = ? OR e.id = ?)', q.country, q.country);
    const words = q.q ? normalizeName(q.q).split(' ').filter(Boolean) : [];
    if (q.q && !words.length) return [];
    // every word the user typed starts a word of the entity's name, alias or id (keys are COLLATE "C": code-point order)
    for (const word of words) w.add('e.pk IN (SELECT entity_pk FROM entity_keys WHERE key >= ? AND key < ?)', `w:${word}`, `w:${word}\uffff`);
    let pks = (await this.all(`SELECT e.pk FROM entities e WHERE ${w.sql} ORDER BY e.documents DESC, e.name LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params))
      .map(r => r.pk as number);
    if (q.q && offset === 0) {
      const exact = await this.get('SELECT pk FROM entities WHERE id = $1', [q.q.trim()]);
      if (exact) pks = [exact.pk, ...pks.filter(p => p !== exact.pk)].slice(0, limit || 1);
    }
    return this.summaries(pks);
  }

  /** The entity a user means: its global id, an exact name or alias, else the best-known word match. */
  async resolve(ref: string, exact = false): Promise<{ pk: number; entity: Entity } | undefined> {
    const row = await this.get('SELECT pk, json FROM entities WHERE id = $1', [ref])
      ?? await this.get(`SELECT e.pk, e.json FROM entity_keys k JOIN entities e ON e.pk = k.entity_pk WHERE k.key = $1
                         ORDER BY e.documents DESC, e.pk LIMIT 1`, [`n:${normalizeName(ref)}`]);
    if (row) return { pk: row.pk, entity: row.json };
    if (exact) return undefined;
    const hit = (await this.findEntities({ q: ref, limit: 1 }))[0];
    if (!hit) return undefined;
    const r = (await this.get('SELECT pk, json FROM entities WHERE id = $1', [hit.id]))!;
    return { pk: r.pk, entity: r.json };
  }

  /** Entity pks an actor filter means: an ISO3 is the country and everyone and everything of it. */
  private async actorPks(ref: string): Promise<number[]> {
    if (/^[A-Z]{3}$/.test(ref)) return (await this.all('SELECT pk FROM entities WHERE id = $1 OR country = $1', [ref])).map(r => r.pk);
    const r = await this.resolve(ref);
    return r ? [r.pk] : [];
  }

  async getEntity(ref: string): Promise<Entity | undefined> { return (await this.resolve(ref))?.entity; }

  async entityDossier(ref: string, options: { exact?: boolean } = {}): Promise<EntityDossier | undefined> {
    const found = await this.resolve(ref, options.exact);
    if (!found) return undefined;
    const { pk, entity } = found;
    const names = await this.all(`SELECT text, count(*)::int AS n FROM mentions WHERE entity_pk = $1 AND kind = 'name' GROUP BY text ORDER BY n DESC, text LIMIT 30`, [pk]);
    const aliasSet = new Set<string>([...(entity.aliases ?? []), ...names.map(r => r.text as string)]);
    aliasSet.delete(entity.name);
    const documents = (await this.all(`SELECT d.id, d.title, d.published, d.url, d.source, d.hash, d.ingested_at FROM documents d
                                       WHERE d.pk IN (SELECT doc_pk FROM document_entities WHERE entity_pk = $1)
                                       ORDER BY coalesce(d.published, '') DESC, d.pk DESC LIMIT $2`, [pk, DOSSIER_DOCUMENTS])).map(docSummary).reverse();
    const events = await this.eventsWhere(new Where().add('(e.source_pk = ? OR e.target_pk = ?)', pk, pk), 1000, 0);
    const placeCounts = new Map<number, number>();
    for (const r of await this.all(`SELECT location_pk AS pk, count(*)::int AS n FROM events WHERE (source_pk = $1 OR target_pk = $1)
                                    AND location_pk IS NOT NULL GROUP BY location_pk ORDER BY location_pk`, [pk])) placeCounts.set(r.pk, r.n);
    // ties in the order SQLite's sorter leaves them (later entities first), so both backends list alike
    const coRows = await this.all(`SELECT de2.entity_pk AS pk, count(DISTINCT de2.doc_pk)::int AS shared
                                   FROM document_entities de1 JOIN document_entities de2 ON de2.doc_pk = de1.doc_pk
                                   WHERE de1.entity_pk = $1 AND de2.entity_pk != $1 GROUP BY de2.entity_pk ORDER BY shared DESC, de2.entity_pk DESC LIMIT 200`, [pk]);
    const co = await this.summaries(coRows.map(r => r.pk));
    const shared = new Map(coRows.map(r => [r.pk as number, r.shared as number]));
    const coPk = new Map<string, number>(); // id → pk, to look up shared counts
    for (const r of await this.all('SELECT pk, id FROM entities WHERE pk = ANY($1::int[])', [coRows.map(r => r.pk)])) coPk.set(r.id, r.pk);
    const isPlace = (s: EntitySummary) => entityClass({ id: s.id, name: s.name, type: s.type as Entity['type'], kind: s.kind }) === 'place';
    const coActors: CoActor[] = co.filter(s => !isPlace(s) && ['PERSON', 'ORG', 'GPE', 'NORP'].includes(s.type))
      .slice(0, 20).map(s => ({ ...s, shared: shared.get(coPk.get(s.id)!) ?? 0 }));
    // places: where its events happened first, then the places its documents name
    const placePks = [...placeCounts.keys()];
    for (const s of co) if (isPlace(s) && s.lat !== undefined && placePks.length < 20) placePks.push(coPk.get(s.id)!);
    const places = await this.placesWhere(new Where().add('e.pk = ANY(?::int[])', [...new Set(placePks)]));
    places.sort((a, b) => b.events - a.events || b.documents - a.documents);
    const counts = (await this.get('SELECT documents, mentions FROM entities WHERE pk = $1', [pk]))!;
    return {
      entity, aliases: [...aliasSet], roles: await this.roles(pk), quotes: await this.quotesWhere(new Where().add('q.speaker_pk = ?', pk), 1000, 0),
      events, places, coActors, documents, documentCount: counts.documents, mentions: counts.mentions,
    };
  }

  private async roles(pk: number): Promise<RoleView[]> {
    const rows = await this.all(`SELECT r.title, r.country, r.organization, r.start, r."end", r.text, r.rule, d.id, d.published, d.title AS doc_title, d.url
                                 FROM roles r JOIN documents d ON d.pk = r.doc_pk WHERE r.entity_pk = $1 ORDER BY coalesce(d.published, ''), d.pk`, [pk]);
    return roleViews(rows);
  }

  // ---- events ----

  private async eventsWhere(w: Where, limit: number, offset: number): Promise<StoredEvent[]> {
    const rows = await this.all(`SELECT e.*, s.id AS source_id, s.name AS source_name, t.id AS target_id, t.name AS target_name,
                                   l.id AS location_id, l.name AS location_name, l.lat, l.lon
                                 FROM events e LEFT JOIN entities s ON s.pk = e.source_pk LEFT JOIN entities t ON t.pk = e.target_pk
                                   LEFT JOIN entities l ON l.pk = e.location_pk
                                 WHERE ${w.sql} ORDER BY coalesce(e.date_start, '9999'), e.pk LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params);
    if (!rows.length) return [];
    const mentions = new Map<number, EventMentionView[]>();
    for (const m of await this.all(`SELECT em.*, d.id AS doc_id, d.published, d.title, d.url FROM event_mentions em JOIN documents d ON d.pk = em.doc_pk
                                    WHERE em.event_pk = ANY($1::int[]) ORDER BY coalesce(d.published, ''), d.pk, em.idx`, [rows.map(r => r.pk)])) {
      const list = mentions.get(m.event_pk) ?? [];
      list.push(eventMentionView(m));
      mentions.set(m.event_pk, list);
    }
    return rows.map(r => storedEvent(r, mentions.get(r.pk) ?? []));
  }

  async events(f: EventFilter = {}): Promise<StoredEvent[]> {
    const w = new Where();
    if (f.code) w.add('e.code >= ? AND e.code < ?', f.code, f.code + '\uffff');
    if (f.source) w.add('e.source_pk = ANY(?::int[])', await this.actorPks(f.source));
    if (f.target) w.add('e.target_pk = ANY(?::int[])', await this.actorPks(f.target));
    if (f.actor) { const pks = await this.actorPks(f.actor); w.add('(e.source_pk = ANY(?::int[]) OR e.target_pk = ANY(?::int[]))', pks, pks); }
    if (f.from) w.add('e.date_end >= ?', f.from);
    if (f.to) w.add('e.date_start <= ?', f.to);
    if (f.document) w.add('e.pk IN (SELECT em.event_pk FROM event_mentions em JOIN documents d ON d.pk = em.doc_pk WHERE d.id = ?)', f.document);
    return this.eventsWhere(w, lim(f.limit, 1000), lim(f.offset, 0));
  }

  // ---- quotes ----

  private async quotesWhere(w: Where, limit: number, offset: number): Promise<QuoteView[]> {
    return (await this.all(`SELECT q.pk, q.idx, q.kind, q.start, q."end", q.text, q.time, q.date, q.cue_start, q.cue_end, q.cue_text, q.confidence, q.rule,
                              d.id AS doc_id, d.title AS doc_title, d.published, d.url,
                              s.id AS speaker_id, s.name AS speaker_name, v.id AS via_id, v.name AS via_name, a.id AS addressee_id, a.name AS addressee_name
                            FROM quotes q JOIN documents d ON d.pk = q.doc_pk
                              LEFT JOIN entities s ON s.pk = q.speaker_pk LEFT JOIN entities v ON v.pk = q.via_pk LEFT JOIN entities a ON a.pk = q.addressee_pk
                            WHERE ${w.sql} ORDER BY coalesce(q.date, '9999'), d.pk, q.idx LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params))
      .map(quoteView);
  }

  async quotes(f: QuoteFilter = {}): Promise<QuoteView[]> {
    const w = new Where();
    if (f.speaker) w.add('q.speaker_pk = ANY(?::int[])', await this.actorPks(f.speaker));
    if (f.search !== undefined) {
      const words = tsWords(f.search);
      if (!words) return [];
      w.add(`q.tsv @@ plainto_tsquery('simple', ?)`, words);
    }
    if (f.from) w.add('q.date >= ?', f.from);
    if (f.to) w.add('q.date <= ?', f.to);
    if (f.document) w.add('d.id = ?', f.document);
    return this.quotesWhere(w, lim(f.limit, 1000), lim(f.offset, 0));
  }

  // ---- timeline ----

  async timeline(f: TimelineFilter = {}): Promise<TimelineEntry[]> {
    const limit = lim(f.limit, 1000);
    const dated = (w: Where, alias: 'e' | 'q') => {
      if (f.from) w.add(alias === 'e' ? 'e.date_end >= ?' : 'q.date >= ?', f.from);
      if (f.to) w.add(alias === 'e' ? 'e.date_start <= ?' : 'q.date <= ?', f.to);
      return w;
    };
    if (f.actor && f.country) {
      // both: the actor's items that involve the country
      const a = await this.actorPks(f.actor), c = await this.actorPks(f.country);
      return mergeTimeline(
        await this.eventsWhere(dated(new Where().add('((e.source_pk = ANY(?::int[]) AND e.target_pk = ANY(?::int[])) OR (e.target_pk = ANY(?::int[]) AND e.source_pk = ANY(?::int[])))', a, c, a, c), 'e'), limit, 0),
        await this.quotesWhere(dated(new Where().add('q.speaker_pk = ANY(?::int[])', a), 'q'), limit, 0), limit);
    }
    const ref = f.actor ?? f.country;
    const pks = ref ? await this.actorPks(ref) : undefined;
    const ew = new Where(), qw = new Where();
    if (pks) { ew.add('(e.source_pk = ANY(?::int[]) OR e.target_pk = ANY(?::int[]))', pks, pks); qw.add('q.speaker_pk = ANY(?::int[])', pks); }
    return mergeTimeline(await this.eventsWhere(dated(ew, 'e'), limit, 0), await this.quotesWhere(dated(qw, 'q'), limit, 0), limit);
  }


  // ---- places ----

  private async placesWhere(w: Where): Promise<PlaceView[]> {
    return (await this.all(`SELECT e.id, e.name, e.kind, e.country, e.lat, e.lon,
                              (SELECT count(*)::int FROM events ev WHERE ev.location_pk = e.pk) AS events, e.documents
                            FROM entities e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND ${w.sql} ORDER BY e.pk`, w.params))
      .map(r => clean({ id: r.id, name: r.name, kind: u(r.kind), country: u(r.country), lat: r.lat, lon: r.lon, events: r.events, documents: r.documents }) as PlaceView);
  }

  async places(): Promise<PlaceView[]> {
    return (await this.placesWhere(new Where().add(`(e.type IN ('GPE', 'LOC', 'FAC') OR e.kind IN ('city', 'region', 'district', 'area', 'facility', 'country'))`)))
      .sort((a, b) => b.events - a.events || b.documents - a.documents);
  }

  // ---- facts ----

  async factRows(f: { kind?: string; document?: string } = {}): Promise<StoredFact[]> {
    const w = new Where();
    if (f.kind) w.add('f.kind = ?', f.kind);
    if (f.document) w.add('d.id = ?', f.document);
    const rows = await this.all(`SELECT f.doc_pk, f.json, d.id, d.published, d.title, d.url FROM facts f JOIN documents d ON d.pk = f.doc_pk
                                 WHERE ${w.sql} ORDER BY coalesce(d.published, ''), d.pk, f.idx`, w.params);
    const names = new Map<number, StoredFact['entities']>();
    const docPks = [...new Set(rows.map(r => r.doc_pk as number))];
    if (docPks.length) {
      // keyed by entity ids, which are words of the text: no Object.prototype behind them
      for (const pk of docPks) names.set(pk, Object.create(null));
      for (const e of await this.all(`SELECT de.doc_pk, de.local_id, e.name, e.country, e.lat, e.lon FROM document_entities de JOIN entities e ON e.pk = de.entity_pk
                                      WHERE de.doc_pk = ANY($1::int[])`, [docPks])) {
        names.get(e.doc_pk)![e.local_id] = clean({ name: e.name, country: u(e.country), lat: u(e.lat), lon: u(e.lon) }) as StoredFact['entities'][string];
      }
    }
    return rows.map(r => clean({ document: r.id, published: u(r.published), title: u(r.title), url: u(r.url), fact: r.json, entities: names.get(r.doc_pk)! }) as StoredFact);
  }

  // ---- search and stats ----

  // cover density over unique words (normalization 8) orders documents closest to FTS5's bm25 of
  // the rankings PostgreSQL has (checked on the MEANTIME articles); still not the same order
  async search(text: string, opts: { limit?: number } = {}): Promise<SearchResult> {
    const limit = lim(opts.limit, 20);
    const m = tsWords(text);
    if (!m) return { documents: [], quotes: [], entities: [] };
    const words = normalizeName(text).split(' ').filter(Boolean);
    const documents: SearchHit[] = (await this.all(`SELECT d.id, d.title, d.published, d.url, d.source, d.hash, d.ingested_at, d.json,
                                                      ts_rank_cd(d.tsv, query, 8)::float8 AS score
                                                    FROM documents d, plainto_tsquery('simple', $1) AS query
                                                    WHERE d.tsv @@ query ORDER BY score DESC, d.pk LIMIT $2`, [m, limit]))
      .map(r => {
        const doc = r.json as DossierDocument;
        const at = firstMatch(doc.text, words);
        const snippetStart = Math.max(0, at - 80);
        return { ...docSummary(r), snippet: doc.text.slice(snippetStart, Math.min(doc.text.length, at + 160)).replace(/\s+/g, ' '), snippetStart, score: r.score };
      });
    return { documents, quotes: await this.quotes({ search: text, limit }), entities: await this.findEntities({ q: text, limit }) };
  }

  async stats(schemaVersion: number, bytes?: number): Promise<Stats> {
    const c = await this.get(`SELECT (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM entities) AS entities,
                                (SELECT count(*)::int FROM mentions) AS mentions, (SELECT count(*)::int FROM times) AS times,
                                (SELECT count(*)::int FROM quotes) AS quotes, (SELECT count(*)::int FROM events) AS events,
                                (SELECT count(*)::int FROM event_mentions) AS event_mentions, (SELECT count(*)::int FROM facts) AS facts,
                                (SELECT count(*)::int FROM roles) AS roles,
                                (SELECT min(published) FROM documents) AS first, (SELECT max(published) FROM documents) AS last`);
    const byType: Record<string, number> = {};
    // ties as SQLite leaves them: reverse name order
    for (const r of await this.all('SELECT type, count(*)::int AS n FROM entities GROUP BY type ORDER BY n DESC, type DESC')) byType[r.type] = r.n;
    const top = (await this.all('SELECT pk FROM entities ORDER BY documents DESC, pk LIMIT 10')).map(r => r.pk);
    return clean({
      documents: c!.documents, entities: c!.entities, entitiesByType: byType, mentions: c!.mentions, times: c!.times,
      quotes: c!.quotes, events: c!.events, eventMentions: c!.event_mentions, facts: c!.facts, roles: c!.roles,
      firstPublished: u(c!.first), lastPublished: u(c!.last), schemaVersion, bytes, topEntities: await this.summaries(top),
    }) as Stats;
  }
}




