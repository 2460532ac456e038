// Writing one document into PostgreSQL: the same steps as src/store/sqlite/write.ts
// (the merge rules are src/kb/merge.ts, shared), as awaited statements inside the one
// transaction the store opens per document, so a kill or a lost connection leaves all
// or nothing. Full text goes into tsvector columns, folded in JavaScript first.
import type { DossierDocument, Entity, EventRecord } from '../../document/types.ts';
import {
  entityClass, entityKeys, eventDate, fixedGlobalId, globalEntity, mergeEntity, normalizeName,
  outletOf, pickCandidate, slug, timexRange,
} from '../merge.ts';
import type { IngestMeta, IngestOutcome } from '../store.ts';
import { jsonParam, type Queryable } from './adapter.ts';
import { closestCompatibleEvent, eventSummary, factAnchor, referencedCountries, type EventMentionFacts } from '../rows.ts';


const b = (v: boolean | undefined) => (v === undefined ? null : v ? 1 : 0);
const n = <T>(v: T | undefined) => (v === undefined ? null : v);

/**
 * Text as the words full-text search sees: accents stripped, lowercase, everything but
 * letters and digits a space — the same folding FTS5's unicode61 tokenizer does, so the
 * 'simple' text-search configuration splits exactly the words SQLite would.
 */
export function ftsFold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** JSON with sorted keys: jsonb does not keep key order, so "did the merge change it" compares this. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map(k => [k, x[k]])) : x));
}

/**
 * The stored entities one document's merge can touch, fetched in one query (by key, by fixed id,
 * and the ids a new entity's id could clash with), and kept up to date with what this document
 * adds, so each lookup sees exactly what a statement inside the transaction would.
 */
class EntityCache {
  private byKey = new Map<string, Set<number>>();
  private byId = new Map<string, number>();
  private json = new Map<number, string>();
  private takenIds = new Set<string>();

  constructor(private q: Queryable) {}

  /** what the look-up query returned: entities under a key, by fixed id, and the ids taken among the free-id candidates */
  load(rows: [string | null, number | null, string, Entity | null][]): void {
    for (const [key, pk, id, json] of rows) {
      this.takenIds.add(id);
      if (pk === null) continue;
      this.remember(pk, id, json!);
      if (key !== null) this.addKey(key, pk);
    }
  }

  /**
   * Makes sure each stem has at least `need` ids free among those checked (stem, stem-2, …), checking
   * further ones when the first window was full (a name many stored entities share): freeId never
   * walks past what the database was asked about.
   */
  async ensureFree(windows: Map<string, { size: number; need: number }>): Promise<void> {
    for (;;) {
      const more: string[] = [];
      for (const [stem, w] of windows) {
        let free = 0;
        for (let i = 1; i <= w.size; i++) if (!this.takenIds.has(candidateId(stem, i))) free++;
        if (free >= w.need) continue;
        const from = w.size + 1;
        w.size = w.size * 2 + w.need;
        for (let i = from; i <= w.size; i++) more.push(candidateId(stem, i));
      }
      if (!more.length) return;
      for (const r of await this.q.query<{ id: string }>('SELECT id FROM entities WHERE id = ANY($1::text[])', [more], 'dossier_ids_v1')) this.takenIds.add(r.id);
    }
  }

  /** stored (and this document's new) entities under a key, in the order a single writer's pks give them */
  withKeySync(key: string): { pk: number; entity: Entity }[] {
    return [...(this.byKey.get(key) ?? [])].sort((a, b) => pkOrder(a) - pkOrder(b)).map(pk => ({ pk, entity: JSON.parse(this.json.get(pk)!) }));
  }

  withIdSync(id: string): { pk: number; entity: Entity } | undefined {
    const pk = this.byId.get(id);
    return pk === undefined ? undefined : { pk, entity: JSON.parse(this.json.get(pk)!) };
  }

  idTaken(id: string): boolean {
    return this.takenIds.has(id) || this.byId.has(id);
  }

  remember(pk: number, id: string, entity: Entity): void {
    this.byId.set(id, pk);
    this.json.set(pk, JSON.stringify(entity));
  }

  addKey(key: string, pk: number): void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, set = new Set());
    set.add(pk);
  }
}

/** A pk's place in the order a single writer gives: stored pks first, then this document's new ones (provisional, < 0) as made. */
function pkOrder(pk: number): number {
  return pk > 0 ? pk : Number.MAX_SAFE_INTEGER / 2 - pk;
}

