// Facilities and agreements across documents: the same facility told by several
// reports becomes one, with every source kept; a facility's lease terms come
// from the agreements whose subject it is. Pure functions over stored rows, so
// every Store backend answers `facilities` and `agreements` the same way.
import type { AgreementFact, FacilityFact, ProposalFact, StatusChange } from '../document/facts.ts';
import type { SourceSpan, StoredFact } from './store.ts';

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
  opened?: string;
  lat?: number;
  lon?: number;
  units: string[];
  locatedIn: string[];
  /** the latest lease or basing agreement's end, and with its extension (derived) */
  leaseEnds?: string;
  leaseEndsWithExtension?: string;
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
  consideration?: { text: string; amount?: number; currency?: string; nature?: string }[];
  sources: SourceSpan[];
}

export interface FacilityFilter { host?: string; operator?: string; status?: string }
export interface AgreementFilter { party?: string; type?: string }

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function mergeFacilities(rows: StoredFact[], filter: FacilityFilter = {}): FacilityView[] {
  const byKey = new Map<string, FacilityView>();
  const agreements = mergeAgreements(rows);
  for (const row of rows) {
    if (row.fact.kind !== 'facility') continue;
    const f = row.fact;
    const key = `${norm(f.name)}|${f.host ?? ''}`;
    const view = byKey.get(key) ?? blankFacility(f);
    byKey.set(key, view);
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
  const out = [...byKey.values()];
  for (const v of out) {
    v.history.sort((a, b) => (a.time ?? '9999').localeCompare(b.time ?? '9999'));
    v.status = latestStatus(v.history);
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
      ends: a.derived?.end, endsWithExtension: a.derived?.endWithExtension,
      subject: a.subject?.text, facility: a.subject?.facility,
      consideration: a.consideration?.map(({ text, amount, currency, nature }) => ({ text, amount, currency, nature })),
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

const STATUS_RANK: Record<string, number> = { proposed: 0, 'under construction': 1, active: 2, declined: 3, closed: 4 };

function latestStatus(history: FacilityView['history']): string | undefined {
  let best: string | undefined;
  for (const h of history) if (!best || STATUS_RANK[h.status] >= STATUS_RANK[best]) best = h.status;
  return best;
}

function source(row: StoredFact, span: { start: number; end: number; text: string } | undefined): SourceSpan {
  return {
    document: row.document, start: span?.start ?? 0, end: span?.end ?? 0, text: span?.text ?? '',
    ...(row.published ? { published: row.published } : {}), ...(row.title ? { title: row.title } : {}), ...(row.url ? { url: row.url } : {}),
  };
}
