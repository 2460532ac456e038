// Reads what the text says about each facility: where it is, whose it is, which
// units sit there, when it opened and what became of it. Each reading is a small
// pattern over the clause around a mention of the facility, with its own rule id.
import { compareDateKeys } from '../../document/calendar.ts';
import type { Evidence, FacilityFact, StatusChange } from '../../document/facts.ts';
import type { Mention } from '../../document/types.ts';
import { FactContext } from './context.ts';
import { offsetPoint } from './dates.ts';
import type { FacilityCluster } from './facility-clusters.ts';
import type { FacilityMention } from './facility-mentions.ts';
import { slug } from './names.ts';
import { alternation, once, words, writtenAlternation } from './words.ts';
import { readHandback } from './handback.ts';
import { addStatus, cite, setOnce, span } from './facility-record.ts';
import { stationedAt } from './stationed.ts';
import { tsvRows } from '../../data/lexicon.ts';

const CLAUSE_END = once(() => new RegExp(`[.;!?]|\\s[–—-]\\s|,\\s${alternation('clause-end-word')}\\b|\\sbut\\s`));
/** "the 7th Air Army", "Pacific Fleet": a unit's name (case kept) */
const MILITARY_UNIT = once(() => new RegExp(`\\b${writtenAlternation('military-unit-word')}\\b`));
const AGREED = once(() => new RegExp(`\\b${alternation('agreed-cue')}\\b`, 'i'));
const ESTABLISH_AGREED = once(() => new RegExp(`\\b${alternation('establish-agreed-cue')}\\b`, 'i'));
const LOCATED_AFTER = once(() => new RegExp(`^(?:\\s+(?:known\\s+as|called)\\s+[\\p{L}\\d -]{1,30}?)?\\s+${alternation('located-participle')}(?=\\s+(?:in|on|at|near)\\s)`, 'u'));
const HAS_BEFORE = once(() => new RegExp(`\\b(has had|${alternation('has-auxiliary')})\\s+(?:also\\s+)?$`, 'i'));
const ALSO_HAS_BEFORE = once(() => new RegExp(`\\b(?:also\\s+)?(${alternation('has-auxiliary')})\\s+(?:also\\s+)?$`, 'i'));
const HOSTS_AFTER = once(() => new RegExp(`^(?:\\s+(?:in|at|near)\\s+[^,.;]{1,40}?)?\\s+${writtenAlternation('hosting-verb')}\\s+`, 'i'));
const GIVING = once(() => new RegExp(`\\b${alternation('giving-verb')}\\b`, 'i'));
const SENT_FORCES = once(() => new RegExp(`^(?:U\\.S\\.|US|American|[A-Z][\\w.]*)\\s+${alternation('sent-forces-noun')}\\b`));
const EARLIER_DATE_LEAD = once(() => new RegExp(`\\b${alternation('earlier-date-lead')}\\s+(?:\\S+\\s+){0,3}$`, 'i'));
const OTHER_EVENT_LEAD = once(() => new RegExp(`\\b${alternation('other-event-lead')}\\b[^,;]*$`, 'i'));
const LOCATED_IN = once(() => new RegExp(`\\blocated\\s+(?:just\\s+|some\\s+|about\\s+)?(?:(${alternation('compass-direction')})\\s+of|in|near|outside)\\s+(?:the\\s+${alternation('settlement-noun')}\\s+of\\s+)?`, 'i'));
const DISTANCE_FROM = once(() => new RegExp(`\\b(?:${alternation('about-word')}\\s+)?(\\d+(?:\\.\\d+)?)\\s*(${alternation('distance-unit')})\\s+(${alternation('compass-direction')})\\s+of\\s+`, 'i'));
/** "It", "The base", "The Center": a sentence still speaking of the facility before it (case kept) */
const FOCUS_OPENER = once(() => new RegExp(`^(?:It|The ${writtenAlternation('focus-head')})\\b`));
const REGION_AFTER = once(() => new RegExp(`^\\s+${alternation('region-word')}\\b`, 'i'));
const TO_BUILD_BEFORE = once(() => new RegExp(`\\bto\\s+${alternation('building-verb')}\\s+(?:a\\s+|an\\s+|the\\s+)?$`, 'i'));
const UNITS_STATIONED = once(() => new RegExp(`\\bunits?\\s+${alternation('stationed-participle')}\\b|\\bhome (?:to|of)\\b`, 'i'));
const ANOTHER_FACILITY = once(() => new RegExp(`\\b(${alternation('another-facility-word')})\\b`, 'i'));
const MILITARY_NAME_LEAD = once(() => new RegExp(`^${writtenAlternation('military-name-lead')}\\b`));
let closingRe: RegExp | undefined;
/** "closed", "shut down", "mothballed"; "close" but not "close to", "close ties" (built once) */
const CLOSING = () => (closingRe ??= new RegExp(`\\b(?:${alternation('closing-unless-next')}(?!\\s+${alternation('close-adjective-next')}\\b)|${alternation('closing-word')}|${alternation('closing-stem')}\\w*)\\b`, 'i'));
let causativeRe: RegExp | undefined;
/** "to have the U.S. base removed": a participle right after the facility (built once) */
const CAUSATIVE_AFTER = () => (causativeRe ??= new RegExp(`^\\s+${alternation('causative-participle')}\\b`, 'i'));
let usedByRe: RegExp | undefined, leasedInRe: RegExp | undefined;
/** ", which the United States uses": the user after the facility (built once; the verbs in lower case, as written) */
const USED_BY = () => (usedByRe ??= new RegExp(`^,?\\s+(?:which|that)\\s+([^,;]{1,40}?)\\s+${alternation('user-verb')}\\b`));
/** "a military base it leases in Tajikistan" (built once) */
const LEASED_IN = () => (leasedInRe ??= new RegExp(`^\\s+(?:that\\s+|which\\s+)?(it|they|[A-Z][\\w.-]+)\\s+(?:(?:has|have|had)\\s+)?${alternation('user-verb')}\\s+in\\s+(?:the\\s+)?`));
let activeWordsRe: RegExp | undefined;
const ACTIVE_WORDS = () => (activeWordsRe ??= new RegExp(`\\b${alternation('active-word')}\\b`, 'i'));

