// Facilities and agreements across documents: the same facility told by several
// reports becomes one, with every source kept; a facility's lease terms come
// from the agreements whose subject it is. Pure functions over stored rows, so
// every Store backend answers `facilities` and `agreements` the same way.
import type { AgreementFact, FacilityFact, ProposalFact, StatusChange } from '../document/facts.ts';
import type { SourceSpan, StoredFact } from './store.ts';
import { wordsOfKind } from '../data/lexicon.ts';

export type { StoredFact } from './store.ts';

export interface FacilityView {
  id: string;
  name: string;
  aliases: string[];
  facilityType: string;
  host?: string;
  operator?: string;
  /** no report said who runs it: the company the reports are about was taken */
  operatorInferred?: boolean;
  status?: string;
  /** when it took that status, as the latest report tells */
  statusTime?: string;
  opened?: string;
  lat?: number;
  lon?: number;
  units: string[];
  locatedIn: string[];
  /** the latest lease or basing agreement's end, and with its extension (derived) */
  leaseEnds?: string;
  leaseEndsWithExtension?: string;
  /** every step the reports tell, in time order (a step the text leaves undated is placed at its report's date) */
  history: (Omit<StatusChange, 'evidence'> & { byName?: string; source: SourceSpan })[];
  agreements: string[];
  proposals: { proposer?: string; time?: string; location?: string; fate?: string; source: SourceSpan }[];
  sources: SourceSpan[];
}

export interface AgreementView {
  id: string;
  agreementType: string;
  parties: string[];
  partyNames: string[];
  status?: string;
  signed?: string;
  term?: string;
  extension?: AgreementFact['extension'];
  ends?: string;
  endsWithExtension?: string;
  subject?: string;
  facility?: string;
  consideration?: { text: string; amount?: number; currency?: string; nature?: string; per?: string }[];
  sources: SourceSpan[];
}

export interface FacilityFilter { host?: string; operator?: string; status?: string }
export interface AgreementFilter { party?: string; type?: string }

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function mergeFacilities(rows: StoredFact[], filter: FacilityFilter = {}): FacilityView[] {
  const views: FacilityView[] = [];
  const keys = new Map<FacilityView, Set<string>>();
  const agreements = mergeAgreements(rows);
  for (const row of rows) {
    if (row.fact.kind !== 'facility') continue;
    const f = row.fact;
    // the same facility in another report: same host (or one unsaid) and a distinctive name word in common
    const words = distinctiveWords([f.name, ...f.aliases]);
    let view = views.find(v => (v.host === undefined || f.host === undefined || v.host === f.host) && sameFacilityName(keys.get(v)!, words, v, f));
    if (!view) { view = blankFacility(f); views.push(view); keys.set(view, new Set()); }
    for (const w of words) keys.get(view)!.add(w);
    for (const a of f.aliases) if (!view.aliases.includes(a)) view.aliases.push(a);
    view.host ??= f.host;
    // a report that says who runs it outweighs one that inferred it
    if (f.operator && (view.operator === undefined || (view.operatorInferred && !f.operatorInferred))) {
      view.operator = f.operator;
      if (f.operatorInferred) view.operatorInferred = true; else delete view.operatorInferred;
    }
    view.opened ??= f.opened;
    // where to draw it: its own point, else the place it is in, else the point its description gives
    const own = f.entity ? row.entities[f.entity] : undefined;
    const inPlace = (f.locatedIn ?? []).map(p => row.entities[p]).find(p => p?.lat !== undefined);
    const point = own?.lat !== undefined ? own : inPlace ?? (f.near?.lat !== undefined ? { lat: f.near.lat, lon: f.near.lon } : undefined);
    if (point && view.lat === undefined) { view.lat = point.lat; view.lon = point.lon; }
    for (const u of f.units ?? []) if (!view.units.includes(u)) view.units.push(u);
    for (const p of f.locatedIn ?? []) {
      const name = row.entities[p]?.name ?? p;
      if (!view.locatedIn.includes(name)) view.locatedIn.push(name);
    }
    view.sources.push(source(row, f.evidence[0]));
    for (const h of f.history) {
      const { evidence, ...rest } = h;
      view.history.push({ ...rest, ...(h.by ? { byName: row.entities[h.by]?.name ?? h.by } : {}), source: source(row, evidence) });
    }
    for (const p of rows.filter(r => r.document === row.document && r.fact.kind === 'proposal' && (r.fact as ProposalFact).what.facility === f.id)) {
      const pf = p.fact as ProposalFact;
      // a proposed facility is drawn where it was proposed ("in Batken province")
      const where = pf.location ? row.entities[pf.location] : undefined;
      if (view.lat === undefined && where?.lat !== undefined && where.country !== undefined && pf.location !== where.country) { view.lat = where.lat; view.lon = where.lon; }
      view.proposals.push({
        proposer: pf.proposer ? row.entities[pf.proposer]?.name ?? pf.proposer : undefined,
        time: pf.time, location: pf.location ? row.entities[pf.location]?.name ?? pf.location : undefined, fate: pf.fate,
        source: source(row, pf.what),
      });
    }
    for (const a of agreements.filter(a => a.sources.some(s => s.document === row.document) && a.facility === f.id)) {
      if (!view.agreements.includes(a.id)) view.agreements.push(a.id);
      if (a.ends && (!view.leaseEnds || a.ends > view.leaseEnds)) { view.leaseEnds = a.ends; view.leaseEndsWithExtension = a.endsWithExtension; }
    }
  }
  const out = views;
  for (const v of out) {
    v.history.sort((a, b) => stepTime(a).localeCompare(stepTime(b)));
    v.status = latestStatus(v.history);
    const dated = v.history.filter(h => h.time);
    if (dated.length) v.statusTime = dated[dated.length - 1].time;
  }
  return out.filter(v => (!filter.host || v.host === filter.host) && (!filter.operator || v.operator === filter.operator)
    && (!filter.status || v.status === filter.status || v.history.some(h => h.status === filter.status)));
}