/**
 * What one document's entities look up: merge keys, fixed ids, and for each stem of a new entity's id
 * the first few ids it could take (the stem, stem-2, …: enough for every entity of the document to find
 * one free, checked by index; `ensureFree` checks further ones when they are all taken).
 */
function entityLookups(all: Entity[]): { keys: string[]; ids: string[]; candidates: string[]; windows: Map<string, { size: number; need: number }> } {
  const keys = new Set<string>(), ids = new Set<string>();
  const windows = new Map<string, { size: number; need: number }>();
  for (const e of all) {
    const fixed = fixedGlobalId(e);
    if (fixed) { ids.add(fixed); continue; }
    for (const k of entityKeys(e)) keys.add(k);
    const stem = idStem(e);
    const w = windows.get(stem);
    if (w) w.need++; else windows.set(stem, { size: 0, need: 1 });
  }
  const candidates: string[] = [];
  for (const [stem, w] of windows) {
    // a fixed id of this document that is one of the candidates takes it too (never so far: fixed
    // ids are ISO codes); two spare ones spare a second query when a stem is in use
    for (const f of ids) if (f === stem || f.startsWith(`${stem}-`)) w.need++;
    w.size = w.need + 2;
    for (let i = 1; i <= w.size; i++) candidates.push(candidateId(stem, i));
  }
  return { keys: [...keys], ids: [...ids], candidates, windows };
}

type Head = { same: string | null; old: number | null; taken: boolean; entities: [string | null, number | null, string, Entity | null][] };

/**
 * (1) of ingest: the document's hash, source and id, and the stored entities its merge can meet,
 * each found by index (a lateral look-up per key; ids by equality), as [key, pk, id, json] rows;
 * a taken candidate id comes back as [null, null, id, null].
 */
const HEAD_SQL = `
  SELECT (SELECT id FROM documents WHERE hash = $1 LIMIT 1) AS same, (SELECT pk FROM documents WHERE source = $2 LIMIT 1) AS old,
         EXISTS (SELECT 1 FROM documents WHERE id = $3 AND source IS DISTINCT FROM $2) AS taken,
         coalesce((SELECT json_agg(json_build_array(x.key, x.pk, x.id, x.json)) FROM (
           SELECT q.key, e.pk, e.id, e.json FROM unnest($4::text[]) AS q(key)
             CROSS JOIN LATERAL (SELECT entity_pk FROM entity_keys k WHERE k.key = q.key OFFSET 0) k
             CROSS JOIN LATERAL (SELECT pk, id, json FROM entities e WHERE e.pk = k.entity_pk OFFSET 0) e
           UNION ALL SELECT NULL, pk, id, json FROM entities WHERE id = ANY($5::text[])
           UNION ALL SELECT NULL, NULL, id, NULL FROM entities WHERE id = ANY($6::text[])) x), '[]'::json) AS entities`;

/** The i-th id a new entity with this stem may take: the stem itself, then stem-2, stem-3, … */
function candidateId(stem: string, i: number): string {
  return i === 1 ? stem : `${stem}-${i}`;
}

/** The id a new entity asks for before a number is added to make it free. */
function idStem(e: Entity): string {
  return entityClass(e) === 'country' ? e.id : (/^[a-z0-9-]+$/.test(e.id) && !/^e\d+$/.test(e.id) ? e.id : slug(e.name));
}

export class Writer {
  private cache: EntityCache;

  constructor(private q: Queryable) {
    this.cache = new EntityCache(q);
  }

