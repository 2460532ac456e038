// Agreements: leases, treaties, deals, contracts, loans. Two ways in: a noun
// ("a bilateral agreement between Russia and Kyrgyzstan signed on …") or a verb
// ("Kyrgyzstan agreed to lease the base to Russia for fifteen years … after …").
// The readings are about the language of agreements, not about any one country.
import type { AgreementFact, Consideration, Evidence, FacilityFact } from '../../document/facts.ts';
import type { Mention, TimeExpression } from '../../document/types.ts';
import { FactContext } from './context.ts';
import { addDuration } from './dates.ts';
import { MAX_EVIDENCE_PER_FIELD } from './facility-record.ts';
import { AGREEMENT_WORDS, FUNCTION_WORDS, alternation, capitalizedAlternation, once, stemAlternation, verbAlternation, words, writtenAlternation } from './words.ts';
import { rowsOfKind, wordSet, wordTable } from '../../data/lexicon.ts';
import { countryByName } from '../mentions/world.ts';

const A = (kind: string): string => alternation(kind, AGREEMENT_WORDS);
const STEMS = (kind: string): string => stemAlternation(kind, AGREEMENT_WORDS);
const CONCLUDING_LEAD = once(() => new RegExp(`\\b${A('concluding-verb')}\\b`, 'i'));
const IN_FORCE = once(() => new RegExp(`\\b${A('in-force-cue')}\\b`, 'i'));
// the last "X said … that" before a point: what follows is reported
// a reporting verb and its "that": tried at word starts only, from the end back (see reportedStart)
const REPORTED_THAT = once(() => new RegExp(`\\b${A('reporting-verb')}\\b[^.;]{0,40}?\\bthat\\s`, 'sy'));
// "the term of the lease": a sentence about an agreement's term
const TERM_NOUN = once(() => new RegExp(`\\b(?:the\\s+)?${A('term-noun')}\\b`, 'i'));
// "the Kyrgyz government": a people's adjective before its state's own body is a party
const PARTY_BODY_AFTER = once(() => new RegExp(`^\\s+${A('party-body-noun')}\\b`, 'i'));
// "a 2009 extension": the year of an extension, not of the agreement
const EXTENSION_NOUN_AFTER = once(() => new RegExp(`^\\s+${A('extension-noun')}\\b`, 'i'));
// word beginnings of debt relief: reduce, write off, forgive, cancel, restructure, relieve
const RELIEF_WORD = once(() => new RegExp(`\\b${A('relief-prefix')}`, 'i'));
const CONSIDERATION_NOUN = once(() => new RegExp(`\\b${A('consideration-noun')}\\b`, 'i'));
// built once, on first use, from data/facts/agreement-words.tsv
let agreementNounRe: RegExp | undefined, agreeingVerbRe: RegExp | undefined, signingRe: RegExp | undefined, settlingRe: RegExp | undefined;
let modifiedNounRe: RegExp | undefined, leadVerbRe: RegExp | undefined, cancellingRe: RegExp | undefined;
const AGREEMENT_NOUN = () => (agreementNounRe ??= new RegExp(`\\b(?<!\\bto\\s)(?:${A('agreement-modifier')}\\s+){0,3}(${A('agreement-noun')}|(?<=\\bagreed\\s+(?:on|upon)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2})${A('agreed-on-noun')})s?\\b`, 'gi'));
// every match of AGREEMENT_NOUN holds one of its nouns: a sentence with none is passed over by this plain
// alternation, which, unlike the full pattern, is not tried with its lookbehinds at every word
const AGREEMENT_NOUN_PRESENT = once(() => new RegExp(`${A('agreement-noun')}|${A('agreed-on-noun')}`, 'i'));
// ("the two nations have agreed on a plan to relocate U.S. Marines": a plan agreed on is an agreement)
const AGREEING_VERB = () => (agreeingVerbRe ??= new RegExp(`\\b${A('agreeing-verb')}\\s+(?:(?:on\\s+)?${A('agreeing-when')}\\s+)?to\\s+(${A('agreed-to-verb')})\\b`, 'gi'));
// ("Kyrgyzstan agreed on Tuesday to let the United States keep using the Manas air base": agreeing to let another use it)
const SIGNING = () => (signingRe ??= new RegExp(`\\b${A('signing-verb')}\\b`, 'i'));
const SETTLING = () => (settlingRe ??= new RegExp(`\\b${A('settling-verb')}\\s+(?:its|their|the|a)\\s+(?:[\\w-]+\\s+){0,3}?${A('dispute-noun')}\\s+with\\s+(?:the\\s+)?`, 'i'));
const MODIFIED_NOUN = () => (modifiedNounRe ??= new RegExp(`^\\s+${A('modified-noun')}\\b`, 'i'));
const DEFINITE_BEFORE = once(() => new RegExp(`\\b${alternation('definite-determiner', FUNCTION_WORDS)}\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}$`, 'iu'));
/** "The " alone before an agreement noun, as a sentence opens (case kept: "the" inside a sentence is not cut) */
const DEMONSTRATIVE_ONLY = once(() => new RegExp(`^\\s*${capitalizedAlternation('demonstrative', FUNCTION_WORDS)}\\s+$`));
const LEAD_VERB = () => (leadVerbRe ??= new RegExp(`\\b(?:${A('lead-verb')}|${verbAlternation('lead-verb-regular', AGREEMENT_WORDS)}|${STEMS('lead-verb-stem')})\\b`, 'gi'));
// ("Kyrgyzstan is to extend the US lease": who extends a lease is a side of it, as one who signs)
const CANCELLING = () => (cancellingRe ??= new RegExp(`\\b(?:${A('cancelling-word')}|${STEMS('cancelling-stem')}|${A('ending-verb')}\\s+(?:[\\w.'’-]+\\s+){0,2}?${A('ended-agreement')}s?)\\b`, 'i'));
// ("a law to end Washington's lease of the base")
const PLANNED = once(() => new RegExp(`\\b${A('signing-ahead')} (?:be )?sign(?:ed)?\\b`, 'i'));
// "the deal still needs approval from Japan's parliament", "yet to be ratified", "subject to ratification"
const AWAITING_APPROVAL = once(() => new RegExp(`\\b${A('awaiting-verb')}\\s+(?:\\w+\\s+){0,2}?${A('approval-noun')}\\b|\\byet to be ${A('yet-to-be-participle')}\\b`, 'i'));
// "if neither party chooses to terminate the agreement": a condition, not a cancellation
const CONDITIONAL_BEFORE = once(() => new RegExp(`\\b${A('condition-cue')}\\b[^.;]*$`, 'i'));
// "submitted to the State Duma for ratification", "still has to be approved by the full parliament"
let pendingRe: RegExp | undefined, ratifiedRe: RegExp | undefined;
const PENDING = () => (pendingRe ??= new RegExp(`\\b(?:${alternation('submit-verb')}\\b[^.;]{0,60}?\\bfor\\s+(?:ratification|approval)\\b|${alternation('pending-cue')}\\b|\\bapproved\\b[^.;]{0,40}?\\bby\\s+(?:a|the)\\s+(?:[\\w-]+\\s+){0,3}?committee\\b)`, 'i'));
// "has to be ratified", "not yet ratified" are the opposite
const RATIFIED = () => (ratifiedRe ??= new RegExp(`(?<!\\bbe\\s)(?<!\\bnot\\s)(?<!\\byet\\s)(?<!\\bbeen\\s)\\b${alternation('ratified-cue')}\\b`, 'i'));
// "valid through 2042", "runs until 2017": when it ends, said, not when it was signed
const ENDING_BEFORE = once(() => new RegExp(`\\b${A('ending-lead')}\\s+(?:the\\s+end\\s+of\\s+)?$`, 'i'));
// "in force until 2030", "lasts through": between an agreement and such a date, a word of its running
const TERM_RUNNING = once(() => new RegExp(`\\b${A('term-running-word')}\\b`, 'i'));
const CONSIDERATION = once(() => new RegExp(`\\b${A('consideration-lead')}\\s+`, 'i'));
// "a loan of about $12 billion": the financing before its sum, loans and credits apart
// a financing noun (and its article) right before an amount: "a loan of about $2 billion"
const FINANCING_LEAD = once(() => new RegExp(`\\b(?:a|an)?\\s*(${A('financing-noun')})s?\\s+(?:worth\\s+|of\\s+)?(?:about\\s+|around\\s+|some\\s+|nearly\\s+|up to\\s+)?$`, 'i'));
// "held talks" with no agreement concluded: planned
const NEGOTIATING = once(() => new RegExp(`\\b(?:${STEMS('negotiation-stem')}|${A('negotiation-word')})\\b`, 'i'));
const CONCLUDED = once(() => new RegExp(`(?<!\\b${A('not-concluded-before')}\\s)\\b${A('concluded-verb')}\\b`, 'i'));
// "the base it leases", "which Russia leases": a verb after its subject (any capitalized word too), no lease noun
const LEASE_VERB_SUBJECT = once(() => new RegExp(`\\b(?:${A('lease-verb-subject')}|[A-Z][a-z]+)\\s+$`));
const LEASE_NOUN_DETERMINER = once(() => new RegExp(`\\b${A('lease-noun-determiner')}\\s+$`, 'i'));
// "Washington's lease", "Russia's new agreement": the holder's name, before a modifier or "10-year"
const HOLDER_BEFORE = once(() => new RegExp(`([\\p{Lu}][\\p{L}.-]*(?:\\s+[\\p{Lu}][\\p{L}.-]*)*)['’]s\\s+(?:(?:${A('holder-modifier')}|\\d+-year)\\s+)?$`, 'u'));
const ABOUT = once(() => new RegExp(`\\s${A('about-preposition')}\\s`, 'i'));
const FORMAL_STATE_NAME = once(() => new RegExp(`\\b(?:the\\s+)?(${writtenAlternation('formal-state-head', AGREEMENT_WORDS)}\\s+of\\s+(?:the\\s+)?[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)*)`, 'g'));
const NOT_SIGNED = once(() => new RegExp(`\\b${A('not-signed-before')}\\s+(?:be\\s+)?(?:have\\s+)?signed`, 'i'));
const ASIDE = once(() => new RegExp(`,\\s+${A('aside-opener')}\\b[^,]*,`, 'gi'));
// "Under the agreement, …", "In accordance with the deal, …": literal spaces, as written
const UNDER_AGREEMENT_LEAD = once(() => new RegExp(`\\b${writtenAlternation('under-agreement-lead', AGREEMENT_WORDS)}\\s+(?:(?:a|an|the|this|that)\\s+)?$`, 'i'));
const MORE_YEARS = once(() => new RegExp(`\\b(\\d{1,3})\\s+${A('further-word')}\\s+years\\b`, 'gi'));
const FURTHER = once(() => new RegExp(`\\b${A('further-word')}\\b`, 'i'));
const SIGNED_LEAD = once(() => new RegExp(`\\b(?:have|has)\\s+(?:now\\s+|just\\s+|formally\\s+)?signed\\s+(?:\\S+\\s+){0,5}$|\\bsigned\\s+(?:\\S+\\s+){0,5}$|\\b${A('signing-witness-verb')}\\s+the\\s+signing\\s+of\\s+(?:\\S+\\s+){0,3}$`, 'i'));
// a clause break: a semicolon, or a comma and a turn ("…, but the talks"); tried only where a ; or , stands
const CLAUSE_BREAK = once(() => new RegExp(`;|,\\s${A('clause-turn')}\\s|,\\s+however,?\\s`, 'y'));