// "the bill to close the air base", "a plan to shut the base": an intention, the base is not closed yet
const TO_CLOSE = /\bto\s+(?:close|shut(?:\s+down)?|dismantle|vacate)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$/i;
let leftRe: RegExp | undefined;
const LEFT_BEFORE = () => (leftRe ??= new RegExp(`\\b${alternation('leaving-forces-noun')}\\s+(?:\\w+\\s+){0,3}?${alternation('left-verb')}\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,3}$`, 'i'));
let giveUpRe: RegExp | undefined, grantRe: RegExp | undefined;
let leaveRe: RegExp | undefined, closeRe: RegExp | undefined, useRe: RegExp | undefined, activeRe: RegExp | undefined, planRe: RegExp | undefined;
const LEAVE_BEFORE = () => (leaveRe ??= new RegExp(`\\b(?:must|has\\s+to|have\\s+to|to|will)\\s+(?:\\w+\\s+){0,2}?${alternation('leave-verb')}\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,3}$|\\b${alternation('close-cue')}\\s+(?:the\\s+|its\\s+)?(?:[\\w.-]+\\s+){0,5}$`, 'i'));
const CLOSE_AFTER = () => (closeRe ??= new RegExp(`^\\s+(?:was|is|were|are|has\\s+been|had\\s+been)\\s+(?:\\w+\\s+)?${alternation('close-cue')}\\b`, 'i'));
const USE_BEFORE = () => (useRe ??= new RegExp(`\\b${alternation('use-verb')}\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?$`, 'i'));
const ACTIVE_CUE = () => (activeRe ??= new RegExp(`\\b${alternation('active-cue')}\\b`, 'i'));
let keepRe: RegExp | undefined, leaveWordRe: RegExp | undefined;
/** a continuing cue ending the lead: "… agreed … to let the United States keep using" (built once) */
const KEEP_BEFORE_END = () => (keepRe ??= new RegExp(`\\b${alternation('continue-cue')}\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?$`, 'i'));
const LEAVE_WORD = () => (leaveWordRe ??= new RegExp(`\\b${alternation('leave-verb')}\\b`, 'i'));
const PLAN_BEFORE = () => (planRe ??= new RegExp(`\\b${alternation('plan-cue')}\\b[^.;]*$`, 'i'));

export function readFacilityFacts(ctx: FactContext, clusters: FacilityCluster[]): FacilityFact[] {
  const facts: FacilityFact[] = [];
  const focusBySentence = focusOfSentences(ctx, clusters);
  for (const c of clusters) {
    const fact = emptyFact(ctx, c);
    for (const m of c.mentions) readAround(ctx, fact, m, c);
    for (const [sentence, focus] of focusBySentence) if (focus === c) readSentence(ctx, fact, sentence);
    finish(ctx, fact, c);
    facts.push(fact);
  }
  assumeStoryCompany(ctx, facts);
  assumeStoryState(ctx, facts);
  return facts;
}

/**
 * "U.S. Army units … Babenhausen Kaserne … will be returned to Germany": a military facility whose host the
 * text gives but whose user it leaves unsaid is run by the foreign state the report is about, when one state
 * other than the host clearly leads the report (named at least three times, and more often than any other). Marked `operatorInferred`.
 */
function assumeStoryState(ctx: FactContext, facts: FacilityFact[]): void {
  if (!facts.some(f => !f.operator && f.host && words('military-type').has(f.facilityType))) return;
  const counts = new Map<string, number>();
  const first = new Map<string, Mention>();
  for (const m of ctx.doc.mentions) {
    if (m.type !== 'GPE' && m.type !== 'NORP') continue;
    const c = ctx.countryOf(m);
    if (!c || c !== m.entity && m.type === 'GPE' && m.kind === 'name' && ctx.entity(m.entity)?.country === c) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, m);
  }
  // a state that hosts one facility of the report is not taken for the foreign user of another
  const hosts = new Set(facts.map(f => f.host).filter(Boolean));
  for (const f of facts) {
    if (f.operator || !f.host || !words('military-type').has(f.facilityType)) continue;
    const [top, next] = [...counts].filter(([c]) => !hosts.has(c)).sort((a, b) => b[1] - a[1]);
    if (!top || top[1] < 3 || top[1] <= (next?.[1] ?? 0)) continue;
    f.operator = top[0];
    f.operatorInferred = true;
    const m = first.get(top[0])!;
    cite(f, 'operator', ctx, m.start, m.end, 'facts.facility.operator.story-state');
  }
}

const INDUSTRIAL = words('industrial-type');

/**
 * "Ford … will cut 14 plants. By the end of this year, the Atlanta and St. Louis plants will be closed": plants
 * whose owner the sentence leaves unsaid are the company the report is about, when one company clearly leads
 * (named at least twice, and more often than any other). Marked `operatorInferred`.
 */
function assumeStoryCompany(ctx: FactContext, facts: FacilityFact[]): void {
  if (!facts.some(f => !f.operator && INDUSTRIAL.has(f.facilityType))) return;
  const counts = new Map<string, number>();
  const first = new Map<string, Mention>();
  for (const m of ctx.doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'ORG' || !m.entity || ctx.entity(m.entity)?.kind !== 'company') continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (!first.has(m.entity)) first.set(m.entity, m);
  }
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < 2 || top[1] <= (next?.[1] ?? 0)) return;
  const m = first.get(top[0])!;
  for (const f of facts) {
    if (f.operator || !INDUSTRIAL.has(f.facilityType)) continue;
    f.operator = top[0];
    f.operatorInferred = true;
    cite(f, 'operator', ctx, m.start, m.end, 'facts.facility.operator.story-company');
  }
}

function emptyFact(ctx: FactContext, c: FacilityCluster): FacilityFact {
  const named = c.mentions.find(m => m.named)?.named;
  const entity = ctx.entity(named?.entity);
  return {
    // "Mihail Kogalniceanu (MK) Air Base": a label that completes the typed name is the name
    kind: 'facility', id: '', name: c.mentions.find(m => m.named && m.label && m.label.length > m.named.text.length && m.label.endsWith(m.named.text))?.label
      ?? entity?.name ?? named?.text ?? c.mentions.find(m => m.label)?.label ?? '',
    aliases: [...new Set(c.mentions.filter(m => m.label).map(m => m.label!))],
    facilityType: c.mentions.find(m => m.named && m.named.text === entity?.name)?.facilityType
      ?? c.mentions.find(m => m.named && m.facilityType !== 'facility')?.facilityType ?? c.facilityType,
    ...(named?.entity ? { entity: named.entity } : {}),
    history: [], evidence: [], rule: c.links[0],
  };
}