  /** Removes a document and everything read from it; merged facts lose that source. Seven round trips
   * whatever the document held: the entities and events it touched are handled as arrays. */
  async deleteDocument(docPk: number): Promise<void> {
    const q = this.q;
    const events = (await q.query('SELECT DISTINCT event_pk FROM event_mentions WHERE doc_pk = $1', [docPk])).map(r => r.event_pk as number);
    const counted = await q.query('SELECT entity_pk, sum(mentions)::int AS mentions FROM document_entities WHERE doc_pk = $1 GROUP BY entity_pk', [docPk]);
    const entities = counted.map(r => r.entity_pk as number);
    if (entities.length) {
      await q.query(`UPDATE entities e SET documents = e.documents - 1, mentions = e.mentions - c.mentions
                     FROM unnest($1::int[], $2::int[]) AS c(pk, mentions) WHERE e.pk = c.pk`, [entities, counted.map(r => r.mentions as number)]);
    }
    // the document with its layers and full text (no cascades: see migration 3)
    await q.query(`WITH m AS (DELETE FROM mentions WHERE doc_pk = $1), r AS (DELETE FROM roles WHERE doc_pk = $1),
                        t AS (DELETE FROM times WHERE doc_pk = $1), qu AS (DELETE FROM quotes WHERE doc_pk = $1),
                        em AS (DELETE FROM event_mentions WHERE doc_pk = $1), f AS (DELETE FROM facts WHERE doc_pk = $1),
                        de AS (DELETE FROM document_entities WHERE doc_pk = $1)
                   DELETE FROM documents WHERE pk = $1`, [docPk]);
    await this.refreshEvents(events);
    if (!entities.length) return;
    // an entity no document mentions any more is gone; merged events still naming it go with it. Each table is
    // touched by one sub-statement (a row changed by two sub-statements of one statement keeps only one change).
    await q.query(`WITH gone AS (SELECT pk FROM unnest($1::int[]) AS c(pk)
                                 WHERE NOT EXISTS (SELECT 1 FROM document_entities de WHERE de.entity_pk = c.pk)),
                        ev AS (DELETE FROM events WHERE source_pk IN (SELECT pk FROM gone) OR target_pk IN (SELECT pk FROM gone)
                                                     OR location_pk IN (SELECT pk FROM gone)),
                        em AS (UPDATE event_mentions SET location_pk = NULL WHERE location_pk IN (SELECT pk FROM gone)),
                        qu AS (UPDATE quotes SET via_pk = CASE WHEN via_pk IN (SELECT pk FROM gone) THEN NULL ELSE via_pk END,
                                                 addressee_pk = CASE WHEN addressee_pk IN (SELECT pk FROM gone) THEN NULL ELSE addressee_pk END,
                                                 speaker_pk = CASE WHEN speaker_pk IN (SELECT pk FROM gone) THEN NULL ELSE speaker_pk END
                               WHERE via_pk IN (SELECT pk FROM gone) OR addressee_pk IN (SELECT pk FROM gone) OR speaker_pk IN (SELECT pk FROM gone)),
                        me AS (UPDATE mentions SET entity_pk = NULL WHERE entity_pk IN (SELECT pk FROM gone)),
                        ro AS (DELETE FROM roles WHERE entity_pk IN (SELECT pk FROM gone)),
                        ke AS (DELETE FROM entity_keys WHERE entity_pk IN (SELECT pk FROM gone))
                   DELETE FROM entities WHERE pk IN (SELECT pk FROM gone)`, [entities]);
  }

