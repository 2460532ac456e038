// The language of a foreign facility running down and going back to its host, and of one at work:
// "will cease operations at", "remove its forces from Naval Air Station Keflavik", "A, B and C will be
// inactivated and returned to Germany", "identified A and B as excess", "is closing in July 2014";
// "which has served as … since late 2001", "began operating this month", "to host U.S. and other forces at
// Manas". Each reading is a class of wording around one mention of the facility, with its own rule id.
// A deadline that follows the facility ("in July 2014", "to the host nations in 2012") is the step's
// `until`; a date before it, or else the narrative date, is when the step was taken.
import type { FacilityFact } from '../../document/facts.ts';
import type { Mention, TimeExpression } from '../../document/types.ts';
import type { FactContext } from './context.ts';
import type { FacilityMention } from './facility-mentions.ts';
import { addStatus, cite, setOnce, span } from './facility-record.ts';
import { stationedAt } from './stationed.ts';
import { alternation, once } from './words.ts';

/** "by the end of", "within", "until": before the date a facility is handed back by */
const BY_DATE_LEAD = once(() => new RegExp(`\\b${alternation('handback-by-lead')}\\s+(?:the\\s+)?(?:end\\s+of\\s+)?$`, 'i'));
/** "… will withdraw", "are set to pull out": forces to go */
const GOING_AFTER = once(() => new RegExp(`^\\s+${alternation('going-modal')}\\s+(?:\\w+\\s+)?${alternation('going-verb')}\\b`, 'i'));

const re = new Map<string, RegExp>();
const pattern = (key: string, make: () => string, flags = 'i'): RegExp => {
  let r = re.get(key);
  if (!r) { r = new RegExp(make(), flags); re.set(key, r); }
  return r;
};

// (the text after a mention is bounded by its sentence, so "U.S." dots may be crossed)
// what may stand between a facility's name and its verb: where it is ("at Manas, Kyrgyzstan")
const SITED = String.raw`(?:\s+(?:at|in|near|on)\s+[^,.;]{1,40}?)?(?:,\s+\p{Lu}[^,.;]{0,30}?(?=,))?`;

/** "A, B and C will be returned": the words between a facility and its verb are only more names of a list. */
function onlyNames(gap: string): boolean {
  for (const w of gap.split(/[\s,]+/)) if (w && w !== 'and' && !/^\p{Lu}/u.test(w)) return false;
  return true;
}

function isDate(t: TimeExpression): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value);
}

/**
 * When a closing was taken and by when it is to take effect: a date after `at` introduced as a deadline
 * ("in July 2014", "by the end of 2006", "this fall") is `until`; any other date not anchoring a "since"
 * ("according to an August 23 news release") is when; else the narrative date.
 */
function whenAndUntil(ctx: FactContext, sentence: { start: number; end: number }, at: number): { time?: string; until?: string } {
  const text = ctx.doc.text;
  const lead = (t: TimeExpression) => text.slice(Math.max(sentence.start, t.start - 40), t.start);
  const dates = ctx.timesIn(sentence.start, sentence.end).filter(isDate).filter(t => !/\b(?:since|after|following)\s+(?:\S+\s+){0,3}$/i.test(lead(t)));
  const until = dates.find(t => t.start >= at && (BY_DATE_LEAD().test(lead(t)) || /^(?:this|next|later)\b/i.test(t.text)));
  const when = dates.find(t => t !== until);
  return { time: when?.value ?? ctx.narrativeDate(sentence.start), ...(until ? { until: until.value } : {}) };
}

/** The state whose forces a phrase speaks of: "its", "U.S. Navy", "American". */
function ownerIn(ctx: FactContext, start: number, end: number): Mention | undefined {
  return ctx.mentionsIn(start, end).find(x => (x.type === 'GPE' || x.type === 'NORP' || x.type === 'ORG') && ctx.countryOf(x));
}

