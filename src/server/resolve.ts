// From a document's own entity id to the knowledge base's merged entity. A page
// link from a document carries the document id; ids are unique within a
// document, while the store's ids are global (two documents' "karasin" may be
// one person, or two). The document's entity tells us the name and type to look for.
import type { EntityDossier, Store } from '../store/store.ts';

export async function entityDossier(store: Store, id: string, document?: string): Promise<EntityDossier | undefined> {
  // by id or exact name only: a word match is a search (/api/search), not an entity ("a" is not Airbus)
  const exact = { exact: true };
  if (!document) return store.entityDossier(id, exact);
  const doc = await store.getDocument(document);
  const local = doc?.entities.find(e => e.id === id);
  if (!local) return store.entityDossier(id, exact);
  const direct = await store.entityDossier(id, exact);
  // the same id in the store is the same entity when it is known by this name and held in this document
  if (direct && sameName(direct, local.name) && direct.documents.some(d => d.id === document)) return direct;
  const candidates = await store.findEntities({ q: local.name, type: local.type, limit: 20 });
  for (const c of candidates) {
    const dossier = await store.entityDossier(c.id, exact);
    if (dossier && dossier.documents.some(d => d.id === document) && sameName(dossier, local.name)) return dossier;
  }
  return direct ?? (candidates[0] ? store.entityDossier(candidates[0].id, exact) : undefined);
}

function sameName(d: EntityDossier, name: string): boolean {
  const n = name.toLowerCase();
  return d.entity.name.toLowerCase() === n || d.aliases.some(a => a.toLowerCase() === n);
}
