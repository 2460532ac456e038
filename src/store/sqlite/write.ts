// Writing one document into SQLite: the document row with its full JSON, its
// entities merged into the global ones, and every layer with its offsets. The
// caller runs this inside one IMMEDIATE transaction, so a kill leaves all or nothing.
import type Database from 'better-sqlite3';
import type { DossierDocument, Entity, EventRecord } from '../../document/types.ts';
import {
  entityClass, entityKeys, eventDate, fixedGlobalId, globalEntity, mergeEntity, normalizeName,
  outletOf, pickCandidate, slug, timexRange,
} from '../merge.ts';
import type { IngestMeta, IngestOutcome } from '../store.ts';
import { closestCompatibleEvent, eventSummary, factAnchor, referencedCountries, type EventMentionFacts } from '../rows.ts';

type DB = Database.Database;
type Stmt = Database.Statement;


const b = (v: boolean | undefined) => (v === undefined ? null : v ? 1 : 0);
const n = <T>(v: T | undefined) => (v === undefined ? null : v);

/** Prepared statements, made once per connection. */
export class Writer {
  private s: Record<string, Stmt>;

  constructor(private db: DB) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      byHash: p('SELECT pk, id FROM documents WHERE hash = ?'),
      bySource: p('SELECT pk, id FROM documents WHERE source = ?'),
      byId: p('SELECT pk FROM documents WHERE id = ?'),
      insertDoc: p(`INSERT INTO documents (id, source, hash, title, published, url, outlet, ingested_at, json)
                    VALUES (@id, @source, @hash, @title, @published, @url, @outlet, @ingestedAt, @json)`),
      insertDocFts: p('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)'),
      entityById: p('SELECT pk, json FROM entities WHERE id = ?'),
      entitiesByKey: p('SELECT e.pk, e.json FROM entity_keys k JOIN entities e ON e.pk = k.entity_pk WHERE k.key = ?'),
      insertEntity: p(`INSERT INTO entities (id, type, kind, name, norm, country, lat, lon, json)
                       VALUES (@id, @type, @kind, @name, @norm, @country, @lat, @lon, @json)`),
      updateEntity: p(`UPDATE entities SET kind = @kind, name = @name, norm = @norm, country = @country, lat = @lat, lon = @lon, json = @json WHERE pk = @pk`),
      insertKey: p('INSERT OR IGNORE INTO entity_keys (key, entity_pk) VALUES (?, ?)'),
      insertDocEntity: p('INSERT OR IGNORE INTO document_entities (doc_pk, local_id, entity_pk, mentions) VALUES (?, ?, ?, ?)'),
      insertMention: p(`INSERT INTO mentions (doc_pk, start, end, text, type, kind, entity_pk, metonym_for, rule)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertRole: p(`INSERT INTO roles (entity_pk, doc_pk, title, country, organization, start, end, text, rule)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertTime: p(`INSERT INTO times (doc_pk, start, end, text, type, value, range_start, range_end, anchor, rule)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuote: p(`INSERT INTO quotes (doc_pk, idx, kind, start, end, text, speaker_pk, via_pk, addressee_pk, time, date,
                        cue_start, cue_end, cue_text, confidence, rule)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuoteFts: p('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)'),
      eventCandidates: p(`SELECT pk, date_start, date_end FROM events
                          WHERE code = ? AND source_pk IS ? AND target_pk IS ?`),
      insertEvent: p(`INSERT INTO events (code, root, quad_class, goldstein, source_pk, target_pk, source_actor, target_actor,
                        date, date_start, date_end, location_pk, symmetric, negated, modality)
                      VALUES (@code, @root, @quadClass, @goldstein, @sourcePk, @targetPk, @sourceActor, @targetActor,
                        @date, @dateStart, @dateEnd, @locationPk, @symmetric, @negated, @modality)`),
      insertEventMention: p(`INSERT INTO event_mentions (event_pk, doc_pk, idx, code, start, end, text, time, time_source, date,
                               date_start, date_end, sentence, quote_idx, negated, modality, location_pk, rule)
                             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertFact: p('INSERT INTO facts (doc_pk, idx, kind, start, end, text, json) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      // deleting a document
      docQuotes: p('SELECT pk, text FROM quotes WHERE doc_pk = ?'),
      deleteQuoteFts: p('DELETE FROM quotes_fts WHERE rowid = ?'),
      deleteDocFts: p('DELETE FROM documents_fts WHERE rowid = ?'),
      docEvents: p('SELECT DISTINCT event_pk FROM event_mentions WHERE doc_pk = ?'),
      docEntities: p('SELECT entity_pk, sum(mentions) AS mentions FROM document_entities WHERE doc_pk = ? GROUP BY entity_pk'),
      countEntity: p('UPDATE entities SET documents = documents + ?, mentions = mentions + ? WHERE pk = ?'),
      deleteDoc: p('DELETE FROM documents WHERE pk = ?'),
      entityUsed: p('SELECT 1 FROM document_entities WHERE entity_pk = ? LIMIT 1'),
      deleteEntity: p('DELETE FROM entities WHERE pk = ?'),
      // keeping merged events right
      eventMentionRows: p(`SELECT em.date, em.date_start, em.date_end, d.pk AS doc_pk, coalesce(d.outlet, d.id) AS outlet, em.location_pk
                           FROM event_mentions em JOIN documents d ON d.pk = em.doc_pk WHERE em.event_pk = ? ORDER BY em.doc_pk, em.idx`),
      deleteEvent: p('DELETE FROM events WHERE pk = ?'),
      updateEventCounts: p(`UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, date = ?, date_start = ?, date_end = ?,
                              location_pk = coalesce(location_pk, ?) WHERE pk = ?`),
    };
  }

  hasHash(hash: string): boolean {
    return this.s.byHash.get(hash) !== undefined;
  }

  /** Removes a document and everything read from it; merged facts lose that source. */
  deleteDocument(docPk: number): void {
    const s = this.s;
    for (const q of s.docQuotes.all(docPk) as { pk: number }[]) s.deleteQuoteFts.run(q.pk);
    s.deleteDocFts.run(docPk);
    const events = (s.docEvents.all(docPk) as { event_pk: number }[]).map(r => r.event_pk);
    const counted = s.docEntities.all(docPk) as { entity_pk: number; mentions: number }[];
    for (const r of counted) s.countEntity.run(-1, -r.mentions, r.entity_pk);
    const entities = counted.map(r => r.entity_pk);
    s.deleteDoc.run(docPk); // mentions, times, quotes, roles, event mentions, facts go by cascade
    for (const e of events) this.refreshEvent(e);
    for (const e of entities) {
      if (!s.entityUsed.get(e)) {
        // an entity no document mentions any more is gone; merged events still naming it go with it
        this.db.prepare('DELETE FROM events WHERE source_pk = ? OR target_pk = ? OR location_pk = ?').run(e, e, e);
        this.db.prepare('UPDATE event_mentions SET location_pk = NULL WHERE location_pk = ?').run(e);
        this.db.prepare('UPDATE quotes SET via_pk = NULL WHERE via_pk = ?').run(e);
        this.db.prepare('UPDATE quotes SET addressee_pk = NULL WHERE addressee_pk = ?').run(e);
        this.db.prepare('UPDATE quotes SET speaker_pk = NULL WHERE speaker_pk = ?').run(e);
        this.db.prepare('UPDATE mentions SET entity_pk = NULL WHERE entity_pk = ?').run(e);
        this.db.prepare('DELETE FROM roles WHERE entity_pk = ?').run(e);
        s.deleteEntity.run(e);
      }
    }
  }

  ingest(doc: DossierDocument, meta: IngestMeta, now: string): IngestOutcome {
    const s = this.s;
    if (s.byHash.get(meta.hash)) {
      const row = s.byHash.get(meta.hash) as { id: string };
      return { status: 'skipped', id: row.id, entities: 0, quotes: 0, events: 0 };
    }
    let status: IngestOutcome['status'] = 'new';
    const old = s.bySource.get(meta.source) as { pk: number; id: string } | undefined;
    if (old) { this.deleteDocument(old.pk); status = 'replaced'; }
    let id = doc.id;
    if (s.byId.get(id)) id = `${doc.id}-${meta.hash.slice(0, 8)}`;
    const stored: DossierDocument = id === doc.id ? doc : { ...doc, id };

    const docPk = Number(s.insertDoc.run({
      id, source: meta.source, hash: meta.hash, title: n(doc.title), published: n(doc.published), url: n(doc.url),
      outlet: n(outletOf(doc.url)), ingestedAt: now, json: JSON.stringify(stored),
    }).lastInsertRowid);
    s.insertDocFts.run(docPk, doc.title ?? '', doc.text);

    // entities: document-local id → global pk
    const local = new Map<string, number>();
    const mentionCount = new Map<string, number>();
    for (const m of doc.mentions) if (m.entity) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
    for (const e of doc.entities) {
      if (local.has(e.id)) continue;
      local.set(e.id, this.resolveEntity(e));
    }
    // ids that layers point at without an entity record: ISO3 countries are known anyway
    for (const c of referencedCountries(doc, id => local.has(id))) local.set(c.id, this.resolveEntity(c));
    const perEntity = new Map<number, number>();
    for (const [lid, pk] of local) {
      s.insertDocEntity.run(docPk, lid, pk, mentionCount.get(lid) ?? 0);
      perEntity.set(pk, (perEntity.get(pk) ?? 0) + (mentionCount.get(lid) ?? 0));
    }
    for (const [pk, mentions] of perEntity) s.countEntity.run(1, mentions, pk);

    for (const e of doc.entities) {
      const pk = local.get(e.id)!;
      for (const r of e.roles ?? []) {
        s.insertRole.run(pk, docPk, r.title, n(r.country), n(r.organization), n(r.evidence?.start), n(r.evidence?.end), n(r.evidence?.text), n(r.rule));
      }
    }
    for (const m of doc.mentions) {
      s.insertMention.run(docPk, m.start, m.end, m.text, m.type, m.kind, m.entity ? n(local.get(m.entity)) : null, n(m.metonymFor), m.rule);
    }
    for (const t of doc.times) {
      const r = t.range ?? timexRange(t.value);
      s.insertTime.run(docPk, t.start, t.end, t.text, t.type, t.value, n(r?.start), n(r?.end), n(t.anchor), t.rule);
    }
    doc.quotes.forEach((q, i) => {
      const date = eventDate(q.time, doc.published).range?.start;
      const pk = Number(s.insertQuote.run(docPk, i, q.kind, q.start, q.end, q.text,
        q.speaker ? n(local.get(q.speaker)) : null, q.via ? n(local.get(q.via)) : null, q.addressee ? n(local.get(q.addressee)) : null,
        n(q.time), n(date), n(q.cue?.start), n(q.cue?.end), n(q.cue?.text), n(q.confidence), q.rule).lastInsertRowid);
      s.insertQuoteFts.run(pk, q.text);
    });
    const touched = new Set<number>();
    doc.events.forEach((ev, i) => touched.add(this.insertEvent(ev, i, docPk, doc.published, local)));
    for (const e of touched) this.refreshEvent(e);
    (doc.facts ?? []).forEach((f, i) => {
      const at = factAnchor(f, doc.text);
      s.insertFact.run(docPk, i, f.kind, at.start, at.end, at.text, JSON.stringify(f));
    });
    return { status, id, entities: local.size, quotes: doc.quotes.length, events: doc.events.length };
  }

  /** The global entity a document entity is: found by its keys and merged, or made. */
  private resolveEntity(e: Entity): number {
    const s = this.s;
    const fixed = fixedGlobalId(e);
    // the stored JSON kept beside the parsed entity: a merge that changes nothing is seen by comparing strings
    let found: { pk: number; entity: Entity; json: string } | undefined;
    if (fixed) {
      const row = s.entityById.get(fixed) as { pk: number; json: string } | undefined;
      if (row) found = { pk: row.pk, entity: JSON.parse(row.json), json: row.json };
    } else {
      const seen = new Map<number, { pk: number; entity: Entity; json: string }>();
      for (const key of entityKeys(e)) {
        for (const row of s.entitiesByKey.all(key) as { pk: number; json: string }[]) {
          if (!seen.has(row.pk)) seen.set(row.pk, { pk: row.pk, entity: JSON.parse(row.json), json: row.json });
        }
      }
      found = pickCandidate([...seen.values()], e);
    }
    if (found) {
      const merged = mergeEntity(found.entity, e);
      const json = JSON.stringify(merged);
      if (json !== found.json) {
        s.updateEntity.run({ pk: found.pk, ...entityColumns(merged), json });
        this.addKeys(found.pk, merged);
      }
      return found.pk;
    }
    const id = fixed ?? this.freeId(e);
    const entity = globalEntity(id, e);
    const pk = Number(s.insertEntity.run({ id, type: e.type, ...entityColumns(entity), json: JSON.stringify(entity) }).lastInsertRowid);
    this.addKeys(pk, entity);
    return pk;
  }

  private addKeys(pk: number, e: Entity): void {
    for (const key of entityKeys(e)) this.s.insertKey.run(key, pk);
    // names and words, for finding entities by what users type
    for (const name of [e.name, ...(e.aliases ?? []), e.id]) {
      const norm = normalizeName(name);
      if (!norm) continue;
      this.s.insertKey.run(`n:${norm}`, pk);
      for (const w of norm.split(' ')) if (w.length > 1) this.s.insertKey.run(`w:${w}`, pk);
    }
  }

  /** The document's own id when free, else with a number: two Karasins get karasin and karasin-2. */
  private freeId(e: Entity): string {
    const base = entityClass(e) === 'country' ? e.id : (/^[a-z0-9-]+$/.test(e.id) && !/^e\d+$/.test(e.id) ? e.id : slug(e.name));
    if (!this.s.entityById.get(base)) return base;
    for (let i = 2; ; i++) if (!this.s.entityById.get(`${base}-${i}`)) return `${base}-${i}`;
  }

  private insertEvent(ev: EventRecord, idx: number, docPk: number, published: string | undefined, local: Map<string, number>): number {
    const s = this.s;
    let sourcePk = ev.source ? local.get(ev.source) ?? null : null;
    let targetPk = ev.target ? local.get(ev.target) ?? null : null;
    // a joint act has no direction: file it one way only, so both tellings merge
    if (ev.symmetric && sourcePk !== null && targetPk !== null && sourcePk > targetPk) [sourcePk, targetPk] = [targetPk, sourcePk];
    const { value: date, range } = eventDate(ev.time, published);
    const locationPk = ev.location ? local.get(ev.location) ?? null : null;
    const candidates = s.eventCandidates.all(ev.code, sourcePk, targetPk) as { pk: number; date_start: string | null; date_end: string | null }[];
    let eventPk = closestCompatibleEvent(candidates, range);
    if (eventPk === undefined) {
      eventPk = Number(s.insertEvent.run({
        code: ev.code, root: n(ev.root ?? ev.code.slice(0, 2)), quadClass: n(ev.quadClass), goldstein: n(ev.goldstein),
        sourcePk, targetPk, sourceActor: n(ev.sourceActor), targetActor: n(ev.targetActor),
        date: n(date), dateStart: n(range?.start), dateEnd: n(range?.end), locationPk,
        symmetric: b(ev.symmetric), negated: b(ev.negated), modality: n(ev.modality),
      }).lastInsertRowid);
    }
    s.insertEventMention.run(eventPk, docPk, idx, ev.code, ev.trigger.start, ev.trigger.end, ev.trigger.text, n(ev.time), n(ev.timeSource),
      n(date), n(range?.start), n(range?.end), n(ev.sentence), n(ev.quote), b(ev.negated), n(ev.modality), locationPk, ev.rule);
    return eventPk;
  }

  /** Recounts a merged event from its mentions and keeps their date (`eventDateOf`); drops it when none is left. */
  refreshEvent(pk: number): void {
    const rows = this.s.eventMentionRows.all(pk) as EventMentionFacts[];
    if (!rows.length) { this.s.deleteEvent.run(pk); return; }
    const e = eventSummary(rows);
    this.s.updateEventCounts.run(e.mentions, e.articles, e.sources, e.date, e.date_start, e.date_end, e.location, pk);
  }
}

function entityColumns(e: Entity) {
  return {
    kind: n(e.kind), name: e.name, norm: normalizeName(e.name), country: n(e.country),
    lat: n(e.geo?.lat), lon: n(e.geo?.lon),
  };
}