/** The agreement type a noun or an agreed act gives (third column of agreement-words.tsv). */
function typeTable(...kinds: string[]): Record<string, string> {
  const rows = kinds.flatMap((k) => rowsOfKind(AGREEMENT_WORDS, k)).filter((r) => r[2]);
  return wordTable(Object.fromEntries(rows.map((r) => [r[0].toLowerCase(), r[2]])));
}
const NOUN_TYPES = typeTable('agreement-noun', 'agreed-on-noun');
const VERB_TYPES = typeTable('agreed-to-verb');

export function readAgreements(ctx: FactContext, facilityAt: (start: number, end: number) => FacilityFact | undefined): AgreementFact[] {
  const text = ctx.doc.text;
  const out: AgreementFact[] = [];
  let considered: [number, number][] = [];
  // what the look-ups below ask of `out`, kept as it grows, so each costs what a sentence holds rather than
  // what the report told before it (scans of `out` per sentence grew with the square of a long list of deals)
  const book = new AgreementBook(out);

  for (const s of ctx.doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    // a consideration clause lies in its sentence: those ended before this one can hold none of its words
    considered = considered.filter(([, b]) => b > s.start);
    book.startSentence(s);
    // verbs first: their consideration clauses must not become agreements of their own
    AGREEING_VERB().lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = AGREEING_VERB().exec(sentence)) !== null) {
      const at = s.start + v.index;
      if (considered.some(([a, b]) => at >= a && at < b)) continue;
      const fact = fromVerb(ctx, s, at, at + v[0].length, v[1].toLowerCase(), facilityAt);
      if (!fact) continue;
      // "the U.S. has also agreed to pay $36 million for …": a term of the agreement already told with that side
      // "the United States has agreed to provide $60 million per year … for use of the airport": likewise a sum under it
      const sum = v[1].toLowerCase() === 'pay' || (v[1].toLowerCase() === 'provide' && ctx.mentionsIn(at, s.end).some(m => m.type === 'MONEY'));
      if (sum && fact.parties.some(p => book.parties.has(p))) continue;
      for (const c of fact.consideration ?? []) considered.push([c.start, c.end]);
      book.add(fact);
    }
    const settled = SETTLING().exec(sentence);
    if (settled) {
      const at = s.start + settled.index, end = at + settled[0].length;
      const subject = subjectsBefore(ctx, s.start, at)[0];
      const other = ctx.actorAfter(end, end + 60);
      const parties = [subject, other].map(m => m && partyId(ctx, m)).filter((p): p is string => !!p);
      if (parties.length) {
        const rule = 'facts.agreement.settlement';
        book.add({ kind: 'agreement', id: '', agreementType: 'settlement', parties, status: 'signed', rule,
          evidence: [cite(ctx, 'trigger', at, end, rule), ...[subject, other].filter((m): m is Mention => !!m).map(m => cite(ctx, 'party', m.start, m.end, rule))] });
      }
    }
    AGREEMENT_NOUN().lastIndex = 0;
    let n: RegExpExecArray | null;
    const nounPresent = AGREEMENT_NOUN_PRESENT().test(sentence);
    while (nounPresent && (n = AGREEMENT_NOUN().exec(sentence)) !== null) {
      const at = s.start + n.index;
      if (considered.some(([a, b]) => at >= a && at < b)) continue;
      // "contract negotiations", "deal talks": the noun modifies another, no agreement is meant
      if (MODIFIED_NOUN().test(sentence.slice(n.index + n[0].length))) continue;
      // "the base it leases", "which Russia leases": a verb after its subject, no lease noun
      if (/^lease/i.test(n[1]) && LEASE_VERB_SUBJECT().test(sentence.slice(0, n.index)) && !LEASE_NOUN_DETERMINER().test(sentence.slice(0, n.index))) continue;
      const fact = fromNoun(ctx, s, at, at + n[0].length, n[1].toLowerCase().replace(/ of understanding$/, ''), facilityAt);
      const sameSentence = book.citingSentence();
      const lead = text.slice(s.start, at);
      // "the signing of agreements" is no "the agreement"; "the Vienna Convention" is one of its own
      const definite = DEFINITE_BEFORE().test(lead) && !/\bof\s+$/.test(lead) && !/\b[A-Z][\w-]+\s+$/.test(lead.replace(DEMONSTRATIVE_ONLY(), ''));
      let anaphor = definite ? book.antecedent(fact) : undefined;
      // "the deal", "the new agreement": one already told, when its parties are among that one's
      // … unless its own clause tells a new act of agreeing ("… also agreed to cooperate, though the deal still needs …");
      // "signed the agreement in Paris on June 15" signs the one told
      if (anaphor && fact.parties.length && (!fact.parties.every(p => anaphor!.parties.includes(p))
        || CONCLUDING_LEAD().test(lead))) anaphor = undefined;
      if (sameSentence) book.merge(sameSentence, fact);
      else if (anaphor) { fact.rule = 'facts.agreement.anaphor'; book.merge(anaphor, fact); }
      else if (fact.parties.length || (definite && !anaphor && !out.length)) book.add(fact);
    }
  }
  const merged = mergeHeadline(ctx, mergeRepeats(out));
  // "Kerry, Hagel, Kishida and Onodera signed the Protocol … between the Government of the United States of America and
  // the Government of Japan": signers act for the states named as sides; a signer no state is known for is no side of its own
  for (const a of merged) {
    if (a.parties.filter(p => /^[A-Z]{3}$/.test(p)).length < 2) continue;
    a.parties = a.parties.filter(p => ctx.entity(p)?.type !== 'PERSON');
  }
  readLaterSentences(ctx, merged);
  for (let i = merged.length - 1; i >= 0; i--) if (!merged[i].parties.length) merged.splice(i, 1);
  merged.forEach((f, i) => { f.id = `agreement-${i + 1}`; derive(f); });
  return merged;
}

