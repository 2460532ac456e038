// Reads one sentence at a time: its actor chunks, subjects and dates, then each trigger word
// through the lexicon's patterns into candidate events (the stage's per-sentence work).
import type { Doc } from '../../document/doc.ts';
import type { Entity, EventRecord } from '../../document/types.ts';
import { actorCode, actorOfEntity, mentionsByToken, sentenceChunks, type Actor, type Chunk } from './actors.ts';
import { functionWords } from '../../data/lexicon.ts';
import { eventWords, goldsteinOf, quadClassOf, type Lexicon } from './lexicon.ts';
import { isParticipleForm, SAME_FORM_PAST } from './lemma.ts';
import { bestMatch, infoAt, CLAUSE_STOP, type Match, type View } from './match.ts';
import { turnCode, type Turn } from './turns.ts';
import { eventLocation, governingTime, sentenceTimes, timesBySentence, type DatedTime, type EventTime } from './when-where.ts';
import { pronounChunks, quoteIndexByToken } from './pronouns.ts';
import { descriptionChunks, type DescriptionKind } from './descriptions.ts';
import { evaluationEvent } from './evaluation.ts';
import { ADVERB, isAdverb } from './adverbs.ts';
import type { Candidate } from './candidate.ts';
import { dictionaryCandidates } from './dictionary.ts';
export type { Candidate } from './candidate.ts';
export { isAdverb } from './adverbs.ts';
import type { Dictionaries } from '../../data/petrarch/index.ts';
import type { Mention, TimeExpression } from '../../document/types.ts';

const DETERMINER = eventWords('determiner');
const ARTICLE = eventWords('article');
const AUX = eventWords('auxiliary');
const BE = functionWords('passive-auxiliary');
const PLAN_NOUN = eventWords('plan-noun');
const RELATIVE = eventWords('relative');
const COMMON_VERB = eventWords('common-verb');
const NEGATOR = eventWords('negator');
const COORD = eventWords('coordinator');
const PLACE_TARGET_ROOTS = new Set(['04', '06', '07', '15', '17', '18', '19', '20']);
const TIME_PREP = eventWords('time-lead');
const APPOSITION = eventWords('apposition-lead');
/** Codes two actors can do together, so "X and Y signed" is X with Y (not "X and Y bought"). */
// codes two parties do together: consult, cooperate, agree, ceasefires (0871), fight
const isSymmetricCode = (code: string) => /^(0[45]|060|062|0871|19)/.test(code);
const QUANTITY = eventWords('quantity-head');
const PLACE_PREP = eventWords('place-preposition');
/** Sectors of a state's own institutions: a description or an unplaced institution takes the story's state. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP']);
const ISO3 = /^[A-Z]{3}$/;
const PREPOSITION = eventWords('preposition');


const OBJECT_PRONOUN = eventWords('object-pronoun');

/** Is the token at q (past adverbs) a verb: an auxiliary, a reporting verb, an -ed form or a lexicon verb form? */
function verbish(v: View, lex: Lexicon, q: number): boolean {
  for (; q <= v.last; q++) {
    if (isAdverb(v.lower[q]) && !AUX.has(v.lower[q])) continue;
    // a date between subject and verb: "The GAO on June 18 called for …"
    if (v.timed[q] || (TIME_PREP.has(v.lower[q]) && v.timed[q + 1])) continue;
    break;
  }
  if (q > v.last) return false;
  const w = v.lower[q];
  if (AUX.has(w) || COMMON_VERB.has(w) || NEGATOR.has(w)) return true;
  if (/^[a-z]+ed$/.test(w)) return true;
  // past tenses spelled like the base: after a subject "Nicaragua cut ties" is a verb ("Nicaragua cuts" would be the present)
  if (SAME_FORM_PAST.has(w)) return true;
  const info = infoAt(v, q);
  if (!info.verb && !(info.modality ?? []).some(k => k !== 'bridge' && k !== 'negator')) return false;
  return info.verbForm || AUX.has(v.lower[q - 1] ?? '');
}


/** An actor with a side: a country or an entity. */
const sided = (a: Actor) => !!(a.country ?? a.entity);
/** An event missing a side, or a state on either. */
const stateless = (x: Candidate) => !x.record.target || !x.record.source || !x.sourceActor.country || !x.targetActor.country;

function samePair(a: Candidate, b: Candidate): boolean {
  const k = (x: Actor) => x.country ?? x.entity;
  const [a1, a2, b1, b2] = [k(a.sourceActor), k(a.targetActor), k(b.sourceActor), k(b.targetActor)];
  return (a1 === b1 && a2 === b2) || ((a.symmetric || b.symmetric) && a1 === b2 && a2 === b1);
}

