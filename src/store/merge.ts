// Merging across documents: which document entities are the same actor, and
// which event reports tell the same event. Pure functions; the store looks up
// candidates by the keys given here and asks these functions to decide.
import type { Entity } from '../document/types.ts';
import { OPEN_END, OPEN_START } from '../document/open-range.ts';

export type EntityClass = 'country' | 'place' | 'person' | 'org' | 'other';

const PLACE_KINDS = new Set(['city', 'region', 'district', 'area', 'facility']);
const ORG_KINDS = new Set(['media', 'igo', 'armed-group', 'armed group', 'military', 'government', 'company', 'party', 'org']);

/** Lowercase, accents and punctuation off, a leading "the" dropped, spaces single. */
export function normalizeName(s: string): string {
  let v = normCache.get(s);
  if (v === undefined) {
    if (normCache.size > 50_000) normCache.clear();
    v = normalizeUncached(s);
    normCache.set(s, v);
  }
  return v;
}
const normCache = new Map<string, string>();

function normalizeUncached(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’'`]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

export function entityClass(e: Entity): EntityClass {
  if (e.kind === 'country' || (/^[A-Z]{3}$/.test(e.id) && (e.type === 'GPE' || e.type === 'NORP'))) return 'country';
  if (e.type === 'PERSON' || e.kind === 'person') return 'person';
  if (e.kind && ORG_KINDS.has(e.kind)) return 'org';
  if (e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC' || (e.kind && PLACE_KINDS.has(e.kind)) || e.geo) return 'place';
  if (e.type === 'ORG') return 'org';
  return 'other';
}

/** The lookup keys of an entity: candidates share at least one. The first is the strongest. */
export function entityKeys(e: Entity): string[] {
  const cls = entityClass(e);
  const norm = normalizeName(e.name);
  switch (cls) {
    case 'country': return [`iso:${e.id.length === 3 && /^[A-Z]{3}$/.test(e.id) ? e.id : (e.country ?? norm)}`];
    case 'place': {
      const keys: string[] = [];
      if (e.geo?.geonameId) keys.push(`geo:${e.geo.geonameId}`);
      keys.push(`place:${norm}|${e.country ?? ''}`);
      return keys;
    }
    case 'person': {
      const tokens = norm.split(' ').filter(Boolean);
      return [`person:${tokens[tokens.length - 1] ?? norm}`];
    }
    case 'org': {
      const names = new Set([norm, ...(e.aliases ?? []).map(normalizeName)].filter(Boolean));
      return [...names].map(n => `org:${n}`);
    }
    default: return [`other:${e.type}:${norm}`];
  }
}

/** The global id a country takes, or undefined when the merge must look for candidates. */
export function fixedGlobalId(e: Entity): string | undefined {
  if (entityClass(e) !== 'country') return undefined;
  const k = entityKeys(e)[0].slice(4);
  return /^[A-Z]{3}$/.test(k) ? k : undefined;
}

/** "V." matches "Vladimir", "Vladimir" matches "Vladimir". */
function tokenCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/**
 * Two person names are one person's when their last names agree and every other
 * word of the shorter name matches, in order, a word of the longer ("Putin" ~
 * "Vladimir Putin" ~ "V. Putin"; "Ivan Karasin" ≁ "Grigory Karasin").
 */
export function personNamesCompatible(a: string, b: string): boolean {
  let x = normalizeName(a).split(' ').filter(Boolean);
  let y = normalizeName(b).split(' ').filter(Boolean);
  if (!x.length || !y.length) return false;
  if (x.length > y.length) [x, y] = [y, x];
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  let j = 0;
  for (let i = 0; i < x.length - 1; i++) {
    while (j < y.length - 1 && !tokenCompatible(x[i], y[j])) j++;
    if (j >= y.length - 1) return false;
    j++;
  }
  return true;
}

const countriesAgree = (a?: string, b?: string) => !a || !b || a === b;

/**
 * How well a stored entity fits a document entity: undefined when they are not the
 * same, else a score (higher is better). Countries and ISO codes merge by key alone.
 */
export function matchScore(stored: Entity, incoming: Entity): number | undefined {
  const cls = entityClass(incoming);
  if (entityClass(stored) !== cls) return undefined;
  switch (cls) {
    case 'country': return 10;
    case 'person': {
      if (!countriesAgree(stored.country, incoming.country)) return undefined;
      const names = [stored.name, ...(stored.aliases ?? [])];
      if (!names.some(n => personNamesCompatible(n, incoming.name))) return undefined;
      // a stored full name that disagrees with the incoming full name is another person
      if (!personNamesCompatible(stored.name, incoming.name)) return undefined;
      let score = 1;
      if (normalizeName(stored.name) === normalizeName(incoming.name)) score += 2;
      if (stored.country && stored.country === incoming.country) score += 2;
      return score;
    }
    case 'place': {
      const a = stored.geo?.geonameId, b = incoming.geo?.geonameId;
      if (a && b) return a === b ? 10 : undefined;
      if (!countriesAgree(stored.country, incoming.country)) return undefined;
      return normalizeName(stored.name) === normalizeName(incoming.name) ? 3 : undefined;
    }
    case 'org': {
      if (stored.country && incoming.country && stored.country !== incoming.country) return undefined;
      const mine = new Set([stored.name, ...(stored.aliases ?? [])].map(normalizeName));
      const theirs = [incoming.name, ...(incoming.aliases ?? [])].map(normalizeName);
      return theirs.some(n => mine.has(n)) ? (mine.has(normalizeName(incoming.name)) ? 3 : 2) : undefined;
    }
    default:
      return stored.type === incoming.type && normalizeName(stored.name) === normalizeName(incoming.name) ? 1 : undefined;
  }
}

/**
 * Picks the stored entity a document entity is. A short name that fits several
 * different people ("Karasin" with no country, two Karasins stored) merges with none.
 */
export function pickCandidate<T extends { entity: Entity }>(candidates: T[], incoming: Entity): T | undefined {
  const scored = candidates.map(c => ({ c, s: matchScore(c.entity, incoming) })).filter(x => x.s !== undefined) as { c: T; s: number }[];
  if (!scored.length) return undefined;
  scored.sort((a, b) => b.s - a.s);
  if (scored.length > 1 && scored[0].s === scored[1].s && entityClass(incoming) === 'person') return undefined;
  return scored[0].c;
}

/** The stored entity grown by what one more document says about it. */
export function mergeEntity(stored: Entity, incoming: Entity): Entity {
  const out: Entity = { ...stored };
  const cls = entityClass(incoming);
  // a person's longer compatible name becomes the name; the shorter stays an alias
  let name = stored.name;
  if (cls === 'person' && normalizeName(incoming.name).split(' ').length > normalizeName(stored.name).split(' ').length) name = incoming.name;
  out.name = name;
  const aliases = new Set<string>(stored.aliases ?? []);
  for (const a of [stored.name, incoming.name, ...(incoming.aliases ?? [])]) if (a && normalizeName(a) !== normalizeName(name)) aliases.add(a);
  if (aliases.size) out.aliases = [...aliases].slice(0, 50); else delete out.aliases;
  out.country ??= incoming.country;
  out.geo ??= incoming.geo;
  out.kind ??= incoming.kind;
  out.metonymFor ??= incoming.metonymFor;
  // roles are kept per document in the store, not on the merged entity
  delete out.roles;
  return out;
}

/** A new global entity from a document's: roles live in their own table. */
export function globalEntity(id: string, e: Entity): Entity {
  const { roles: _roles, rule: _rule, ...rest } = e;
  return { ...rest, id };
}

/** A slug for ids: lowercase ASCII words joined by "-". */
export function slug(s: string): string {
  return normalizeName(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
}

// ---- dates ----

export interface DateRange { start: string; end: string; /** days in the range */ days: number }

const DAY_MS = 86_400_000;
function days(a: string, b: string): number { return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS) + 1; }
function lastDay(y: number, m: number): number { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }
const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar extent of a TIMEX3 value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, with time), or undefined. */
export function timexRange(value: string | undefined): DateRange | undefined {
  if (!value) return undefined;
  const slash = value.indexOf('/');
  if (slash > 0) {
    // an interval: from the start of its first end to the end of its second
    // ISO 8601-2 open ends ("../2017-10-10", "2017-10-10/..") are the placeholders the store keeps internally
    const first = value.slice(0, slash), second = value.slice(slash + 1);
    const a = timexRange(first === '..' ? OPEN_START : first), b = timexRange(second === '..' ? OPEN_END : second);
    if (a && b && a.start <= b.end) return { start: a.start, end: b.end, days: days(a.start, b.end) };
    return a ?? b;
  }
  const v = value;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) { const d = `${m[1]}-${m[2]}-${m[3]}`; return { start: d, end: d, days: 1 }; }
  m = /^(\d{4})-W(\d{2})/.exec(v);
  if (m) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (+m[2] - 1) * 7 * DAY_MS;
    return { start: new Date(monday).toISOString().slice(0, 10), end: new Date(monday + 6 * DAY_MS).toISOString().slice(0, 10), days: 7 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) { const s = `${m[1]}-${m[2]}-01`, e = `${m[1]}-${m[2]}-${pad(lastDay(+m[1], +m[2]))}`; return { start: s, end: e, days: days(s, e) }; }
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) { const q = +m[2]; const s = `${m[1]}-${pad(q * 3 - 2)}-01`, e = `${m[1]}-${pad(q * 3)}-${pad(lastDay(+m[1], q * 3))}`; return { start: s, end: e, days: days(s, e) }; }
  m = /^(\d{4})-(SP|SU|FA|WI|H1|H2)$/.exec(v);
  if (m) {
    const y = m[1];
    const span: Record<string, [string, string]> = { SP: ['03-01', '05-31'], SU: ['06-01', '08-31'], FA: ['09-01', '11-30'], WI: ['12-01', '02-28'], H1: ['01-01', '06-30'], H2: ['07-01', '12-31'] };
    const [a, b] = span[m[2]];
    const s = `${y}-${a}`, e = m[2] === 'WI' ? `${+y + 1}-${b}` : `${y}-${b}`;
    return { start: s, end: e, days: days(s, e) };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, days: 365 };
  return undefined;
}

/**
 * Two event dates are compatible when their extents overlap and neither is vaguer
 * than a month: "June 2017" holds "24 June 2017", "2017" alone joins nothing dated.
 * Two undated reports are compatible with each other.
 */
export function datesCompatible(a: DateRange | undefined, b: DateRange | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.days > 31 || b.days > 31) return a.start === b.start && a.end === b.end;
  return a.start <= b.end && b.start <= a.end;
}

/** The date an event is filed under: its own time when it reads as a date, else the publication date. */
export function eventDate(time: string | undefined, published: string | undefined): { value?: string; range?: DateRange } {
  const r = timexRange(time);
  if (r) return { value: time, range: r };
  const p = timexRange(published);
  return p ? { value: published, range: p } : {};
}

/** The host a document came from, for counting sources ("www.rferl.org" → "rferl.org"). */
export function outletOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try { return new URL(url).hostname.replace(/^www\./, '') || undefined; } catch { return undefined; }
}