const AGREEMENT_ANAPHOR = once(() => new RegExp(`\\b(?:the|this|that)\\s+(?:${A('anaphor-modifier')}\\s+)?${A('anaphor-noun')}\\b`, 'i'));
const PREVIOUS_SUM = once(() => new RegExp(`\\b${A('previous-word')}\\s+(?:${A('yearly-word')}\\s+)?${A('sum-noun')}\\b`, 'i'));
const JOINT_ACT = once(() => new RegExp(`^\\s*(?:\\w+\\s+){0,2}?${A('joint-act-verb')}\\b`, 'i'));
let perYearRe: RegExp | undefined, perMonthRe: RegExp | undefined, paymentRe: RegExp | undefined;

/**
 * What sentences after an agreement add to it: "The new proposal still has to be approved by the full parliament"
 * (pending); "the U.S. will pay … $60 million a year for rent" (a yearly sum), "$36 million for airport improvements"
 * (one-off sums); "the new agreement" whose sides were named announcing it a sentence or two before.
 */
function readLaterSentences(ctx: FactContext, agreements: AgreementFact[]): void {
  if (!agreements.length) return;
  const text = ctx.doc.text;
  perYearRe ??= new RegExp(`^\\s*(?:in\\s+|of\\s+)?${alternation('per-year')}\\b`, 'i');
  perMonthRe ??= new RegExp(`^\\s*${alternation('per-month')}\\b`, 'i');
  paymentRe ??= new RegExp(`\\b${alternation('payment-word')}\\b`, 'i');
  const firstAt = Math.min(...agreements.map(a => a.evidence[0].start));
  const latestBefore = (at: number) => [...agreements].filter(a => a.evidence[0].start <= at).pop() ?? agreements[0];
  for (let i = 0; i < ctx.doc.sentences.length; i++) {
    const s = ctx.doc.sentences[i];
    if (s.end <= firstAt) continue;
    const sentence = text.slice(s.start, s.end);
    const target = latestBefore(s.start);
    if (PENDING().test(sentence) && AGREEMENT_ANAPHOR().test(sentence) && !target.ratified) {
      const cue = PENDING().exec(sentence)!;
      target.status = 'pending';
      target.evidence.push(cite(ctx, 'status', s.start + cue.index, s.start + cue.index + cue[0].length, 'facts.agreement.pending.later'));
    }
    // "The term can be automatically extended for further 25-year periods" (a sentence of its own, not one telling another agreement)
    const tellsOne = agreements.some(a => a.evidence.some(e => e.field === 'trigger' && e.start >= s.start && e.start < s.end));
    if (!tellsOne && !target.extension && TERM_NOUN().test(sentence)) {
      const ext = extension(ctx, ctx.timesIn(s.start, s.end), s.start, s.end);
      if (ext) { target.extension = ext.extension; target.evidence.push(cite(ctx, 'extension', ext.start, ext.end, 'facts.agreement.extension.later')); }
    }
    if (paymentRe.test(sentence) && !PREVIOUS_SUM().test(sentence)) {
      const payer = ctx.subjectBefore(s.start, s.start + (paymentRe.exec(sentence)?.index ?? 0));
      const payerId = payer && partyId(ctx, payer);
      let into = payerId ? [...agreements].reverse().find(a => a.parties.includes(payerId) && a.evidence[0].start <= s.end) : undefined;
      // "Under the 2012 agreement, Russia pays $4.5 million a year": the payer is a side of the agreement its sentence names
      const named = !into && payerId ? agreements.find(a => !a.parties.length && a.evidence[0].start >= s.start && a.evidence[0].start < s.end) : undefined;
      if (named && payer) { named.parties.push(payerId!); named.evidence.push(cite(ctx, 'party', payer.start, payer.end, 'facts.agreement.party.payer')); into = named; }
      if (into) {
        for (const m of ctx.mentionsIn(s.start, s.end)) {
          if (m.type !== 'MONEY' || m.amount === undefined) continue;
          if ((into.consideration ?? []).some(c => c.start === m.start)) continue;
          // "$60 million, up from $17.4 million": the sum it replaces is no term of this one
          if (/\b(?:up|down|rising|falling)\s+from\s+$/i.test(text.slice(Math.max(s.start, m.start - 20), m.start))) continue;
          const after = text.slice(m.end, m.end + 20);
          // "for an annual rent of $60 million": the yearly word may come first
          const annual = /\b(?:annual|yearly)\s+(?:[\w-]+\s+){0,2}(?:of\s+)?$/i.test(text.slice(Math.max(s.start, m.start - 30), m.start));
          const per = perYearRe.test(after) || annual ? 'year' as const : perMonthRe.test(after) ? 'month' as const : undefined;
          (into.consideration ??= []).push({ text: m.text, start: m.start, end: m.end, amount: m.amount, ...(m.currency ? { currency: m.currency } : {}),
            nature: per || /\brent\b/i.test(sentence) ? 'rent' : 'payment', ...(per ? { per } : {}) });
          into.evidence.push(cite(ctx, 'consideration', m.start, m.end, per ? 'facts.agreement.rent' : 'facts.agreement.payment'));
        }
      }
    }
  }
  // "Obama and Gillard announced … ." "Little said the new agreement …": the two who announced it are its sides
  for (const a of agreements) {
    if (a.parties.length >= 2) continue;
    const at = a.evidence[0].start;
    const own = ctx.doc.sentences.findIndex(x => x.start <= at && at < x.end);
    for (let j = own - 1; j >= Math.max(0, own - 3) && a.parties.length < 2; j--) {
      const prev = ctx.doc.sentences[j];
      const actors = ctx.mentionsIn(prev.start, prev.end).filter(m => ctx.isActor(m) && m.type !== 'NORP');
      for (let k = 0; k + 1 < actors.length; k++) {
        const [x, y] = [actors[k], actors[k + 1]];
        if (!/^\s+and\s+(?:[\w.-]+\s+){0,4}$/.test(text.slice(x.end, y.start)) || !JOINT_ACT().test(text.slice(y.end, prev.end))) continue;
        for (const m of [x, y]) {
          const id = partyId(ctx, m);
          if (id && !a.parties.includes(id)) { a.parties.push(id); a.evidence.push(cite(ctx, 'party', m.start, m.end, 'facts.agreement.party.announced')); }
        }
        break;
      }
    }
  }
}