/** Does the text start with an upper-case letter? (ASCII by its code; other letters by their Unicode category) */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** Tokens inside a time expression. */
function timedTokens(doc: Doc): boolean[] {
  const out = new Array<boolean>(doc.tokens.length).fill(false);
  let k = 0;
  for (const t of [...doc.times].sort((a, b) => a.start - b.start)) {
    while (k > 0 && doc.tokens[k - 1].end > t.start) k--;
    while (k < doc.tokens.length && doc.tokens[k].end <= t.start) k++;
    for (let q = k; q < doc.tokens.length && doc.tokens[q].start < t.end; q++) out[q] = true;
  }
  return out;
}

export class SentenceReader {
  readonly lower: string[];
  /** token texts and lemmas in upper case (the PETRARCH dictionaries' case), filled a sentence at a time
   *  when the dictionary coder first reads it (`upper`, `upperLemma`): only a sentence naming two sides needs the lemmas */
  private readonly upperText: string[];
  private readonly upperLemmaText: (string | undefined)[];
  /** the first token of the sentence each was last filled for */
  private upperAt = -1;
  private upperLemmaAt = -1;
  /** one upper-case string per word of the document (its repeated words are one string already) */
  private readonly upperOf = new Map<string, string>();
  readonly view: View;
  readonly entities: Map<string, Entity>;
  readonly mentionsAt: (Mention[] | undefined)[];
  readonly quoteAt: (number | undefined)[];
  readonly times: Map<number, TimeExpression[]>;
  readonly actorMemo = new Map<string, Actor>();
  /** the person last named, for he/she the entities layer left open */
  lastPerson: Actor | undefined;
  /** the state whose institutions acted last, and the company last named: what "the government", "the firm" stand for */
  lastState: string | undefined;
  lastCompany: Actor | undefined;
  /** the state the story is most about, and the one company it names (if one), for descriptions before any name */
  readonly home: string | undefined;
  readonly topCompany: Actor | undefined;
  /** the date the story is at: the last dated event or time expression */
  narrative: { value: string; sentence: number } | undefined;
  // the sentence being read
  s = 0;
  first = 0;
  last = 0;
  all: Chunk[] = [];
  subjects: Chunk[] = [];
  dated: DatedTime[] = [];

  constructor(readonly doc: Doc, readonly lex: Lexicon, readonly dict?: Dictionaries) {
    this.lower = doc.tokens.map(t => t.lower);
    this.upperText = new Array(dict ? doc.tokens.length : 0);
    this.upperLemmaText = new Array(dict ? doc.tokens.length : 0);
    this.view = {
      lower: this.lower, chunkStarting: new Array(doc.tokens.length), last: 0,
      capital: doc.tokens.map(t => startsUpper(t.text)),
      timed: timedTokens(doc),
      info: new Array(doc.tokens.length), infoByWord: new Map(), lex,
    };
    this.entities = new Map(doc.entities.map(e => [e.id, e]));
    this.mentionsAt = mentionsByToken(doc);
    this.quoteAt = quoteIndexByToken(doc);
    this.times = timesBySentence(doc, [...doc.times].sort((a, b) => a.start - b.start));
    const { home, topCompany } = this.storyActors();
    this.home = home;
    this.topCompany = topCompany;
  }

  /** The current sentence's token texts in upper case, by token index (other sentences' may be unset). */
  get upper(): readonly string[] {
    if (this.upperAt !== this.first) {
      this.upperAt = this.first;
      for (let i = this.first; i <= this.last; i++) this.upperText[i] = this.upperCase(this.doc.tokens[i].text);
    }
    return this.upperText;
  }

  /** The current sentence's token lemmas in upper case, by token index (other sentences' may be unset). */
  get upperLemma(): readonly (string | undefined)[] {
    if (this.upperLemmaAt !== this.first) {
      this.upperLemmaAt = this.first;
      for (let i = this.first; i <= this.last; i++) {
        const l = (this.doc.tokens[i] as { lemma?: string }).lemma;
        this.upperLemmaText[i] = l ? this.upperCase(l) : undefined;
      }
    }
    return this.upperLemmaText;
  }

  private upperCase(w: string): string {
    let u = this.upperOf.get(w);
    if (u === undefined) { u = w.toUpperCase(); this.upperOf.set(w, u); }
    return u;
  }

  /** The state the story names most (through its actors' countries) and the company it names most. */
  storyActors(): { home?: string; topCompany?: Actor } {
    const states = new Map<string, number>(), companies = new Map<string, number>();
    for (const m of this.doc.mentions) {
      if (!m.entity) continue;
      const e = this.entities.get(m.entity);
      const country = m.metonymFor ?? e?.metonymFor ?? e?.country ?? (ISO3.test(m.entity) ? m.entity : undefined);
      if (country) states.set(country, (states.get(country) ?? 0) + 1);
      if (e?.kind === 'company') companies.set(e.id, (companies.get(e.id) ?? 0) + 1);
    }
    const top = (counts: Map<string, number>) => {
      let best: string | undefined, n = 0;
      for (const [k, c] of counts) if (c > n) { best = k; n = c; }
      return best;
    };
    const company = companies.size === 1 ? top(companies) : undefined;
    return { home: top(states), topCompany: company ? this.actorOf(company) : undefined };
  }

