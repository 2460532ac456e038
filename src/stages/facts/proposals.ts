// Proposals and requests: who put what to whom, when, for where, and what became
// of it. A proposal is a proposing verb whose clause names a facility, or asks
// someone "to open / deploy / establish" one; its fate comes from the facility's
// history (declined) or from what the text says after it ("no final decision").
import type { FacilityFact, ProposalFact } from '../../document/facts.ts';
import type { Mention } from '../../document/types.ts';
import { FactContext } from './context.ts';
import type { FacilityCluster } from './facility-clusters.ts';
import type { FacilityMention } from './facility-mentions.ts';
import { addStatus } from './facility-record.ts';
import { once, writtenAlternation } from './words.ts';

const PROPOSING = /\b(propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|wants?|wanted|ask(?:s|ed)?|request(?:s|ed)?|offer(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)? for|seek(?:s|ing)?|sought)\b/gi;
const CLAUSE_END = /[.;!?]|\sbut\s|\srather than\s|\s[–—]\s/;
const DECLINING = /\b(?:does not|do not|did not|doesn't|don't|didn't|will not|won't|would not|refus\w*|reject\w*|declin\w*|turn\w* down|rul\w* out)\b/i;
const PENDING = /\bno final decision\b|\bnot (?:yet )?(?:been )?decided\b|\bundecided\b|\bno decision (?:has|had) been\b/i;
const NEGOTIATING = /\bnegotiations? (?:continue|are continuing|is continuing|are under ?way|are ongoing)\b|\btalks (?:continue|are continuing|are ongoing)\b|\bunder discussion\b/i;
const ACCEPTING = once(() => new RegExp(`\\b(?:agreed to ${writtenAlternation('agreed-establishing-verb')}|accept(?:ed|s)?|approv(?:ed|es))\\b`, 'i'));
// what follows a proposal's "to" when it establishes (matched as a word's start, as written)
const NOT_ESTABLISHING_TO = once(() => new RegExp(`^\\s+to\\s+(?!${writtenAlternation('proposal-establishing-verb')})`, 'i'));
const TO_ESTABLISH = once(() => new RegExp(`\\bto ${writtenAlternation('establishing-verb')}\\b`, 'i'));
const PROPOSING_START = once(() => new RegExp(`\\b${writtenAlternation('proposing-stem')}`, 'i'));

export function readProposals(
  ctx: FactContext, facilities: FacilityFact[], clusters: FacilityCluster[], clusterOf: Map<FacilityMention, FacilityCluster>,
  facilityMentions: FacilityMention[],
): ProposalFact[] {
  const text = ctx.doc.text;
  const proposals: ProposalFact[] = [];
  const factOf = (c: FacilityCluster | undefined) => (c ? facilities[clusters.indexOf(c)] : undefined);
  // the facility mentions that start in each sentence, in their order: a proposing verb looks in its own
  // sentence only (a scan of all of them per verb grew with the square of the report's length)
  const startingIn = mentionsBySentence(facilityMentions, f => sentenceAt(ctx, f.start));

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
      if (NOT_ESTABLISHING_TO().test(rest)) continue;
      const fm = startingIn.get(si)?.find(f => f.start >= verbEnd && f.end <= clauseEnd && !f.plural);
      if (!fm) continue;
      const cluster = clusterOf.get(fm);
      const facility = factOf(cluster);
      if (!cluster?.novel && !TO_ESTABLISH().test(text.slice(verbEnd, fm.start))) continue;

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
  const index = overlapIndex(ctx);
  for (const p of proposals) linkEventsAndQuotes(index, p);
  return proposals;
}

/** The events (appeals, offers, refusals) and quotes that show a proposal or its fate. */
interface Interval { start: number; end: number; i: number }
interface OverlapIndex { events: Interval[]; quotes: Interval[]; longestQuote: number }

/** Appeals, intents and refusals (by trigger) and quotations, sorted by start, for overlap look-ups by binary search. */
function overlapIndex(ctx: FactContext): OverlapIndex {
  const byStart = (a: Interval, b: Interval) => a.start - b.start;
  const events = ctx.doc.events.flatMap((e, i) => (/^(02|03|12)/.test(e.code) ? [{ start: e.trigger.start, end: e.trigger.end, i }] : [])).sort(byStart);
  const quotes = ctx.doc.quotes.map((q, i) => ({ start: q.start, end: q.end, i })).sort(byStart);
  return { events, quotes, longestQuote: quotes.reduce((n, q) => Math.max(n, q.end - q.start), 0) };
}

/** Indices of the items overlapping [start, end): those starting before `end` and no more than `longest` before `start`. */
function overlapping(items: Interval[], longest: number, start: number, end: number): number[] {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid].start < end) lo = mid + 1; else hi = mid; }
  const out: number[] = [];
  for (let k = lo - 1; k >= 0 && items[k].start >= start - longest; k--) if (items[k].end > start) out.push(items[k].i);
  return out;
}

function linkEventsAndQuotes(index: OverlapIndex, p: ProposalFact): void {
  const spans = p.evidence.filter(e => e.field === 'what' || e.field === 'fate');
  const events = new Set<number>(), quotes = new Set<number>();
  for (const sp of spans) {
    for (const i of overlapping(index.events, 200, sp.start, sp.end)) events.add(i);
    for (const i of overlapping(index.quotes, index.longestQuote, sp.start, sp.end)) quotes.add(i);
  }
  if (events.size) p.events = [...events].sort((a, b) => a - b);
  if (quotes.size) p.quotes = [...quotes].sort((a, b) => a - b);
}