function fromVerb(
  ctx: FactContext, s: { start: number; end: number }, start: number, verbEnd: number, verb: string,
  facilityAt: (start: number, end: number) => FacilityFact | undefined,
): AgreementFact | undefined {
  const text = ctx.doc.text;
  const rule = 'facts.agreement.verb';
  const evidence: Evidence[] = [cite(ctx, 'trigger', start, verbEnd, rule)];
  const subject = ctx.subjectBefore(s.start, start);
  const rest = text.slice(verbEnd, s.end);
  const considerationAt = rest.search(CONSIDERATION());
  const clauseEnd = considerationAt >= 0 ? verbEnd + considerationAt : s.end;

  const parties: string[] = [];
  const addParty = (m: Mention | undefined, field: string) => {
    const id = m && partyId(ctx, m);
    if (id && !parties.includes(id)) { parties.push(id); evidence.push(cite(ctx, field, m!.start, m!.end, rule)); }
  };
  addParty(subject, 'party');
  // "agreed to let the United States keep using …": whom it lets is the other side
  if (verb === 'let' || verb === 'allow' || verb === 'permit') addParty(ctx.actorAfter(verbEnd, Math.min(s.end, verbEnd + 30)), 'party');
  const to = /\s(?:to|with|from)\s+(?:the\s+)?/gi;
  to.lastIndex = 0;
  const window = text.slice(verbEnd, clauseEnd);
  let t: RegExpExecArray | null;
  while ((t = to.exec(window)) !== null) {
    const m = ctx.actorAfter(verbEnd + t.index + t[0].length, verbEnd + t.index + t[0].length + 3);
    if (m) { addParty(m, 'party'); break; }
  }
  if (!parties.length) return undefined;

  const times = ctx.timesIn(s.start, s.end);
  const term = durationAfter(ctx, times, verbEnd, clauseEnd, /\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?$/i);
  const ext = extension(ctx, times, verbEnd, clauseEnd);
  const signed = ctx.dateIn(s.start, start) ?? ctx.dateIn(verbEnd, clauseEnd);
  const facility = facilityAt(verbEnd, clauseEnd);
  const objectEnd = term ? stripTrailingWord(text, start, term.start) : clauseEnd;

  const fact: AgreementFact = {
    kind: 'agreement', id: '', agreementType: VERB_TYPES[verb] ?? 'agreement', parties,
    subject: { ...(facility ? { facility: facility.id } : {}), ...spanText(ctx, start, trimEnd(text, start, objectEnd)) },
    evidence, rule,
  };
  if (signed) { fact.signed = signed.value; evidence.push(cite(ctx, 'signed', signed.start, signed.end, rule)); }
  const status = statusOf(text.slice(s.start, clauseEnd));
  if (status) fact.status = status;
  if (term) { fact.term = term.value; evidence.push(cite(ctx, 'term', term.start, term.end, rule)); }
  if (ext) { fact.extension = ext.extension; evidence.push(cite(ctx, 'extension', ext.start, ext.end, rule)); }
  if (considerationAt >= 0) {
    const c = consideration(ctx, verbEnd + considerationAt, s.end);
    if (c) { fact.consideration = [c]; evidence.push(cite(ctx, 'consideration', c.start, c.end, rule)); }
  }
  return fact;
}

