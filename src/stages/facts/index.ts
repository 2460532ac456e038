// The facts stage: facilities, agreements and proposals read off the mentions,
// times and quotes of one document. Order matters: facilities first (agreements
// and proposals point at them), then proposals (they add "proposed" and
// "declined" to a facility's history), then agreements.
import type { AgreementFact, Fact, FacilityFact } from '../../document/facts.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { readAgreements } from './agreements.ts';
import { FactContext } from './context.ts';
import { readFacilityFacts, settleCurrent, settleStatus } from './facilities.ts';
import { addStatus } from './facility-record.ts';
import { AGREEMENT_WORDS, alternation, words } from './words.ts';
import { clusterFacilities } from './facility-clusters.ts';
import { findFacilityMentions } from './facility-mentions.ts';
import { readProposals } from './proposals.ts';
import type { Doc } from '../../document/doc.ts';

export function readFacts(doc: Doc): Fact[] {
  const ctx = new FactContext(doc);
  const mentions = findFacilityMentions(doc, m => ctx.countryOf(m));
  const { clusters, clusterOf } = clusterFacilities(doc, mentions);
  const facilities = readFacilityFacts(ctx, clusters);
  const proposals = readProposals(ctx, facilities, clusters, clusterOf, mentions);
  clusters.forEach((c, i) => settleStatus(ctx, facilities[i], c));
  const facilityAt = (start: number, end: number): FacilityFact | undefined => {
    const m = mentions.find(f => f.start >= start && f.end <= end && clusterOf.has(f));
    return m ? facilities[clusters.indexOf(clusterOf.get(m)!)] : undefined;
  };
  const agreements = readAgreements(ctx, facilityAt);
  // a report about one base: an agreement that names no facility is about that base
  const bases = facilities.filter(f => MILITARY.has(f.facilityType));
  if (bases.length === 1) {
    for (const a of agreements) {
      if (a.subject?.facility) continue;
      const t = a.evidence[0];
      a.subject = { facility: bases[0].id, ...(a.subject ?? { start: t.start, end: t.end, text: t.text }) };
      a.evidence.push({ field: 'subject', start: t.start, end: t.end, text: t.text, rule: 'facts.agreement.subject.only-base' });
    }
  }
  for (const a of agreements) { sidesOfFacility(ctx, a, facilities); renewalOf(ctx, a, facilities); }
  return [...facilities, ...agreements, ...proposals];
}

export const factsStage: Stage = {
  name: 'facts',
  requires: ['sentences', 'mentions', 'entities', 'times', 'quotes', 'events'],
  provides: ['facts'],
  run(doc) {
    doc.facts = readFacts(doc);
  },
};

const MILITARY = words('military-facility-type');
let renewRe: RegExp | undefined;

/**
 * "have signed a new 10-year lease on a U.S. military base", "a deal that will allow the U.S. to continue
 * using a Kyrgyz airbase": an agreement that prolongs a facility's use is a step in its history (extended),
 * dated by the signing, else by the report.
 */
function renewalOf(ctx: FactContext, a: AgreementFact, facilities: FacilityFact[]): void {
  const f = a.subject?.facility ? facilities.find(x => x.id === a.subject!.facility) : undefined;
  if (!f || a.status === 'cancelled' || a.status === 'planned') return;
  renewRe ??= new RegExp(`\\b${alternation('renewed-modifier', AGREEMENT_WORDS)}\\s+(?:[\\w-]+\\s+){0,2}${alternation('renewed-noun', AGREEMENT_WORDS)}\\b|\\b(?:extend\\w*|prolong\\w*|renew\\w*)\\b|\\b${alternation('continue-cue')}\\b`, 'i');
  const trigger = a.evidence[0];
  const s = ctx.doc.sentences.find(x => x.start <= trigger.start && trigger.start < x.end);
  if (!s) return;
  const end = Math.max(trigger.end, a.subject!.end <= s.end ? a.subject!.end : trigger.end);
  const cue = renewRe.exec(ctx.doc.text.slice(s.start, end));
  if (!cue) return;
  const from = s.start + cue.index;
  addStatus(f, { status: 'extended', time: a.signed ?? ctx.doc.published, evidence: { start: from, end: from + cue[0].length, text: cue[0] } });
  settleCurrent(f, ctx.doc.published);
}

/** A lease or basing deal about a facility binds its host and its operator: the side the text left unnamed is the facility's. */
function sidesOfFacility(ctx: FactContext, a: AgreementFact, facilities: FacilityFact[]): void {
  const f = a.subject?.facility ? facilities.find(x => x.id === a.subject!.facility) : undefined;
  if (!f || a.parties.length >= 2) return;
  for (const side of [f.host, f.operator]) {
    if (!side || a.parties.includes(side) || a.parties.length >= 2) continue;
    a.parties.push(side);
    const ev = f.evidence.find(e => e.field === (side === f.host ? 'host' : 'operator'));
    if (ev) a.evidence.push({ field: 'party', start: ev.start, end: ev.end, text: ev.text, rule: 'facts.agreement.party.facility' });
  }
  void ctx;
}