  /**
   * One document in three statements, whatever its size (five round trips with BEGIN and COMMIT):
   * (1) is it new, with the stored entities its merge can meet, (2) ids for what it adds and the
   * stored events it can merge into, with their mentions, (3) every row of every layer in one
   * statement of data-modifying CTEs. Every look-up goes by index. The
   * merge decisions are made here, in JavaScript, with the same rules and in the same order as
   * the SQLite writer (src/kb/merge.ts, src/store/rows.ts); the caller holds the write lock.
   */
  async ingest(doc: DossierDocument, meta: IngestMeta, now: string): Promise<IngestOutcome> {
    const q = this.q;
    // (1) is it new, and every key, fixed id and free-id candidate this document's entities can meet, in one query
    const inDoc = new Set(doc.entities.map(e => e.id));
    const countries = referencedCountries(doc, id => inDoc.has(id));
    const all = [...doc.entities, ...countries];
    const look = entityLookups(all);
    const lookUp = async () => (await q.query<Head>(HEAD_SQL, [meta.hash, meta.source, doc.id, look.keys, look.ids, look.candidates], 'dossier_head_v3'))[0];
    let head = await lookUp();
    if (head.same !== null) return { status: 'skipped', id: head.same, entities: 0, quotes: 0, events: 0 };
    let status: IngestOutcome['status'] = 'new';
    if (head.old !== null) {
      // a changed document: the old one goes first, with what it alone held, so the look-up is done again
      await this.deleteDocument(head.old);
      status = 'replaced';
      head = await lookUp();
    }
    const id = head.taken ? `${doc.id}-${meta.hash.slice(0, 8)}` : doc.id;
    const stored: DossierDocument = id === doc.id ? doc : { ...doc, id };
    this.cache.load(head.entities);
    await this.cache.ensureFree(look.windows);

    // entities: document-local id → global pk (new ones get a provisional negative pk)
    const local = new Map<string, number>();
    for (const e of all) if (!local.has(e.id)) local.set(e.id, this.resolveEntity(e));

    // (2) real pks for the new rows, and the stored events this document's events can merge into
    const newEntities = this.pending.filter(p => p.insert);
    const storedTriples = doc.events.map(ev => eventSides(ev, local)).map((st, i) => ({ code: doc.events[i].code, st }))
      .filter(x => x.st.every(pk => pk === null || pk > 0));
    const alloc = (await q.query<Alloc>(
      `SELECT nextval(pg_get_serial_sequence('documents', 'pk'))::int AS doc_pk,
              ARRAY(SELECT nextval(pg_get_serial_sequence('entities', 'pk'))::int FROM generate_series(1, $1::int)) AS entity_pks,
              ARRAY(SELECT nextval(pg_get_serial_sequence('events', 'pk'))::int FROM generate_series(1, $2::int)) AS event_pks,
              coalesce((SELECT json_agg(json_build_object('pk', e.pk, 'code', e.code, 's', e.source_pk, 't', e.target_pk,
                         'date_start', e.date_start, 'date_end', e.date_end, 'location_pk', e.location_pk,
                         'mentions', (SELECT coalesce(json_agg(json_build_object('date', em.date, 'date_start', em.date_start,
                                        'date_end', em.date_end, 'doc_pk', em.doc_pk, 'outlet', coalesce(d.outlet, d.id), 'location_pk', em.location_pk)
                                        ORDER BY em.doc_pk, em.idx), '[]'::json)
                                      FROM event_mentions em JOIN documents d ON d.pk = em.doc_pk WHERE em.event_pk = e.pk)) ORDER BY e.pk)
                        FROM unnest($3::text[], $4::int[], $5::int[]) AS v(code, s, t) CROSS JOIN LATERAL (
                          -- by index (code, source_pk, target_pk) whichever side is missing: only the branch for v's NULLs runs
                          SELECT * FROM events e WHERE e.code = v.code AND e.source_pk = v.s AND e.target_pk = v.t
                          UNION ALL SELECT * FROM events e WHERE v.s IS NULL AND e.code = v.code AND e.source_pk IS NULL AND e.target_pk = v.t
                          UNION ALL SELECT * FROM events e WHERE v.t IS NULL AND e.code = v.code AND e.source_pk = v.s AND e.target_pk IS NULL
                          UNION ALL SELECT * FROM events e WHERE v.s IS NULL AND v.t IS NULL AND e.code = v.code AND e.source_pk IS NULL AND e.target_pk IS NULL) e), '[]'::json) AS events`,
      [newEntities.length, doc.events.length, storedTriples.map(x => x.code), storedTriples.map(x => x.st[0]), storedTriples.map(x => x.st[1])], 'dossier_alloc_v2'))[0];
    const docPk = alloc.doc_pk;
    const realPk = new Map<number, number>();
    newEntities.forEach((p, i) => realPk.set(p.pk, alloc.entity_pks[i]));
    const pkOf = (pk: number | null | undefined) => (pk === null || pk === undefined ? null : pk < 0 ? realPk.get(pk)! : pk);
    for (const [lid, pk] of local) local.set(lid, pkOf(pk)!);
    for (const p of this.pending) p.pk = pkOf(p.pk)!;

    const { eventRows, refreshed, evMentionRows } = planEvents(doc, local, alloc, docPk, outletOf(doc.url) ?? id, pkOf);

    // (3) every row in one statement
    const mentionCount = new Map<string, number>();
    for (const m of doc.mentions) if (m.entity) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
    const perEntity = new Map<number, number>();
    for (const [lid, pk] of local) perEntity.set(pk, (perEntity.get(pk) ?? 0) + (mentionCount.get(lid) ?? 0));
    const docRow = [docPk, id, meta.source, meta.hash, n(doc.title), n(doc.published), n(doc.url), n(outletOf(doc.url)), now,
      jsonParam(stored), ftsFold(`${doc.title ?? ''} ${doc.text}`)];
    const layers = [
      entityInsertRows(newEntities, perEntity), this.entityUpdateRows(perEntity, newEntities),
      this.pending.flatMap(p => [...p.keys].map(k => [k, p.pk])),
      [...local].map(([l, pk]) => [l, pk, mentionCount.get(l) ?? 0]),
      roleRows(doc, local), mentionRows(doc, local), timeRows(doc), quoteRows(doc, local),
      eventRows, evMentionRows, refreshed, factRows(doc),
    ];
    await q.query(INGEST_SQL, [...docRow, jsonParam(layers)], 'dossier_ingest_v2');
    this.pending = [];
    return { status, id, entities: local.size, quotes: doc.quotes.length, events: doc.events.length };
  }