/** Reads the words right around one mention of the facility. */
function readAround(ctx: FactContext, fact: FacilityFact, m: FacilityMention, c: FacilityCluster): void {
  const text = ctx.doc.text;
  const sentence = ctx.doc.sentences[m.sentence];
  cite(fact, 'mention', ctx, m.start, m.end, c.links[0]);
  const lead = text.slice(sentence.start, m.start);
  // "allow the U.S. to continue using a Kyrgyz airbase": the user runs it; the nationality says whose soil it is on
  const use = USE_BEFORE().exec(lead);
  if (use) {
    const user = ctx.subjectBefore(sentence.start, sentence.start + use.index);
    const userCountry = ctx.countryOf(user);
    if (userCountry && setOnce(fact, 'operator', userCountry)) cite(fact, 'operator', ctx, user!.start, m.end, 'facts.facility.operator.user');
    if (userCountry && m.modifierCountry && m.modifierCountry !== userCountry && setOnce(fact, 'host', m.modifierCountry)) cite(fact, 'host', ctx, m.start, m.end, 'facts.facility.host.user-modifier');
    // "Kyrgyzstan agreed on Tuesday to let the United States keep using the Manas air base": who lets it be used hosts it
    const letAt = user ? /\b(?:let|lets|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(sentence.start, user.start - 30), user.start)) : null;
    if (letAt && user) {
      const letter = ctx.subjectBefore(sentence.start, user.start - text.slice(Math.max(sentence.start, user.start - 30), user.start).length + letAt.index);
      const letterCountry = ctx.countryOf(letter);
      if (letterCountry && letterCountry !== userCountry && setOnce(fact, 'host', letterCountry)) cite(fact, 'host', ctx, letter!.start, letter!.end, 'facts.facility.host.lets-use');
      // "… agreed … to let the United States keep using …": its use goes on under a new arrangement
      const keep = KEEP_BEFORE_END().exec(lead);
      if (keep && AGREED().test(lead)) {
        const date = ctx.dateIn(sentence.start, sentence.end);
        const cueAt = sentence.start + keep.index, cueEnd = cueAt + keep[0].trimEnd().replace(/\s+(?:the|a|an|its)$/i, '').length;
        addStatus(fact, { status: 'extended', time: date?.value ?? ctx.narrativeDate(sentence.start), evidence: span(ctx, cueAt, cueEnd) });
      }
    }
  }
  // "Armenia will allow Russia to extend its lease on a military base": who holds the lease runs it
  // "is to extend the US lease on a key airbase": a state's name or adjective before "lease" is its holder too
  const leaseOn = /([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)*['’]s|\bits|\btheir|\b[\p{Lu}][\p{L}.]*)\s+(?:\w+\s+){0,2}?lease\s+(?:on|of|for)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}$/u.exec(text.slice(Math.max(sentence.start, m.start - 80), m.start));
  if (leaseOn) {
    const at = m.start - text.slice(Math.max(sentence.start, m.start - 80), m.start).length + leaseOn.index;
    // "its": the actor last named before it ("allow Russia to extend its lease")
    const holder = /^(?:its|their)$/i.test(leaseOn[1]) ? ctx.subjectBefore(sentence.start, at)
      : ctx.mentionsIn(at, at + leaseOn[1].length).find(x => (x.type === 'GPE' || x.type === 'ORG') && ctx.countryOf(x));
    const country = ctx.countryOf(holder);
    if (country && country !== fact.host && setOnce(fact, 'operator', country)) cite(fact, 'operator', ctx, holder!.start, holder!.end, 'facts.facility.operator.lease-holder');
    // "The interim government of Kyrgyzstan is to extend the US lease": who extends, ends or grants another's lease hosts it
    const grantor = country ? ctx.subjectBefore(sentence.start, at) : undefined;
    const grantorCountry = grantor && grantor !== holder && (grantRe ??= new RegExp(`\\b${alternation('lease-grant-verb')}\\s+(?:\\w+\\s+){0,2}$`, 'i')).test(text.slice(grantor.end, at)) ? ctx.countryOf(grantor) : undefined;
    if (grantorCountry && grantorCountry !== country && setOnce(fact, 'host', grantorCountry)) cite(fact, 'host', ctx, grantor!.start, grantor!.end, 'facts.facility.host.lease-grantor');
  }
  // "US begins closing Kyrgyz base", "U.S. vacates Uzbek base": the state that gives it up runs it; the nationality is where it stands
  const lead40 = text.slice(Math.max(sentence.start, m.start - 40), m.start);
  const givesUp = m.modifierCountry && words('military-type').has(fact.facilityType)
    ? (giveUpRe ??= new RegExp(`\\b${alternation('give-up-verb')}\\s+(?:the\\s+|its\\s+|a\\s+)?$`, 'i')).exec(lead40) : null;
  const giver = givesUp ? ctx.subjectBefore(sentence.start, m.start - lead40.length + givesUp.index) : undefined;
  const giverCountry = ctx.countryOf(giver);
  if (giverCountry && giverCountry !== m.modifierCountry) {
    if (setOnce(fact, 'operator', giverCountry)) cite(fact, 'operator', ctx, giver!.start, giver!.end, 'facts.facility.operator.gives-up');
    if (setOnce(fact, 'host', m.modifierCountry)) cite(fact, 'host', ctx, m.start, m.end, 'facts.facility.host.gives-up-modifier');
  }
  // "a Russian military base": whose forces; "the Romanian assembly plant": where it stands
  if (m.modifierCountry && words('military-type').has(fact.facilityType)) {
    if (setOnce(fact, 'operator', m.modifierCountry)) cite(fact, 'operator', ctx, m.start, m.end, 'facts.facility.operator.modifier');
  } else if (m.modifierCountry && setOnce(fact, 'host', m.modifierCountry)) cite(fact, 'host', ctx, m.start, m.end, 'facts.facility.host.modifier');
  // "its remaining troops stationed at Niger's Agadez drone base": whose troops sit there runs it; the state
  // whose name is then in the possessive is where it stands
  const stationed = stationedAt(ctx, sentence.start, m.start);
  if (stationed) {
    const country = ctx.countryOf(stationed.owner);
    if (country && setOnce(fact, 'operator', country)) cite(fact, 'operator', ctx, stationed.owner.start, stationed.owner.end, 'facts.facility.operator.stationed');
  }
  if (m.owner && stationed && m.owner.type === 'GPE' && ctx.countryOf(m.owner) !== fact.operator) {
    if (setOnce(fact, 'host', ctx.countryOf(m.owner))) cite(fact, 'host', ctx, m.owner.start, m.owner.end, 'facts.facility.host.possessive');
  } else if (m.owner) {
    const owner = m.owner.type === 'ORG' ? m.owner.entity ?? m.owner.text : ctx.countryOf(m.owner);
    if (setOnce(fact, 'operator', owner)) cite(fact, 'operator', ctx, m.owner.start, m.owner.end, 'facts.facility.operator.possessive');
  } else if (m.determiner === 'its' || m.determiner === 'their') {
    // "It will also close its Wixom plant": the organization last named before the possessive
    const subject = ctx.subjectBefore(sentence.start, m.start)
      ?? mostMentionedOrganization(ctx, m.start);
    if (subject?.type === 'ORG' && setOnce(fact, 'operator', subject.entity ?? subject.text)) cite(fact, 'operator', ctx, subject.start, subject.end, 'facts.facility.operator.its');
  }
  for (const p of m.places) {
    if (!p.entity) continue;
    fact.locatedIn = [...new Set([...(fact.locatedIn ?? []), p.entity])];
    if (setOnce(fact, 'host', ctx.countryOf(p))) cite(fact, 'host', ctx, p.start, p.end, 'facts.facility.host.place-modifier');
  }

  // "… base in Ysyk-Ata District of Chuy oblast in Kyrgyzstan": the places that follow, up to the clause's end
  const rest = text.slice(m.end, sentence.end);
  const stop = m.end + (rest.search(CLAUSE_END()) >= 0 ? rest.search(CLAUSE_END()) : rest.length);
  // "Naval Air Station Keflavik, in Iceland"; "Mihail Kogalniceanu (MK) Air Base, Romania." (a bare apposition must end there)
  const apposed = /^,\s+\p{Lu}/u.test(rest);
  // "a drone base known as Air Base 201 built near Agadez in central Niger": a name or a participle may come first
  // "… military base deployment in Armenia": the base's deployment, presence or stay in a place is where it stands
  const participle = LOCATED_AFTER().exec(rest);
  const chainFrom = m.end + (participle ? participle[0].length : 0);
  if (/^,?\s+(?:in|on|at|near)\s/.test(rest) || apposed || participle) {
    const places = ctx.mentionsIn(chainFrom, stop).filter(p => ctx.isPlace(p) && p.type !== 'FAC');
    let chain = leadingChain(ctx, chainFrom, places);
    if (apposed && chain.length && !/^\s*(?:[,.;)]|$)/.test(text.slice(chain[chain.length - 1].end, chain[chain.length - 1].end + 2))) chain = [];
    if (chain.length) {
      const host = ctx.countryOf(chain[chain.length - 1]);
      if (c.novel) {
        if (setOnce(fact, 'host', host)) cite(fact, 'host', ctx, chain[0].start, chain[chain.length - 1].end, 'facts.facility.host.in');
      } else {
        fact.locatedIn = [...new Set([...(fact.locatedIn ?? []), ...chain.map(p => p.entity!).filter(Boolean)])];
        if (setOnce(fact, 'host', host)) cite(fact, 'host', ctx, chain[0].start, chain[chain.length - 1].end, 'facts.facility.located-in');
      }
    }
  }

  const before = text.slice(sentence.start, m.start);
  // "The Kyrgyz parliament has voted to close a US military base on its territory": the subject's state hosts it
  if (/^\s+on (?:its|their) (?:own )?(?:territory|soil)\b/.test(rest)) {
    const owner = ctx.subjectBefore(sentence.start, m.start) ?? ctx.mentionsIn(sentence.start, m.start).find(x => x.type === 'NORP' || x.type === 'GPE');
    const country = ctx.countryOf(owner);
    if (country && country !== fact.operator && setOnce(fact, 'host', country)) cite(fact, 'host', ctx, owner!.start, m.end, 'facts.facility.host.its-territory');
  }
  // "Kyrgyzstan has had a Russian military base on its territory" / "where Russia also has a similar facility"
  const hasWord = HAS_BEFORE().exec(before) ?? ALSO_HAS_BEFORE().exec(before);
  // "to have the U.S. base removed": a causative, not a possession
  const has = hasWord && !/\bto\s+$/i.test(before.slice(0, hasWord.index)) && !CAUSATIVE_AFTER().test(rest) ? hasWord : null;
  if (has) {
    const subjectEnd = sentence.start + has.index;
    const whereAt = before.lastIndexOf(' where ');
    const subject = ctx.subjectBefore(whereAt >= 0 ? sentence.start + whereAt : sentence.start, subjectEnd);
    const country = ctx.countryOf(subject);
    if (/^\s+on (?:its|their) (?:own )?(?:territory|soil)/.test(rest)) {
      if (setOnce(fact, 'host', country)) cite(fact, 'host', ctx, subject!.start, m.end, 'facts.facility.host.territory');
    } else if (country && country !== fact.operator) {
      if (setOnce(fact, 'operator', country)) cite(fact, 'operator', ctx, subject!.start, m.end, 'facts.facility.operator.has');
      if (whereAt >= 0) {
        // "… border with Tajikistan – where Russia also has a similar facility": the place before "where"
        const place = [...ctx.mentionsIn(sentence.start, sentence.start + whereAt)].reverse().find(p => ctx.isPlace(p));
        if (setOnce(fact, 'host', ctx.countryOf(place))) cite(fact, 'host', ctx, place!.start, m.end, 'facts.facility.host.where');
      }
    }
    addStatus(fact, { status: 'active', evidence: span(ctx, sentence.start + has.index, m.end) });
  }

  // "the Manas Transit Center, which the United States uses to fly troops": the user runs it
  const usedBy = USED_BY().exec(rest);
  if (usedBy) {
    const user = ctx.mentionsIn(m.end, m.end + usedBy[0].length).find(x => ctx.isActor(x) && x.type !== 'NORP');
    if (setOnce(fact, 'operator', ctx.countryOf(user))) cite(fact, 'operator', ctx, user!.start, user!.end, 'facts.facility.operator.which-uses');
  }
  // "a military base it leases in Tajikistan": who leases it runs it, where it is leased hosts it
  // "the Manas air base it has used in Kyrgyzstan"
  const leasedIn = LEASED_IN().exec(rest);
  if (leasedIn) {
    const at = m.end + leasedIn[0].length;
    const place = ctx.mentionsIn(at, Math.min(sentence.end, at + 40)).find(p => ctx.isPlace(p) && p.start === at);
    const lessee = /^(?:it|they)$/i.test(leasedIn[1]) ? ctx.subjectBefore(sentence.start, m.start) : ctx.mentionsIn(m.end, at).find(x => ctx.isActor(x));
    if (setOnce(fact, 'host', ctx.countryOf(place))) cite(fact, 'host', ctx, place!.start, place!.end, 'facts.facility.host.leased-in');
    if (setOnce(fact, 'operator', ctx.countryOf(lessee))) cite(fact, 'operator', ctx, lessee!.start, lessee!.end, 'facts.facility.operator.leases');
    if (words('user-verb-present').has(/\b(\w+)\s+in\s+(?:the\s+)?$/.exec(leasedIn[0])?.[1] ?? '')) addStatus(fact, { status: 'active', evidence: span(ctx, m.start, at) });
  }
  // "Spain agreed to host four U.S. Navy ships at the Rota naval base": the subject hosts, the guests' state runs it
  const hostTo = /\bto\s+host\s+([^,;]{1,60}?)\s+(?:at|in)\s+(?:the\s+)?$/i.exec(before);
  if (hostTo) {
    const hostActor = ctx.subjectBefore(sentence.start, sentence.start + hostTo.index);
    const guest = ctx.mentionsIn(sentence.start + hostTo.index, m.start).find(x => x.type === 'NORP' || x.type === 'GPE' || x.type === 'ORG');
    if (setOnce(fact, 'host', ctx.countryOf(hostActor))) cite(fact, 'host', ctx, hostActor!.start, m.end, 'facts.facility.host.to-host');
    if (guest && setOnce(fact, 'operator', ctx.countryOf(guest))) cite(fact, 'operator', ctx, guest.start, guest.end, 'facts.facility.operator.hosted');
  }
  // "The United States formally handed Kyrgyzstan control of Manas Air Base": a foreign base given back to its host closes
  const handedControl = /\bhand(?:ed|s|ing)?\s+(?:over\s+)?([^,;]{1,40}?)\s+control\s+of\s+(?:the\s+)?$/i.exec(before);
  if (handedControl) {
    const giver = ctx.subjectBefore(sentence.start, sentence.start + handedControl.index);
    const receiver = ctx.mentionsIn(sentence.start + handedControl.index, m.start).find(x => x.type === 'GPE' || x.type === 'ORG');
    if (setOnce(fact, 'host', ctx.countryOf(receiver))) cite(fact, 'host', ctx, receiver!.start, receiver!.end, 'facts.facility.host.handed-control');
    if (setOnce(fact, 'operator', ctx.countryOf(giver))) cite(fact, 'operator', ctx, giver!.start, giver!.end, 'facts.facility.operator.handed-control');
    const time = ctx.dateIn(sentence.start, sentence.end);
    addStatus(fact, { status: 'closed', time: time?.value ?? ctx.doc.published, evidence: span(ctx, sentence.start + handedControl.index, m.end) });
  }
  // "Russia has signed an agreement with Sudan to establish a naval base": planned, by the one setting it up
  const establish = TO_BUILD_BEFORE().exec(before);
  const agreedFirst = establish ? before.slice(0, establish.index) : '';
  if (establish && !m.named && ESTABLISH_AGREED().test(agreedFirst)
    && !/\b(?:not|no|wants?|wanted|propos\w*|ask\w*|suggest\w*|offer\w*|urg\w*)\b/i.test(agreedFirst)) {
    // the clause's subject sets it up: "Russia has signed an agreement with Sudan to establish …"
    const builder = ctx.mentionsIn(sentence.start, sentence.start + establish.index).find(x => ctx.isActor(x) && x.type !== 'NORP');
    const country = ctx.countryOf(builder);
    if (country && country !== fact.host && setOnce(fact, 'operator', country)) cite(fact, 'operator', ctx, builder!.start, builder!.end, 'facts.facility.operator.establishes');
    const time = ctx.dateIn(sentence.start, sentence.end);
    addStatus(fact, { status: 'planned', time: time?.value ?? ctx.doc.published, evidence: span(ctx, sentence.start + establish.index, m.end) });
  }
  // "handing over the Kant airfield to Moscow in 2003", "lease the base to Russia"
  const handed = /\b(?:hand(?:ing|ed|s)? over|transferr?(?:ing|ed)?|gave|giving|ced(?:e|ed|ing)|leas(?:e|ed|ing))\s+(?:the\s+)?$/i.exec(before);
  const to = /^\s+to\s+/.exec(rest);
  if (handed && to) {
    const receiver = ctx.actorAfter(m.end + to[0].length - 1, m.end + to[0].length + 40);
    const country = ctx.countryOf(receiver);
    if (country && setOnce(fact, 'operator', country)) cite(fact, 'operator', ctx, sentence.start + handed.index, receiver!.end, 'facts.facility.operator.handed-to');
    if (/^hand|^transf|^gav|^giv|^ced/i.test(handed[0].trim())) {
      const time = ctx.dateIn(m.end, stop) ?? ctx.dateIn(sentence.start, sentence.end);
      addStatus(fact, { status: 'active', time: time?.value, evidence: span(ctx, sentence.start + handed.index, time ? Math.max(time.end, receiver?.end ?? 0) : m.end) });
    }
  }

  // "the air base hosts Russian Air Force units"
  const hosts = HOSTS_AFTER().exec(rest);
  if (hosts) {
    const units = ctx.mentionsIn(m.end, stop).filter(u => u.type === 'ORG' || u.type === 'NORP');
    for (const u of units) {
      if (u.type === 'NORP' || (u.type === 'ORG' && !MILITARY_UNIT().test(u.text))) continue;
      addUnit(fact, u.text);
      cite(fact, 'units', ctx, u.start, u.end, 'facts.facility.units.hosts');
      if (setOnce(fact, 'operator', ctx.countryOf(u))) cite(fact, 'operator', ctx, u.start, u.end, 'facts.facility.operator.units');
    }
    addStatus(fact, { status: 'active', evidence: span(ctx, m.start, stop) });
  }

  // the hand-back language is the military installations' (a plant that "will be closed" keeps its own reading)
  const toCome = words('military-type').has(fact.facilityType) && readHandback(ctx, fact, m);
  // "giving the United States six months to leave the base", "the air base was on schedule to close by August 18"
  // where each reading looks, and where its match starts in the text
  const b80 = m.start - before.slice(-80).length, b40 = m.start - before.slice(-40).length;
  const readings: [RegExpExecArray | null, number][] = [
    [LEAVE_BEFORE().exec(before.slice(-80)), b80], [CLOSE_AFTER().exec(text.slice(m.end, Math.min(sentence.end, m.end + 60))), m.end], [TO_CLOSE.exec(before.slice(-40)), b40],
  ];
  const found = readings.find(([r]) => r);
  const leaving = found?.[0] ?? null;
  const cueAt = found ? found[1] + found[0]!.index : m.start;
  const closing = leaving || toCome ? null : CLOSING().exec(before.slice(-40)) ?? CLOSING().exec(text.slice(m.end, stop).slice(0, 40));
  if (leaving) {
    // "giving U.S. forces six months to depart an air base", "has evicted the United States from a military base":
    // who must go runs it, the one sending them off hosts it
    const cueStart = cueAt < m.start ? cueAt : m.start;
    const evictAt = before.slice(-80).search(/\b(?:evict|expel)/i);
    // "giving the United States until July 11, 2014 to shut its air base": a deadline given to the one who must go
    const toLeave = evictAt >= 0 || LEAVE_WORD().test(leaving[0]) || GIVING().test(before.slice(-100));
    const actors = ctx.mentionsIn(sentence.start, cueStart).filter(x => ctx.isActor(x) && x.type !== 'NORP');
    const leaver = evictAt >= 0 ? ctx.actorAfter(sentence.start + before.length - before.slice(-80).length + evictAt, m.start) : actors[actors.length - 1];
    const sender = leaver ? ctx.subjectBefore(sentence.start, leaver.start) : undefined;
    const leaverCountry = ctx.countryOf(leaver), senderCountry = ctx.countryOf(sender);
    if (toLeave && leaverCountry && !senderCountry && SENT_FORCES().test(text.slice(leaver!.start, leaver!.end + 20))) {
      if (setOnce(fact, 'operator', leaverCountry)) cite(fact, 'operator', ctx, leaver!.start, leaver!.end, 'facts.facility.operator.leaver');
    }
    // "Kyrgyzstan's parliament voted to end the lease of the Manas Transit Center": a state closing a military base closes it on its own soil
    if (!toLeave && words('military-type').has(fact.facilityType)) {
      const closer = ctx.mentionsIn(sentence.start, cueStart).find(x => (x.type === 'GPE' || x.type === 'NORP') && ctx.countryOf(x));
      const closerCountry = ctx.countryOf(closer);
      if (closerCountry && closerCountry !== fact.operator && setOnce(fact, 'host', closerCountry)) cite(fact, 'host', ctx, closer!.start, closer!.end, 'facts.facility.host.closer');
    }
    if (toLeave && leaverCountry && senderCountry && leaverCountry !== senderCountry) {
      if (setOnce(fact, 'operator', leaverCountry)) cite(fact, 'operator', ctx, leaver!.start, leaver!.end, 'facts.facility.operator.leaver');
      if (setOnce(fact, 'host', senderCountry)) cite(fact, 'host', ctx, sender!.start, sender!.end, 'facts.facility.host.sender');
    }
    const dates = ctx.timesIn(sentence.start, sentence.end).filter(t => (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value));
    const by = dates.find(t => /\b(?:by|until|before|within)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(sentence.start, t.start - 30), t.start)));
    // "a hub … since shortly after the 11 September 2001 attacks": an anchor, not when the closing was decided
    const when = dates.find(t => t !== by && !EARLIER_DATE_LEAD().test(text.slice(Math.max(sentence.start, t.start - 40), t.start)));
    // "Uzbekistan was evicting U.S. forces from Karshi-Khanabad air base" with no date of its own: the narrative date
    const undated = !when && words('military-type').has(fact.facilityType) ? ctx.narrativeDate(sentence.start) : undefined;
    addStatus(fact, { status: 'closing', ...(when ? { time: when.value } : undated ? { time: undated } : {}), ...(by ? { until: by.value } : {}), evidence: span(ctx, Math.min(cueAt, m.start), Math.max(m.end, cueAt + leaving[0].length)) });
  }
  // "the last U.S. troops left the Karshi-Khanabad air base on Monday": gone, the base is closed to them
  const left = !leaving && !closing ? LEFT_BEFORE().exec(before.slice(-60)) : null;
  if (left) {
    const time = ctx.dateIn(sentence.start, sentence.end);
    const from = m.start - before.slice(-60).length + left.index;
    addStatus(fact, { status: 'closed', time: time?.value ?? ctx.doc.published, evidence: span(ctx, from, m.end) });
    const whose = [...ctx.mentionsIn(sentence.start, from + 1)].reverse().find(x => x.type === 'NORP' || x.type === 'GPE');
    if (setOnce(fact, 'operator', ctx.countryOf(whose))) cite(fact, 'operator', ctx, whose!.start, whose!.end, 'facts.facility.operator.left');
  }
  // "The United States is officially closing the Manas air base", "will close the base": a closing under way, not done
  // "had ordered the base closed in February", "voted the base closed": an order to close, not a closing done
  const ordered = closing && /\b(?:order(?:s|ed)?|want(?:s|ed)?|voted|decided)\s+(?:the\s+|its\s+|that\s+the\s+)?$/i.test(before.slice(-60)) && /^\s+(?:be\s+)?(?:closed|shut)\b/i.test(text.slice(m.end, m.end + 20));
  const underWay = closing && closing.index !== undefined && /\b(?:is|are|will|to|would|plans?\s+to)\s+(?:\w+ly\s+)?(?:be\s+)?$/i.test(before.slice(0, before.length - before.slice(-40).length + closing.index).slice(-40))
    && /^clos(?:e|ing)$/i.test(closing[0]);
  if (closing && (underWay || ordered) && words('military-type').has(fact.facilityType)) {
    const time = ctx.timesIn(sentence.start, sentence.end).find(t => (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value)
      && !OTHER_EVENT_LEAD().test(text.slice(Math.max(sentence.start, t.start - 50), t.start)))?.value ?? ctx.narrativeDate(sentence.start);
    addStatus(fact, { status: 'closing', ...(time ? { time } : {}), evidence: span(ctx, m.start, m.end) });
  } else if (closing) {
    // "The base closed after the parliament voted last year": that date is the vote's, not the closing's
    const time = ctx.timesIn(sentence.start, sentence.end).find(t => (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value)
      && !OTHER_EVENT_LEAD().test(text.slice(Math.max(sentence.start, t.start - 50), t.start)));
    addStatus(fact, { status: 'closed', time: time?.value, evidence: span(ctx, m.start, m.end) });
  }

  const activeCue = !c.novel ? ACTIVE_CUE().exec(text.slice(Math.max(sentence.start, m.start - 60), Math.min(sentence.end, m.end + 60))) : null;
  if (activeCue && !m.existing && !ACTIVE_WORDS().test(text.slice(m.start, stop))) {
    const from = Math.max(sentence.start, m.start - 60) + activeCue.index;
    addStatus(fact, { status: 'active', evidence: span(ctx, Math.min(from, m.start), Math.max(m.end, from + activeCue[0].length)) });
  }
  // "approved the Defense Ministry's application to reclaim land for a new military base": planned
  const plan = c.novel ? PLAN_BEFORE().exec(before.slice(-120)) : null;
  if (plan) {
    const time = ctx.dateIn(sentence.start, sentence.end);
    const from = sentence.start + before.length - before.slice(-120).length + plan.index;
    addStatus(fact, { status: 'planned', time: time?.value ?? ctx.doc.published, evidence: span(ctx, from, m.end) });
  }
  if (m.existing || (ACTIVE_WORDS().test(text.slice(m.start, stop)) && !c.novel)) {
    addStatus(fact, { status: 'active', evidence: span(ctx, m.start, m.end) });
  }
}

