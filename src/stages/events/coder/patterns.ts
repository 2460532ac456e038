// Matching one verb's patterns against the words around it. The words before the verb (its
// clause: subject, auxiliaries, adverbs) are matched by the pattern's part before `*`, the
// words of the verb phrase after it by the part after; elements come in order with gaps
// between them unless tied by `_`. Noun-phrase slots ($ + % ^) take a whole noun phrase that
// starts where they stand. A step budget keeps a pathological pattern from running long.
import type { Dictionaries, PatternElem, VerbPattern } from '../../../data/petrarch/index.ts';
import type { PNode } from './tree.ts';

export interface Slot {
  word: string;
  /** the word as a singular noun or a base verb, when it differs */
  base?: string;
  leaf: PNode;
  /** the noun phrases this word begins, highest first, with their ends (exclusive) in the slot list */
  npStarts?: { np: PNode; end: number }[];
  /** a preposition: the end (exclusive) of its phrase */
  ppEnd?: number;
}

export interface PatternMatch {
  pattern: VerbPattern;
  source?: PNode;
  target?: PNode;
}

const MAX_STEPS = 400;

const synsetsByFirstWord = new WeakMap<Dictionaries, Map<string, Map<string, string[][]>>>();
/** The dictionary's synsets numbered, and each word's synsets (those with a phrase it starts) by number. */
interface SynsetNumbers { byName: Map<string, number>; byFirst: Map<string, number[]> }
const synsetNumbers = new WeakMap<Dictionaries, SynsetNumbers>();
function numbered(dict: Dictionaries): SynsetNumbers {
  let n = synsetNumbers.get(dict);
  if (!n) {
    n = { byName: new Map(), byFirst: new Map() };
    for (const name of dict.verbs.synsets.keys()) n.byName.set(name, n.byName.size);
    for (const [w, names] of synsetIndex(dict)) n.byFirst.set(w, [...names.keys()].map((name) => n!.byName.get(name)!));
    synsetNumbers.set(dict, n);
  }
  return n;
}

/** Which synsets a sentence's words can start: a flag by synset number. */
export class SynsetsPresent {
  constructor(private byName: Map<string, number>, private flags: Uint8Array) {}
  has(name: string): boolean {
    const k = this.byName.get(name);
    return k !== undefined && this.flags[k] === 1;
  }
}
/** The dictionary's synset phrases by first word, then by synset name: one index serves both questions, which synsets a
 *  sentence's words can start (synsetsPresent) and which of a synset's phrases start at a word (the matcher). */
function synsetIndex(dict: Dictionaries): Map<string, Map<string, string[][]>> {
  let byFirst = synsetsByFirstWord.get(dict);
  if (!byFirst) {
    byFirst = new Map();
    for (const [name, phrases] of dict.verbs.synsets) {
      for (const p of phrases) {
        let byName = byFirst.get(p[0]);
        if (!byName) { byName = new Map(); byFirst.set(p[0], byName); }
        const l = byName.get(name);
        if (l) l.push(p); else byName.set(name, [p]);
      }
    }
    synsetsByFirstWord.set(dict, byFirst);
  }
  return byFirst;
}

/**
 * The synsets one of whose phrases starts with one of the sentence's words: read once per
 * sentence, so a verb's patterns test a synset with one look-up (not one per word of the sentence).
 */
export function synsetsPresent(dict: Dictionaries, present: ReadonlySet<string>): SynsetsPresent {
  const { byName, byFirst } = numbered(dict);
  const flags = new Uint8Array(byName.size);
  for (const w of present) { const ks = byFirst.get(w); if (ks) for (const k of ks) flags[k] = 1; }
  return new SynsetsPresent(byName, flags);
}

/** The highest noun phrase starting at a slot that ends within the limit. */
function npAt(s: Slot, limit: number): { np: PNode; end: number } | undefined {
  for (const c of s.npStarts ?? []) if (c.end <= limit) return c;
  return undefined;
}

class Matcher {
  steps = 0;
  source?: PNode;
  target?: PNode;
  /** the whole sequence must end here (a pattern tied to its verb: IN_*) */
  endAt = -1;
  constructor(private dict: Dictionaries, private slots: readonly Slot[], private coded?: (np: PNode) => boolean) {}

