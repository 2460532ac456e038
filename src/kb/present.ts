// How stored items are put before a person: pure helpers the CLI and the page share
// (the page bundles this file, so nothing here touches Node).

/** Quotes minus those inside another quote of the same document ("I said, 'If you…'" holds "If you…"): each quote once. */
export function outermostQuotes<T extends { document: string; start: number; end: number }>(quotes: T[]): T[] {
  const byDoc = new Map<string, T[]>();
  for (const q of quotes) { const l = byDoc.get(q.document) ?? []; l.push(q); byDoc.set(q.document, l); }
  return quotes.filter(q => !(byDoc.get(q.document) ?? []).some(o => o !== q && o.start <= q.start && o.end >= q.end && (o.end - o.start) > (q.end - q.start)));
}

const UNITS: [string, string][] = [['Y', 'year'], ['M', 'month'], ['W', 'week'], ['D', 'day']];
const TIME_UNITS: [string, string][] = [['H', 'hour'], ['M', 'minute'], ['S', 'second']];

/** A TIMEX3 duration in words: "P15Y" → "15 years", "P2Y6M" → "2 years 6 months", "PT3H" → "3 hours"; anything else as it is. */
export function durationWords(value: string | undefined): string | undefined {
  if (!value) return value;
  const m = /^P(?:(\d+(?:\.\d+)?|X)Y)?(?:(\d+(?:\.\d+)?|X)M)?(?:(\d+(?:\.\d+)?|X)W)?(?:(\d+(?:\.\d+)?|X)D)?(?:T(?:(\d+(?:\.\d+)?|X)H)?(?:(\d+(?:\.\d+)?|X)M)?(?:(\d+(?:\.\d+)?|X)S)?)?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return value;
  const parts: string[] = [];
  const say = (n: string | undefined, unit: string) => {
    if (n === undefined) return;
    parts.push(n === 'X' ? `some ${unit}s` : `${n} ${unit}${n === '1' ? '' : 's'}`);
  };
  UNITS.forEach(([, unit], i) => say(m[i + 1], unit));
  TIME_UNITS.forEach(([, unit], i) => say(m[i + 5], unit));
  return parts.length ? parts.join(' ') : value;
}

/** A direct quote's words for its marks: the comma, semicolon or colon that ends it belongs to the sentence around it ("…there," he said). */
export const quotedWords = (text: string) => text.replace(/[,;:]\s*$/, '');

/** "1 document", "2 documents". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A place on an actor's map, and why it is there. */
export interface ActorPlace {
  id: string; name: string; kind?: string; country?: string; lat: number; lon: number;
  /** the actor's events that took place there */
  events: number;
  documents: number;
  /** 'event': where its events happened; 'base': where it is (itself a place, or its home state) */
  role: 'event' | 'base';
}

interface DossierLike {
  entity: { id: string; kind?: string; country?: string; geo?: { lat: number; lon: number }; name: string };
  events: { location?: string; locationName?: string; lat?: number; lon?: number }[];
  places: { id: string; name: string; kind?: string; country?: string; lat: number; lon: number; documents: number }[];
}

/**
 * The places that belong to an actor: where its events happened (weighted by how many), and
 * where it is based (the actor itself when it is a place, else `home`, its state's entity) — not
 * every place its documents happen to mention.
 */
export function actorPlaces<T extends DossierLike>(d: T, home?: DossierLike['entity']): Omit<T, 'places'> & { places: ActorPlace[] } {
  const known = new Map(d.places.map(p => [p.id, p]));
  const out = new Map<string, ActorPlace>();
  for (const e of d.events) {
    if (!e.location || e.lat === undefined || e.lon === undefined) continue;
    const had = out.get(e.location);
    if (had) { had.events++; continue; }
    const p = known.get(e.location);
    out.set(e.location, { id: e.location, name: e.locationName ?? p?.name ?? e.location, kind: p?.kind, country: p?.country, lat: e.lat, lon: e.lon, events: 1, documents: p?.documents ?? 0, role: 'event' });
  }
  const self = d.entity.geo ? { id: d.entity.id, name: d.entity.name, kind: d.entity.kind, country: d.entity.country, lat: d.entity.geo.lat, lon: d.entity.geo.lon, documents: known.get(d.entity.id)?.documents ?? 0 } : undefined;
  const state = home?.geo ? { id: home.id, name: home.name, kind: home.kind, country: home.country ?? home.id, lat: home.geo.lat, lon: home.geo.lon, documents: known.get(home.id)?.documents ?? 0 } : undefined;
  const base = self ?? state;
  if (base && !out.has(base.id)) out.set(base.id, { id: base.id, name: base.name, kind: base.kind, country: base.country, lat: base.lat, lon: base.lon, events: 0, documents: base.documents, role: 'base' });
  return { ...d, places: [...out.values()] };
}

/**
 * What a rule found, in plain words, from the descriptions table (data/rules/descriptions.tsv):
 * the longest prefix of the id wins; "+stage" suffixes say a later stage revised the item.
 */
export function describeRule(descriptions: ReadonlyMap<string, string>, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const [base, ...revisions] = id.split('+');
  const parts = base.split('.');
  for (let n = parts.length; n > 0; n--) {
    const text = descriptions.get(parts.slice(0, n).join('.'));
    if (text === undefined) continue;
    const said = text.replace('{next}', parts[n] ?? '');
    return revisions.length ? `${said} (then revised by ${revisions.join(', ')})` : said;
  }
  return undefined;
}