/** Reads the hand-back and at-work wordings around `m`; true when it read a closing still to come (so "closing" is not "closed"). */
export function readHandback(ctx: FactContext, fact: FacilityFact, m: FacilityMention): boolean {
  const text = ctx.doc.text;
  const sentence = ctx.doc.sentences[m.sentence];
  const before = text.slice(Math.max(sentence.start, m.start - 160), m.start);
  const b0 = m.start - before.length;
  const rest = text.slice(m.end, sentence.end);
  let toCome = false;

  // "the United States would cease operations at four locations", "remove its forces from Naval Air Station Keflavik"
  const cease = pattern('cease', () => `\\b${alternation('cease-cue')}\\s+(?:the\\s+)?(?:[\\w.,'’-]+\\s+){0,6}?$`).exec(before);
  const withdraw = pattern('withdraw', () => `\\b${alternation('withdraw-verb')}\\s+((?:[\\w.'’-]+\\s+){0,5}?)${alternation('forces-noun')}\\s+(?:out\\s+)?from\\s+(?:the\\s+)?$`).exec(before);
  if (cease || withdraw) {
    const cue = (cease ?? withdraw)!;
    const cueAt = b0 + cue.index;
    const owner = withdraw ? ownerIn(ctx, cueAt, m.start) : ctx.subjectBefore(sentence.start, cueAt);
    const country = ctx.countryOf(owner);
    if (country && country !== fact.host && setOnce(fact, 'operator', country)) cite(fact, 'operator', ctx, owner!.start, owner!.end, withdraw ? 'facts.facility.operator.withdraws' : 'facts.facility.operator.ceases');
    addStatus(fact, { status: 'closing', ...whenAndUntil(ctx, sentence, m.end), evidence: span(ctx, cueAt, m.end) });
    toCome = true;
  }

  // "A, B and C will be inactivated and returned to Germany"; "identified A and B as excess to the Army's needs"
  const passive = pattern('returned', () => `^([^.;]{0,160}?)\\s+(?:will|would|is|are|to|shall)\\s+be\\s+(?:[\\w-]+\\s+and\\s+)?${alternation('return-verb')}\\s+to\\s+(?:the\\s+)?`).exec(rest);
  if (passive && onlyNames(passive[1])) {
    const at = m.end + passive[0].length;
    const host = ctx.mentionsIn(at, Math.min(sentence.end, at + 40)).find(x => x.start === at && ctx.isPlace(x));
    if (setOnce(fact, 'host', ctx.countryOf(host))) cite(fact, 'host', ctx, host!.start, host!.end, 'facts.facility.host.returned-to');
    addStatus(fact, { status: 'closing', ...whenAndUntil(ctx, sentence, at), evidence: span(ctx, m.start, at) });
    toCome = true;
  }
  const excess = pattern('excess', () => `^([^.;]{0,160}?)\\s+(?:as|is|are|was|were)\\s+(?:now\\s+)?${alternation('excess-cue')}\\b`).exec(rest);
  if (excess && onlyNames(excess[1])) {
    addStatus(fact, { status: 'closing', ...whenAndUntil(ctx, sentence, m.end), evidence: span(ctx, m.start, m.end + excess[0].length) });
    toCome = true;
  }
  // "U.S. Army Europe will return the San Gottardo Signal Site near Vicenza, Italy, and part of the Crestview Housing Area … to the host nations in 2012"
  const active = pattern('return', () => `\\b${alternation('return-verb')}\\s+(?:[^.;]{0,120}?\\s(?:and|,)\\s+(?:part\\s+of\\s+)?)?(?:the\\s+)?$`).exec(before);
  const toWhom = active ? /^[^.;]{0,120}?\sto\s+(?:the\s+)?(host\s+nations?|host\s+countr(?:y|ies)|\p{Lu})/u.exec(rest) : null;
  if (active && toWhom) {
    const giver = ctx.subjectBefore(sentence.start, b0 + active.index);
    const country = ctx.countryOf(giver);
    if (country && country !== fact.host && setOnce(fact, 'operator', country)) cite(fact, 'operator', ctx, giver!.start, giver!.end, 'facts.facility.operator.returns');
    const at = m.end + toWhom[0].length - toWhom[1].length;
    const host = ctx.mentionsIn(at, Math.min(sentence.end, at + 40)).find(x => x.start === at && ctx.isPlace(x));
    if (setOnce(fact, 'host', ctx.countryOf(host))) cite(fact, 'host', ctx, host!.start, host!.end, 'facts.facility.host.returned-to');
    addStatus(fact, { status: 'closing', ...whenAndUntil(ctx, sentence, m.end), evidence: span(ctx, b0 + active.index, at) });
    toCome = true;
  }
  // "its remaining troops stationed at Niger's Agadez drone base will withdraw by early August"
  const goes = GOING_AFTER().exec(rest);
  if (goes && stationedAt(ctx, sentence.start, m.start)) {
    const at = m.end + goes[0].length;
    addStatus(fact, { status: 'closing', ...whenAndUntil(ctx, sentence, at), evidence: span(ctx, m.start, at) });
    toCome = true;
  }
  // "The Transit Center at Manas, Kyrgyzstan, which has served …, is closing in July 2014"
  const closingVerb = pattern('closing', () => `^${SITED}(?:\\s*,[^;]{0,240}?,)?\\s+${alternation('closing-verb')}\\b`, 'iu').exec(rest);
  if (closingVerb) {
    const at = m.end + closingVerb[0].length;
    addStatus(fact, { status: 'closing', ...whenAndUntil(ctx, sentence, at), evidence: span(ctx, m.start, at) });
    toCome = true;
  }

  // "which has served as the Department of Defense's primary air mobility hub … since late 2001"
  const serving = pattern('serving', () => `^${SITED}[\\s,]*(?:which\\s+|that\\s+)?${alternation('serving-cue')}\\b[^;]{0,200}?\\bsince\\s+`, 'iu').exec(rest);
  if (serving) {
    const at = m.end + serving[0].length;
    const since = ctx.timesIn(at, sentence.end).find(isDate);
    if (since && since.start - at < 40) addStatus(fact, { status: 'active', time: since.value, evidence: span(ctx, m.start, since.end) });
  }
  // "The transit center began operating at initial capacity this month"
  const start = pattern('start', () => `^\\s+${alternation('start-cue')}\\b`).exec(rest);
  if (start) {
    const date = ctx.dateIn(m.end, sentence.end);
    addStatus(fact, { status: 'active', time: date?.value ?? ctx.narrativeDate(sentence.start), evidence: span(ctx, m.start, date ? date.end : m.end + start[0].length) });
  }
  // "willingness to host U.S. and other forces at Manas": whose forces they are runs it
  const hosted = pattern('hosted', () => `\\b${alternation('host-verb')}\\s+([^;]{1,60}?)\\s+${alternation('forces-noun')}\\s+(?:at|in|on)\\s+(?:the\\s+)?$`).exec(before);
  // "MK Air Base … has routinely hosted U.S. Army, Air Force, Navy and Marine Corps forces"
  const hostsAfter = !hosted && !ctx.mentionsIn(sentence.start, m.start).some(x => ctx.isActor(x))
    ? pattern('hosts-after', () => `^[^;]{0,240}?\\b(?:has|have|had)\\s+(?:\\w+\\s+)?hosted\\s+([^;]{1,80}?)\\s+${alternation('forces-noun')}\\b`).exec(rest) : null;
  if (hosted || hostsAfter) {
    const found = (hosted ?? hostsAfter)!;
    const to = hosted ? m.start : m.end + found.index + found[0].length;
    const from = (hosted ? b0 : m.end) + found.index + found[0].lastIndexOf(found[1]);
    const guest = ownerIn(ctx, from, to);
    const country = ctx.countryOf(guest);
    if (country && country !== fact.host && setOnce(fact, 'operator', country)) cite(fact, 'operator', ctx, guest!.start, guest!.end, 'facts.facility.operator.hosted-forces');
    addStatus(fact, { status: 'active', evidence: span(ctx, Math.min(from, m.start), Math.max(to, m.end)) });
  }
  return toCome;
}
