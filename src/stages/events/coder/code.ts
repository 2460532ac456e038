// The dictionary coder: who did what to whom in one parsed sentence, read top-down through
// its clauses. A clause's subject is the noun phrase before its verb phrase; a verb phrase
// without a subject of its own (an infinitive, an auxiliary's complement) inherits it. At each
// verb the block of its form is looked up, its patterns matched (patterns.ts), and the code
// taken from the pattern or the verb. The source is the pattern's $ or the subject (in a
// passive the by-phrase); the target the pattern's +, the object, a prepositional object, or
// the subject of a clause the verb governs ("believes Dagolath can cope"); in a passive the
// subject. An auxiliary or an uncoded verb passes its complement's events up; a coded verb
// over a coded complement keeps its own event, except a verb of saying, which reports the
// lower one. `[a:b]` codes give the reciprocal event too (left for X: 032, X receives: 033).
import type { Dictionaries, VerbPattern, VerbSense } from '../../../data/petrarch/index.ts';
import { NounPhraseCoder, type ActorCode, type EntityCodes } from './actors.ts';
import { matchPatterns, synsetsPresent, type PatternMatch, type Slot, type SynsetsPresent } from './patterns.ts';
import { isLeaf, isVerbTag, leaves, type PNode } from './tree.ts';
import { dropCommaClauses, type CommaOptions } from './commas.ts';
import { eventWordsUpper } from '../lexicon.ts';

export interface CodedEvent {
  source: string;
  target: string;
  code: string;
  verb: PNode;
  sourceLeaves: PNode[];
  targetLeaves: PNode[];
  /** what the entity hook attached to each side, if it named them */
  sourceRef?: unknown;
  targetRef?: unknown;
  pattern?: VerbPattern;
  /** the clause carries a negation the pattern did not consume */
  negated: boolean;
  /** could, might, may, would, should before the verb (the pattern did not name it) */
  hypothetical: boolean;
  /** the reciprocal half of an [a:b] code */
  reciprocal: boolean;
  /** coordinated sources acting on each other ("X and Y held talks"): the order is arbitrary */
  paired?: boolean;
}

export interface CoderOptions {
  /** the report's date as YYYYMMDD (actor date restrictions), null for the present */
  date: number | null;
  /** prepositions whose object is a passive verb's source (PETRARCH2: by, from, in) */
  passiveSourcePreps?: ReadonlySet<string>;
  /** prepositions whose object is never a target unless a pattern says so (a place: in, at) */
  noTargetPreps?: ReadonlySet<string>;
  /** the entity layer's actors for a phrase's words */
  entityCodes?: EntityCodes;
  /** roots whose target may be a place after any preposition ("struck targets in Gaza"): force, attacks */
  placeTargetRoots?: ReadonlySet<string>;
  /** codes that coordinated sources with no target do to each other (PETRARCH2: 03–06) */
  pairCodes?: RegExp;
  /**
   * How far the pattern's part after the verb reaches: 'sentence' (TABARI's reading, which the
   * validation dictionary's patterns with verbs in them need) or 'phrase', the verb's own
   * objects up to a clause it governs (PETRARCH2: "these patterns do not contain other verbs")
   */
  patternScope?: 'sentence' | 'phrase';
  /**
   * PETRARCH's require_dyad (default true): an event needs both sides. Off, a verb with one
   * side codes an event whose other side is `---` ("a senior official said": ---GOV --- 023).
   */
  requireDyad?: boolean;
  /** PETRARCH's comma_* options: short comma-delimited asides are taken out before coding (commas.ts) */
  commas?: CommaOptions;
}

const PASSIVE_SOURCE = eventWordsUpper('passive-source');

interface Proto {
  sources: ActorCode[];
  targets: ActorCode[];
  code: string | null;
  passiveCode: string | null;
  verb: PNode;
  pattern?: VerbPattern;
  negated: boolean;
  hypothetical: boolean;
  say: boolean;
  /** a noun phrase stands after the verb, coded or not (PETRARCH's "object": with require_dyad off an uncoded one is the target ---) */
  object: boolean;
}