  actorOf(id: string): Actor {
    let a = this.actorMemo.get(id);
    if (!a) { a = actorOfEntity(this.entities.get(id), id, undefined, this.entities); this.actorMemo.set(id, a); }
    return a;
  }

  /** The state a sentence's institutions belong to at token `at`: the last one named before, else the story's. */
  stateAt(named: Chunk[], at: number): string | undefined {
    for (let k = named.length - 1; k >= 0; k--) if (named[k].last < at && this.actsForState(named[k])) return named[k].actor.country;
    return this.lastState ?? this.home;
  }

  /** A chunk that names a state acting (its government, an official, the country as agent), not a place: "in Canada" is none. */
  actsForState(c: Chunk): boolean {
    const a = c.actor;
    if (!a.country) return false;
    if (a.sector && STATE_SECTORS.has(a.sector)) return true;
    const before = DETERMINER.has(this.lower[c.first - 1] ?? '') ? this.lower[c.first - 2] : this.lower[c.first - 1];
    return a.entity === a.country && !PLACE_PREP.has(before ?? '');
  }

  /** What "the government", "the Prime Minister", "the firm" stand for at token `at`. */
  describedActor(named: Chunk[], kind: DescriptionKind, sector: string, at: number, person: boolean): Actor | undefined {
    if (kind === 'state' || kind === 'companies') {
      const country = this.stateAt(named, at);
      return country ? { entity: country, country, sector, place: false, person } : undefined;
    }
    for (let k = named.length - 1; k >= 0; k--) if (named[k].last < at && named[k].actor.sector === 'BUS' && !named[k].pronoun) return named[k].actor;
    return this.lastCompany ?? this.topCompany;
  }

  /** An infinitive that only names a plan: "a contract to supply helicopters", "a plan to bail out". */
  plannedOnly(i: number): boolean {
    return this.lower[i - 1] === 'to' && PLAN_NOUN.has(this.lower[i - 2] ?? '');
  }

  /** Named actors and descriptions of the sentence; a state institution with no country takes the story's state. */
  namedChunks(first: number, last: number): Chunk[] {
    const named = sentenceChunks(this.doc.tokens, first, last, this.mentionsAt, this.entities, this.actorMemo);
    for (const c of named) {
      if (!c.actor.country && c.actor.sector && STATE_SECTORS.has(c.actor.sector)) {
        const country = this.stateAt(named, c.first);
        if (country) c.actor = { ...c.actor, country };
      }
    }
    const inChunk = new Uint8Array(last - first + 1);
    for (const c of named) inChunk.fill(1, c.first - first, c.last - first + 1);
    const covered = (i: number) => i <= last && (this.mentionsAt[i] !== undefined || inChunk[i - first] === 1);
    const described = descriptionChunks(this.lower, first, last, covered, (kind, sector, at, person) => this.describedActor(named, kind, sector, at, person));
    return described.length ? [...named, ...described].sort((a, b) => a.first - b.first) : named;
  }

  /** The events of sentence s, tokens first..last. */
  /** `coded`: the dictionary coder may add events (the sentence is not discarded). */
  readSentence(s: number, first: number, last: number, coded = true): EventRecord[] {
    // the phases are methods of their own, so the optimizing compiler compiles (and recompiles) smaller pieces
    const chunks = this.startSentence(s, first, last);
    const kept = this.handEvents();
    // the dictionary coder adds what the hand rules did not read
    if (this.dict && coded) this.addDictionaryEvents(kept, this.dict);
    this.endSentence(s, kept, chunks);
    const out: EventRecord[] = [];
    for (let k = 0; k < kept.length; k++) out.push(kept[k].record);
    return out;
  }

  /** The sentence's actor chunks, pronouns, subjects and dates; returns its named chunks. */
  private startSentence(s: number, first: number, last: number): Chunk[] {
    const { doc, lower, view } = this;
    this.s = s; this.first = first; this.last = last;
    view.last = last;
    const chunks = this.namedChunks(first, last);
    this.all = chunks;
    const extra = pronounChunks(doc, lower, first, last, chunks, this.lastPerson, this.quoteAt, this.entities, c => this.isSubject(c));
    const all = extra.length ? [...chunks, ...extra].sort((a, b) => a.first - b.first) : chunks;
    this.all = all;
    for (const c of all) view.chunkStarting[c.first] = c;
    this.subjects = all.filter(c => !(c.pronoun && c.possessive) && this.isSubject(c));
    this.dated = sentenceTimes(doc, this.times.get(s) ?? [], first, last);
    return chunks;
  }