  /** The noun phrase a $ or + takes at j: the highest one starting there that names an actor or agent (any, without the hook). */
  private sideAt(j: number, limit: number): { np: PNode; end: number } | undefined {
    if (!this.coded) return npAt(this.slots[j], limit);
    for (const c of this.slots[j]?.npStarts ?? []) if (c.end <= limit && this.coded(c.np)) return c;
    return undefined;
  }
  reset(): void { this.steps = 0; this.source = undefined; this.target = undefined; this.endAt = -1; }

  private wordAt(j: number, w: string): boolean {
    const s = this.slots[j];
    return !!s && (s.word === w || s.base === w);
  }

  /** Does a phrase (words) start at j? returns its end. */
  private phraseAt(j: number, words: readonly string[]): number {
    for (let k = 0; k < words.length; k++) if (!this.wordAt(j + k, words[k])) return -1;
    return j + words.length;
  }

  /** Ends where element e can match starting exactly at j. */
  private endsAt(e: PatternElem, j: number, limit: number): number[] {
    if (j >= limit) return [];
    const s = this.slots[j];
    switch (e.kind) {
      case 'word': return this.wordAt(j, e.word) ? [j + 1] : [];
      case 'synset': {
        const out: number[] = [];
        const byFirst = synsetIndex(this.dict);
        const cands = [...(byFirst.get(s.word)?.get(e.name) ?? []), ...(s.base ? byFirst.get(s.base)?.get(e.name) ?? [] : [])];
        for (const p of cands) {
          const end = this.phraseAt(j, p);
          if (end > 0 && end <= limit && !out.includes(end)) out.push(end);
        }
        return out;
      }
      case 'phrase': return this.seq(e.parts, 0, j, limit, true, false);
      case 'prep': {
        const heads = this.endsAt(e.prep, j, limit);
        if (!heads.length) return [];
        if (!e.object.length) return heads;
        const end = Math.min(limit, s.ppEnd ?? limit);
        const out: number[] = [];
        for (const h of heads) for (const x of this.seq(e.object, 0, h, end, false, false)) if (!out.includes(x)) out.push(x);
        return out;
      }
      case 'source': case 'target': {
        // an actor: the matcher floats past noun phrases that name none ("next week")
        const np = this.sideAt(j, limit);
        return np ? [np.end] : [];
      }
      case 'compound': {
        // % is a compound actor: a noun phrase that joins several ("Gondor and Osgiliath")
        const np = npAt(s, limit);
        return np && this.slots.slice(j, np.end).some((x) => x.leaf.label === 'CC') ? [np.end] : [];
      }
      case 'skip': {
        // a noun phrase skipped (PETRARCH2: ^ passes over a noun phrase), or what is left of
        // one ("their ^ about": populations); a preposition or a verb is no part of one
        const out: number[] = [];
        for (const c of s.npStarts ?? []) if (c.end <= limit && !out.includes(c.end)) out.push(c.end);
        if (!out.includes(j + 1) && /^(NN|JJ|CD|PRP|DT)/.test(s.leaf.label)) out.push(j + 1);
        // the smallest first: ^ skips one phrase ("the parliament" of "the parliament of Gondor")
        return out.sort((a, b) => a - b);
      }
    }
  }

  /**
   * Ends where elems[k…] match from position `from` (the first may float unless `tight`),
   * within `limit`. Bindings of $ and + are kept from the first full match.
   */
  seq(elems: readonly PatternElem[], k: number, from: number, limit: number, tight: boolean, top = true): number[] {
    if (k === elems.length) return this.endAt < 0 || from === this.endAt || !top ? [from] : [];
    if (++this.steps > MAX_STEPS) return [];
    const e = elems[k];
    const mustStart = tight || !!e.tight;
    const out: number[] = [];
    for (let j = from; j < limit; j++) {
      for (const end of this.endsAt(e, j, limit)) {
        const rest = this.seq(elems, k + 1, end, limit, false, top);
        if (rest.length) {
          if (e.kind === 'source' && !this.source) this.source = this.sideAt(j, limit)!.np;
          if (e.kind === 'target' && !this.target) this.target = this.sideAt(j, limit)!.np;
          if (e.kind === 'compound' && !this.target) this.target = npAt(this.slots[j], limit)!.np;
          for (const r of rest) if (!out.includes(r)) out.push(r);
          return out;
        }
      }
      if (mustStart) break;
    }
    return out;
  }
}

