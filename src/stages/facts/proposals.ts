// Proposals and requests: who put what to whom, when, for where, and what became
// of it. A proposal is a proposing verb whose clause names a facility, or asks
// someone "to open / deploy / establish" one; its fate comes from the facility's
// history (declined) or from what the text says after it ("no final decision").
import type { FacilityFact, ProposalFact } from '../../document/facts.ts';
import type { Mention } from '../../document/types.ts';
import { FactContext } from './context.ts';
import type { FacilityCluster } from './facility-clusters.ts';
import type { FacilityMention } from './facility-mentions.ts';
import { addStatus } from './facilities.ts';

const PROPOSING = /\b(propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|wants?|wanted|ask(?:s|ed)?|request(?:s|ed)?|offer(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)? for|seek(?:s|ing)?|sought)\b/gi;
const CLAUSE_END = /[.;!?]|\sbut\s|\srather than\s|\s[–—]\s/;
const DECLINING = /\b(?:does not|do not|did not|doesn't|don't|didn't|will not|won't|would not|refus\w*|reject\w*|declin\w*|turn\w* down|rul\w* out)\b/i;
const PENDING = /\bno final decision\b|\bnot (?:yet )?(?:been )?decided\b|\bundecided\b|\bno decision (?:has|had) been\b/i;
const NEGOTIATING = /\bnegotiations? (?:continue|are continuing|is continuing|are under ?way|are ongoing)\b|\btalks (?:continue|are continuing|are ongoing)\b|\bunder discussion\b/i;
const ACCEPTING = /\b(?:agreed to (?:open|host|deploy|establish|build)|accept(?:ed|s)?|approv(?:ed|es))\b/i;

export function readProposals(
  ctx: FactContext, facilities: FacilityFact[], clusters: FacilityCluster[], clusterOf: Map<FacilityMention, FacilityCluster>,
  facilityMentions: FacilityMention[],
): ProposalFact[] {
  const text = ctx.doc.text;
  const proposals: ProposalFact[] = [];
  const factOf = (c: FacilityCluster | undefined) => (c ? facilities[clusters.indexOf(c)] : undefined);

  ctx.doc.sentences.forEach((s, si) => {
    const sentence = text.slice(s.start, s.end);
    PROPOSING.lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = PROPOSING.exec(sentence)) !== null) {
      const verbStart = s.start + v.index, verbEnd = verbStart + v[0].length;
      const rest = text.slice(verbEnd, s.end);
      const cut = rest.search(CLAUSE_END);
      const clauseEnd = cut >= 0 ? verbEnd + cut : s.end;
      // "want to think about …": a wish about the speaker's own doing, not a proposal
      if (/^\s+to\s+(?!open|deploy|establish|build|set up|station|place|host|create|situate)/i.test(rest)) continue;
      const fm = facilityMentions.find(f => f.start >= verbEnd && f.end <= clauseEnd && !f.plural);
      if (!fm) continue;
      const cluster = clusterOf.get(fm);
      const facility = factOf(cluster);
      if (!cluster?.novel && !/\bto (?:open|deploy|establish|build|set up|station|place|host|create)\b/i.test(text.slice(verbEnd, fm.start))) continue;

      const subject = ctx.subjectOrAntecedent(si, verbStart);
      const addresseeMention = ctx.actorAfter(verbEnd, Math.min(fm.start, verbEnd + 40));
      const location = proposedLocation(ctx, fm.end, clauseEnd);
      const time = ctx.governingDate(s.start, s.end);
      const proposal: ProposalFact = {
        kind: 'proposal', id: `proposal-${proposals.length + 1}`,
        ...(subject ? { proposer: ctx.actorId(subject), proposerCountry: ctx.countryOf(subject) } : {}),
        ...(addresseeMention ? { addressee: ctx.actorId(addresseeMention), addresseeCountry: ctx.countryOf(addresseeMention) } : {}),
        what: { start: verbStart, end: clauseEnd, text: text.slice(verbStart, clauseEnd), ...(facility ? { facility: facility.id } : {}) },
        time,
        ...(location ? { location: location.entity } : {}),
        evidence: [{ field: 'what', start: verbStart, end: clauseEnd, text: text.slice(verbStart, clauseEnd), rule: 'facts.proposal.verb' }],
        rule: 'facts.proposal.verb',
      };
      if (subject) proposal.evidence.push({ field: 'proposer', start: subject.start, end: subject.end, text: subject.text, rule: 'facts.proposal.subject' });
      if (location) proposal.evidence.push({ field: 'location', start: location.start, end: location.end, text: location.text, rule: 'facts.proposal.location' });
      proposals.push(proposal);
      if (facility) addStatus(facility, { status: 'proposed', time: proposal.time, by: proposal.proposer, evidence: { start: verbStart, end: fm.end, text: text.slice(verbStart, fm.end) } });
    }
  });
  readFates(ctx, proposals, facilities, clusters, clusterOf, facilityMentions);
  for (const p of proposals) linkEventsAndQuotes(ctx, p);
  return proposals;
}