  /** The hand rules' events of the sentence, each trigger word read through the lexicon's patterns. */
  private handEvents(): Candidate[] {
    const { lower, first, last } = this;
    const cands: Candidate[] = [];
    if (this.all.length) {
      for (let i = first; i <= last; i++) {
        const w = lower[i];
        const c = w.charCodeAt(0);
        if (c < 97 || c > 122) continue;
        const cand = this.readTrigger(i);
        if (cand) cands.push(cand);
      }
    }
    // a multiword pattern claims the words it spans ("agreed to lease"), then governors theirs
    const spanned = new Set<number>();
    for (const c of cands) for (let q = c.trigger + 1; q <= c.end; q++) spanned.add(q);
    const survivors = cands.filter(c => !spanned.has(c.trigger));
    const used = new Set<number>();
    for (const c of survivors) for (const u of c.uses) used.add(u);
    const kept: Candidate[] = [];
    for (const c of survivors) {
      if (used.has(c.trigger)) continue;
      if (kept.some(k => k.record.code.slice(0, 2) === c.record.code.slice(0, 2) && samePair(k, c))) continue;
      kept.push(c);
    }
    this.spanned = spanned; this.used = used;
    return kept;
  }
  /** the words the current sentence's hand events span past their triggers, and those they use (`handEvents`) */
  private spanned = new Set<number>();
  private used = new Set<number>();

  /** The dictionary coder's events at verbs no hand rule took, between sides no kept event already joins. */
  private addDictionaryEvents(kept: Candidate[], dict: Dictionaries): void {
    // the words the hand rules read: the dictionary coder's events at them are not added
    const taken = new Set<number>([...this.spanned, ...this.used]);
    for (const c of kept) taken.add(c.trigger);
    const hand = kept.length;
    for (const c of dictionaryCandidates(this, dict)) {
      if (taken.has(c.trigger)) {
        // a hand event that lost a side ("Turkish troops shelled Kurdish positions in northern
        // Syria": no target) gives way to the dictionary's reading of the same verb and root
        const k = kept.findIndex(x => x.trigger === c.trigger);
        const h = k >= 0 && k < hand ? kept[k] : undefined;
        if (h && stateless(h) && !stateless(c) && sided(c.sourceActor) && sided(c.targetActor)
          && h.record.code.slice(0, 2) === c.record.code.slice(0, 2)) kept[k] = c;
        continue;
      }
      if (kept.slice(0, hand).some(k => samePair(k, c) || samePair(c, k))) continue;
      if (kept.some(k => k.record.code.slice(0, 2) === c.record.code.slice(0, 2) && samePair(k, c))) continue;
      kept.push(c);
    }
  }

  /** What the sentence leaves for the next: the story's date, the person, company and state last named. */
  private endSentence(s: number, kept: readonly Candidate[], chunks: readonly Chunk[]): void {
    let dated = false;
    for (const c of kept) {
      if (c.record.timeSource === 'expression' && c.record.time) { this.narrative = { value: c.record.time, sentence: s }; dated = true; }
    }
    if (this.dated.length && !dated) this.narrative = { value: this.dated[this.dated.length - 1].value, sentence: s };
    for (const c of chunks) {
      const a = c.actor;
      if (a.person && !c.pronoun) this.lastPerson = a;
      if (a.sector === 'BUS' && !c.pronoun) this.lastCompany = a;
      if (this.actsForState(c)) this.lastState = a.country;
    }
    for (const c of this.all) this.view.chunkStarting[c.first] = undefined;
  }

  /** The nearest subject chunk ending before token i (within the clause when asked). */
  lastSubjectBefore(i: number, sameClause = false): Chunk | undefined {
    for (let k = this.subjects.length - 1; k >= 0; k--) {
      const c = this.subjects[k];
      if (c.last < i && (!sameClause || !this.crossesStop(c.last, i))) return c;
    }
    return undefined;
  }

  isSubject(c: Chunk): boolean {
    if (c.possessive && !c.pronoun) return false;
    // a chunk inside a prepositional phrase is no subject: "between Russia and Kyrgyzstan signed"
    let before = c.first - 1;
    if (this.lower[before] === 'and' || this.lower[before] === ',') { const partner = this.all.find(x => x.last === before - 1); if (partner) before = partner.first - 1; }
    if (this.lower[before] === 'for' && this.lower[c.last + 1] === 'to') return true; // "for Cisco to file"
    if (this.lower[before] === 'of' && QUANTITY.has(this.lower[before - 1] ?? '')) return verbish(this.view, this.lex, c.last + 1); // "Thousands of Airbus workers"
    if (PREPOSITION.has(this.lower[before] ?? '')) return false;
    let q = c.last + 1;
    // the period of an abbreviation before an apposition: "AirTanker Ltd., an EADS-led consortium"
    if (this.lower[q] === '.' && this.lower[q + 1] === ',') q++;
    // a parenthesis: "General Motors (GM) announced"
    if (this.lower[q] === '(') { let k = q + 1; while (k <= this.last && k - q < 12 && this.lower[k] !== ')') k++; if (this.lower[k] === ')') q = k + 1; }
    // step over a relative clause: "Chrysler, which has been badly affected …, has asked"
    // and over an apposition: "AirTanker Ltd., an EADS-led consortium, have signed"
    // and over an apposition with no article: "Jusman Syafii Djamal, minister of transport for Indonesia, has recommended"
    if (this.lower[q] === ',' && (this.lower[q + 1] === 'which' || this.lower[q + 1] === 'who' || APPOSITION.has(this.lower[q + 1]) || this.bareApposition(q + 1))) {
      let k = q + 2;
      while (k <= this.last && k - q < 30 && this.lower[k] !== ',') k++;
      if (this.lower[k] === ',') q = k + 1;
    }
    // a name the mentions left out, in apposition: "France's investigative agency BEA has requested"
    if (this.view.capital[q] && !this.mentionsAt[q] && q < this.last && /^\p{Lu}[\p{Lu}\p{Ll}.-]*$/u.test(this.doc.tokens[q].text) && verbish(this.view, this.lex, q + 1)) return true;
    if (verbish(this.view, this.lex, q)) return true;
    // a plural subject takes the bare verb: "GM and Chrysler receive Canadian loans"
    return this.lower[c.first - 1] === 'and' && this.all.some(x => x.last === c.first - 2) && this.isVerb(q);
  }