function fromNoun(
  ctx: FactContext, s: { start: number; end: number }, start: number, end: number, head: string,
  facilityAt: (start: number, end: number) => FacilityFact | undefined,
): AgreementFact {
  const text = ctx.doc.text;
  const rule = 'facts.agreement.noun';
  const evidence: Evidence[] = [cite(ctx, 'trigger', start, end, rule)];
  const parties: string[] = [];
  const addParty = (m: Mention | undefined) => {
    const id = m && partyId(ctx, m);
    if (id && !parties.includes(id)) { parties.push(id); evidence.push(cite(ctx, 'party', m!.start, m!.end, rule)); }
  };
  const after = text.slice(end, s.end);
  const commaAt = commaOutsideTimes(ctx, end, s.end);
  const phraseEnd = commaAt >= 0 ? end + commaAt : s.end;
  const clauseStart = lastClauseStart(text, s.start, start);
  // "X and Y signed a deal", "X has won a contract", "GM said it was cancelling a deal": the subject
  const lead = text.slice(clauseStart, start);
  let verb: RegExpExecArray | null, lastVerb: RegExpExecArray | undefined;
  LEAD_VERB().lastIndex = 0;
  while ((verb = LEAD_VERB().exec(lead)) !== null) lastVerb = verb;
  if (lastVerb) {
    const verbAt = clauseStart + lastVerb.index;
    // "The two presidents signed an agreement", "U.S. and Japanese officials announced … the two nations have agreed":
    // the two sides last named together
    const pair = PAIR_SUBJECT().exec(text.slice(clauseStart, verbAt));
    if (pair) for (const m of pairBefore(ctx, clauseStart + pair.index)) addParty(m);
    else for (const m of subjectsBefore(ctx, reportedStart(text, clauseStart, verbAt), verbAt)) addParty(m);
    if (!parties.length && PAIR_NOUN().test(text.slice(clauseStart, verbAt))) {
      for (const m of pairBefore(ctx, clauseStart)) addParty(m);
    }
    // "EADS wins £13 billion UK RAF airtanker contract": a name between the verb and the noun is the other side
    for (const m of ctx.mentionsIn(verbAt + lastVerb[0].length, start)) if (m.type === 'ORG' || m.type === 'GPE') addParty(m);
  }
  // "Washington's lease of the base", "Russia's new agreement with Syria": who holds it is a side
  const holder = HOLDER_BEFORE().exec(text.slice(Math.max(clauseStart, start - 40), start));
  if (holder) {
    const at = start - (text.slice(Math.max(clauseStart, start - 40), start).length - holder.index);
    const m = ctx.mentionsIn(at, at + holder[1].length).find(x => x.start === at && ctx.isActor(x) && x.type !== 'NORP');
    if (m) addParty(m);
  }
  // "The agreement … was signed by Russian President Vladimir Putin": the agent of a passive signing
  const passive = /^[^.;]{0,60}?\b(?:was|were|has been|had been)\s+(?:\w+\s+)?signed\s+(?:\w+\s+){0,3}?by\s+/i.exec(after);
  if (passive) addParty(ctx.actorAfter(end + passive[0].length, end + passive[0].length + 60));
  // "between Russia and Kyrgyzstan", "with European auto maker Fiat", "to sell Opel to Magna", "to supply the RAF"
  const between = /^\s+(?:reached\s+|signed\s+)?(?:between|among)\s+/i.exec(after);
  if (between) {
    // "between A and B Concerning the Relocation … from Okinawa to Guam": the sides end where what it is about begins
    const aboutAt = ABOUT().exec(text.slice(end + between[0].length, phraseEnd));
    const sidesEnd = aboutAt ? end + between[0].length + aboutAt.index : phraseEnd;
    // a "Government of X" the name finder left unnamed stands where it is written, before the names after it
    const government = /\b(?:the\s+)?Government\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,4}/g;
    let g: RegExpExecArray | null;
    const firstName = ctx.mentionsIn(end, sidesEnd).find(m => ctx.isActor(m))?.start ?? sidesEnd;
    while (parties.length < 2 && (g = government.exec(text.slice(end, sidesEnd))) !== null) {
      if (end + g.index > firstName) break;
      const state = stateOfGovernment(ctx, g[0]);
      if (state && !parties.includes(state)) { parties.push(state); evidence.push(cite(ctx, 'party', end + g.index, end + g.index + g[0].length, rule)); }
    }
    for (const m of ctx.mentionsIn(end, sidesEnd)) {
      if (parties.length >= 2) break;
      // "the Kyrgyz government", "the Russian side": a nationality before a state body is that state
      const stateBody = m.type === 'NORP' && PARTY_BODY_AFTER().test(text.slice(m.end, m.end + 20));
      if (!ctx.isActor(m) || (m.type === 'NORP' && !stateBody)) continue;
      addParty(m);
      if (parties.length >= 2 && !/^\s*,?\s*(?:and|,)/.test(text.slice(m.end, m.end + 6))) break;
    }
    // "between the Russian Federation and the Republic of South Ossetia": a state's formal name the name finder left out
    if (parties.length < 2) {
      const formal = FORMAL_STATE_NAME();
      formal.lastIndex = 0;
      let f: RegExpExecArray | null;
      const window = text.slice(end, phraseEnd);
      while (parties.length < 2 && (f = formal.exec(window)) !== null) {
        const e = ctx.doc.entities.find(x => x.name.toLowerCase() === f![1].toLowerCase());
        if (e && !parties.includes(e.id)) { parties.push(e.id); evidence.push(cite(ctx, 'party', end + f.index + f[0].length - f[1].length, end + f.index + f[0].length, rule)); }
      }
    }
    {
    }
  }
  const counterparty = /\b(?:with|to supply|to provide|to sell\s+[^,.;]{1,40}?\s+to|from)\s+(?!its\b|his\b|her\b|their\b|our\b|my\b)(?:the\s+)?/i.exec(text.slice(end, phraseEnd));
  if (counterparty && counterparty.index < 60) {
    const from = end + counterparty.index + counterparty[0].length;
    addParty(ctx.actorAfter(from, from + 60));
  }
  // "the Agreement …, signed in Moscow on February 17, 2010": the participle after the comma dates it
  const signedAfter = commaAt >= 0 && /^,\s+(?:which\s+was\s+)?signed\b/i.test(text.slice(end + commaAt, end + commaAt + 30));
  const signedEnd = signedAfter ? (() => { const c = commaOutsideTimes(ctx, end + commaAt + 1, s.end); return c >= 0 ? end + commaAt + 1 + c : s.end; })() : phraseEnd;
  // "the 2012 agreement": the year before the noun dates it
  const yearBefore = ctx.timesIn(Math.max(s.start, start - 12), start).find(t => t.type === 'DATE' && /^\d{4}$/.test(t.value) && /^\s*$/.test(text.slice(t.end, start)) && /\b(?:the|a|an|its|their)\s+$/i.test(text.slice(Math.max(s.start, t.start - 6), t.start)));
  const signed = signingDate(ctx, s.start, signedEnd) ?? yearBefore ?? reportDateSigning(ctx, clauseStart, start, signedEnd);

  // "In accordance with / Under <agreement>, <clause>": the clause is what it provides
  let subject: AgreementFact['subject'];
  const opening = text.slice(s.start, start);
  if (UNDER_AGREEMENT_LEAD().test(opening) && commaAt >= 0) {
    const from = end + commaAt + 1 + (after.slice(commaAt + 1).length - after.slice(commaAt + 1).trimStart().length);
    const to = trimEnd(text, from, s.end);
    const facility = facilityAt(from, to);
    subject = { ...(facility ? { facility: facility.id } : {}), ...spanText(ctx, from, to) };
    evidence.push(cite(ctx, 'subject', from, to, rule));
  } else {
    const about = /^\s+(?:on|to|for|over)\s+/i.exec(after) ?? (between ? aboutAfterParties(ctx, end, phraseEnd) : null);
    if (about) {
      const from = end + about.index + about[0].length, to = trimEnd(text, from, phraseEnd);
      const facility = facilityAt(from, to);
      subject = { ...(facility ? { facility: facility.id } : {}), ...spanText(ctx, from, to) };
    } else {
      // "a deal that will allow the U.S. to continue using a Kyrgyz airbase": a facility in the noun's own phrase
      const facility = facilityAt(end, phraseEnd);
      if (facility) subject = { facility: facility.id, ...spanText(ctx, end + (after.length - after.trimStart().length), trimEnd(text, end, phraseEnd)) };
    }
  }
  const fact: AgreementFact = {
    kind: 'agreement', id: '', agreementType: NOUN_TYPES[head.toLowerCase()] ?? 'agreement', parties, evidence, rule,
    ...(subject ? { subject } : {}),
  };
  if (signed) { fact.signed = signed.value; evidence.push(cite(ctx, 'signed', signed.start, signed.end, (signed as { rule?: string }).rule?.startsWith('facts.') ? (signed as { rule: string }).rule : rule)); }
  // "a 27-year contract"; not "a 15-year extension to its lease" (that is the extension's length)
  const term = ctx.timesIn(clauseStart, phraseEnd).find(t => t.type === 'DURATION' && /-/.test(t.text) && t.end <= start + 40
    && !EXTENSION_NOUN_AFTER().test(text.slice(t.end, t.end + 15)));
  if (term) { fact.term = term.value; evidence.push(cite(ctx, 'term', term.start, term.end, rule)); }   // "a 27-year contract"
  // "an agreement … extending such presence for 25 more years, with an option of an additional 5-year extension"
  const times = ctx.timesIn(end, s.end);
  const forTerm = term ? undefined : durationAfter(ctx, times, end, s.end, /\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?$/i);
  // "secured a 15-year extension to its lease": the extension may come before the noun
  const extFrom = Math.max(clauseStart, start - 40);
  const ext = extension(ctx, times, end, s.end) ?? extension(ctx, ctx.timesIn(extFrom, start), extFrom, start);
  if (forTerm && forTerm.start !== ext?.durationStart) { fact.term = forTerm.value; evidence.push(cite(ctx, 'term', forTerm.start, forTerm.end, rule)); }
  // "for 15 years from 2017", "for 49 years starting in 2017": the term runs from then, not from the signing
  const termEnd = (forTerm ?? term)?.end;
  const from = termEnd !== undefined ? /^\s+(?:from|starting(?:\s+in|\s+from)?|beginning(?:\s+in)?|as\s+of)\s+$/i : undefined;
  const startsAt = termEnd !== undefined ? ctx.timesIn(termEnd, Math.min(s.end, termEnd + 40)).find(t => t.type === 'DATE' && /^\d/.test(t.value) && from!.test(text.slice(termEnd, t.start))) : undefined;
  if (startsAt) { fact.start = startsAt.value; evidence.push(cite(ctx, 'start', startsAt.start, startsAt.end, rule)); }
  if (ext) { fact.extension = ext.extension; evidence.push(cite(ctx, 'extension', ext.start, ext.end, rule)); }
  const value = worth(ctx, clauseStart, start, end, phraseEnd) ?? financing(ctx, end, s.end);
  if (value) { fact.consideration = [value]; evidence.push(cite(ctx, 'consideration', value.start, value.end, rule)); }
  const status = statusOf(text.slice(clauseStart, phraseEnd));
  if (status) fact.status = status;
  if (RATIFIED().test(text.slice(clauseStart, phraseEnd))) fact.ratified = true;
  const ends = ctx.timesIn(start, s.end).find(t => t.type === 'DATE' && /^\d/.test(t.value) && ENDING_BEFORE().test(text.slice(Math.max(start, t.start - 25), t.start)) && TERM_RUNNING().test(text.slice(end, t.start)));
  if (ends) { fact.expires = ends.value; evidence.push(cite(ctx, 'expires', ends.start, ends.end, rule)); }
  return fact;
}

let pairRe: RegExp | undefined;
const PAIR_NOUN = () => (pairRe ??= new RegExp(`\\b(?:the\\s+)?${alternation('pair-noun')}\\b`, 'i'));
let pairSubjectRe: RegExp | undefined, stateBodyRe: RegExp | undefined;
/** a pair noun right before the verb is the clause's subject: "the two nations have agreed" */
const PAIR_SUBJECT = () => (pairSubjectRe ??= new RegExp(`\\b(?:the\\s+)?${alternation('pair-noun')}\\s+(?:\\w+\\s+){0,2}$`, 'i'));