/** The events (appeals, offers, refusals) and quotes that show a proposal or its fate. */
function linkEventsAndQuotes(ctx: FactContext, p: ProposalFact): void {
  const spans = p.evidence.filter(e => e.field === 'what' || e.field === 'fate');
  const overlaps = (a: { start: number; end: number }) => spans.some(s => a.start < s.end && s.start < a.end);
  const events = ctx.doc.events.flatMap((e, i) => (/^(02|03|12)/.test(e.code) && overlaps(e.trigger) ? [i] : []));
  const quotes = ctx.doc.quotes.flatMap((q, i) => (overlaps(q) ? [i] : []));
  if (events.length) p.events = events;
  if (quotes.length) p.quotes = quotes;
}

/** The most specific place named for the proposed facility: a province over a country. */
function proposedLocation(ctx: FactContext, from: number, to: number): Mention | undefined {
  const places = ctx.mentionsIn(from, to).filter(m => ctx.isPlace(m) && m.entity);
  const rank = (m: Mention) => { const k = ctx.entity(m.entity)?.geo?.kind ?? ctx.entity(m.entity)?.kind; return k === 'country' ? 0 : k ? 2 : 1; };
  let best: Mention | undefined;
  for (const p of places) if (!best || rank(p) > rank(best)) best = p;
  return best;
}

/** What became of each proposal: declined where the facility was refused, else the latest "no decision" / "talks continue". */
function readFates(
  ctx: FactContext, proposals: ProposalFact[], facilities: FacilityFact[], clusters: FacilityCluster[],
  clusterOf: Map<FacilityMention, FacilityCluster>, facilityMentions: FacilityMention[],
): void {
  const text = ctx.doc.text;
  // refusals: a negated or refusing clause about a proposed facility
  for (const fm of facilityMentions) {
    const c = clusterOf.get(fm);
    if (!c?.novel) continue;
    const s = ctx.doc.sentences[fm.sentence];
    const before = text.slice(s.start, fm.start);
    const neg = DECLINING.exec(before);
    if (!neg || /\b(?:propos|suggest|want|ask)/i.test(before.slice(neg.index))) continue;
    const subject = ctx.subjectBefore(s.start, s.start + neg.index);
    const country = ctx.countryOf(subject);
    const facility = facilities[clusters.indexOf(c)];
    const by = spokesperson(ctx, country) ?? ctx.actorId(subject);
    const time = ctx.governingDate(s.start, s.end);
    addStatus(facility, { status: 'declined', time, by, byCountry: country, evidence: { start: s.start + neg.index, end: fm.end, text: text.slice(s.start + neg.index, fm.end) } });
    for (const p of proposals) {
      if (p.what.facility !== facility.id) continue;
      p.fate = 'declined'; p.fateBy = by; p.fateTime = time;
      p.evidence.push({ field: 'fate', start: s.start + neg.index, end: fm.end, text: text.slice(s.start + neg.index, fm.end), rule: 'facts.proposal.declined' });
    }
  }
  // "There is no final decision", "Negotiations continue": the latest proposal before them, unless refused
  for (const s of ctx.doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    const fate = NEGOTIATING.test(sentence) ? 'negotiating' : PENDING.test(sentence) ? 'pending' : ACCEPTING.test(sentence) ? 'accepted' : undefined;
    if (!fate) continue;
    const before = proposals.filter(p => p.what.start < s.start);
    const p = before[before.length - 1];
    if (!p || p.fate === 'declined') continue;
    if (fate === 'accepted' && !facilityMentions.some(f => f.sentence === ctx.doc.sentences.indexOf(s) && clusterOf.get(f)?.novel)) continue;
    p.fate = fate;
    p.evidence.push({ field: 'fate', start: s.start, end: s.end, text: sentence, rule: `facts.proposal.${fate}` });
  }
}

/** The person quoted for a state in this report: who declined, when the text gives the state as subject. */
function spokesperson(ctx: FactContext, country: string | undefined): string | undefined {
  if (!country) return undefined;
  for (const q of ctx.doc.quotes) {
    const speaker = ctx.entity(q.speaker);
    if (speaker?.type === 'PERSON' && speaker.country === country) return speaker.id;
  }
  return undefined;
}