const BE = eventWordsUpper('coder-be');

const NEGATION = eventWordsUpper('coder-negation');
const isNegation = (w: string) => NEGATION.has(w) || /N['’]T$/.test(w);
/** what only might happen: could, might, may, would, should */
const HYPOTHETICAL = eventWordsUpper('hypothetical');
/** a condition: what it says has not happened */
const CONDITION = eventWordsUpper('condition');
/** prepositional phrases that carry no target: time and manner */
const NO_TARGET_PREP = eventWordsUpper('no-target-preposition');
const CLAUSE = new Set(['S', 'SINV', 'SQ', 'SBARQ']);

/** the empty side PETRARCH writes when require_dyad is off */
const NONE: ActorCode = { code: '---', leaves: [], agentOnly: true };

const isSayCode = (c: string | null) => !!c && c.startsWith('01');

export class SentenceCoder {
  private np: NounPhraseCoder;
  private all: PNode[] = [];
  private passiveSource: ReadonlySet<string>;
  private noTarget: ReadonlySet<string>;
  private placeRoots: ReadonlySet<string>;
  private pairRoots: RegExp;
  private phraseScope: boolean;
  private requireDyad: boolean;
  private commas?: CommaOptions;
  constructor(private dict: Dictionaries, opts: CoderOptions) {
    this.np = new NounPhraseCoder(dict, opts.date, opts.entityCodes);
    this.passiveSource = opts.passiveSourcePreps ?? PASSIVE_SOURCE;
    this.noTarget = opts.noTargetPreps ?? NO_TARGET_PREP;
    this.placeRoots = opts.placeTargetRoots ?? new Set();
    this.pairRoots = opts.pairCodes ?? /^0[3-6]/;
    this.phraseScope = opts.patternScope === 'phrase';
    this.requireDyad = opts.requireDyad ?? true;
    this.commas = opts.commas;
  }

  private allSlots: Slot[] = [];
  /** the subject of the verb that governs a clause ("X noted that [Y regretted …]": X) */
  private governors = new Map<PNode, ActorCode[]>();
  /** a noun phrase that names an actor or agent: what a pattern's $ and + take */
  private isCoded = (np: PNode) => this.np.codes(np).length > 0;
  private present = new Set<string>();
  /** the synsets the sentence's words can start, worked out when a pattern first asks (`synsets`) */
  private synsetSet: SynsetsPresent | undefined;
  private synsets = () => (this.synsetSet ??= synsetsPresent(this.dict, this.present));

  /** the tree whose leaves `all` holds (numbered, and the noun-phrase coder told) */
  private leavesOf: PNode | null = null;
  private readLeaves(root: PNode): void {
    if (this.leavesOf === root) return;
    this.leavesOf = root;
    this.all = leaves(root);
    for (let i = 0; i < this.all.length; i++) this.all[i].at = i;
    this.np.sentence = this.all;
  }

  /**
   * Do the tree's noun phrases name `n` different sides (codes not `---`, which only agents give)?
   * Every side of an event is the code of some noun phrase, so with fewer a caller that keeps only
   * events between two named sides need not code the sentence. The codes are remembered for `code`.
   */
  namesSides(root: PNode, n: number): boolean {
    // comma clauses are dropped when coding: before that the tree's phrases are not the coded ones
    if (this.commas) return true;
    this.readLeaves(root);
    const seen: string[] = [];
    const visit = (x: PNode): boolean => {
      if (x.label === 'NP') for (const a of this.np.codes(x)) if (!a.code.startsWith('---') && !seen.includes(a.code) && seen.push(a.code) >= n) return true;
      for (let i = 0; i < x.children.length; i++) if (visit(x.children[i])) return true;
      return false;
    };
    return visit(root);
  }

  code(root: PNode): CodedEvent[] {
    if (this.commas) { dropCommaClauses(root, this.commas); this.leavesOf = null; }
    this.governors = new Map();
    this.readLeaves(root);
    this.allSlots = this.slots(this.all);
    this.present = new Set<string>();
    for (const x of this.allSlots) { this.present.add(x.word); if (x.base) this.present.add(x.base); }
    this.synsetSet = undefined;
    const protos = CLAUSE.has(root.label) ? this.clause(root, []) : this.other(root, []);
    const out: CodedEvent[] = [];
    const seen = new Set<string>();
    const push = (s: ActorCode, t: ActorCode, code: string, p: Proto, reciprocal: boolean, paired = false) => {
      if (s.code === t.code) return;
      const key = `${s.code}\u0000${t.code}\u0000${code}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ source: s.code, target: t.code, code, verb: p.verb, sourceLeaves: s.leaves, targetLeaves: t.leaves, sourceRef: s.ref, targetRef: t.ref, pattern: p.pattern, negated: p.negated, hypothetical: p.hypothetical, reciprocal, ...(paired ? { paired } : {}) });
    };
    for (const p of protos) {
      if (!p.code && !p.passiveCode) continue;
      let targets = p.targets;
      // several sources and no target: in cooperation they act with each other
      const paired = !targets.length && p.sources.length > 1 && this.pairRoots.test(p.code ?? p.passiveCode ?? '')
        && new Set(p.sources.map((x) => x.ref ?? x.code)).size > 1;
      if (paired) targets = p.sources;
      for (const s of p.sources) for (const t of targets) {
        if (p.code) push(s, t, p.code, p, false, paired);
        if (p.passiveCode) push(t, s, p.passiveCode, p, true, paired);
      }
      // one side only: with require_dyad off the other is written ---
      if (!this.requireDyad && p.code && !targets.length !== !p.sources.length) {
        if (!targets.length) { if (p.object) for (const s of p.sources) push(s, NONE, p.code, p, false); }
        else for (const t of targets) push(NONE, t, p.code, p, false);
      }
    }
    return out;
  }

  /** A node that is neither a clause nor a verb phrase: code the clauses inside it. */
  private other(n: PNode, subj: ActorCode[]): Proto[] {
    const out: Proto[] = [];
    for (const c of n.children) {
      if (CLAUSE.has(c.label)) out.push(...this.clause(c, subj));
      else if (c.label === 'VP') out.push(...this.vp(c, subj, n));
      else if (!isLeaf(c) && c.label !== 'NP') out.push(...this.other(c, subj));
    }
    return out;
  }

  /** `inherited`: the subject a subjectless clause takes; `governor`: the one a pronoun subject refers to. */
  private clause(s: PNode, inherited: ActorCode[], governor: ActorCode[] = []): Proto[] {
    if (governor.length) this.governors.set(s, governor);
    const firstVP = s.children.findIndex((c) => c.label === 'VP');
    let subj = inherited;
    if (firstVP > 0) {
      for (let i = firstVP - 1; i >= 0; i--) {
        const c = s.children[i];
        if (c.label === 'NP') {
          subj = this.np.codes(c);
          if (!subj.length && isPronoun(c)) subj = governor;
          break;
        }
        if (CLAUSE.has(c.label)) break;
      }
    }
    const out: Proto[] = [];
    let prevSubject: ActorCode[] = [];
    for (let i = 0; i < s.children.length; i++) {
      const c = s.children[i];
      if (c.label === 'VP') out.push(...this.vp(c, subj, s));
      else if (CLAUSE.has(c.label)) {
        // coordinated clauses, the second without a subject: it shares the first's
        // ("[Gondor launched a new bombing] and [shelling offensive against Osgiliath]")
        const own = this.hasSubject(c);
        const coordinated = i > 0 && s.children[i - 1].label === 'CC';
        out.push(...this.clause(c, own || !coordinated ? [] : prevSubject));
        prevSubject = own ? this.subjectOf(c) : [];
      }
      // a subordinate clause with no subject of its own shares the clause's ("[Arnor] is inching [nearer to accord with Gondor]")
      else if (c.label === 'SBAR' && !isCondition(c)) out.push(...this.other(c, subj));
    }
    return out;
  }

  private vp(vp: PNode, subj: ActorCode[], clause: PNode): Proto[] {
    const verbAt = vp.children.findIndex((c) => isLeaf(c) && (isVerbTag(c.label) || c.label === 'TO'));
    if (verbAt < 0 || vp.children[verbAt].label === 'TO') {
      // coordinated verb phrases, "to …", "about (S to …)": their parts share the subject
      const out: Proto[] = [];
      for (const c of vp.children) {
        if (c.label === 'VP') out.push(...this.vp(c, subj, clause));
        else if (CLAUSE.has(c.label)) out.push(...this.clause(c, subj));
        else if (c.label === 'SBAR') out.push(...this.other(c, []));
      }
      return out;
    }
    const lower: Proto[] = [];
    let complementSubject: ActorCode[] = [];
    for (const c of vp.children.slice(verbAt + 1)) {
      if (c.label === 'VP') lower.push(...this.vp(c, subj, clause));
      else if (CLAUSE.has(c.label)) {
        lower.push(...this.clause(c, subj, subj));
        if (!complementSubject.length) complementSubject = this.subjectOf(c);
      } else if (c.label === 'SBAR' && !isCondition(c)) {
        const inner = c.children.find((k) => CLAUSE.has(k.label));
        if (inner) {
          // a subordinate clause without a subject of its own shares the verb's ("inching nearer to accord")
          lower.push(...this.clause(inner, subj, subj));
          if (!complementSubject.length) complementSubject = this.subjectOf(inner);
        }
      }
    }
    const own = this.own(vp, verbAt, subj, clause, complementSubject);
    if (!own) return lower;
    const coded = lower.filter((p) => p.code || p.passiveCode);
    if (!coded.length) return [own];
    // a verb of saying reports the lower event; a lower pattern that names this verb
    // ("INDICATED WOULD * NOW") has already read it; a verb with no side of its own gives way
    const verbWord = vp.children[verbAt].word!;
    if (own.say || !own.sources.length) return lower;
    if (coded.some((p) => p.pattern?.pre.some((e) => e.kind === 'word' && e.word === verbWord))) return lower;
    if (!own.targets.length) {
      for (const p of lower) {
        const t = p.sources.filter((a) => !subj.some((x) => x.code === a.code));
        if (t.length) { own.targets = t; break; }
        if (p.targets.length) { own.targets = p.targets; break; }
      }
    }
    return [own];
  }

  /** The first coded object of the verb phrases down a subjectless clause. */
  private deepObject(n: PNode): ActorCode[] {
    for (const k of n.children) {
      if (k.label === 'VP' || CLAUSE.has(k.label)) { const r = this.deepObject(k); if (r.length) return r; }
      const o = k.label === 'NP' ? k : k.label === 'PP' ? k.children.find((x) => x.label === 'NP') : undefined;
      if (o && n.label === 'VP') { const r = this.np.codes(o); if (r.length) return r; }
    }
    return [];
  }

  private hasSubject(s: PNode): boolean {
    const firstVP = s.children.findIndex((c) => c.label === 'VP');
    return s.children.slice(0, Math.max(0, firstVP)).some((c) => c.label === 'NP');
  }

  /** The clause's subject is a personal pronoun ("he", "they"). */
  private pronounSubject(s: PNode): boolean {
    const firstVP = s.children.findIndex((c) => c.label === 'VP');
    for (let i = firstVP - 1; i >= 0; i--) if (s.children[i].label === 'NP') return isPronoun(s.children[i]);
    return false;
  }

  private subjectOf(s: PNode): ActorCode[] {
    const firstVP = s.children.findIndex((c) => c.label === 'VP');
    for (let i = firstVP - 1; i >= 0; i--) if (s.children[i].label === 'NP') return this.np.codes(s.children[i]);
    return [];
  }

  /** The verb's own event, or null when it codes nothing. */
  // (in parts: the whole was one of the costliest functions for the optimizing compiler)
  private own(vp: PNode, verbAt: number, subj: ActorCode[], clause: PNode, complementSubject: ActorCode[]): Proto | null {
    const verb = vp.children[verbAt];
    const vIdx = verb.at;
    const after = vp.children.slice(verbAt + 1);
    // the verb phrase's words after the verb are one run of the sentence's leaves
    const afterFrom = vIdx + 1;
    let afterTo = afterFrom;
    if (after.length) { const l = lastLeaf(vp); afterTo = (l.at >= 0 ? l.at : vIdx) + 1; }
    const afterLeaves = this.all.slice(afterFrom, afterTo);
    // the pattern's words before the verb are looked for from the sentence's start, as TABARI did
    const before = this.all.slice(Math.max(0, vIdx - 6), vIdx);
    const senses = this.senses(verb, before, afterLeaves);
    if (!senses.length) return null;
    const { sense, m } = this.reading(senses, after, vIdx, afterFrom, afterTo);
    let code = sense.code, passiveCode = sense.passiveCode;
    if (m) ({ code, passiveCode } = m.pattern);
    // a code must be a code: the validation dictionary's +++ and ### mark nothing
    if (code && !/^\w+$/.test(code)) code = null;
    if (passiveCode && !/^\w+$/.test(passiveCode)) passiveCode = null;
    if (!code && !passiveCode) return null;
    const passive = vp.passive ?? this.isPassive(vp, verb);
    let sources = m?.source ? this.np.codes(m.source) : [];
    let targets = m?.target ? this.np.codes(m.target) : [];
    // prepositional phrases of the verb, and those an adverb carries ("opposed earlier by X")
    const pps: PNode[] = [];
    for (const c of after) {
      if (c.label === 'PP') pps.push(c);
      else if (c.label === 'ADVP') for (const k of c.children) if (k.label === 'PP') pps.push(k);
    }
    if (passive) {
      if (!sources.length) for (const pp of pps) {
        const o = this.ppObject(pp);
        if (o && this.passiveSource.has(prepOf(pp))) { sources = this.np.codes(o); if (sources.length) break; }
      }
      if (!targets.length) targets = subj;
    } else {
      if (!sources.length) sources = subj;
      // a + before the verb names the verb's own subject as the one acted on ("NOTED + * [115]":
      // X noted that Y regretted …): the one acting is the subject of the verb that governs it
      if (m?.target && !m.source && m.pattern.pre.some((e) => e.kind === 'target') && sources.every((x) => targets.some((t) => t.code === x.code))) {
        const g = this.governors.get(clause) ?? [];
        if (g.length) sources = g;
      }
      if (!targets.length) targets = this.activeTarget(after, pps, code ?? passiveCode ?? '', complementSubject);
    }
    const { negated, hypothetical } = this.modality(vp, verbAt, before, afterLeaves, m?.pattern);
    return { sources, targets, code, passiveCode, verb, pattern: m?.pattern, negated, hypothetical, say: isSayCode(code) && !m, object: after.some(hasNounPhrase) };
  }

  /** The sense read and the pattern matched: a verb in several blocks ("--- SHOT [---] ---" and "--- SHOT [223] ---") tries each block's patterns in the dictionary's order; with none matching, the first block with a code. */
  private reading(senses: readonly VerbSense[], after: readonly PNode[], vIdx: number, afterFrom: number, afterTo: number): { sense: VerbSense; m: PatternMatch | null } {
    let patternTo = afterTo;
    if (this.phraseScope) {
      const clause1 = after.find((c) => CLAUSE.has(c.label) || c.label === 'SBAR');
      if (clause1) { const l0 = leaves(clause1)[0]; patternTo = Math.min(afterTo, l0 && l0.at >= 0 ? l0.at : afterTo); }
    }
    for (const x of senses) {
      const m = matchPatterns(this.dict, x.block.patterns, this.allSlots, 0, vIdx - x.before.length, afterFrom + x.after.length, patternTo, this.present, this.isCoded, this.synsets);
      if (m) return { sense: x, m };
    }
    return { sense: senses.find((x) => x.code || x.passiveCode) ?? senses[0], m: null };
  }

  /** A preposition's object, or the object of the clause the parser made of it ("against [besieged Osgiliath]"). */
  private ppObject(pp: PNode): PNode | undefined {
    return pp.children.find((k) => k.label === 'NP')
      ?? pp.children.find((k) => CLAUSE.has(k.label) && !this.hasSubject(k))?.children.find((k) => k.label === 'VP')?.children.find((k) => k.label === 'NP');
  }

  /** An active verb's target when no pattern named one: its object, a prepositional object, a complement's subject, a participle's or infinitive's object. */
  private activeTarget(after: readonly PNode[], pps: readonly PNode[], code: string, complementSubject: ActorCode[]): ActorCode[] {
    for (const c of after) if (c.label === 'NP') { const t = this.np.codes(c); if (t.length) return t; }
    const anyPrep = this.placeRoots.has(code.slice(0, 2));
    for (const pp of pps) {
      const o = this.ppObject(pp);
      if (o && (anyPrep || !this.noTarget.has(prepOf(pp)))) { const t = this.np.codes(o); if (t.length) return t; }
    }
    if (complementSubject.length) return complementSubject;
    // a participle or infinitive after the object: "cordoned off the roads leading into
    // Mordor", "signed an accord to supply Gondor"; a clause whose subject is a pronoun for
    // the verb's own ("began to question whether he has a future with the Morgul Orcs")
    for (const c of after) {
      if (c.label === 'VP') {
        // a participle after the verb: "believed [linked to Al-Qaeda]"
        const t = this.deepObject(c);
        if (t.length) return t;
        continue;
      }
      const inner = CLAUSE.has(c.label) ? c : c.label === 'SBAR' && !isCondition(c) ? c.children.find((k) => CLAUSE.has(k.label)) : undefined;
      if (!inner || this.hasSubject(inner) && !this.pronounSubject(inner)) continue;
      // an infinitive right after the verb is what it says or wants, coded by its own verb
      // ("proposed [to take up the issue with the World Bank]"): PETRARCH2 reads it, not through it
      if (c === after[0] && inner.children[0]?.label === 'VP' && inner.children[0].children[0]?.label === 'TO') continue;
      const t = this.deepObject(inner);
      if (t.length) return t;
    }
    return complementSubject;
  }

  /** Negation and modality around the verb; a word the matched pattern names is read by it, not as either ("WILL NOT *"). */
  private modality(vp: PNode, verbAt: number, before: readonly PNode[], afterLeaves: readonly PNode[], pattern: VerbPattern | undefined): { negated: boolean; hypothetical: boolean } {
    const used = (w: string) => !!pattern && (namesWord(pattern.pre, w) || namesWord(pattern.post, w));
    let negated = false, hypothetical = false;
    for (let k = Math.max(0, before.length - 4); k < before.length && !negated; k++) negated = isNegation(before[k].word!) && !used(before[k].word!);
    if (!negated && afterLeaves.length) negated = isNegation(afterLeaves[0].word!) && !used(afterLeaves[0].word!);
    for (let k = 0; k < verbAt && !negated; k++) { const c = vp.children[k]; negated = isLeaf(c) && isNegation(c.word!); }
    for (let k = Math.max(0, before.length - 3); k < before.length && !hypothetical; k++) hypothetical = HYPOTHETICAL.has(before[k].word!) && !used(before[k].word!);
    return { negated, hypothetical };
  }

  /** The readings of a verb form whose multi-word parts stand around it: the longest, all of them when several blocks list the form. */
  private senses(verb: PNode, before: readonly PNode[], after: readonly PNode[]): VerbSense[] {
    const senses = this.dict.verbs.forms.get(verb.word!) ?? (verb.lemma ? this.dict.verbs.forms.get(verb.lemma) : undefined);
    if (!senses) return [];
    let best: VerbSense[] = [];
    const size = (s: VerbSense) => s.after.length + s.before.length;
    // "give up to 150 million": a particle before "to" and a number is a quantity's
    const quantity = (k: number) => after[k + 1]?.word === 'TO' && /^(CD|\$)$/.test(after[k + 2]?.label ?? '');
    for (const s of senses) {
      if (s.after.some((w, k) => after[k]?.word !== w)) continue;
      if (s.after.length && quantity(s.after.length - 1)) continue;
      if (s.before.some((w, k) => before[before.length - s.before.length + k]?.word !== w)) continue;
      if (!best.length || size(s) > size(best[0])) best = [s];
      else if (size(s) === size(best[0])) best.push(s);
    }
    return best;
  }

  /** Passive: an -ed form under a form of "be" (or "get"), or a participle modifying a noun. */
  private isPassive(vp: PNode, verb: PNode): boolean {
    if (verb.label !== 'VBN' && verb.label !== 'VBD') return false;
    let up = vp.parent;
    for (let i = 0; i < 3 && up; i++, up = up.parent) {
      if (up.label === 'NP') return i === 0;
      if (up.label !== 'VP') return false;
      const head = up.children.find((c) => isLeaf(c) && isVerbTag(c.label));
      if (head && BE.has(head.word!)) return true;
      if (head && head.word !== 'HAVE' && head.word !== 'HAS' && head.word !== 'HAD') return false;
    }
    return false;
  }

  private slots(ls: readonly PNode[]): Slot[] {
    // `ls` are the sentence's leaves, each knowing its place (`at`)
    const placeOf = (l: PNode) => (l.at >= 0 ? l.at : undefined);
    return ls.map((leaf) => {
      // the lemma matches a pattern's bare noun ("treaties" → TREATY); Treebank input has none: exact words, as PETRARCH2
      const b = leaf.lemma && leaf.lemma !== leaf.word ? leaf.lemma : undefined;
      // every field set, in one order: slots keep one shape
      const s: Slot = { word: leaf.word!, base: b || undefined, leaf, npStarts: undefined, ppEnd: undefined };
      // the highest noun phrase beginning here ("the leaders of Gondor", not "the leaders")
      for (let n = leaf.parent, child: PNode = leaf; n; child = n, n = n.parent) {
        if (n.children[0] !== child) break;
        if (n.label === 'NP') {
          const last = placeOf(lastLeaf(n));
          if (last !== undefined) (s.npStarts ??= []).unshift({ np: n, end: last + 1 });
        } else if (s.npStarts) break;
      }
      if (leaf.parent?.label === 'PP' && leaf.parent.children[0] === leaf) {
        const last = placeOf(lastLeaf(leaf.parent));
        s.ppEnd = last !== undefined ? last + 1 : ls.length;
      }
      return s;
    });
  }
}

/** A prepositional phrase's preposition (its first leaf's word). */
const prepOf = (pp: PNode) => pp.children.find(isLeaf)?.word ?? '';

/** Does a pattern part name the word literally? */
function namesWord(elems: readonly VerbPattern['pre'][number][], w: string): boolean {
  for (const e of elems) if (e.kind === 'word' && e.word === w) return true;
  return false;
}

const PRONOUN = eventWordsUpper('coder-pronoun');
function isPronoun(np: PNode): boolean {
  const ls = leaves(np);
  return ls.length === 1 && (ls[0].label === 'PRP' || PRONOUN.has(ls[0].word!));
}

/** A noun phrase in a verb's complement, not inside a clause of its own ("on [Saturday]", "[its embassy]"; not "today" as NP-TMP). */
function hasNounPhrase(n: PNode): boolean {
  if (n.label === 'NP') return true;
  if (isLeaf(n) || CLAUSE.has(n.label) || n.label === 'SBAR') return false;
  return n.children.some(hasNounPhrase);
}

/** "if …", "unless …": a condition, whose events have not happened. */
function isCondition(sbar: PNode): boolean {
  const first = sbar.children[0];
  return !!first && isLeaf(first) && CONDITION.has(first.word!);
}

function lastLeaf(n: PNode): PNode {
  while (!isLeaf(n) && n.children.length) n = n.children[n.children.length - 1];
  return n;
}

/** Codes one parsed sentence with a dictionary set. */
export function codeSentence(root: PNode, dict: Dictionaries, opts: CoderOptions): CodedEvent[] {
  return new SentenceCoder(dict, opts).code(root);
}