/** Reads a sentence whose subject is the facility though no facility phrase names it ("It is located just south of…"). */
function readSentence(ctx: FactContext, fact: FacilityFact, index: number): void {
  const s = ctx.doc.sentences[index];
  const text = ctx.doc.text.slice(s.start, s.end);

  const located = LOCATED_IN().exec(text);
  if (located) {
    const place = ctx.mentionsIn(s.start + located.index + located[0].length, s.end).find(p => ctx.isPlace(p));
    if (place?.entity) {
      fact.locatedIn = [...new Set([place.entity, ...(fact.locatedIn ?? [])])];
      cite(fact, 'locatedIn', ctx, s.start + located.index, place.end, 'facts.facility.located');
    }
  }
  // "some 20 kilometers east of Bishkek"
  const near = DISTANCE_FROM().exec(text);
  if (near && !fact.near) {
    const anchor = ctx.mentionsIn(s.start + near.index + near[0].length, s.end).find(p => ctx.isPlace(p));
    if (anchor) {
      const start = s.start + near.index, end = anchor.end;
      const km = Number(near[1]) * (/^mi/i.test(near[2]) ? 1.609 : 1);
      const geo = ctx.entity(anchor.entity)?.geo;
      const point = geo ? offsetPoint(geo.lat, geo.lon, km, near[3]) : undefined;
      fact.near = { text: ctx.doc.text.slice(start, end), start, end, ...(point ? { ...point, derived: true } : {}) };
      cite(fact, 'near', ctx, start, end, 'facts.facility.near');
    }
  }
  // "The official opening took place on October 23, 2003"; "the base was opened in 2003"
  const opening = /\b(?:opening|opened|inaugurat\w+|commission(?:ed|ing))\b/i.exec(text);
  if (opening && !/\b(?:not|never)\b/i.test(text.slice(0, opening.index))) {
    const time = ctx.dateIn(s.start + opening.index, s.end);
    if (time && setOnce(fact, 'opened', time.value)) {
      cite(fact, 'opened', ctx, s.start + opening.index, time.end, 'facts.facility.opened');
      addStatus(fact, { status: 'active', time: time.value, evidence: span(ctx, s.start + opening.index, time.end) });
    }
  }
  // "The unit stationed there has been described as Russian Air Force's 5th Air Army's 999th Air Base"
  if (UNITS_STATIONED().test(text)) {
    for (const u of ctx.mentionsIn(s.start, s.end)) {
      if (u.type !== 'ORG' || !MILITARY_UNIT().test(u.text)) continue;
      addUnit(fact, u.text);
      cite(fact, 'units', ctx, u.start, u.end, 'facts.facility.units.stationed');
    }
  }
}