/** The most specific place named for the proposed facility: a province over a country. */
function proposedLocation(ctx: FactContext, from: number, to: number): Mention | undefined {
  const places = ctx.mentionsIn(from, to).filter(m => ctx.isPlace(m) && m.entity);
  const rank = (m: Mention) => { const k = ctx.entity(m.entity)?.geo?.kind ?? ctx.entity(m.entity)?.kind; return k === 'country' ? 0 : k ? 2 : 1; };
  let best: Mention | undefined;
  for (const p of places) if (!best || rank(p) > rank(best)) best = p;
  return best;
}

interface Refusal { start: number; end: number; by?: string; time?: string }

/** What became of each proposal: declined where the facility was refused, else the latest "no decision" / "talks continue". */
function readFates(
  ctx: FactContext, proposals: ProposalFact[], facilities: FacilityFact[], clusters: FacilityCluster[],
  clusterOf: Map<FacilityMention, FacilityCluster>, facilityMentions: FacilityMention[],
): void {
  const text = ctx.doc.text;
  // refusals: a negated or refusing clause about a proposed facility, in text order per facility
  const refusals = new Map<string, Refusal[]>();
  for (const fm of facilityMentions) {
    const c = clusterOf.get(fm);
    if (!c?.novel) continue;
    const s = ctx.doc.sentences[fm.sentence];
    const before = text.slice(s.start, fm.start);
    const neg = DECLINING.exec(before);
    if (!neg || PROPOSING_START().test(before.slice(neg.index))) continue;
    const subject = ctx.subjectBefore(s.start, s.start + neg.index);
    const country = ctx.countryOf(subject);
    const facility = facilities[clusters.indexOf(c)];
    const by = spokesperson(ctx, country) ?? ctx.actorId(subject);
    const time = ctx.governingDate(s.start, s.end);
    addStatus(facility, { status: 'declined', time, by, byCountry: country, evidence: { start: s.start + neg.index, end: fm.end, text: text.slice(s.start + neg.index, fm.end) } });
    let list = refusals.get(facility.id);
    if (!list) refusals.set(facility.id, list = []);
    list.push({ start: s.start + neg.index, end: fm.end, by, time });
  }
  // each proposal cites the one refusal nearest to it (a binary search), so its evidence stays bounded
  // however often the text repeats the refusal
  for (const p of proposals) {
    const list = p.what.facility ? refusals.get(p.what.facility) : undefined;
    if (!list) continue;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < p.what.start) lo = mid + 1; else hi = mid; }
    const r = lo === 0 ? list[0] : lo === list.length ? list[lo - 1]
      : p.what.start - list[lo - 1].start <= list[lo].start - p.what.start ? list[lo - 1] : list[lo];
    p.fate = 'declined'; p.fateBy = r.by; p.fateTime = r.time;
    p.evidence.push({ field: 'fate', start: r.start, end: r.end, text: text.slice(r.start, r.end), rule: 'facts.proposal.declined' });
  }
  // "There is no final decision", "Negotiations continue": the latest proposal before them, unless refused
  // (proposals come in text order: one pointer walks them beside the sentences)
  const inSentence = mentionsBySentence(facilityMentions, f => f.sentence);
  let latest = -1;
  ctx.doc.sentences.forEach((s, si) => {
    while (latest + 1 < proposals.length && proposals[latest + 1].what.start < s.start) latest++;
    const sentence = text.slice(s.start, s.end);
    const fate = NEGOTIATING.test(sentence) ? 'negotiating' : PENDING.test(sentence) ? 'pending' : ACCEPTING().test(sentence) ? 'accepted' : undefined;
    if (!fate) return;
    const p = proposals[latest];
    if (!p || p.fate === 'declined') return;
    if (fate === 'accepted' && !inSentence.get(si)?.some(f => clusterOf.get(f)?.novel)) return;
    p.fate = fate;
    p.evidence.push({ field: 'fate', start: s.start, end: s.end, text: sentence, rule: `facts.proposal.${fate}` });
  });
}

/** Facility mentions grouped by a sentence index, each group in the mentions' order. */
function mentionsBySentence(mentions: FacilityMention[], sentenceOf: (f: FacilityMention) => number): Map<number, FacilityMention[]> {
  const by = new Map<number, FacilityMention[]>();
  for (const f of mentions) {
    const si = sentenceOf(f);
    let list = by.get(si);
    if (!list) by.set(si, list = []);
    list.push(f);
  }
  return by;
}

/** The index of the sentence that holds an offset (the last that starts at or before it): a binary search. */
function sentenceAt(ctx: FactContext, at: number): number {
  const ss = ctx.doc.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ss[mid].start <= at) lo = mid; else hi = mid - 1; }
  return lo;
}

/** The person quoted for a state in this report: who declined, when the text gives the state as subject. */
function spokesperson(ctx: FactContext, country: string | undefined): string | undefined {
  if (!country) return undefined;
  return ctx.firstQuotedPersonOf(country);
}