export function mergeAgreements(rows: StoredFact[], filter: AgreementFilter = {}): AgreementView[] {
  const out: AgreementView[] = [];
  for (const row of rows) {
    if (row.fact.kind !== 'agreement') continue;
    const a = row.fact;
    const same = out.find(o => o.agreementType === a.agreementType && o.signed === a.signed && a.signed !== undefined
      && o.parties.length === a.parties.length && o.parties.every(p => a.parties.includes(p)));
    const src = source(row, a.evidence[0]);
    if (same) { same.sources.push(src); continue; }
    out.push({
      id: `${a.agreementType}-${a.parties.join('-').toLowerCase()}-${a.signed ?? out.length + 1}`,
      agreementType: a.agreementType, parties: a.parties,
      partyNames: a.parties.map(p => row.entities[p]?.name ?? p),
      status: a.status, signed: a.signed, term: a.term, extension: a.extension,
      ends: a.expires ?? a.derived?.end, endsWithExtension: a.derived?.endWithExtension,
      subject: a.subject?.text, facility: a.subject?.facility,
      consideration: a.consideration?.map(({ text, amount, currency, nature, per }) => ({ text, amount, currency, nature, ...(per ? { per } : {}) })),
      sources: [src],
    });
  }
  return out.filter(a => (!filter.party || a.parties.includes(filter.party) || a.partyNames.some(n => norm(n) === norm(filter.party!)))
    && (!filter.type || a.agreementType === filter.type));
}

function blankFacility(f: FacilityFact): FacilityView {
  return {
    id: f.id, name: f.name, aliases: [], facilityType: f.facilityType, units: [], locatedIn: [], history: [],
    agreements: [], proposals: [], sources: [],
  };
}

const STATUS_RANK: Record<string, number> = { proposed: 0, planned: 1, 'under construction': 2, active: 3, extended: 4, closing: 5, declined: 6, closed: 7 };

/** A step's place in time: its own date, else its report's; an ISO week by its Monday. */
function stepTime(h: FacilityView['history'][number]): string {
  const v = (h.time ?? h.source.published ?? '9999').split('/')[0];
  const week = /^(\d{4})-W(\d{2})/.exec(v);
  if (!week) return v;
  const jan4 = Date.UTC(Number(week[1]), 0, 4);
  return new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (Number(week[2]) - 1) * 7 * 86400000).toISOString().slice(0, 10);
}

/**
 * The status the latest reports leave it in: steps in time order, the strongest of the latest date
 * (a vote to close in February, a new deal in June, the closure years later). Extended means active.
 */
function latestStatus(history: FacilityView['history']): string | undefined {
  if (!history.length) return undefined;
  const last = stepTime(history[history.length - 1]).slice(0, 10);
  let best: string | undefined;
  for (const h of history) if (stepTime(h).slice(0, 10) === last && (!best || STATUS_RANK[h.status] >= STATUS_RANK[best])) best = h.status;
  return best === 'extended' ? 'active' : best;
}

const GENERIC = () => wordsOfKind('facts/basing-words.tsv', 'generic-name-word');

function distinctiveWords(names: string[]): Set<string> {
  const out = new Set<string>();
  // "military base in Syria": what follows "in" says where it is, not which it is
  for (const n of names) for (const w of norm(n.split(/\s(?:in|on|at|near)\s/)[0]).split(' ')) if (w.length > 2 && !GENERIC().has(w)) out.add(w);
  return out;
}

function sameFacilityName(have: Set<string>, words: Set<string>, v: FacilityView, f: FacilityFact): boolean {
  if (norm(v.name) === norm(f.name)) return true;
  for (const w of words) if (have.has(w)) return true;
  return false;
}

function source(row: StoredFact, span: { start: number; end: number; text: string } | undefined): SourceSpan {
  return {
    document: row.document, start: span?.start ?? 0, end: span?.end ?? 0, text: span?.text ?? '',
    ...(row.published ? { published: row.published } : {}), ...(row.title ? { title: row.title } : {}), ...(row.url ? { url: row.url } : {}),
  };
}
