// The one door from the name finder and the entity stage to the world data in src/data:
// countries, demonyms, places, seats of government, known organizations, world regions.
// Lookups are memoized by their exact input: the name finder asks about the same words
// many times per document (and the same country names in every document), and each raw
// lookup folds diacritics first.
import * as data from '../../data/gazetteer.ts';
import { boundedMemo } from '../../data/memo.ts';

export type { Place, Country } from '../../data/gazetteer.ts';

const LIMIT = 200_000;

const NONE = Symbol('none');
const memo = <R>(fn: (s: string) => R) => boundedMemo(fn, LIMIT);

export const lookupPlaces = memo((s: string) => data.lookupPlaces(s));
export const countryByName = memo((s: string) => data.countryByName(s));
export const countryByDemonym = memo((s: string) => data.countryByDemonym(s));
export const countryByIso3 = memo((s: string) => data.countryByIso3(s));
export const seatOfGovernment = memo((s: string) => data.seatOfGovernment(s));
export const knownOrganization = memo((s: string) => data.knownOrganization(s));
export const worldRegion = memo((s: string) => data.worldRegion(s));
const resolved = new Map<string, data.Place | typeof NONE>();
/** The place a name means given the document's countries; memoized by both. */
export function resolvePlace(name: string, context: { countries?: string[] } = {}): data.Place | undefined {
  const key = name + '|' + (context.countries ?? []).join(',');
  const hit = resolved.get(key);
  if (hit !== undefined) return hit === NONE ? undefined : hit;
  const p = data.resolvePlace(name, context);
  if (resolved.size >= LIMIT) resolved.clear();
  resolved.set(key, p ?? NONE);
  return p;
}
