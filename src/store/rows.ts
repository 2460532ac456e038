// Database rows to the Store's JSON shapes: pure and shared by every backend, so the
// SQLite and PostgreSQL answers are built by the same code (only the SQL differs).
import { createRequire } from 'node:module';
import type { DossierDocument, Entity } from '../document/types.ts';
import { knownEnd, machineDate } from '../document/open-range.ts';
import { datesCompatible, normalizeName, type DateRange } from './merge.ts';
import type { DocumentSummary, EntitySummary, EventMentionView, QuoteView, RoleView, StoredEvent, TimelineEntry } from './store.ts';

export type Row = Record<string, any>;

/** SQL NULL as an absent field. */
export const u = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

export const MAX_LIMIT = 100_000;
/** documents listed on an actor's dossier */
export const DOSSIER_DOCUMENTS = 200;
export const lim = (v: number | undefined, d: number) => Math.max(0, Math.min(MAX_LIMIT, Math.floor(v ?? d)));

/** Drops undefined fields so JSON output stays small and stable. */
export function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** The span a fact's row stands for: its first evidence span (the one its rule rests on), never the
 * stretch from its first to its last citation, which in a long report is the whole document. */
export function factAnchor(f: { evidence?: { start: number; end: number }[] }, text: string): { start: number | null; end: number | null; text: string | null } {
  const first = f.evidence?.[0];
  return first ? { start: first.start, end: first.end, text: text.slice(first.start, first.end) } : { start: null, end: null, text: null };
}

/** Where the first of the search words starts in a text (for a snippet cut in JavaScript), else 0. */
export function firstMatch(text: string, words: string[]): number {
  const lower = text.normalize('NFKD').toLowerCase();
  let best = -1;
  for (const w of words) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
    const m = re.exec(lower);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  // NFKD may lengthen text before the hit; clamp to the original
  return Math.max(0, Math.min(best, text.length));
}

export function docSummary(r: Row): DocumentSummary {
  return clean({ id: r.id, title: u(r.title), published: u(r.published), url: u(r.url), source: u(r.source), hash: u(r.hash), ingestedAt: u(r.ingested_at) }) as DocumentSummary;
}

/** `entity` is the row's parsed JSON (SQLite stores text, PostgreSQL jsonb). */
export function entitySummary(r: Row, entity: Entity): EntitySummary {
  return clean({
    id: r.id, name: r.name, type: r.type, kind: u(r.kind), country: u(r.country), aliases: entity.aliases?.length ? entity.aliases : undefined,
    lat: u(r.lat), lon: u(r.lon), documents: r.documents, mentions: r.mentions,
  }) as EntitySummary;
}

/** An event mention row joined with its document (doc_id, published, title, url). */
export function eventMentionView(m: Row): EventMentionView {
  return clean({
    document: m.doc_id, start: m.start, end: m.end, text: m.text, published: u(m.published), title: u(m.title), url: u(m.url),
    code: m.code, time: machineDate(u(m.time)), timeSource: u(m.time_source), sentence: u(m.sentence), quote: u(m.quote_idx),
    negated: m.negated === null ? undefined : !!m.negated, modality: u(m.modality), rule: m.rule,
  });
}

/** A merged event row joined with its actors and place, and its mentions. */
export function storedEvent(r: Row, mentions: EventMentionView[]): StoredEvent {
  return clean({
    id: `ev-${r.pk}`, code: r.code, root: u(r.root), quadClass: u(r.quad_class), goldstein: u(r.goldstein),
    source: u(r.source_id), sourceName: u(r.source_name), sourceActor: u(r.source_actor),
    target: u(r.target_id), targetName: u(r.target_name), targetActor: u(r.target_actor),
    // open ends ("in the past") are stored as far-off days for range queries, never shown as such
    date: machineDate(u(r.date)), dateStart: knownEnd(u(r.date_start)), dateEnd: knownEnd(u(r.date_end)),
    location: u(r.location_id), locationName: u(r.location_name), lat: u(r.lat), lon: u(r.lon),
    symmetric: r.symmetric === null ? undefined : !!r.symmetric, negated: r.negated === null ? undefined : !!r.negated, modality: u(r.modality),
    numArticles: r.num_articles, numSources: r.num_sources, numMentions: r.num_mentions, mentions,
  }) as StoredEvent;
}

/** A quote row joined with its document and the names of its speaker, medium and addressee. */
export function quoteView(r: Row): QuoteView {
  return clean({
    id: `q-${r.pk}`, document: r.doc_id, documentTitle: u(r.doc_title), published: u(r.published), url: u(r.url),
    kind: r.kind, text: r.text, start: r.start, end: r.end,
    speaker: u(r.speaker_id), speakerName: u(r.speaker_name), via: u(r.via_id), viaName: u(r.via_name),
    addressee: u(r.addressee_id), addresseeName: u(r.addressee_name), time: machineDate(u(r.time ?? r.published)),
    cue: r.cue_start !== null ? { document: r.doc_id, start: r.cue_start, end: r.cue_end, text: r.cue_text } : undefined,
    confidence: u(r.confidence), rule: r.rule,
  }) as QuoteView;
}

/**
 * The date a merged event keeps from its mentions' dates: the most precise, except that a span of days said
 * as such ("June 19-24") is kept over a day inside it told elsewhere ("June 24"): the event lasted the span.
 */
