// Scores the facts layer against hand-read facts (test/fixtures/facts): a system fact
// matches a gold one of the same kind whose type and one party (agreements) or name
// (facilities) agree; field accuracy is then measured on the matched pairs.
import type { AgreementFact, DossierDocument, FacilityFact, Fact } from '../document/types.ts';

export interface GoldFact {
  kind: 'facility' | 'agreement';
  agreementType?: string; facilityType?: string; parties?: string[]; name?: string;
  signed?: string; term?: string; amount?: number; host?: string; operator?: string; status?: string;
  optional?: boolean;
  /** facilities: TIMEX3 value of when it took its latest status; the dated steps the text tells */
  statusTime?: string;
  history?: { status: string; time?: string; until?: string; words?: string }[];
  /** agreements: the year (or date) the term runs out; the extension's duration; the facility it is about */
  end?: string; extension?: string; facility?: string;
  /** agreements: a yearly payment and one-off sums */
  rent?: { amount: number; currency?: string };
  amounts?: number[];
}

export interface FactScore {
  kind: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number;
  fields: Record<string, { right: number; total: number }>;
  misses: string[]; extras: string[];
  /** field readings that disagree with the gold: "doc: name field" */
  wrong: string[];
}

const alternatives = (s: string) => s.split('|').map(x => x.trim().toLowerCase());

export function scoreFacts(pairs: { doc: DossierDocument; gold: GoldFact[] }[]): FactScore[] {
  return (['agreement', 'facility'] as const).map(kind => {
    const score: FactScore = { kind, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0, fields: {}, misses: [], extras: [], wrong: [] };
    for (const { doc, gold } of pairs) {
      const names = namesOf(doc);
      const system = (doc.facts ?? []).filter((f): f is AgreementFact | FacilityFact => f.kind === kind);
      const used = new Set<Fact>();
      for (const g of gold.filter(g => g.kind === kind)) {
        const match = system.find(s => !used.has(s) && matches(kind, g, s, names));
        if (match) used.add(match);
        if (g.optional) continue;
        if (!match) { score.fn++; score.misses.push(`${doc.id}: ${g.name ?? g.parties?.join(' + ')}`); continue; }
        score.tp++;
        scoreFields(score, g, match, names, doc.facts ?? []);
      }
      for (const s of system) {
        if (used.has(s)) continue;
        score.fp++;
        score.extras.push(`${doc.id}: ${s.kind === 'facility' ? s.name : `${s.agreementType} ${s.parties.map(p => names(p)[0] ?? p).join(' + ')}`}`);
      }
    }
    score.precision = score.tp / Math.max(1, score.tp + score.fp);
    score.recall = score.tp / Math.max(1, score.tp + score.fn);
    score.f1 = (2 * score.precision * score.recall) / Math.max(1e-9, score.precision + score.recall);
    return score;
  });
}

/** Every surface form the document gives an entity id: its name, aliases and mention texts. */
function namesOf(doc: DossierDocument): (id: string) => string[] {
  const map = new Map<string, Set<string>>();
  const add = (id: string | undefined, s: string) => { if (id) (map.get(id) ?? map.set(id, new Set()).get(id)!).add(s.toLowerCase()); };
  for (const e of doc.entities) { add(e.id, e.name); for (const a of e.aliases ?? []) add(e.id, a); if (e.metonymFor) add(e.metonymFor, e.name); }
  for (const m of doc.mentions) { add(m.entity, m.text); if (m.metonymFor) add(m.metonymFor, m.text); }
  return id => [...(map.get(id) ?? [id.toLowerCase()])];
}

function partyMatches(goldParty: string, systemParty: string, names: (id: string) => string[]): boolean {
  const wanted = alternatives(goldParty);
  return names(systemParty).some(n => wanted.includes(n) || wanted.includes(n.replace(/^the /, '')));
}

function matches(kind: string, g: GoldFact, s: AgreementFact | FacilityFact, names: (id: string) => string[]): boolean {
  if (kind === 'agreement') {
    const a = s as AgreementFact;
    return (g.parties ?? []).some(p => a.parties.some(sp => partyMatches(p, sp, names)));
  }
  const f = s as FacilityFact;
  const wanted = alternatives(g.name ?? '');
  const have = [f.name, ...f.aliases].map(x => x.toLowerCase());
  return have.some(h => wanted.some(w => h === w || h.includes(w) || w.includes(h)));
}

function scoreFields(score: FactScore, g: GoldFact, s: AgreementFact | FacilityFact, names: (id: string) => string[], facts: Fact[]): void {
  const field = (name: string, right: boolean) => {
    const f = (score.fields[name] ??= { right: 0, total: 0 });
    f.total++;
    if (right) f.right++;
    else score.wrong.push(`${g.name ?? g.parties?.join(' + ')}: ${name}`);
  };
  if (s.kind === 'agreement') {
    if (g.agreementType) field('type', alternatives(g.agreementType).includes(s.agreementType));
    if (g.parties) field('parties', g.parties.every(p => s.parties.some(sp => partyMatches(p, sp, names))));
    if (g.signed) field('signed', s.signed === g.signed);
    if (g.term) field('term', s.term === g.term);
    if (g.amount) field('amount', (s.consideration ?? []).some(c => c.amount !== undefined && Math.abs(c.amount - g.amount!) / g.amount! < 0.1));
    if (g.status) field('status', !!s.status && alternatives(g.status).includes(s.status));
    if (g.end) field('end', !!(s.expires ?? s.derived?.end) && (s.expires ?? s.derived!.end!).startsWith(g.end));
    if (g.extension) field('extension', s.extension?.duration === g.extension);
    if (g.rent) field('rent', (s.consideration ?? []).some(c => c.per === 'year' && near(c.amount, g.rent!.amount) && (!g.rent!.currency || c.currency === g.rent!.currency)));
    if (g.amounts) field('amounts', g.amounts.every(a => (s.consideration ?? []).some(c => near(c.amount, a))));
    if (g.facility) field('facility', !!s.subject?.facility && facilityNames(facts, s.subject.facility).some(n => alternatives(g.facility!).some(w => n === w || n.includes(w) || w.includes(n))));
  } else {
    if (g.facilityType) field('type', alternatives(g.facilityType).includes(s.facilityType));
    if (g.host) field('host', !!s.host && alternatives(g.host).includes(s.host.toLowerCase()));
    if (g.operator) field('operator', !!s.operator && names(s.operator).some(n => alternatives(g.operator!).includes(n)));
    if (g.status) field('status', !!s.status && alternatives(g.status).includes(s.status));
    if (g.statusTime) field('statusTime', (s.statusTime ?? latestTime(s)) === g.statusTime);
    if (g.history) field('history', g.history.every(h => s.history.some(c => c.status === h.status && (!h.time || c.time === h.time) && (!h.until || c.until === h.until))));
  }
}

const near = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) / b < 0.1;

/** The time of the step that set the facility's current status (the last such step that tells one). */
function latestTime(f: FacilityFact): string | undefined {
  return [...f.history].reverse().find(c => c.status === f.status && c.time)?.time;
}

function facilityNames(facts: Fact[], id: string): string[] {
  const f = facts.find((x): x is FacilityFact => x.kind === 'facility' && x.id === id);
  return f ? [f.name, ...f.aliases].map(x => x.toLowerCase()) : [id.toLowerCase()];
}