/** The two sides last named before `at`: the last two actors (people for their states, states, organizations) of different parties. */
function pairBefore(ctx: FactContext, at: number): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  const before = ctx.mentionsIn(0, at);
  for (let i = before.length - 1; i >= 0 && out.length < 2; i--) {
    const m = before[i];
    // "U.S. and Japanese officials": a nationality before officials or a government stands for its state
    const stateBody = m.type === 'NORP' && (stateBodyRe ??= new RegExp(`^\\s+${alternation('state-body')}\\b`, 'i')).test(ctx.doc.text.slice(m.end, m.end + 20));
    if (!ctx.isActor(m) || (m.type === 'NORP' && !stateBody)) continue;
    const id = partyId(ctx, m);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.unshift(m);
  }
  return out.length === 2 ? out : [];
}

/**
 * "The United States and Djibouti have signed a new lease", "The two presidents signed an agreement": a signing
 * told as done, with no date in its clause, happened by the report's date (an inference: rule …report-date).
 */
function reportDateSigning(ctx: FactContext, clauseStart: number, start: number, end: number): TimeExpression | undefined {
  const published = ctx.doc.published;
  if (!published || ctx.timesIn(clauseStart, end).some(t => t.type === 'DATE')) return undefined;
  const lead = ctx.doc.text.slice(clauseStart, start);
  const verb = SIGNED_LEAD().exec(lead);
  if (!verb || NOT_SIGNED().test(lead)) return undefined;
  // "has signed a law terminating the agreements": what was signed is the termination
  if (CANCELLING().test(lead.slice(verb.index))) return undefined;
  const at = clauseStart + verb.index;
  return { start: at, end: at + verb[0].trimEnd().length, text: ctx.doc.text.slice(at, at + verb[0].trimEnd().length), type: 'DATE', value: published, rule: 'facts.agreement.signed.report-date' } as TimeExpression;
}

/** "the Agreement between A and B on the Status …": the first "on/concerning/regarding" after the parties, not before a date. */
function aboutAfterParties(ctx: FactContext, end: number, phraseEnd: number): RegExpExecArray | null {
  const window = ctx.doc.text.slice(end, phraseEnd);
  const re = /\s(?:on|concerning|regarding)\s+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    const from = end + m.index + m[0].length;
    if (ctx.timesIn(from, from + 40).some(t => t.start === from)) continue;
    return m;
  }
  return null;
}

/** Where the facts say an agreement stands: cancelled, planned (not yet signed) or signed. */
function statusOf(clause: string): AgreementFact['status'] {
  const cancel = CANCELLING().exec(clause);
  if (cancel && !CONDITIONAL_BEFORE().test(clause.slice(Math.max(0, cancel.index - 50), cancel.index))) return 'cancelled';
  if (RATIFIED().test(clause)) return 'signed';
  if (PLANNED().test(clause)) return 'planned';
  // "held talks on the results of which the sides signed an agreement": the talks are over, the signing is done
  if (NEGOTIATING().test(clause) && !CONCLUDED().test(clause)) return 'planned';
  if (AWAITING_APPROVAL().test(clause) || PENDING().test(clause)) return 'pending';
  if (SIGNING().test(clause) || IN_FORCE().test(clause)) return 'signed';
  return undefined;
}

/** The party an actor mention stands for: a state for places and nationalities, the organization or person itself otherwise. */
function partyId(ctx: FactContext, m: Mention): string | undefined {
  // "Russia's Black Sea Fleet", "the 201st Division": a unit is stationed, it signs nothing
  if (m.type === 'ORG' && words('unit-head').has(m.text.split(/\s+/).pop()!.toLowerCase())) return undefined;
  // "the Republic of Abkhazia": a state in its own right, whatever country the gazetteer files it under
  if (m.type === 'GPE' && /^(?:the\s+)?Republic\s+of\s/i.test(m.text) && m.entity) return m.entity;
  if (m.type === 'GPE' || m.type === 'NORP') return ctx.countryOf(m) ?? m.entity;
  if (m.type === 'PERSON') return ctx.countryOf(m) ?? m.entity;
  // "the Russian Defense Ministry", "the Kyrgyz government": a state body signs for its state
  // "the Government of Kyrgyzstan", "the United States Government": a state's government is the state
  if (m.type === 'ORG') {
    const state = stateOfGovernment(ctx, m.text);
    if (state) return state;
  }
  if (m.type === 'ORG' && (m.metonymFor || ctx.entity(m.entity)?.metonymFor
    || (ctx.entity(m.entity)?.kind === 'government' && wordSet('lists/demonyms.tsv').has(m.text.replace(/^the\s+/i, '').split(/\s+/)[0].toLowerCase())))) return ctx.countryOf(m) ?? m.entity ?? m.text;
  return m.entity ?? m.text;
}

/** The state a government's formal name stands for: "Government of X", "X Government", X a state the document names. */
function stateOfGovernment(ctx: FactContext, name: string): string | undefined {
  const n = name.replace(/^the\s+/i, '');
  const x = /^(?:Government|Cabinet)\s+of\s+(?:the\s+)?(.+)$/i.exec(n)?.[1] ?? /^(.+?)\s+(?:Government|government|Administration)$/.exec(n)?.[1];
  if (!x) return undefined;
  const e = ctx.doc.entities.find(e => e.type === 'GPE' && (e.name.toLowerCase() === x.toLowerCase() || (e.aliases ?? []).some(a => a.toLowerCase() === x.toLowerCase())));
  const state = e?.country ?? (e && /^[A-Z]{3}$/.test(e.id) ? e.id : undefined) ?? countryByName(x)?.iso3;
  return state && /^[A-Z]{3}$/.test(state) ? state : undefined;
}

/** The date an agreement was signed: after the signing word, or before it unless a reporting "that" stands between. */
function signingDate(ctx: FactContext, from: number, to: number): TimeExpression | undefined {
  const text = ctx.doc.text;
  const word = SIGNING().exec(text.slice(from, to));
  if (!word) return undefined;
  const at = from + word.index;
  const after = ctx.dateIn(at, to);
  if (after) return after;
  const before = [...ctx.timesIn(from, at)].reverse().find(t => t.type === 'DATE' && /^\d/.test(t.value) && !ENDING_BEFORE().test(text.slice(Math.max(from, t.start - 25), t.start)));
  return before && !/\bthat\b/i.test(text.slice(before.end, at)) ? before : undefined;
}

/** Mentions in [from, at) outside comma-enclosed asides: ", which is the third largest in China,". */
function outsideParentheticals(ctx: FactContext, from: number, at: number): Mention[] {
  const text = ctx.doc.text.slice(from, at);
  const asides: [number, number][] = [];
  const aside = ASIDE();
  aside.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = aside.exec(text)) !== null) asides.push([from + m.index, from + m.index + m[0].length]);
  return ctx.mentionsIn(from, at).filter(x => !asides.some(([a, b]) => x.start >= a && x.end <= b));
}

/** The agreement a definite "the deal" / "the 1991 agreement" speaks of: the same year, else the latest. */
/**
 * The agreements told so far (`out`, in text order), with what readAgreements asks of them at each sentence
 * kept as they grow: the parties named in any, the first signed in each year, and which may cite the
 * current sentence. Every change to `out` goes through add and merge.
 */
class AgreementBook {
  /** every party of every agreement told so far */
  readonly parties = new Set<string>();
  private readonly position = new Map<AgreementFact, number>();
  /** by the year its signing date starts with: the first agreement (in `out`'s order) signed then */
  private readonly firstSigned = new Map<string, AgreementFact>();
  /** agreements told or merged into in this sentence, and those whose evidence reaches past the sentence they were told in */
  private touched: AgreementFact[] = [];
  private forward: AgreementFact[] = [];
  private sentence = { start: 0, end: 0 };