/** The organization the text has named most often before `at`: who "its" most likely means in a company story. */
function mostMentionedOrganization(ctx: FactContext, at: number): Mention | undefined {
  // the counts over the mentions before `at` carry on from the last question (they come in text order), so a
  // report full of "its plant" is one walk over its mentions, not one walk per plant
  let tally = tallies.get(ctx);
  if (!tally || at < tally.at) tallies.set(ctx, tally = { at, next: 0, counts: new Map() });
  tally.at = at;
  const mentions = ctx.doc.mentions;
  for (; tally.next < mentions.length; tally.next++) {
    const x = mentions[tally.next];
    if (x.end > at) break;
    if (x.type !== 'ORG' || !x.entity) continue;
    let c = tally.counts.get(x.entity);
    if (!c) tally.counts.set(x.entity, c = { n: 0, last: x, order: tally.counts.size });
    c.n++; c.last = x;
    // the most named; between equals the one named last, then the one named first (as a walk in order would pick)
    const b = tally.best;
    if (!b || c.n > b.n || (c.n === b.n && (c.last.start > b.last.start || (c.last.start === b.last.start && c.order < b.order)))) tally.best = c;
  }
  return tally.best?.last;
}

interface Tally { at: number; next: number; counts: Map<string, { n: number; last: Mention; order: number }>; best?: { n: number; last: Mention; order: number } }
const tallies = new WeakMap<FactContext, Tally>();