const requiredWords = (p: VerbPattern) => p.words;
const requiredSynsets = (p: VerbPattern) => p.synsets;

/** A block's patterns (by their place in it) by their first literal word, and those with none. */
interface BlockIndex { byWord: Map<string, number[]>; free: number[] }
const blockIndexes = new WeakMap<readonly VerbPattern[], BlockIndex>();

/** A block's patterns by their first literal word, so only those whose words are present are tried. */
function blockIndex(patterns: readonly VerbPattern[]): BlockIndex {
  let ix = blockIndexes.get(patterns);
  if (!ix) {
    ix = { byWord: new Map(), free: [] };
    patterns.forEach((p, i) => {
      const need = requiredWords(p);
      if (!need.length) { ix!.free.push(i); return; }
      const list = ix!.byWord.get(need[0]);
      if (list) list.push(i); else ix!.byWord.set(need[0], [i]);
    });
    blockIndexes.set(patterns, ix);
  }
  return ix;
}

/** The places in a large block of the patterns whose first literal word is present (or that have none), in the block's order. */
function candidatePlaces(patterns: readonly VerbPattern[], present: ReadonlySet<string>): number[] {
  const ix = blockIndex(patterns);
  const merged = ix.free.slice();
  let added = false;
  // the smaller side is walked: the block's first words, or the sentence's words
  if (ix.byWord.size < present.size) {
    for (const [w, l] of ix.byWord) if (present.has(w)) { for (const k of l) merged.push(k); added = true; }
  } else {
    for (const w of present) { const l = ix.byWord.get(w); if (l) { for (const k of l) merged.push(k); added = true; } }
  }
  if (added) merged.sort(byNumber);
  return merged;
}
const byNumber = (a: number, b: number) => a - b;

/**
 * The first (most specific) of a verb block's patterns that matches. `slots` are the sentence's
 * words; the pattern's part before `*` is matched in [preFrom, preTo), the part after in [postFrom, postTo).
 */
export function matchPatterns(dict: Dictionaries, patterns: readonly VerbPattern[], slots: readonly Slot[],
  preFrom: number, preTo: number, postFrom: number, postTo: number, present: ReadonlySet<string>, coded?: (np: PNode) => boolean,
  synsets: () => SynsetsPresent = () => synsetsPresent(dict, present)): PatternMatch | null {
  if (!patterns.length) return null;
  // `present`: the sentence's words; a pattern whose literal words are not all there cannot match
  const places = patterns.length > 24 ? candidatePlaces(patterns, present) : null;
  const count = places ? places.length : patterns.length;
  let m: Matcher | undefined, synsetSet: SynsetsPresent | undefined;
  for (let c = 0; c < count; c++) {
    const p = patterns[places ? places[c] : c];
    const need = requiredWords(p);
    let ok = true;
    for (const w of need) if (!present.has(w)) { ok = false; break; }
    if (!ok) continue;
    // the sentence's synsets are worked out only when a pattern whose words are all there names one
    for (const name of requiredSynsets(p)) if (!(synsetSet ??= synsets()).has(name)) { ok = false; break; }
    if (!ok) continue;
    m ??= new Matcher(dict, slots, coded);
    m.reset();
    if (p.post.length && !m.seq(p.post, 0, postFrom, postTo, false).length) continue;
    const postSource = m.source, postTarget = m.target;
    m.reset();
    if (p.verbTight) m.endAt = preTo;
    if (p.pre.length && !m.seq(p.pre, 0, preFrom, preTo, false).length) continue;
    return { pattern: p, source: m.source ?? postSource, target: postTarget ?? m.target };
  }
  return null;
}