  constructor(private readonly out: AgreementFact[]) {}

  startSentence(s: { start: number; end: number }): void {
    this.sentence = s;
    this.touched = [];
    // an agreement's span within this sentence ends at or after its start: those with none such are done with
    this.forward = this.forward.filter(f => f.evidence.some(e => e.end >= s.start));
  }

  add(fact: AgreementFact): void {
    this.position.set(fact, this.out.length);
    this.out.push(fact);
    this.note(fact);
  }

  merge(into: AgreementFact, from: AgreementFact): void {
    mergeInto(into, from);
    this.note(into);
  }

  /** The first agreement (in `out`'s order) citing a span within the current sentence. */
  citingSentence(): AgreementFact | undefined {
    const s = this.sentence;
    let best: AgreementFact | undefined;
    for (const f of [...this.touched, ...this.forward]) {
      if ((!best || this.position.get(f)! < this.position.get(best)!) && f.evidence.some(e => e.start >= s.start && e.end <= s.end)) best = f;
    }
    return best;
  }

  /** "the 2010 agreement": the first signed that year; "the agreement": the latest told. */
  antecedent(fact: AgreementFact): AgreementFact | undefined {
    const year = /\b(1[89]\d\d|20\d\d)\b/.exec(fact.evidence[0].text)?.[1];
    if (year) return this.firstSigned.get(year);
    return this.out[this.out.length - 1];
  }

  private note(f: AgreementFact): void {
    for (const p of f.parties) this.parties.add(p);
    if (f.signed !== undefined) {
      const year = f.signed.slice(0, 4), first = this.firstSigned.get(year);
      if (!first || this.position.get(first)! > this.position.get(f)!) this.firstSigned.set(year, f);
    }
    this.touched.push(f);
    if (f.evidence.some(e => e.end > this.sentence.end)) this.forward.push(f);
  }
}

/** The actors of the clause before `at` joined by "and": "The USAF and Boeing have signed". */
function subjectsBefore(ctx: FactContext, from: number, at: number): Mention[] {
  const actors = outsideParentheticals(ctx, from, at).filter(m => ctx.isActor(m) && m.type !== 'NORP' && m.type !== 'PERSON' || (m.type === 'PERSON' && m.kind === 'name'));
  if (!actors.length) return [];
  // "EADS, the parent company of Airbus, has won": not a name that sits behind a preposition
  const free = actors.filter(m => !/\b(?:of|from|in|for|by|at|with|to|on)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/iu.test(ctx.doc.text.slice(Math.max(from, m.start - 40), m.start)));
  const pool = free.length ? free : actors;
  const out = [pool[pool.length - 1]];
  for (let i = actors.length - 2; i >= 0; i--) {
    if (!/^\s*(?:,|and|&)\s*$/.test(ctx.doc.text.slice(actors[i].end, out[0].start))) break;
    out.unshift(actors[i]);
  }
  return out;
}

/** Where the clause holding an agreement noun starts: after the last semicolon or sentence-internal clause break. */
function lastClauseStart(text: string, from: number, at: number): number {
  // the last break wins: from the end back, so the text is read once (".*" before the break read it once a start)
  const before = text.slice(from, at), re = CLAUSE_BREAK();
  for (let p = before.length - 1; p >= 0; p--) {
    const c = before.charCodeAt(p);
    if (c !== 59 && c !== 44) continue; // ; ,
    re.lastIndex = p;
    const m = re.exec(before);
    if (m) return from + p + m[0].length;
  }
  return from;
}

/** "Ushakov told reporters Wednesday that … a protocol will be signed": the reporter is no subject of what he reports. */
function reportedStart(text: string, from: number, at: number): number {
  const before = text.slice(from, at);
  if (!before.includes('that')) return from;
  // the last reporting verb with its "that" wins, as a leading ".*" made it, but the text is read once
  const re = REPORTED_THAT();
  for (let p = before.length - 1; p >= 0; p--) {
    if (!isWordChar(before.charCodeAt(p)) || (p > 0 && isWordChar(before.charCodeAt(p - 1)))) continue;
    re.lastIndex = p;
    const m = re.exec(before);
    if (m) return from + p + m[0].length;
  }
  return from;
}

/** A character of \w: a letter or digit of ASCII, or the underscore. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** "a £13 billion contract", "a deal worth US$7.2 bn", "a contract … for 9.9 billion yuan" */
function worth(ctx: FactContext, clauseStart: number, start: number, end: number, phraseEnd: number): Consideration | undefined {
  const money = ctx.mentionsIn(Math.max(clauseStart, start - 30), phraseEnd).find(m => m.type === 'MONEY'
    && (m.end <= end || /^\s*(?:worth|valued at|for|of|totall?ing|at)\s+(?:about\s+|around\s+|some\s+)?$/i.test(ctx.doc.text.slice(Math.max(end, m.start - 30), m.start).slice(-30)) || m.start - end < 80));
  if (!money) return undefined;
  return { text: money.text, start: money.start, end: money.end, ...(money.amount !== undefined ? { amount: money.amount } : {}), ...(money.currency ? { currency: money.currency } : {}), nature: 'payment' };
}

/** "…, with a loan of about $12 billion at an interest rate of 0.1 percent over 50 years": the financing, later in the sentence. */
function financing(ctx: FactContext, from: number, to: number): Consideration | undefined {
  const text = ctx.doc.text;
  const money = ctx.mentionsIn(from, to).find(m => m.type === 'MONEY'
    && FINANCING_LEAD().test(text.slice(Math.max(from, m.start - 40), m.start)));
  if (!money) return undefined;
  const lead = FINANCING_LEAD().exec(text.slice(Math.max(from, money.start - 40), money.start))!;
  const start = Math.max(from, money.start - 40) + lead.index + (lead[0].length - lead[0].trimStart().length);
  // the financing's own terms run to the end of its clause: "at an interest rate of 0.1 percent over 50 years"
  const end = trimEnd(text, money.end, to);
  return {
    text: text.slice(start, end), start, end, ...(money.amount !== undefined ? { amount: money.amount } : {}), ...(money.currency ? { currency: money.currency } : {}),
    nature: /loan|credit/i.test(lead[1]) ? 'loan' : lead[1].toLowerCase() === 'investment' ? 'investment' : 'payment',
  };
}

/** The same agreement told twice (headline and body): same kind, a party in common, no conflicting dates. */
export function mergeRepeats(all: AgreementFact[]): AgreementFact[] {
  const out: AgreementFact[] = [];
  for (const f of all) {
    const same = out.find(o => o.agreementType === f.agreementType && o.parties.some(p => f.parties.includes(p))
      && (!o.signed || !f.signed || o.signed.startsWith(f.signed) || f.signed.startsWith(o.signed)) && (!o.term || !f.term || o.term === f.term)
      && sameSubject(o, f));
    if (same) mergeInto(same, f);
    else out.push(f);
  }
  return out;
}

/**
 * "United States and Japan Sign Protocol to Amend the Guam International Agreement" over "Today in Tokyo … signed
 * the Protocol Amending the Agreement …": a headline's agreement is the body's first one of its type with a side in common.
 */
function mergeHeadline(ctx: FactContext, all: AgreementFact[]): AgreementFact[] {
  const firstLineEnd = ctx.doc.text.indexOf('\n');
  if (firstLineEnd < 0) return all;
  const head = all.find(a => a.evidence[0].start < firstLineEnd);
  if (!head) return all;
  const body = all.find(a => a !== head && a.evidence[0].start > firstLineEnd && a.agreementType === head.agreementType && a.parties.some(p => head.parties.includes(p)));
  if (!body) return all;
  mergeInto(body, head);
  return all.filter(a => a !== head);
}