  /** A lowercase noun phrase opening an apposition: ", minister of transport for Indonesia," */
  bareApposition(q: number): boolean {
    const w = this.lower[q];
    return w !== undefined && q <= this.last && /^[a-z]/.test(w) && !COORD.has(w) && !PREPOSITION.has(w) && !AUX.has(w) && !verbish(this.view, this.lex, q);
  }

  readTrigger(i: number): Candidate | undefined {
    const word = this.lower[i];
    const adjective = this.lex.adjectives.get(word);
    if (adjective) return evaluationEvent(this, i, adjective[0]);
    const { verb: verbLemma, noun: nounLemma } = infoAt(this.view, i);
    if (!verbLemma && !nounLemma) return undefined;
    const nominalContext = i > this.first && this.nounPhraseAt(i);
    let vm = !nominalContext && verbLemma ? bestMatch(this.view, this.lex.verbs.get(verbLemma), i) : undefined;
    // a passive has no object where the pattern wants one: "will be compensated by Airbus"
    // and neither has a verb whose object is a relative pronoun: "the governments (which he thanked …)"
    if (!vm && verbLemma && !nominalContext && (this.isPassive(i) || this.objectRelativeAt(i))) vm = bestMatch(this.view, this.lex.verbs.get(verbLemma), i, true);
    const nm = nounLemma ? bestMatch(this.view, this.lex.nouns.get(nounLemma), i) : undefined;
    let m: Match | undefined;
    if (vm && nm) m = nm.actors.length > vm.actors.length || (nm.pattern.weight > vm.pattern.weight) ? nm : vm;
    else m = vm ?? nm;
    if (!m) return undefined;
    return m.pattern.nominal ? this.nominalEvent(i, m) : this.verbalEvent(i, m);
  }

  /** A word inside a noun phrase: after a determiner, or after a number or a modifier that follows one ("35 new orders", "a massive order"). */
  nounPhraseAt(i: number): boolean {
    const prev = this.lower[i - 1] ?? '';
    if (DETERMINER.has(prev) || /^\d/.test(prev)) return true;
    const w = this.lower[i];
    // after a preposition a verb comes only as a gerund: "head of finance", "calls for support"
    if (PREPOSITION.has(prev) && prev !== 'to' && !w.endsWith('ing')) return true;
    if (/(ed|ing)$/.test(w) || i - 2 < this.first || !/^[a-z][a-z-]*$/.test(prev) || ADVERB.has(prev) || AUX.has(prev) || NEGATOR.has(prev)) return false;
    const before = this.lower[i - 2];
    return (ARTICLE.has(before) || /^\d/.test(before)) && !this.isVerb(i - 1);
  }

  nominalEvent(i: number, m: Match): Candidate | undefined {
    let source: Chunk | undefined, target: Chunk | undefined;
    const reverse = m.pattern.elements.at(-1)?.kind === 'reverse';
    if (m.actors.length >= 2) { source = m.actors[0]; target = m.actors[1]; }
    else if (reverse && m.actors.length) {
      // "orders from Air Berlin", "an investigation by the European Commission": the party named acts
      source = m.actors[0];
      target = this.all.find(c => c.last < i && c.last >= i - 3 && c.possessive) ?? this.lastSubjectBefore(i) ?? this.defaultTarget(m.end, source, m.pattern.code);
    } else {
      target = m.actors[0];
      source = this.all.find(c => c.last < i && c.last >= i - 3 && c.possessive);
      if (source && source.pronoun) {
        // cataphora: "During his visit to Russia …, Kyrgyz President Almazbek Atambayev wanted …"
        const mainSubject = this.subjects.find(c => c.first > m.end && !c.pronoun && c.actor.person);
        const fronted = !this.subjects.some(c => c.last < source!.first);
        if (mainSubject && fronted) source = mainSubject;
      }
      if (!source) source = this.lastSubjectBefore(i) ?? this.subjects.find(c => c.first > m.end);
      if (!target) target = this.defaultTarget(m.end, source, m.pattern.code);
    }
    if (!source && !target) {
      // "Kyrgyz-Tajik relations … clashes": a hyphenated pair of states in the sentence
      const pair = this.all.find(c => c.partner);
      if (pair) return this.build(i, m, pair, { ...pair, actor: pair.partner! }, undefined, [], true);
    }
    return this.build(i, m, source, target, undefined, [], m.actors.length >= 2);
  }

