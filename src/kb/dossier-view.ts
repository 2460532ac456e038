// An actor's dossier as people read it, for the CLI's `show` and the page alike: offices name
// their organization ("Apple Computer", not the document's id "apple-computer"), and the places
// are the actor's own (src/kb/present.ts: actorPlaces), not every place its documents mention.
import type { EntityDossier, RoleView, Store } from '../store/store.ts';
import { actorPlaces, type ActorPlace } from './present.ts';

export type NamedRole = RoleView & { organizationName?: string };
export type DossierView = Omit<EntityDossier, 'places' | 'roles'> & { places: ActorPlace[]; roles: NamedRole[] };

export async function dossierView(store: Store, d: EntityDossier): Promise<DossierView> {
  const names = new Map<string, string>();
  for (const r of d.roles) {
    if (!r.organization || names.has(r.organization)) continue;
    const e = await store.getEntity(r.organization);
    names.set(r.organization, e?.name ?? r.organization.replace(/-/g, ' ').replace(/\b\p{Ll}/gu, c => c.toUpperCase()));
  }
  const country = d.entity.country;
  const home = country && country !== d.entity.id ? await store.getEntity(country) : undefined;
  return { ...actorPlaces(d, home), roles: d.roles.map(r => (r.organization ? { ...r, organizationName: names.get(r.organization) } : r)) };
}