/** What two readings of one agreement say together: a cancellation stands; "awaiting ratification" outranks a bare signing, not a ratification. */
function mergedStatus(into: AgreementFact, from: AgreementFact): AgreementFact['status'] {
  if (!into.status || !from.status) return into.status ?? from.status;
  if (into.status === 'cancelled' || from.status === 'cancelled') return 'cancelled';
  if (into.ratified || from.ratified) return 'signed';
  if (into.status === 'pending' || from.status === 'pending') return 'pending';
  return into.status;
}

/** Two subjects that speak of different things ("the presence of the fleet", "gas transit") are two agreements. */
function sameSubject(a: AgreementFact, b: AgreementFact): boolean {
  if (!a.subject || !b.subject) return true;
  if (a.subject.facility || b.subject.facility) return a.subject.facility === b.subject.facility || !a.subject.facility || !b.subject.facility;
  return a.subject.start < b.subject.end && b.subject.start < a.subject.end || a.subject.text === b.subject.text;
}

function mergeInto(into: AgreementFact, from: AgreementFact): void {
  for (const p of from.parties) if (!into.parties.includes(p)) into.parties.push(p);
  into.signed ??= from.signed;
  into.term ??= from.term;
  into.extension ??= from.extension;
  into.expires ??= from.expires;
  into.status = mergedStatus(into, from);
  if (from.ratified) { into.ratified = true; if (into.status === 'pending') into.status = 'signed'; }
  if (!into.consideration && from.consideration) into.consideration = from.consideration;
  into.subject ??= from.subject;
  if (into.agreementType === 'agreement' && from.agreementType !== 'agreement') into.agreementType = from.agreementType;
  // at most MAX_EVIDENCE_PER_FIELD spans per field: a repeated agreement does not pile up citations
  for (const e of from.evidence) {
    let n = 0;
    if (!into.evidence.some(x => x.field === e.field && (x.start === e.start || ++n >= MAX_EVIDENCE_PER_FIELD))) into.evidence.push(e);
  }
}

/** The DURATION right after a preposition: "for fifteen years". */
function durationAfter(ctx: FactContext, times: TimeExpression[], from: number, to: number, lead: RegExp): TimeExpression | undefined {
  return times.find(t => t.type === 'DURATION' && t.start >= from && t.end <= to && lead.test(ctx.doc.text.slice(Math.max(from, t.start - 40), t.start))
    && !/\bextension\b/i.test(ctx.doc.text.slice(Math.max(from, t.start - 40), t.start))) ?? moreYears(ctx, from, to, lead);
}

/** "for 25 more years", "for 10 additional years": a count of years the time layer did not read as one duration. */
function moreYears(ctx: FactContext, from: number, to: number, lead: RegExp): TimeExpression | undefined {
  const re = MORE_YEARS();
  re.lastIndex = 0;
  const window = ctx.doc.text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    const start = from + m.index;
    const before = ctx.doc.text.slice(Math.max(from, start - 40), start);
    if (!lead.test(before) || /\b(?:extension|option)\b/i.test(before)) continue;
    return { start, end: start + m[0].length, text: m[0], type: 'DURATION', value: `P${m[1]}Y`, rule: 'facts.agreement.term.more-years' } as TimeExpression;
  }
  return undefined;
}


/** "with an option for an automatic extension for an additional five years" */
function extension(ctx: FactContext, times: TimeExpression[], from: number, to: number) {
  const text = ctx.doc.text;
  for (const t of times) {
    if (t.type !== 'DURATION' || t.start < from || t.end > to) continue;
    const before = text.slice(Math.max(from, t.start - 60), t.start);
    const m = /\b(?:(option)\w*\s+(?:\w+\s+){0,3})?(?:(automatic)\w*\s+)?(?:extension|extend(?:ed)?|renewal|renew(?:ed)?|prolong\w*)\b/i.exec(before);
    // "an option of an additional 5-year extension": the duration before the noun
    const noun = m ? null : EXTENSION_NOUN_AFTER().exec(text.slice(t.end, t.end + 15));
    if (noun) {
      const lead = /\b(?:(option)\w*\s+(?:\w+\s+){0,3})?(?:(?:an?|one|the)\s+)?(?:additional\s+|further\s+)?$/i.exec(before)!;
      return {
        extension: { duration: t.value, ...(/automatic/i.test(before) ? { automatic: true } : {}), ...(lead[1] ? { optional: true } : {}) },
        start: Math.max(from, t.start - 60) + lead.index, end: t.end + noun[0].length, clause: before.slice(lead.index), durationStart: t.start,
      };
    }
    if (!m) continue;
    // "the 25-year lease … might be extended to 49 years": the whole term becomes that, it is no extension of that length
    if (/\bto\s+(?:a\s+total\s+of\s+|some\s+|about\s+)?$/i.test(before) && /^extend|^prolong/i.test(m[0].replace(/^.*?\b(extend|prolong)/i, '$1'))) continue;
    const clause = before.slice(m.index);
    return {
      extension: { duration: t.value, ...(/automatic/i.test(before) ? { automatic: true } : {}), ...(/\boption/i.test(before) ? { optional: true } : {}) },
      start: Math.max(from, t.start - 60) + m.index, end: t.end, clause, durationStart: t.start,
    };
  }
  return undefined;
}

/** "after the Russian government agreed to reduce some Kyrgyz debt by some $500 million" */
function consideration(ctx: FactContext, start: number, end: number): Consideration | undefined {
  const text = ctx.doc.text;
  const stop = trimEnd(text, start, end);
  const clause = text.slice(start, stop);
  const money = ctx.mentionsIn(start, stop).find(m => m.type === 'MONEY');
  if (!money && !CONSIDERATION_NOUN().test(clause)) return undefined;
  const lead = CONSIDERATION().exec(clause);
  const from = start + (lead ? lead.index + lead[0].length : 0);
  return {
    text: text.slice(from, stop), start: from, end: stop,
    ...(money?.amount !== undefined ? { amount: money.amount } : {}), ...(money?.currency ? { currency: money.currency } : {}),
    nature: /\bdebt\b/i.test(clause) && RELIEF_WORD().test(clause) ? 'debt relief'
      : /\bloan\b/i.test(clause) ? 'loan' : money ? 'payment' : 'other',
  };
}

function derive(f: AgreementFact): void {
  const from = f.start ?? f.signed;
  if (!from || !f.term) return;
  // "extending such presence for 25 more years": added to a term the text does not give, no end follows from the signing
  if (f.evidence.some(e => e.field === 'term' && FURTHER().test(e.text))) return;
  const end = addDuration(from.split('/')[0], f.term);
  if (!end) return;
  f.derived = { end, from: [f.start ? 'start' : 'signed', 'term'] };
  if (f.extension) {
    const withExt = addDuration(end, f.extension.duration);
    if (withExt) { f.derived.endWithExtension = withExt; f.derived.from.push('extension'); }
  }
}

function cite(ctx: FactContext, field: string, start: number, end: number, rule: string): Evidence {
  return { field, start, end, text: ctx.doc.text.slice(start, end), rule };
}

function spanText(ctx: FactContext, start: number, end: number) {
  return { start, end, text: ctx.doc.text.slice(start, end) };
}

/** The first comma after `from` that is not inside a time expression ("September 22, 2003"), relative to `from`; -1 if none. */
function commaOutsideTimes(ctx: FactContext, from: number, to: number): number {
  const text = ctx.doc.text;
  for (let i = from; i < to; i++) {
    if (text[i] !== ',') continue;
    if (ctx.insideTime(i)) continue;
    return i - from;
  }
  return -1;
}

/** Drops a dangling preposition: "lease the base to Russia for" → "lease the base to Russia". */
function stripTrailingWord(text: string, start: number, end: number): number {
  const m = /\s+(?:for|of|to|with|by|over|during)\s*$/i.exec(text.slice(start, end));
  return m ? start + m.index : end;
}

/** Ends a clause before trailing punctuation, brackets and spaces. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:!?(]/.test(text[e - 1])) e--;
  return e;
}