  isPassive(i: number): boolean {
    let prev = i - 1;
    while (prev > this.first && isAdverb(this.lower[prev])) prev--;
    return BE.has(this.lower[prev] ?? '') && isParticipleForm(this.lower[i]) && prev >= this.first;
  }

  /**
   * The antecedent of a relative pronoun right before the verb ("an agreement …, which barred Apple"):
   * the actor just before it, or null when that is no actor; undefined when the verb has no relative subject.
   */
  relativeSubject(i: number): Chunk | null | undefined {
    let q = i - 1;
    while (q > this.first && (isAdverb(this.lower[q]) || AUX.has(this.lower[q]) || NEGATOR.has(this.lower[q]))) q--;
    if (!RELATIVE.has(this.lower[q]) || q <= this.first) return undefined;
    let k = q - 1;
    if (this.lower[k] === ',') k--;
    return this.all.find(c => c.last === k && !c.possessive) ?? null;
  }

  /** The actor chunk ending right before the verb group of the verb at i (past auxiliaries, adverbs and a date). */
  chunkBeforeVerbGroup(i: number): Chunk | undefined {
    let q = i - 1;
    while (q > this.first && (isAdverb(this.lower[q]) || AUX.has(this.lower[q]) || NEGATOR.has(this.lower[q]) || this.view.timed[q])) q--;
    if (TIME_PREP.has(this.lower[q]) && this.view.timed[q + 1]) q--;
    return this.all.find(c => c.last === q && !c.possessive);
  }

  /** Is the verb at i in a relative clause whose object is the relative pronoun ("which he thanked")? */
  objectRelativeAt(i: number): boolean {
    let q = i - 1;
    while (q > this.first && (isAdverb(this.lower[q]) || AUX.has(this.lower[q]) || NEGATOR.has(this.lower[q]))) q--;
    const subject = this.all.find(c => c.last === q);
    return subject !== undefined && this.relativeObject(subject) !== undefined;
  }

  /** The antecedent of "which"/"whom"/"that" right before a relative clause's subject: the clause's object. */
  relativeObject(subject: Chunk): Chunk | undefined {
    const rel = subject.first - 1;
    if (!(this.lower[rel] === 'which' || this.lower[rel] === 'whom' || this.lower[rel] === 'that') || rel <= this.first) return undefined;
    let k = rel - 1;
    if (this.lower[k] === ',' || this.lower[k] === '(') k--;
    return this.all.find(c => c.last === k && !c.possessive);
  }

  verbalEvent(i: number, m: Match): Candidate | undefined {
    if (this.plannedOnly(i)) return undefined;
    const passive = this.isPassive(i);
    let source: Chunk | undefined, target: Chunk | undefined;
    const relative = this.relativeSubject(i);
    const subject = relative === undefined ? this.lastSubjectBefore(i, true) : relative ?? undefined;
    if (passive) {
      const byAt = this.findWord('by', i + 1, Math.min(this.last, m.end + 4));
      source = byAt >= 0 ? this.view.chunkStarting[byAt + 1] ?? this.view.chunkStarting[byAt + 2] : undefined;
      // "were given loans … from the government": the giver of aid or goods, when no "by" names it
      if (!source && m.pattern.code.startsWith('07')) {
        const fromAt = this.findWord('from', i + 1, Math.min(this.last, i + 12));
        if (fromAt >= 0) source = this.view.chunkStarting[fromAt + 1] ?? this.view.chunkStarting[fromAt + 2];
      }
      // the passive's subject stands right before its verb group: "the deal had been killed by the Pentagon" has none
      target = relative === undefined ? this.chunkBeforeVerbGroup(i) : subject;
    } else {
      source = subject;
      target = m.actors[0];
    }
    // modality between the actor and the verb
    const md = this.modalityBefore(i, source && !passive ? source.last + 1 : this.first, source, target);
    const { turn, negated, addressee, uses } = md;
    source = md.source; target = md.target;
    if (!passive && addressee) target = addressee;
    // an object relative: "the governments of Canada and Ontario (which he thanked …)"
    if (!target && !passive && source && m.actors.length === 0) target = this.relativeObject(source) ?? undefined;
    if (m.pattern.elements.at(-1)?.kind === 'reverse') [source, target] = [target, source];
    const reversed = m.pattern.elements.at(-1)?.kind === 'reverse';
    if (!target && !passive && !reversed && m.pattern.elements.at(-1)?.kind !== 'stop') target = this.defaultTarget(m.end, source, m.pattern.code);
    // an actor inside the object the pattern skipped over: "reduce some Kyrgyz debt"
    if (!target && !passive) target = this.all.find(c => c.first > i && c.last <= m.end && c !== source && !c.possessive);
    if (!source && !target) return undefined;
    // a coordinated subject with no other party: "Russia and Kyrgyzstan signed …"; the same when the object
    // names one of the two again: "India and Japan signed an agreement for Japan to build …"
    let symmetric = false;
    if (source && target && target.actor.entity === source.actor.entity && !passive && isSymmetricCode(m.pattern.code)) target = undefined;
    // "Sunak and von der Leyen agreed a deal … for Northern Ireland": the two subjects are the parties; a place
    // the object names is what the deal is about (an actor the pattern itself names, "signed with Z", still wins)
    if (source && target && !passive && isSymmetricCode(m.pattern.code) && m.actors.length === 0 && target.actor.place
      && this.coordinatedPartner(source)) target = undefined;
    if (source && !target && !passive && isSymmetricCode(m.pattern.code)) {
      const partner = this.coordinatedPartner(source);
      if (partner) { target = source; source = partner; symmetric = true; }
    }
    let effective: Turn | undefined = turn;
    if (negated) {
      // "did not visit", "did not say": no event; refusing cooperation or aid is one
      if (!turn && ['01', '02', '04'].includes(m.pattern.code.slice(0, 2))) return undefined;
      if (!turn || turn === 'intent') effective = 'refuse';
      else return undefined; // "did not ask", "did not refuse": no event
    }
    return this.build(i, m, source, target, effective, uses, symmetric);
  }

