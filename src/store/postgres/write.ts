// Writing one document into PostgreSQL: the same steps as src/store/sqlite/write.ts
// (the merge rules are src/kb/merge.ts, shared), as awaited statements inside the one
// transaction the store opens per document, so a kill or a lost connection leaves all
// or nothing. Full text goes into tsvector columns, folded in JavaScript first.
import type { DossierDocument, Entity, EventRecord } from '../../document/types.ts';
import {
  entityClass, entityKeys, eventDate, fixedGlobalId, globalEntity, mergeEntity, normalizeName,
  outletOf, pickCandidate, slug, timexRange,
} from '../../kb/merge.ts';
import type { IngestMeta, IngestOutcome } from '../store.ts';
import { jsonParam, type Queryable } from './adapter.ts';
import { closestCompatibleEvent, countryName, eventDateOf, factAnchor } from '../rows.ts';


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
 * The stored entities one document's merge can touch, fetched in one query per kind of
 * lookup instead of one per key, and kept up to date with what this document writes,
 * so each lookup sees exactly what a statement inside the transaction would.
 */
class EntityCache {
  private byKey = new Map<string, Set<number>>();
  private byId = new Map<string, number>();
  private json = new Map<number, string>();
  private askedKeys = new Set<string>();
  private askedIds = new Set<string>();

  constructor(private q: Queryable) {}

  async fetchKeys(keys: string[]): Promise<void> {
    const missing = [...new Set(keys)].filter(k => !this.askedKeys.has(k));
    if (!missing.length) return;
    for (const k of missing) this.askedKeys.add(k);
    for (const r of await this.q.query<{ key: string; pk: number; id: string; json: Entity }>(
      `SELECT k.key, e.pk, e.id, e.json FROM entity_keys k JOIN entities e ON e.pk = k.entity_pk WHERE k.key = ANY($1::text[])`, [missing])) {
      this.remember(r.pk, r.id, r.json);
      this.addKey(r.key, r.pk);
    }
  }

  async fetchIds(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter(id => !this.askedIds.has(id));
    if (!missing.length) return;
    for (const id of missing) this.askedIds.add(id);
    for (const r of await this.q.query<{ pk: number; id: string; json: Entity }>('SELECT pk, id, json FROM entities WHERE id = ANY($1::text[])', [missing])) {
      this.remember(r.pk, r.id, r.json);
    }
  }

  /** stored entities under a key, in key-index order (pk ascending), as SQLite's lookup returns them */
  async withKey(key: string): Promise<{ pk: number; entity: Entity }[]> {
    await this.fetchKeys([key]);
    return [...(this.byKey.get(key) ?? [])].sort((a, b) => a - b).map(pk => ({ pk, entity: JSON.parse(this.json.get(pk)!) }));
  }