  /** every stored entity this document names: one more document, its mentions, and the merged record where it changed */
  private entityUpdateRows(perEntity: Map<number, number>, news: Pending[]): Row[] {
    const changed = new Map<number, Entity>();
    for (const p of this.pending) if (!p.insert && p.changed) changed.set(p.pk, p.entity);
    const isNew = new Set(news.map(p => p.pk));
    const rows: Row[] = [];
    for (const [pk, m] of perEntity) {
      if (isNew.has(pk)) continue;
      const e = changed.get(pk);
      const c = e ? entityColumns(e) : undefined;
      rows.push([pk, m, n(c?.kind), n(c?.name), n(c?.norm), n(c?.country), n(c?.lat), n(c?.lon), e ?? null]);
    }
    return rows;
  }

  /** Work for the one statement: entities to insert (provisional pk < 0) or update, and the keys each gains. */
  private pending: Pending[] = [];
  private nextProvisional = -1;

  /** The global entity a document entity is: found by its keys and merged, or made (in memory; written by `ingest`). */
  private resolveEntity(e: Entity): number {
    const fixed = fixedGlobalId(e);
    let found: { pk: number; entity: Entity } | undefined;
    if (fixed) {
      found = this.cache.withIdSync(fixed);
    } else {
      const seen = new Map<number, { pk: number; entity: Entity }>();
      for (const key of entityKeys(e)) for (const row of this.cache.withKeySync(key)) if (!seen.has(row.pk)) seen.set(row.pk, row);
      found = pickCandidate([...seen.values()], e);
    }
    if (found) {
      const merged = mergeEntity(found.entity, e);
      if (canonicalJson(merged) !== canonicalJson(found.entity)) {
        const normalized = JSON.parse(jsonParam(merged)) as Entity;
        this.cache.remember(found.pk, merged.id, normalized);
        const p = this.workFor(found.pk, normalized);
        p.changed = true;
        this.addKeys(p, merged);
      }
      return found.pk;
    }
    const id = fixed ?? this.freeId(e);
    const entity = JSON.parse(jsonParam(globalEntity(id, e))) as Entity;
    const pk = this.nextProvisional--;
    this.cache.remember(pk, id, entity);
    const p = { pk, entity, insert: true, changed: false, keys: new Set<string>() };
    this.pending.push(p);
    this.addKeys(p, entity);
    return pk;
  }

  private workFor(pk: number, entity: Entity) {
    let p = this.pending.find(x => x.pk === pk);
    if (!p) { p = { pk, entity, insert: false, changed: false, keys: new Set<string>() }; this.pending.push(p); }
    p.entity = entity;
    return p;
  }

  private addKeys(p: { pk: number; keys: Set<string> }, e: Entity): void {
    const keys = new Set(entityKeys(e));
    // names and words, for finding entities by what users type
    for (const name of [e.name, ...(e.aliases ?? []), e.id]) {
      const norm = normalizeName(name);
      if (!norm) continue;
      keys.add(`n:${norm}`);
      for (const w of norm.split(' ')) if (w.length > 1) keys.add(`w:${w}`);
    }
    for (const key of keys) { p.keys.add(key); this.cache.addKey(key, p.pk); }
  }

  /** The document's own id when free, else with a number: two Karasins get karasin and karasin-2. */
  private freeId(e: Entity): string {
    const base = idStem(e);
    if (!this.cache.idTaken(base)) return base;
    for (let i = 2; ; i++) if (!this.cache.idTaken(`${base}-${i}`)) return `${base}-${i}`;
  }

  /** Recounts merged events from their mentions and keeps their date (`eventDateOf`); drops those with none
   * left. Two round trips for any number of events. */
  async refreshEvents(pks: readonly number[]): Promise<void> {
    if (!pks.length) return;
    type R = EventMentionFacts & { event_pk: number };
    const rows = await this.q.query<R>(`SELECT em.event_pk, em.date, em.date_start, em.date_end, d.pk AS doc_pk, coalesce(d.outlet, d.id) AS outlet, em.location_pk
                                        FROM event_mentions em JOIN documents d ON d.pk = em.doc_pk WHERE em.event_pk = ANY($1::int[])
                                        ORDER BY em.event_pk, em.doc_pk, em.idx`, [pks]);
    const byEvent = new Map<number, R[]>();
    for (const r of rows) { let list = byEvent.get(r.event_pk); if (!list) byEvent.set(r.event_pk, list = []); list.push(r); }
    const gone = pks.filter(pk => !byEvent.has(pk));
    const cols: unknown[][] = [[], [], [], [], [], [], [], []];
    for (const [pk, list] of byEvent) {
      const e = eventSummary(list);
      const row = [pk, e.mentions, e.articles, e.sources, e.date, e.date_start, e.date_end, e.location];
      row.forEach((v, i) => cols[i].push(v));
    }
    await this.q.query(`WITH gone AS (DELETE FROM events WHERE pk = ANY($9::int[]))
                        UPDATE events e SET num_mentions = u.n, num_articles = u.articles, num_sources = u.sources, date = u.date,
                          date_start = u.date_start, date_end = u.date_end, location_pk = coalesce(e.location_pk, u.location)
                        FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::int[])
                          AS u(pk, n, articles, sources, date, date_start, date_end, location)
                        WHERE e.pk = u.pk`, [...cols, gone]);
  }
}

