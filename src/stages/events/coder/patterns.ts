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
  /** the lowest noun phrase this word begins, and its end (exclusive) in the slot list */
  npStart?: { np: PNode; end: number };
  /** a preposition: the end (exclusive) of its phrase */
  ppEnd?: number;
}

export interface PatternMatch {
  pattern: VerbPattern;
  source?: PNode;
  target?: PNode;
}

const MAX_STEPS = 400;

/** A singular or base form for matching bare pattern nouns against plurals (TREATIES → TREATY). */
export function baseForm(w: string): string | undefined {
  if (w.length > 4 && w.endsWith('IES')) return w.slice(0, -3) + 'Y';
  if (w.length > 4 && /(SS|X|CH|SH)ES$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('S') && !w.endsWith('SS')) return w.slice(0, -1);
  return undefined;
}

class Matcher {
  steps = 0;
  source?: PNode;
  target?: PNode;
  /** the whole sequence must end here (a pattern tied to its verb: IN_*) */
  endAt = -1;
  constructor(private dict: Dictionaries, private slots: readonly Slot[]) {}

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
        for (const p of this.dict.verbs.synsets.get(e.name) ?? []) {
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
      case 'source': case 'target': case 'compound': {
        const np = s.npStart;
        if (!np || np.end > limit) return [];
        return [np.end];
      }
      case 'skip': {
        // a noun phrase, or what is left of one ("their ^ about": populations)
        const np = s.npStart;
        return np && np.end <= limit && np.end > j + 1 ? [np.end, j + 1] : [j + 1];
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
          if (e.kind === 'source' && !this.source) this.source = this.slots[j].npStart!.np;
          if ((e.kind === 'target' || e.kind === 'compound') && !this.target) this.target = this.slots[j].npStart!.np;
          for (const r of rest) if (!out.includes(r)) out.push(r);
          return out;
        }
      }
      if (mustStart) break;
    }
    return out;
  }
}

/**
 * The first (most specific) of a verb block's patterns that matches: `pre` are the slots
 * before the verb, `post` the slots after it.
 */
export function matchPatterns(dict: Dictionaries, patterns: readonly VerbPattern[], pre: readonly Slot[], post: readonly Slot[]): PatternMatch | null {
  for (const p of patterns) {
    const mPost = new Matcher(dict, post);
    if (p.post.length && !mPost.seq(p.post, 0, 0, post.length, false).length) continue;
    const mPre = new Matcher(dict, pre);
    if (p.verbTight) mPre.endAt = pre.length;
    if (p.pre.length && !mPre.seq(p.pre, 0, 0, pre.length, false).length) continue;
    return { pattern: p, source: mPre.source ?? mPost.source, target: mPost.target ?? mPre.target };
  }
  return null;
}
