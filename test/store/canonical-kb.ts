// A knowledge base in a form that does not depend on the order documents arrived in: no row keys,
// every list sorted, entities and events named by their ids and codes. Two ingests of the same
// documents, in any order or by any number of writers, must give equal forms.
import { pgAdapter } from '../../src/store/postgres/adapter.ts';

export interface CanonicalKb {
  counts: Record<string, number>;
  /** per document id: its layers as stored rows (mentions, times, quotes, event mentions, facts) */
  documents: Record<string, string>;
  entities: string[];
  events: string[];
}

export async function canonicalKnowledgeBase(url: string): Promise<CanonicalKb> {
  const db = await pgAdapter(url);
  try {
    const count = async (t: string) => Number((await db.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n);
    const counts: Record<string, number> = {};
    for (const t of ['documents', 'entities', 'entity_keys', 'document_entities', 'mentions', 'roles', 'times', 'quotes', 'events', 'event_mentions', 'facts']) counts[t] = await count(t);
    const documents: Record<string, string> = {};
    const ent = `(SELECT id FROM entities WHERE pk = %s)`;
    const rows = async (sql: string) => (await db.query<{ doc: string; r: string }>(sql)).reduce((m, x) => {
      (m[x.doc] ??= []).push(x.r);
      return m;
    }, {} as Record<string, string[]>);
    const layers = await Promise.all([
      rows(`SELECT d.id AS doc, concat_ws('|', 'm', m.start, m."end", m.type, m.kind, ${ent.replace('%s', 'm.entity_pk')}, m.rule) AS r FROM mentions m JOIN documents d ON d.pk = m.doc_pk`),
      rows(`SELECT d.id AS doc, concat_ws('|', 't', t.start, t."end", t.value) AS r FROM times t JOIN documents d ON d.pk = t.doc_pk`),
      rows(`SELECT d.id AS doc, concat_ws('|', 'q', q.idx, q.start, q."end", ${ent.replace('%s', 'q.speaker_pk')}, ${ent.replace('%s', 'q.via_pk')}) AS r FROM quotes q JOIN documents d ON d.pk = q.doc_pk`),
      rows(`SELECT d.id AS doc, concat_ws('|', 'e', em.idx, em.code, em.start, e.code, ${ent.replace('%s', 'e.source_pk')}, ${ent.replace('%s', 'e.target_pk')}) AS r
            FROM event_mentions em JOIN events e ON e.pk = em.event_pk JOIN documents d ON d.pk = em.doc_pk`),
      rows(`SELECT d.id AS doc, concat_ws('|', 'f', f.idx, f.kind, f.start, f."end", md5(f.json::text)) AS r FROM facts f JOIN documents d ON d.pk = f.doc_pk`),
      rows(`SELECT d.id AS doc, concat_ws('|', 'de', de.local_id, ${ent.replace('%s', 'de.entity_pk')}, de.mentions) AS r FROM document_entities de JOIN documents d ON d.pk = de.doc_pk`),
      rows(`SELECT d.id AS doc, concat_ws('|', 'd', d.hash, md5(d.json::text)) AS r FROM documents d`),
    ]);
    for (const layer of layers) for (const [doc, rs] of Object.entries(layer)) documents[doc] = [documents[doc] ?? '', ...rs.sort()].join('\n');
    const entities = (await db.query<{ r: string }>(`SELECT concat_ws('|', id, type, kind, name, country, documents, mentions, md5(json::text),
        (SELECT string_agg(key, ',' ORDER BY key) FROM entity_keys k WHERE k.entity_pk = e.pk)) AS r FROM entities e`)).map(x => x.r).sort();
    const events = (await db.query<{ r: string }>(`SELECT concat_ws('|', code, ${ent.replace('%s', 'source_pk')}, ${ent.replace('%s', 'target_pk')}, date, date_start, date_end,
        ${ent.replace('%s', 'location_pk')}, num_articles, num_sources, num_mentions) AS r FROM events`)).map(x => x.r).sort();
    return { counts, documents, entities, events };
  } finally {
    await db.close();
  }
}