function entityColumns(e: Entity) {
  return {
    kind: n(e.kind), name: e.name, norm: normalizeName(e.name), country: n(e.country),
    lat: n(e.geo?.lat), lon: n(e.geo?.lon),
  };
}

/** the event's source and target as global pks (provisional ones < 0 for this document's new entities) */
function eventSides(ev: EventRecord, local: Map<string, number>): readonly [number | null, number | null] {
  let s = ev.source ? local.get(ev.source) ?? null : null;
  let t = ev.target ? local.get(ev.target) ?? null : null;
  // a joint act has no direction: file it one way only, so both tellings merge
  if (ev.symmetric && s !== null && t !== null && pkOrder(s) > pkOrder(t)) [s, t] = [t, s];
  return [s, t];
}

type Alloc = { doc_pk: number; entity_pks: number[]; event_pks: number[]; events: Ev[] };

type Ev = { pk: number; code: string; s: number | null; t: number | null; date_start: string | null; date_end: string | null; location_pk: number | null; mentions: EventMentionFacts[]; row?: unknown[] };
const tripleKey = (code: string, s: number | null, t: number | null) => `${code}\u0000${s}\u0000${t}`;

/**
 * Events: the stored or earlier-in-this-document event each one joins, else a new one; then the merged
 * events' counts and dates, recomputed from all their mentions (stored ones first: lower doc pks).
 * A new event is inserted with them (eventRows), a stored one updated (refreshed).
 */
function planEvents(doc: DossierDocument, local: Map<string, number>, alloc: Alloc, docPk: number, outlet: string,
  pkOf: (pk: number | null) => number | null): { eventRows: Row[]; refreshed: Row[]; evMentionRows: Row[] } {
  const byTriple = new Map<string, Ev[]>();
  for (const e of alloc.events) {
    const k = tripleKey(e.code, e.s, e.t);
    const list = byTriple.get(k) ?? [];
    if (!list.some(x => x.pk === e.pk)) list.push(e);
    byTriple.set(k, list);
  }
  const newEvents: Ev[] = [];
  const touched = new Map<number, Ev>();
  const evMentionRows: Row[] = [];
  for (let i = 0; i < doc.events.length; i++) {
    const ev = doc.events[i];
    const [s0, t0] = eventSides(ev, local);
    const s = pkOf(s0), t = pkOf(t0);
    const { value: date, range } = eventDate(ev.time, doc.published);
    const locationPk = ev.location ? local.get(ev.location) ?? null : null;
    const k = tripleKey(ev.code, s, t);
    const candidates = byTriple.get(k) ?? [];
    const hit = closestCompatibleEvent(candidates, range);
    let target = hit === undefined ? undefined : candidates.find(c => c.pk === hit);
    if (!target) {
      target = { pk: alloc.event_pks[newEvents.length], code: ev.code, s, t, date_start: n(range?.start), date_end: n(range?.end), location_pk: locationPk, mentions: [],
        row: [ev.code, n(ev.root ?? ev.code.slice(0, 2)), n(ev.quadClass), n(ev.goldstein), s, t, n(ev.sourceActor), n(ev.targetActor),
          n(date), n(range?.start), n(range?.end), locationPk, b(ev.symmetric), b(ev.negated), n(ev.modality)] };
      newEvents.push(target);
      byTriple.set(k, [...candidates, target]);
    }
    target.mentions.push({ date: n(date), date_start: n(range?.start), date_end: n(range?.end), doc_pk: docPk, outlet, location_pk: locationPk });
    touched.set(target.pk, target);
    evMentionRows.push([target.pk, i, ev.code, ev.trigger.start, ev.trigger.end, ev.trigger.text, n(ev.time), n(ev.timeSource),
      n(date), n(range?.start), n(range?.end), n(ev.sentence), n(ev.quote), b(ev.negated), n(ev.modality), locationPk, ev.rule]);
  }
  const eventRows: Row[] = [];
  const refreshed: Row[] = [];
  for (const e of touched.values()) {
    const sum = eventSummary(e.mentions);
    const location = e.location_pk ?? sum.location;
    const counts = [sum.mentions, sum.articles, sum.sources];
    if (e.row) {
      const r = [...e.row];
      r[8] = sum.date; r[9] = sum.date_start; r[10] = sum.date_end; r[11] = location;
      eventRows.push([e.pk, ...r, ...counts]);
    } else refreshed.push([e.pk, ...counts, sum.date, sum.date_start, sum.date_end, location]);
  }
  return { eventRows, refreshed, evMentionRows };
}