function addUnit(fact: FacilityFact, unit: string): void {
  fact.units ??= [];
  if (!fact.units.includes(unit)) fact.units.push(unit);
}

/** Which facility each sentence is about: its first facility phrase, else the previous sentence's when it opens with "It". */
function focusOfSentences(ctx: FactContext, clusters: FacilityCluster[]): Map<number, FacilityCluster> {
  const focus = new Map<number, FacilityCluster>();
  const byMention: { sentence: number; cluster: FacilityCluster; start: number }[] = [];
  for (const c of clusters) for (const m of c.mentions) byMention.push({ sentence: m.sentence, cluster: c, start: m.start });
  byMention.sort((a, b) => a.start - b.start);
  for (const { sentence, cluster } of byMention) if (!focus.has(sentence)) focus.set(sentence, cluster);
  for (let i = 1; i < ctx.doc.sentences.length; i++) {
    if (focus.has(i) || !focus.has(i - 1)) continue;
    const s = ctx.doc.sentences[i];
    // "The Center opened on December 16, 2001" after "The Transit Center at Manas International Airport is …"
    if (FOCUS_OPENER().test(ctx.doc.text.slice(s.start, s.start + 30))) focus.set(i, focus.get(i - 1)!);
  }
  return focus;
}

/** The places directly chained after `from`: "in A of B in C", stopping at the first word that is not a link. */
function leadingChain(ctx: FactContext, from: number, places: Mention[]): Mention[] {
  const chain: Mention[] = [];
  let at = from;
  for (const p of places) {
    const gap = ctx.doc.text.slice(at, p.start);
    // "in the Syrian port city of Tartus": a nationality and a few common words may stand before the place
    if (!/^(?:\s+(?:in|on|at|near|of)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+(?=[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+)?of\s+$))?|['’]s\s+|\s+|,\s+)(?:[\p{Ll}-]+\s+){0,2}(?:of\s+)?$/u.test(gap)) break;
    if (p.entity) chain.push(p);
    at = p.end;
    const after = ctx.doc.text.slice(at, at + 12);
    const suffix = REGION_AFTER().exec(after);
    if (suffix) at += suffix[0].length;
  }
  return chain;
}

function finish(ctx: FactContext, fact: FacilityFact, c: FacilityCluster): void {
  if (!fact.name) fact.name = describeFacility(ctx, fact, c);
  fact.id = fact.entity ?? slug(fact.name);
  if (!fact.host && fact.locatedIn?.length) fact.host = ctx.countryOf(ctx.firstMentionOf(fact.locatedIn[0]));
  // "US vacates Uzbekistan military base": a state's name (not its adjective) before a base the text places in that
  // state says where it is, not whose it is
  if (fact.operator && fact.operator === fact.host) {
    const ev = fact.evidence.find(e => e.field === 'operator');
    const byName = ev?.rule === 'facts.facility.operator.modifier' && ctx.mentionsIn(ev.start, ev.end).some(x => x.type === 'GPE' && ctx.countryOf(x) === fact.host);
    if (byName) { delete fact.operator; fact.evidence = fact.evidence.filter(e => e.field !== 'operator'); }
  }
  // "Babenhausen Kaserne", "Kant Air Base", "Naval Air Station Keflavik": a facility named after its town stands where the town is
  if (!fact.host) {
    const town = ctx.doc.mentions.find(p => (p.type === 'GPE' || p.type === 'LOC') && p.kind === 'name' && p.entity && p.text.length > 2
      && (fact.name.startsWith(p.text + ' ') || (fact.name.endsWith(' ' + p.text) && MILITARY_NAME_LEAD().test(fact.name))) && ctx.countryOf(p));
    if (town) {
      fact.host = ctx.countryOf(town);
      fact.locatedIn = [...new Set([...(fact.locatedIn ?? []), town.entity!])];
      cite(fact, 'host', ctx, town.start, town.end, 'facts.facility.host.named-after-town');
    }
  }
  // "a base in South Ossetia" where the text names "the Republic of South Ossetia" and the gazetteer files it under no state
  if (!fact.host && fact.locatedIn?.length) {
    const place = ctx.entity(fact.locatedIn[0])?.name;
    const state = place ? ctx.doc.entities.find(e => e.name.toLowerCase() === `republic of ${place.toLowerCase()}`) : undefined;
    if (state) fact.host = state.id;
  }
}

/** After proposals and refusals are read: a facility spoken of as new was at least proposed; the latest status wins. */
export function settleStatus(ctx: FactContext, fact: FacilityFact, c: FacilityCluster): void {
  if (c.novel && !fact.history.some(h => h.status === 'proposed')) {
    fact.history.unshift({ status: 'proposed', evidence: span(ctx, c.mentions[0].start, c.mentions[0].end) });
  }
  // a base the report speaks of as in place, run by a state, with no word of its fate: active (inferred)
  if (!fact.history.length && !c.novel && !c.similar && words('military-type').has(fact.facilityType) && fact.operator) {
    fact.history.push({ status: 'active', inferred: true, evidence: span(ctx, c.mentions[0].start, c.mentions[0].end) });
  }
  settleCurrent(fact, ctx.doc.published);
}

const STATUS_ORDER: StatusChange['status'][] = ['proposed', 'planned', 'under construction', 'active', 'extended', 'closing', 'declined', 'closed'];

/**
 * The status as of the report's date: the strongest step of the history, except that a closing the text
 * tells before a later prolongation ("In February … six months to leave the base"; a deal reached today to
 * continue using it) no longer stands. An "extended" facility is an active one. `statusTime`: the latest
 * dated step still standing.
 */
export function settleCurrent(fact: FacilityFact, published?: string): void {
  const at = (h: StatusChange) => (h.time ? dateKey(h.time) : '');
  const renewals = fact.history.filter(h => (h.status === 'extended' || h.status === 'active') && h.time);
  const standing = fact.history.filter(h => h.status !== 'closing' || !renewals.some(r => at(r) > at(h) && (!h.time || at(r) >= (published ?? at(r)))));
  let best: StatusChange | undefined;
  for (const h of standing) if (!best || STATUS_ORDER.indexOf(h.status) >= STATUS_ORDER.indexOf(best.status)) best = h;
  // a prolongation dated after a closing outranks it
  const latestRenewal = renewals.filter(r => standing.includes(r)).sort((a, b) => compareDateKeys(at(a), at(b))).pop();
  if (best?.status === 'closing' && latestRenewal && at(latestRenewal) > at(best)) best = latestRenewal;
  fact.status = best ? (best.status === 'extended' ? 'active' : best.status) : undefined;
  const dated = standing.filter(h => h.time && (!published || startOfValue(h.time) <= published)).sort((a, b) => compareDateKeys(at(a), at(b)));
  const time = dated.length ? dated[dated.length - 1].time : undefined;
  if (time) fact.statusTime = time; else delete fact.statusTime;
}

function startOfValue(v: string): string {
  return dateKey(v);
}

/** A TIMEX3 value as a sortable calendar key: an interval by its start, an ISO week ("2009-W25") by its Monday. */
export function dateKey(value: string): string {
  const v = value.split('/')[0];
  const week = /^(\d{4})-W(\d{2})/.exec(v);
  if (!week) return v;
  const jan4 = Date.UTC(Number(week[1]), 0, 4);
  const monday1 = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000);
  return new Date(monday1 + (Number(week[2]) - 1) * 7 * 86400000).toISOString().slice(0, 10);
}

/** A name for an unnamed facility from what the text says of it: "second Russian military base in Kyrgyzstan". */
function describeFacility(ctx: FactContext, fact: FacilityFact, c: FacilityCluster): string {
  // "a U.S. Marine Corps air station … the U.S. Marine Corps base in Futenma": the service and the head, as written
  const served = c.mentions.find(m => m.service);
  if (served?.service) {
    const text = ctx.doc.text;
    for (const m of c.mentions) {
      if (!m.service) continue;
      const own = text.slice(m.service.start, m.end);
      const place = /^\s+(?:in|at|on)\s+(\p{Lu}[\p{L}-]+)\b/u.exec(text.slice(m.end, m.end + 40));
      if (place && !ctx.entity(place[1].toUpperCase())) fact.aliases.push(`${own} in ${place[1]}`);
      else if (own !== text.slice(served.service.start, served.end)) fact.aliases.push(own);
    }
    return text.slice(served.service.start, served.end);
  }
  const ordinal = c.mentions.map(m => ANOTHER_FACILITY().exec(m.text)?.[1]).find(Boolean);
  const operatorWord = fact.operator ? adjectiveFor(ctx, fact.operator) : undefined;
  const host = fact.host ? ctx.entity(fact.host)?.name ?? fact.host : undefined;
  const type = fact.facilityType === 'facility' || fact.facilityType === 'base' ? 'military base' : fact.facilityType;
  return [ordinal?.toLowerCase(), operatorWord, type, host ? `in ${host}` : undefined].filter(Boolean).join(' ');
}

function adjectiveFor(ctx: FactContext, iso3: string): string {
  const norp = ctx.firstNationalityOf(iso3);
  return norp?.text ?? demonymOf(iso3) ?? ctx.entity(iso3)?.name ?? iso3;
}

/** The adjective of a state's name from the demonym list: RUS → "Russian". */
function demonymOf(iso3: string): string | undefined {
  return tsvRows('lists/demonyms.tsv').find(r => r[1] === iso3 && (r[2] === 'adj' || r[2] === 'both'))?.[0];
}

export type { Evidence };