  async withId(id: string): Promise<{ pk: number; entity: Entity } | undefined> {
    await this.fetchIds([id]);
    const pk = this.byId.get(id);
    return pk === undefined ? undefined : { pk, entity: JSON.parse(this.json.get(pk)!) };
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

export class Writer {
  private cache: EntityCache;

  constructor(private q: Queryable) {
    this.cache = new EntityCache(q);
  }

  private async one<R extends Record<string, any>>(sql: string, params: unknown[]): Promise<R | undefined> {
    return (await this.q.query<R>(sql, params))[0];
  }

  /** Removes a document and everything read from it; merged facts lose that source. */
  async deleteDocument(docPk: number): Promise<void> {
    const q = this.q;
    const events = (await q.query('SELECT DISTINCT event_pk FROM event_mentions WHERE doc_pk = $1', [docPk])).map(r => r.event_pk as number);
    const counted = await q.query('SELECT entity_pk, sum(mentions)::int AS mentions FROM document_entities WHERE doc_pk = $1 GROUP BY entity_pk', [docPk]);
    for (const r of counted) await q.query('UPDATE entities SET documents = documents - 1, mentions = mentions - $1 WHERE pk = $2', [r.mentions, r.entity_pk]);
    await q.query('DELETE FROM documents WHERE pk = $1', [docPk]); // layers and full text go with it
    for (const e of events) await this.refreshEvent(e);
    for (const r of counted) {
      const e = r.entity_pk as number;
      if (await this.one('SELECT 1 FROM document_entities WHERE entity_pk = $1 LIMIT 1', [e])) continue;
      // an entity no document mentions any more is gone; merged events still naming it go with it
      await q.query('DELETE FROM events WHERE source_pk = $1 OR target_pk = $1 OR location_pk = $1', [e]);
      await q.query('UPDATE event_mentions SET location_pk = NULL WHERE location_pk = $1', [e]);
      await q.query('UPDATE quotes SET via_pk = NULL WHERE via_pk = $1', [e]);
      await q.query('UPDATE quotes SET addressee_pk = NULL WHERE addressee_pk = $1', [e]);
      await q.query('UPDATE quotes SET speaker_pk = NULL WHERE speaker_pk = $1', [e]);
      await q.query('UPDATE mentions SET entity_pk = NULL WHERE entity_pk = $1', [e]);
      await q.query('DELETE FROM roles WHERE entity_pk = $1', [e]);
      await q.query('DELETE FROM entities WHERE pk = $1', [e]);
    }
  }

  async ingest(doc: DossierDocument, meta: IngestMeta, now: string): Promise<IngestOutcome> {
    const q = this.q;
    const same = await this.one<{ id: string }>('SELECT id FROM documents WHERE hash = $1', [meta.hash]);
    if (same) return { status: 'skipped', id: same.id, entities: 0, quotes: 0, events: 0 };
    let status: IngestOutcome['status'] = 'new';
    const old = await this.one<{ pk: number }>('SELECT pk FROM documents WHERE source = $1', [meta.source]);
    if (old) { await this.deleteDocument(old.pk); status = 'replaced'; }
    let id = doc.id;
    if (await this.one('SELECT 1 FROM documents WHERE id = $1', [id])) id = `${doc.id}-${meta.hash.slice(0, 8)}`;
    const stored: DossierDocument = id === doc.id ? doc : { ...doc, id };

    const docPk = (await this.one<{ pk: number }>(
      `INSERT INTO documents (id, source, hash, title, published, url, outlet, ingested_at, json, tsv)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, to_tsvector('simple', $10)) RETURNING pk`,
      [id, meta.source, meta.hash, n(doc.title), n(doc.published), n(doc.url), n(outletOf(doc.url)), now, jsonParam(stored),
        ftsFold(`${doc.title ?? ''} ${doc.text}`)]))!.pk;

    // entities: document-local id → global pk
    const local = new Map<string, number>();
    const mentionCount = new Map<string, number>();
    for (const m of doc.mentions) if (m.entity) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
    // one query each for every key and fixed id this document's entities can meet
    await this.cache.fetchKeys(doc.entities.filter(e => !fixedGlobalId(e)).flatMap(e => entityKeys(e)));
    await this.cache.fetchIds(doc.entities.map(e => fixedGlobalId(e)).filter((x): x is string => !!x));
    for (const e of doc.entities) {
      if (local.has(e.id)) continue;
      local.set(e.id, await this.resolveEntity(e));
    }
    // ids that layers point at without an entity record: ISO3 countries are known anyway
    const referenced = new Set<string>();
    for (const m of doc.mentions) { if (m.entity) referenced.add(m.entity); if (m.metonymFor) referenced.add(m.metonymFor); }
    for (const qt of doc.quotes) for (const x of [qt.speaker, qt.via, qt.addressee]) if (x) referenced.add(x);
    for (const ev of doc.events) for (const x of [ev.source, ev.target, ev.location]) if (x) referenced.add(x);
    for (const ref of referenced) {
      if (local.has(ref) || !/^[A-Z]{3}$/.test(ref)) continue;
      const name = countryName(ref);
      if (name) local.set(ref, await this.resolveEntity({ id: ref, type: 'GPE', kind: 'country', name }));
    }
    // the many small rows of a layer go in one statement each: one round trip, not one per row
    const perEntity = new Map<number, number>();
    for (const [lid, pk] of local) perEntity.set(pk, (perEntity.get(pk) ?? 0) + (mentionCount.get(lid) ?? 0));
    const locals = [...local];
    await q.query(`INSERT INTO document_entities (doc_pk, local_id, entity_pk, mentions)
                   SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[]) ON CONFLICT DO NOTHING`,
      [docPk, locals.map(([lid]) => lid), locals.map(([, pk]) => pk), locals.map(([lid]) => mentionCount.get(lid) ?? 0)]);
    await q.query(`UPDATE entities e SET documents = e.documents + 1, mentions = e.mentions + v.m
                   FROM unnest($1::int[], $2::int[]) AS v(pk, m) WHERE e.pk = v.pk`, [[...perEntity.keys()], [...perEntity.values()]]);

    const roles = doc.entities.flatMap(e => (e.roles ?? []).map(r => ({ pk: local.get(e.id)!, r })));
    if (roles.length) {
      await q.query(`INSERT INTO roles (entity_pk, doc_pk, title, country, organization, start, "end", text, rule)
                     SELECT pk, $1, title, country, org, s, e, t, rule
                     FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[]) AS v(pk, title, country, org, s, e, t, rule)`,
        [docPk, roles.map(x => x.pk), roles.map(x => x.r.title), roles.map(x => n(x.r.country)), roles.map(x => n(x.r.organization)),
          roles.map(x => n(x.r.evidence?.start)), roles.map(x => n(x.r.evidence?.end)), roles.map(x => n(x.r.evidence?.text)), roles.map(x => n(x.r.rule))]);
    }
    if (doc.mentions.length) {
      const ms = doc.mentions;
      await q.query(`INSERT INTO mentions (doc_pk, start, "end", text, type, kind, entity_pk, metonym_for, rule)
                     SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[])`,
        [docPk, ms.map(m => m.start), ms.map(m => m.end), ms.map(m => m.text), ms.map(m => m.type), ms.map(m => m.kind),
          ms.map(m => (m.entity ? n(local.get(m.entity)) : null)), ms.map(m => n(m.metonymFor)), ms.map(m => m.rule)]);
    }
    if (doc.times.length) {
      const ts = doc.times;
      const ranges = ts.map(t => t.range ?? timexRange(t.value));
      await q.query(`INSERT INTO times (doc_pk, start, "end", text, type, value, range_start, range_end, anchor, rule)
                     SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])`,
        [docPk, ts.map(t => t.start), ts.map(t => t.end), ts.map(t => t.text), ts.map(t => t.type), ts.map(t => t.value),
          ranges.map(r => n(r?.start)), ranges.map(r => n(r?.end)), ts.map(t => n(t.anchor)), ts.map(t => t.rule)]);
    }
    if (doc.quotes.length) {
      const qs = doc.quotes;
      const ent = (id: string | undefined) => (id ? n(local.get(id)) : null);
      // WITH ORDINALITY numbers the rows, so quote pks follow the document's order
      await q.query(`INSERT INTO quotes (doc_pk, idx, kind, start, "end", text, speaker_pk, via_pk, addressee_pk, time, date,
                       cue_start, cue_end, cue_text, confidence, rule, tsv)
                     SELECT $1, i - 1, kind, s, e, t, sp, via, ad, tm, dt, cs, ce, ct, conf, rule, to_tsvector('simple', fold)
                     FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[], $10::text[],
                                 $11::int[], $12::int[], $13::text[], $14::float8[], $15::text[], $16::text[])
                       WITH ORDINALITY AS v(kind, s, e, t, sp, via, ad, tm, dt, cs, ce, ct, conf, rule, fold, i)
                     ORDER BY i`,
        [docPk, qs.map(x => x.kind), qs.map(x => x.start), qs.map(x => x.end), qs.map(x => x.text),
          qs.map(x => ent(x.speaker)), qs.map(x => ent(x.via)), qs.map(x => ent(x.addressee)),
          qs.map(x => n(x.time)), qs.map(x => n(eventDate(x.time, doc.published).range?.start)),
          qs.map(x => n(x.cue?.start)), qs.map(x => n(x.cue?.end)), qs.map(x => n(x.cue?.text)), qs.map(x => n(x.confidence)),
          qs.map(x => x.rule), qs.map(x => ftsFold(x.text))]);
    }
    const touched = new Set<number>();
    for (const [i, ev] of doc.events.entries()) touched.add(await this.insertEvent(ev, i, docPk, doc.published, local));
    for (const e of touched) await this.refreshEvent(e);
    for (const [i, f] of (doc.facts ?? []).entries()) {
      const at = factAnchor(f, doc.text);
      await q.query('INSERT INTO facts (doc_pk, idx, kind, start, "end", text, json) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)',
        [docPk, i, f.kind, at.start, at.end, at.text, jsonParam(f)]);
    }
    return { status, id, entities: local.size, quotes: doc.quotes.length, events: doc.events.length };
  }

  /** The global entity a document entity is: found by its keys and merged, or made. */
  private async resolveEntity(e: Entity): Promise<number> {
    const fixed = fixedGlobalId(e);
    let found: { pk: number; entity: Entity } | undefined;
    if (fixed) {
      found = await this.cache.withId(fixed);
    } else {
      const seen = new Map<number, { pk: number; entity: Entity }>();
      for (const key of entityKeys(e)) for (const row of await this.cache.withKey(key)) if (!seen.has(row.pk)) seen.set(row.pk, row);
      found = pickCandidate([...seen.values()], e);
    }
    if (found) {
      const merged = mergeEntity(found.entity, e);
      if (canonicalJson(merged) !== canonicalJson(found.entity)) {
        const c = entityColumns(merged);
        await this.q.query('UPDATE entities SET kind = $1, name = $2, norm = $3, country = $4, lat = $5, lon = $6, json = $7::jsonb WHERE pk = $8',
          [c.kind, c.name, c.norm, c.country, c.lat, c.lon, jsonParam(merged), found.pk]);
        this.cache.remember(found.pk, merged.id, JSON.parse(jsonParam(merged)));
        await this.addKeys(found.pk, merged);
      }
      return found.pk;
    }
    const id = fixed ?? await this.freeId(e);
    const entity = globalEntity(id, e);
    const c = entityColumns(entity);
    const pk = (await this.one<{ pk: number }>(
      `INSERT INTO entities (id, type, kind, name, norm, country, lat, lon, json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) RETURNING pk`,
      [id, e.type, c.kind, c.name, c.norm, c.country, c.lat, c.lon, jsonParam(entity)]))!.pk;
    this.cache.remember(pk, id, JSON.parse(jsonParam(entity)));
    await this.addKeys(pk, entity);
    return pk;
  }

  private async addKeys(pk: number, e: Entity): Promise<void> {
    const keys = new Set(entityKeys(e));
    // names and words, for finding entities by what users type
    for (const name of [e.name, ...(e.aliases ?? []), e.id]) {
      const norm = normalizeName(name);
      if (!norm) continue;
      keys.add(`n:${norm}`);
      for (const w of norm.split(' ')) if (w.length > 1) keys.add(`w:${w}`);
    }
    await this.q.query('INSERT INTO entity_keys (key, entity_pk) SELECT k, $2 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING', [[...keys], pk]);
    for (const key of keys) this.cache.addKey(key, pk);
  }

  /** The document's own id when free, else with a number: two Karasins get karasin and karasin-2. */
  private async freeId(e: Entity): Promise<string> {
    const base = entityClass(e) === 'country' ? e.id : (/^[a-z0-9-]+$/.test(e.id) && !/^e\d+$/.test(e.id) ? e.id : slug(e.name));
    const taken = new Set((await this.q.query<{ id: string }>(`SELECT id FROM entities WHERE id = $1 OR id LIKE $2`,
      [base, base.replace(/[\\%_]/g, '\\$&') + '-%'])).map(r => r.id));
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
  }

  private async insertEvent(ev: EventRecord, idx: number, docPk: number, published: string | undefined, local: Map<string, number>): Promise<number> {
    let sourcePk = ev.source ? local.get(ev.source) ?? null : null;
    let targetPk = ev.target ? local.get(ev.target) ?? null : null;
    // a joint act has no direction: file it one way only, so both tellings merge
    if (ev.symmetric && sourcePk !== null && targetPk !== null && sourcePk > targetPk) [sourcePk, targetPk] = [targetPk, sourcePk];
    const { value: date, range } = eventDate(ev.time, published);
    const locationPk = ev.location ? local.get(ev.location) ?? null : null;
    const candidates = await this.q.query<{ pk: number; date_start: string | null; date_end: string | null }>(
      `SELECT pk, date_start, date_end FROM events WHERE code = $1 AND source_pk IS NOT DISTINCT FROM $2::int AND target_pk IS NOT DISTINCT FROM $3::int ORDER BY pk`,
      [ev.code, sourcePk, targetPk]);
    let eventPk = closestCompatibleEvent(candidates, range);
    if (eventPk === undefined) {
      eventPk = (await this.one<{ pk: number }>(
        `INSERT INTO events (code, root, quad_class, goldstein, source_pk, target_pk, source_actor, target_actor,
           date, date_start, date_end, location_pk, "symmetric", negated, modality)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING pk`,
        [ev.code, n(ev.root ?? ev.code.slice(0, 2)), n(ev.quadClass), n(ev.goldstein), sourcePk, targetPk, n(ev.sourceActor), n(ev.targetActor),
          n(date), n(range?.start), n(range?.end), locationPk, b(ev.symmetric), b(ev.negated), n(ev.modality)]))!.pk;
    }
    await this.q.query(`INSERT INTO event_mentions (event_pk, doc_pk, idx, code, start, "end", text, time, time_source, date,
                          date_start, date_end, sentence, quote_idx, negated, modality, location_pk, rule)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [eventPk, docPk, idx, ev.code, ev.trigger.start, ev.trigger.end, ev.trigger.text, n(ev.time), n(ev.timeSource),
        n(date), n(range?.start), n(range?.end), n(ev.sentence), n(ev.quote), b(ev.negated), n(ev.modality), locationPk, ev.rule]);
    return eventPk;
  }

  /** Recounts a merged event from its mentions and keeps their date (`eventDateOf`); drops it when none is left. */
  async refreshEvent(pk: number): Promise<void> {
    type R = { date: string | null; date_start: string | null; date_end: string | null; doc_pk: number; outlet: string; location_pk: number | null };
    const rows = await this.q.query<R>(`SELECT em.date, em.date_start, em.date_end, d.pk AS doc_pk, coalesce(d.outlet, d.id) AS outlet, em.location_pk
                                        FROM event_mentions em JOIN documents d ON d.pk = em.doc_pk WHERE em.event_pk = $1 ORDER BY em.doc_pk, em.idx`, [pk]);
    if (!rows.length) { await this.q.query('DELETE FROM events WHERE pk = $1', [pk]); return; }
    const best = eventDateOf(rows);
    const location = rows.find(r => r.location_pk !== null)?.location_pk ?? null;
    await this.q.query(`UPDATE events SET num_mentions = $1, num_articles = $2, num_sources = $3, date = $4, date_start = $5, date_end = $6,
                          location_pk = coalesce(location_pk, $7) WHERE pk = $8`,
      [rows.length, new Set(rows.map(r => r.doc_pk)).size, new Set(rows.map(r => r.outlet)).size, best.date, best.date_start, best.date_end, location, pk]);
  }
}

function entityColumns(e: Entity) {
  return {
    kind: n(e.kind), name: e.name, norm: normalizeName(e.name), country: n(e.country),
    lat: n(e.geo?.lat), lon: n(e.geo?.lon),
  };
}