export function eventDateOf<T extends { date: string | null; date_start: string | null; date_end: string | null }>(rows: readonly T[]): T {
  const span = (r: T) => (r.date_start && r.date_end ? Date.parse(r.date_end) - Date.parse(r.date_start) : Infinity);
  let best = rows[0];
  for (const r of rows) if (span(r) < span(best)) best = r;
  const inside = (r: T, outer: T) => !!(r.date_start && outer.date_start && r.date_end && outer.date_end && r.date_start >= outer.date_start && r.date_end <= outer.date_end);
  const dayRange = rows.find(r => r.date?.includes('/') && /^\d{4}-\d{2}-\d{2}\//.test(r.date) && rows.every(x => x === r || !x.date_start || inside(x, r)));
  return dayRange ?? best;
}

/** One event mention as the merged event's counts read it. */
export interface EventMentionFacts { date: string | null; date_start: string | null; date_end: string | null; doc_pk: number; outlet: string; location_pk: number | null }

/** A merged event's counts, date and place from all its mentions (at least one), as both backends store them:
 * mentions, articles, sources, the date `eventDateOf` keeps, and the first place a mention gives. */
export function eventSummary(mentions: readonly EventMentionFacts[]) {
  const best = eventDateOf(mentions);
  return {
    mentions: mentions.length, articles: new Set(mentions.map(m => m.doc_pk)).size, sources: new Set(mentions.map(m => m.outlet)).size,
    date: best.date, date_start: best.date_start, date_end: best.date_end, location: mentions.find(m => m.location_pk !== null)?.location_pk ?? null,
  };
}

/** Of the stored events with the same code and actors, the one whose dates fit and start nearest, or undefined. */
export function closestCompatibleEvent(candidates: { pk: number; date_start: string | null; date_end: string | null }[], range: DateRange | undefined): number | undefined {
  let eventPk: number | undefined;
  let best = Infinity;
  for (const c of candidates) {
    const cr = c.date_start && c.date_end ? { start: c.date_start, end: c.date_end, days: 0 } : undefined;
    if (cr) cr.days = Math.round((Date.parse(cr.end) - Date.parse(cr.start)) / 86_400_000) + 1;
    if (!datesCompatible(cr, range)) continue;
    const gap = cr && range ? Math.abs(Date.parse(cr.start) - Date.parse(range.start)) : 0;
    if (gap < best) { best = gap; eventPk = c.pk; }
  }
  return eventPk;
}

/** Role rows (joined with their documents, oldest first) gathered into offices with every source and first/last seen. */
export function roleViews(rows: Row[]): RoleView[] {
  const byKey = new Map<string, RoleView>();
  for (const r of rows) {
    const key = `${normalizeName(r.title)}|${r.country ?? ''}|${r.organization ?? ''}`;
    let v = byKey.get(key);
    if (!v) {
      v = { title: r.title, ...(r.country ? { country: r.country } : {}), ...(r.organization ? { organization: r.organization } : {}), sources: [] };
      byKey.set(key, v);
    }
    if (r.published) {
      if (!v.firstSeen || r.published < v.firstSeen) v.firstSeen = r.published;
      if (!v.lastSeen || r.published > v.lastSeen) v.lastSeen = r.published;
    }
    if (r.start !== null) v.sources.push({ document: r.id, start: r.start, end: r.end, text: r.text, published: u(r.published), title: u(r.doc_title), url: u(r.url) });
    else v.sources.push({ document: r.id, start: 0, end: 0, text: '', published: u(r.published), title: u(r.doc_title), url: u(r.url) });
  }
  return [...byKey.values()];
}

const require = createRequire(import.meta.url);
let countryNames: Map<string, string> | undefined;
/** The common English name of a state, for a country entity first met through its code. */
export function countryName(iso3: string): string | undefined {
  countryNames ??= new Map((require('world-countries/countries.json') as { cca3: string; name: { common: string } }[]).map(c => [c.cca3, c.name.common]));
  return countryNames.get(iso3);
}

/**
 * Country entities for the ids a document's layers point at without an entity record of their
 * own (an ISO 3166 alpha-3 code is a known state anyway), skipping those `known` already has.
 */
export function referencedCountries(doc: DossierDocument, known: (id: string) => boolean): Entity[] {
  const refs = new Set<string>();
  for (const m of doc.mentions) { if (m.entity) refs.add(m.entity); if (m.metonymFor) refs.add(m.metonymFor); }
  for (const q of doc.quotes) for (const x of [q.speaker, q.via, q.addressee]) if (x) refs.add(x);
  for (const ev of doc.events) for (const x of [ev.source, ev.target, ev.location]) if (x) refs.add(x);
  const out: Entity[] = [];
  for (const ref of refs) {
    if (known(ref) || !/^[A-Z]{3}$/.test(ref)) continue;
    const name = countryName(ref);
    if (name) out.push({ id: ref, type: 'GPE', kind: 'country', name });
  }
  return out;
}

/** Events and quotes in one list by date (an event's start, a quote's day, else its document's). */
export function mergeTimeline(events: StoredEvent[], quotes: QuoteView[], limit: number): TimelineEntry[] {
  const out: TimelineEntry[] = [
    ...events.map(e => ({ kind: 'event' as const, date: e.dateStart ?? e.date ?? '', event: e })),
    ...quotes.map(q => ({ kind: 'quote' as const, date: (q.time && /^\d{4}-\d{2}-\d{2}/.test(q.time) ? q.time.slice(0, 10) : q.published) ?? '', quote: q })),
  ];
  out.sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'));
  return out.slice(0, limit);
}