// ---- the rows of one document, as JSON arrays (one parameter for all the layers; each row an array, its columns in INGEST_SQL's order) ----

type Pending = { pk: number; entity: Entity; insert: boolean; changed: boolean; keys: Set<string> };
type Row = unknown[];

function entityInsertRows(news: Pending[], perEntity: Map<number, number>): Row[] {
  const rows: Row[] = [];
  for (const p of news) {
    const e = p.entity, c = entityColumns(e);
    rows.push([p.pk, e.id, e.type, c.kind, c.name, c.norm, c.country, c.lat, c.lon, e, perEntity.get(p.pk) ?? 0]);
  }
  return rows;
}

function roleRows(doc: DossierDocument, local: Map<string, number>): Row[] {
  const rows: Row[] = [];
  for (const e of doc.entities) {
    if (!e.roles) continue;
    const pk = local.get(e.id)!;
    for (const r of e.roles) rows.push([pk, r.title, n(r.country), n(r.organization), n(r.evidence?.start), n(r.evidence?.end), n(r.evidence?.text), n(r.rule)]);
  }
  return rows;
}

function mentionRows(doc: DossierDocument, local: Map<string, number>): Row[] {
  const rows: Row[] = new Array(doc.mentions.length);
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    rows[i] = [m.start, m.end, m.text, m.type, m.kind, m.entity ? n(local.get(m.entity)) : null, n(m.metonymFor), m.rule];
  }
  return rows;
}

function timeRows(doc: DossierDocument): Row[] {
  const rows: Row[] = new Array(doc.times.length);
  for (let i = 0; i < doc.times.length; i++) {
    const t = doc.times[i], r = t.range ?? timexRange(t.value);
    rows[i] = [t.start, t.end, t.text, t.type, t.value, n(r?.start), n(r?.end), n(t.anchor), t.rule];
  }
  return rows;
}

function quoteRows(doc: DossierDocument, local: Map<string, number>): Row[] {
  const ent = (x: string | undefined) => (x ? n(local.get(x)) : null);
  const rows: Row[] = new Array(doc.quotes.length);
  for (let i = 0; i < doc.quotes.length; i++) {
    const x = doc.quotes[i];
    rows[i] = [x.kind, x.start, x.end, x.text, ent(x.speaker), ent(x.via), ent(x.addressee), n(x.time), n(eventDate(x.time, doc.published).range?.start),
      n(x.cue?.start), n(x.cue?.end), n(x.cue?.text), n(x.confidence), x.rule, ftsFold(x.text)];
  }
  return rows;
}

function factRows(doc: DossierDocument): Row[] {
  const facts = doc.facts ?? [];
  const rows: Row[] = new Array(facts.length);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i], at = factAnchor(f, doc.text);
    rows[i] = [i, f.kind, at.start, at.end, at.text, f];
  }
  return rows;
}

/** column k of row r of layer i of the one JSON parameter, as SQL: text, or cast */
const col = (k: number, type?: string) => (type === 'jsonb' ? `nullif(r->${k}, 'null'::jsonb)` : type ? `(r->>${k})::${type}` : `r->>${k}`);
/** columns 0… of a row, typed as the comma-separated list says (empty: text) */
const cols = (types: string) => types.split(',').map((t, k) => col(k, t || undefined)).join(', ');
const layer = (i: number) => `jsonb_array_elements($12::jsonb->${i})`;

/**
 * Every row of one document in one statement of data-modifying CTEs ($1–$11 the document's own row,
 * $12 every layer as JSON arrays, expanded here: one parameter, parsed once, instead of an array per column).
 * Its text never changes, so it is prepared once per connection.
 */