  /**
   * Negation and modality between the actor (from token `from`) and the verb at i: the turn they give
   * (refuse, demand, appeal, intent), who is addressed, and the words read; a demand made "by" someone
   * makes that one the source, a call back to the one called the target.
   */
  private modalityBefore(i: number, from: number, source: Chunk | undefined, target: Chunk | undefined):
    { turn: Turn | undefined; negated: boolean; addressee: Chunk | undefined; uses: number[]; source: Chunk | undefined; target: Chunk | undefined } {
    let turn: Turn | undefined, negated = false, addressee: Chunk | undefined;
    const uses: number[] = [];
    for (let q = from; q < i; q++) {
      const w = this.lower[q];
      if (NEGATOR.has(w) || w.endsWith("n't")) { negated = true; continue; }
      if (w.endsWith("'ll") || w.endsWith('’ll')) { turn ??= 'intent'; continue; }
      const kinds = infoAt(this.view, q).modality;
      if (!kinds) continue;
      if (kinds.includes('refuse') && this.lower[q + 1] === 'to') { turn = 'refuse'; uses.push(q); continue; }
      if (kinds.includes('appeal') || kinds.includes('demand')) {
        // "The Air Force was ordered by Congress to work with Boeing": Congress demands of the Air Force
        const by = this.lower[q + 1] === 'by' && BE.has(this.lower[q - 1] ?? '') ? [2, 3].map(d => this.view.chunkStarting[q + d]).find(x => x && x.last < i) : undefined;
        if (by && this.lower[by.last + 1] === 'to' && source && source !== by) {
          addressee = source; source = by; uses.push(q);
          if (turn !== 'refuse') turn = kinds.includes('demand') ? 'demand' : 'appeal';
          continue;
        }
        const c = [1, 2, 3].map(d => this.view.chunkStarting[q + d]).find(x => x && x.last < i);
        // "he had called Milei to congratulate him": the one called is the object, so the caller did it (phoned)
        const backToAddressee = c && OBJECT_PRONOUN.has(this.lower[i + 1] ?? '') && this.lower[q] === 'called';
        if (backToAddressee) { target = c; continue; }
        if (c && this.lower[c.last + 1] === 'to') {
          addressee = c; uses.push(q);
          if (turn !== 'refuse') turn = kinds.includes('demand') ? 'demand' : 'appeal';
          continue;
        }
        if (this.lower[q + 1] === 'to' || this.lower[q + 1] === 'that') { uses.push(q); if (!turn) turn = 'intent'; continue; }
      }
      if (kinds.includes('intent')) { uses.push(q); if (!turn) turn = 'intent'; }
    }
    return { turn, negated, addressee, uses, source, target };
  }