const INGEST_SQL = `
  WITH doc AS (
    INSERT INTO documents (pk, id, source, hash, title, published, url, outlet, ingested_at, json, tsv) OVERRIDING SYSTEM VALUE
    VALUES ($1::int, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, to_tsvector('simple', $11::text))),
  ent_new AS (
    INSERT INTO entities (pk, id, type, kind, name, norm, country, lat, lon, json, documents, mentions) OVERRIDING SYSTEM VALUE
    SELECT ${cols('int,,,,,,,float8,float8,jsonb')}, 1, ${col(10, 'int')} FROM ${layer(0)} r),
  ent_upd AS (
    UPDATE entities e SET documents = e.documents + 1, mentions = e.mentions + v.m,
      kind = CASE WHEN v.json IS NULL THEN e.kind ELSE v.kind END, name = coalesce(v.name, e.name), norm = coalesce(v.norm, e.norm),
      country = CASE WHEN v.json IS NULL THEN e.country ELSE v.country END, lat = CASE WHEN v.json IS NULL THEN e.lat ELSE v.lat END,
      lon = CASE WHEN v.json IS NULL THEN e.lon ELSE v.lon END, json = coalesce(v.json, e.json)
    FROM (SELECT ${cols('int,int,,,,,float8,float8,jsonb')} FROM ${layer(1)} r) AS v(pk, m, kind, name, norm, country, lat, lon, json)
    WHERE e.pk = v.pk),
  keys AS (
    INSERT INTO entity_keys (key, entity_pk) SELECT ${cols(',int')} FROM ${layer(2)} r ON CONFLICT DO NOTHING),
  doc_ents AS (
    INSERT INTO document_entities (doc_pk, local_id, entity_pk, mentions)
    SELECT $1::int, ${cols(',int,int')} FROM ${layer(3)} r ON CONFLICT DO NOTHING),
  roles AS (
    INSERT INTO roles (entity_pk, doc_pk, title, country, organization, start, "end", text, rule)
    SELECT ${col(0, 'int')}, $1::int, ${col(1)}, ${col(2)}, ${col(3)}, ${col(4, 'int')}, ${col(5, 'int')}, ${col(6)}, ${col(7)} FROM ${layer(4)} r),
  mentions AS (
    INSERT INTO mentions (doc_pk, start, "end", text, type, kind, entity_pk, metonym_for, rule)
    SELECT $1::int, ${cols('int,int,,,,int,,')} FROM ${layer(5)} r),
  times AS (
    INSERT INTO times (doc_pk, start, "end", text, type, value, range_start, range_end, anchor, rule)
    SELECT $1::int, ${cols('int,int,,,,,,,')} FROM ${layer(6)} r),
  quotes AS (
    -- in the document's order, so quote pks follow it
    INSERT INTO quotes (doc_pk, idx, kind, start, "end", text, speaker_pk, via_pk, addressee_pk, time, date, cue_start, cue_end, cue_text, confidence, rule, tsv)
    SELECT $1::int, i - 1, ${cols(',int,int,,int,int,int,,,int,int,,float8,')}, to_tsvector('simple', ${col(14)})
    FROM jsonb_array_elements($12::jsonb->7) WITH ORDINALITY AS q(r, i) ORDER BY i),
  ev_new AS (
    INSERT INTO events (pk, code, root, quad_class, goldstein, source_pk, target_pk, source_actor, target_actor,
      date, date_start, date_end, location_pk, "symmetric", negated, modality, num_mentions, num_articles, num_sources) OVERRIDING SYSTEM VALUE
    SELECT ${cols('int,,,int,float8,int,int,,,,,,int,int,int,,int,int,int')} FROM ${layer(8)} r),
  ev_mentions AS (
    INSERT INTO event_mentions (event_pk, doc_pk, idx, code, start, "end", text, time, time_source, date,
      date_start, date_end, sentence, quote_idx, negated, modality, location_pk, rule)
    SELECT ${col(0, 'int')}, $1::int, ${col(1, 'int')}, ${col(2)}, ${col(3, 'int')}, ${col(4, 'int')}, ${col(5)}, ${col(6)}, ${col(7)}, ${col(8)},
      ${col(9)}, ${col(10)}, ${col(11, 'int')}, ${col(12, 'int')}, ${col(13, 'int')}, ${col(14)}, ${col(15, 'int')}, ${col(16)} FROM ${layer(9)} r),
  ev_refresh AS (
    UPDATE events e SET num_mentions = v.nm, num_articles = v.na, num_sources = v.ns, date = v.dt, date_start = v.ds, date_end = v.de, location_pk = v.loc
    FROM (SELECT ${cols('int,int,int,int,,,,int')} FROM ${layer(10)} r) AS v(pk, nm, na, ns, dt, ds, de, loc)
    WHERE e.pk = v.pk),
  facts AS (
    INSERT INTO facts (doc_pk, idx, kind, start, "end", text, json)
    SELECT $1::int, ${cols('int,,int,int,,jsonb')} FROM ${layer(11)} r)
  SELECT 1`;