  /** "Russia and Kyrgyzstan", "Israel and Lebanon's Hezbollah": the chunk coordinated before a subject (past its possessor). */
  coordinatedPartner(source: Chunk): Chunk | undefined {
    let first = source.first;
    const owner = this.all.find(c => c.possessive && !c.pronoun && c.last + 2 === first && /^['’]s$/.test(this.lower[c.last + 1]));
    if (owner) first = owner.first;
    return this.all.find(c => c.last === first - 2 && this.lower[first - 1] === 'and');
  }

  defaultTarget(after: number, source: Chunk | undefined, code: string): Chunk | undefined {
    // a place as target ("a base in Kyrgyzstan") only for events done on a territory
    const territorial = PLACE_TARGET_ROOTS.has(code.slice(0, 2));
    // the object of an infinitive inside the object ("a deal to sell Opel to Magna") yields to a party after a preposition
    let embedded: Chunk | undefined;
    for (let q = after + 1; q <= this.last && q - after <= 9; q++) {
      if (CLAUSE_STOP.has(this.lower[q]) || this.lower[q] === '.' || this.lower[q] === 'and' && q - after > 3) return embedded;
      const c = this.view.chunkStarting[q];
      if (!c || c === source) continue;
      if (c.possessive && c.pronoun) continue;
      const at = DETERMINER.has(this.lower[q - 1]) ? q - 2 : q - 1;
      const prep = this.lower[at];
      if (PLACE_PREP.has(prep) && (!c.actor.place || !territorial)) continue;
      if (!embedded && at > after + 1 && this.lower[at - 1] === 'to' && this.isVerb(at)) { embedded = c; continue; }
      return c;
    }
    return embedded;
  }

  /** A verb the lexicon or the common reporting verbs know, at token q. */
  isVerb(q: number): boolean {
    const w = this.lower[q];
    if (w === undefined) return false; // past the document's last token
    return COMMON_VERB.has(w) || infoAt(this.view, q).verb !== undefined;
  }

  crossesStop(from: number, to: number): boolean {
    for (let q = from + 1; q < to; q++) {
      if (this.lower[q] === ';' || this.lower[q] === ':') return true;
      // ", and the merger will help": a new clause with its own subject
      if (this.lower[q] === ',' && COORD.has(this.lower[q + 1]) && DETERMINER.has(this.lower[q + 2])) return true;
    }
    return false;
  }

  findWord(word: string, from: number, to: number): number {
    for (let q = from; q <= to; q++) if (this.lower[q] === word) return q;
    return -1;
  }

  build(i: number, m: Match, source: Chunk | undefined, target: Chunk | undefined, turn: Turn | undefined, uses: number[], symmetric: boolean): Candidate | undefined {
    if (!source || !target) return undefined;
    const sa = source.actor, ta = target.actor;
    if (sa.entity === ta.entity) return undefined;
    const targetIsPlace = ta.place && PLACE_PREP.has(this.lower[target.first - 1] ?? '');
    if ((targetIsPlace || ta.place) && sa.country && sa.country === ta.country) return undefined;
    if (sa.country && ta.country && sa.country === ta.country && sa.place && ta.place) return undefined;
    const base = m.pattern.code;
    const code = turn ? turnCode(base, turn) : base;
    if (!code) return undefined;
    const trig = this.doc.tokens[i];
    const qIdx = this.quoteAt[i];
    const time = this.eventTime(i, m.end, qIdx);
    const rec: EventRecord = {
      code,
      source: sa.entity,
      target: ta.entity,
      time: time.value,
      timeSource: time.source,
      trigger: { start: trig.start, end: trig.end, text: trig.text },
      rule: `events.${m.pattern.nominal ? 'noun' : m.pattern.adjective ? 'adjective' : 'verb'}.${m.pattern.lemma}.${base}${turn ? '.' + turn : ''}`,
      root: code.slice(0, 2),
      quadClass: quadClassOf(code),
      goldstein: goldsteinOf(this.lex, code),
      sentence: this.s,
    };
    const sc = actorCode(sa), tc = actorCode(ta);
    if (sc) rec.sourceActor = sc;
    if (tc) rec.targetActor = tc;
    if (turn) { rec.baseCode = base; rec.modality = turn; }
    const loc = (ta.place && base.startsWith('04') ? ta.entity : undefined) ?? eventLocation(this.lower, this.all, id => this.entities.get(id)?.kind);
    if (loc) rec.location = loc;
    if (qIdx !== undefined) rec.quote = qIdx;
    if (symmetric) rec.symmetric = true;
    return { record: rec, trigger: i, end: m.end, uses, sourceActor: sa, targetActor: ta, symmetric };
  }

  eventTime(i: number, end: number, qIdx: number | undefined): EventTime {
    const t = governingTime(this.lower, this.dated, i, end);
    if (t) return { value: t.value, source: 'expression' };
    // the story's own date first; a quote's date only when it is more than the publication date
    // a scene set in the future ("will return … on Thursday") does not date what was done ("thanked Moscow")
    const future = !!this.doc.published && this.narrative !== undefined && this.narrative.value.slice(0, 10) > this.doc.published;
    if (this.narrative && !future && this.s - this.narrative.sentence <= 2) return { value: this.narrative.value, source: 'narrative' };
    const quoteTime = qIdx !== undefined ? this.doc.quotes[qIdx]?.time : undefined;
    if (quoteTime && quoteTime !== this.doc.published) return { value: quoteTime, source: 'quote' };
    return { value: this.doc.published ?? '', source: 'published' };
  }
}
