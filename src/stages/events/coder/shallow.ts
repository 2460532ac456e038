// A shallow constituency tree from the syntax stage's tags and chunks, for the dictionary
// coder: noun, prepositional and verb chunks arranged into clauses. A clause is its subject
// (the noun phrases before its verb group, coordinated ones joined), its verb group (auxiliaries
// kept as AUX leaves so patterns like "WILL NOT *" still see them) and what follows: objects,
// prepositional phrases, "to" + verb (an infinitival clause sharing the subject), "that" + clause,
// a noun phrase directly followed by a verb group (a complement clause: "believes Dagolath can
// cope"), "and" + verb group (coordinated verb phrases sharing the subject), "who/which" + verb
// group (a relative clause inside the noun phrase it follows). ", NP VP" and "and NP VP" start a
// new clause. Every piece of the sentence stays in the tree, so leaves keep their token order.
import { node, type PNode } from './tree.ts';

export interface ShallowToken {
  /** the token's index in the document */
  tok: number;
  text: string;
  lower: string;
  tag?: string;
  lemma?: string;
  /** text and lemma in upper case, when the caller has them made */
  upper?: string;
  upperLemma?: string;
}

export interface ShallowChunk {
  kind: 'NP' | 'VP' | 'PP' | 'ADJP' | 'ADVP';
  /** token indices in the document, end exclusive */
  start: number;
  end: number;
  head: number;
  passive?: boolean;
}

/** What the tree builder needs to know of closed-class words. */
export interface FunctionWords { kindsOf(lower: string): readonly string[] }

/** A unit: a chunk, or a word (`lower`, with its function-word kinds, looked up once) */
interface Unit { kind: 'NP' | 'PP' | 'VP' | 'ADJP' | 'ADVP' | 'W'; node: PNode; lower: string | undefined; kinds: readonly string[] }
const NO_KINDS: readonly string[] = [];
/** A unit (always with its `lower` and `kinds`, so units have one shape). */
const unit = (kind: Unit['kind'], n: PNode, lower?: string, kinds: readonly string[] = NO_KINDS): Unit => ({ kind, node: n, lower, kinds });

/** Treebank writes "didn't" as DID N'T, "can't" as CA N'T: the dictionaries' patterns do too. */
export function contraction(word: string): [string, string] | null {
  if (word.charCodeAt(word.length - 1) !== 84) return null; // no final T: no N'T, and no regex run
  const m = /^(.+?)(N['’]T)$/.exec(word);
  if (!m) return null;
  return [m[1] === 'CAN' ? 'CA' : m[1] === 'WON' ? 'WO' : m[1], "N'T"];
}

function leaf(t: ShallowToken, label: string): PNode {
  const n = node(label);
  n.word = t.upper ?? t.text.toUpperCase();
  if (t.lemma) n.lemma = t.upperLemma ?? t.lemma.toUpperCase();
  n.tok = t.tok;
  return n;
}

const isVerbTag = (t: string | undefined) => !!t && (t.startsWith('VB') || t === 'MD');

const byStart = (a: ShallowChunk, b: ShallowChunk) => a.start - b.start;
/** A chunk word's label: its tag, else POS for a possessive and NN for any other. */
const chunkLabel = (t: ShallowToken) => t.tag ?? (t.text === "'s" || t.text === '’s' ? 'POS' : 'NN');
/** Leaves of a chunk's words from `from` on. */
function chunkLeaves(ts: readonly ShallowToken[], from: number): PNode[] {
  const out: PNode[] = [];
  for (let k = from; k < ts.length; k++) out.push(leaf(ts[k], chunkLabel(ts[k])));
  return out;
}
/** `into` with `more` pushed onto it. */
function appendAll(into: PNode[], more: readonly PNode[]): PNode[] {
  for (let k = 0; k < more.length; k++) into.push(more[k]);
  return into;
}
/** Units i..j (NP or PP, separators, NPs) as one coordinated noun phrase, in the first one's preposition when it has one. */
function coordination(units: readonly Unit[], i: number, j: number): Unit {
  const members: PNode[] = [];
  let prepLeaf: PNode | undefined;
  for (let k = i; k <= j; k++) {
    const p = units[k];
    if (p.kind === 'PP') { prepLeaf = p.node.children[0]; const np = p.node.children[1]; if (np) members.push(np); }
    else members.push(p.node);
  }
  const np = node('NP', members);
  return prepLeaf ? unit('PP', node('PP', [prepLeaf, np])) : unit('NP', np);
}

export function shallowTree(tokens: readonly ShallowToken[], chunks: readonly ShallowChunk[], fw: FunctionWords): PNode {
  return new ShallowBuilder(tokens, chunks, fw).build();
}

/** One sentence's builder (a class, so the hot path makes no closures per sentence). */
class ShallowBuilder {
  private merged: Unit[] = [];
  private n = 0;
  constructor(private tokens: readonly ShallowToken[], private chunks: readonly ShallowChunk[], private fw: FunctionWords) {}

  private has(lower: string, kind: string): boolean { return this.fw.kindsOf(lower).includes(kind); }

  /** A word's label when the syntax gave none; `kinds`: its function-word kinds. */
  private wordLabel(t: ShallowToken, kinds: readonly string[]): string {
    if (t.tag) return t.tag;
    if (/^[.!?;:]$/.test(t.text)) return '.';
    if (t.text === ',') return ',';
    if (kinds.includes('conjunction')) return 'CC';
    if (t.lower === 'to') return 'TO';
    if (kinds.includes('relative')) return 'WDT';
    if (kinds.includes('preposition') || kinds.includes('complementizer')) return 'IN';
    if (kinds.includes('negation')) return 'RB';
    return 'X';
  }

  /** A word unit of token t. */
  private word(t: ShallowToken, label: string | undefined, kinds = this.fw.kindsOf(t.lower)): Unit {
    return unit('W', leaf(t, label ?? this.wordLabel(t, kinds)), t.lower, kinds);
  }

  private isSep(u: Unit | undefined): boolean { return u?.kind === 'W' && (u.lower === ',' || u.kinds.includes('conjunction')); }
  /** while, because, although …: an adverbial clause of its own, never a complement */
  private isSub(u: Unit | undefined): boolean { return u?.kind === 'W' && u.kinds.includes('subordinator') && !u.kinds.includes('complementizer'); }
  private u(k: number): Unit | undefined { return this.merged[k]; }
  /** A bare participle (no auxiliary) followed by "by": a noun's reduced relative. */
  private isReducedRelative(k: number): boolean {
    const v = this.merged[k];
    if (v?.kind !== 'VP' || v.node.children.length !== 1) return false;
    const head = v.node.children[0];
    // "the roads leading into Mordor": a bare -ing form after a noun describes it
    if (head.label === 'VBG') return true;
    const participle = head.label === 'VBN' || (head.label === 'VB' && /ED$/.test(head.word ?? ''));
    const next = this.merged[k + 1];
    return participle && next?.kind === 'PP' && next.node.children[0]?.word === 'BY';
  }
  private endMark(k: number): boolean { const x = this.merged[k]; return x?.kind === 'W' && /^[.!?;:]$/.test(x.lower!); }

  // the phases are methods of their own: one method of all of them was the costliest function of the
  // events stage for the optimizing compiler to compile (and compiled again whenever a part of it deoptimized)
  build(): PNode {
    this.merged = this.ofPhrases(this.coordinate(this.units()));
    this.n = this.merged.length;
    return this.clauses();
  }

  /** 1. units: chunks, and the words between them */
  private units(): Unit[] {
    const { tokens, chunks } = this;
    const first = tokens[0]?.tok ?? 0;
    const units: Unit[] = [];
    const sorted = chunks.slice().sort(byStart);
    let c = 0;
    for (let i = first; i < first + tokens.length;) {
      while (c < sorted.length && sorted[c].start < i) c++;
      const ch = c < sorted.length && sorted[c].start === i ? sorted[c] : undefined;
      if (!ch || ch.end <= i) {
        units.push(this.word(tokens[i - first], undefined));
        i++;
        continue;
      }
      const ts: ShallowToken[] = [];
      for (let k = ch.start; k < ch.end && k < first + tokens.length; k++) ts.push(tokens[k - first]);
      const k0 = ch.kind === 'NP' || ch.kind === 'PP' ? this.fw.kindsOf(ts[0].lower) : NO_KINDS;
      if (ch.kind === 'NP' && ts.length === 1 && k0.includes('relative')) {
        // "which", "who" alone: a relative pronoun, not a noun phrase
        units.push(this.word(ts[0], ts[0].tag ?? 'WDT', k0));
      } else if (ch.kind === 'NP') units.push(unit('NP', node('NP', chunkLeaves(ts, 0))));
      else if (ch.kind === 'PP' && (k0.includes('complementizer') || k0.includes('subordinator'))
        && (!k0.includes('preposition') || (sorted[c + 1]?.kind === 'VP' && sorted[c + 1].start === ch.end))) {
        // "that Mordor …": a complementizer the chunker took for a preposition
        units.push(this.word(ts[0], 'IN', k0));
        if (ts.length > 1) units.push(unit('NP', node('NP', chunkLeaves(ts, 1))));
      } else if (ch.kind === 'PP') {
        const p = ts[0];
        const kids = [leaf(p, p.tag ?? 'IN')];
        if (ts.length > 1) kids.push(node('NP', chunkLeaves(ts, 1)));
        units.push(unit('PP', node('PP', kids)));
      } else if (ch.kind === 'VP') this.verbGroup(ts, ch, units);
      else units.push(unit(ch.kind, node(ch.kind, chunkLeaves(ts, 0))));
      i = ch.end;
    }
    return units;
  }

  /** A verb chunk's units, pushed onto `out`: its "to" (if it leads), then the verb group. */
  private verbGroup(ts: readonly ShallowToken[], ch: ShallowChunk, out: Unit[]): void {
    // "to restore": the infinitive's "to" stands before the verb group, as in a Treebank parse
    let from = 0;
    if (ts.length > 1 && ts[0].lower === 'to' && ts[0].tok !== ch.head) {
      out.push(unit('W', leaf(ts[0], 'TO'), 'to', this.fw.kindsOf('to')));
      from = 1;
    }
    // a loop, not flatMap (which V8 runs slowly): one leaf a word, two for a contraction
    const kids: PNode[] = [];
    for (let k = from; k < ts.length; k++) {
      const t = ts[k];
      if (t.tok === ch.head) { kids.push(leaf(t, isVerbTag(t.tag) ? t.tag! : 'VB')); continue; }
      if (t.tok < ch.head) {
        const c2 = contraction(t.upper ?? t.text.toUpperCase());
        if (c2) { const a = leaf(t, 'AUX'), b = leaf(t, 'RB'); a.word = c2[0]; b.word = c2[1]; kids.push(a, b); continue; }
        kids.push(leaf(t, this.has(t.lower, 'negation') || t.tag === 'RB' ? 'RB' : 'AUX'));
        continue;
      }
      kids.push(leaf(t, t.tag === 'RB' ? 'RB' : 'RP'));
    }
    const vp = node('VP', kids);
    if (ch.passive) vp.passive = true;
    out.push(unit('VP', vp));
  }

  /** 2. coordinated noun phrases become one: "Russia, China and Iran", "with Gondor and Arnor" */
  private coordinate(units: Unit[]): Unit[] {
    const merged: Unit[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      // "Indian and Pakistani troops": nationality adjectives coordinated before a plural noun
      if (u.kind === 'ADJP' && u.node.children.length === 1 && this.isSep(units[i + 1]) && units[i + 1].lower !== ','
        && units[i + 2]?.kind === 'NP' && /^NNP?S$/.test(units[i + 2].node.children[units[i + 2].node.children.length - 1]?.label ?? '')) {
        merged.push(unit('NP', node('NP', [node('NP', [u.node.children[0]]), units[i + 1].node, units[i + 2].node])));
        i += 2;
        continue;
      }
      // "Ithilen's awful and evil minister": adjectives joined inside one noun phrase
      const lastKid = u.kind === 'NP' ? u.node.children[u.node.children.length - 1] : undefined;
      if (lastKid && /^JJ/.test(lastKid.label) && units[i + 1]?.kind === 'W' && units[i + 1].kinds.includes('conjunction') && units[i + 2]?.kind === 'NP') {
        // the conjunction joins adjectives, so it stands in an ADJP: it coordinates no actors
        const kids = u.node.children.slice(0, -1);
        kids.push(node('ADJP', [lastKid, units[i + 1].node]));
        units[i + 2] = unit('NP', node('NP', appendAll(kids, units[i + 2].node.children)));
        i++;
        continue;
      }
      // "British and American airline Virgin Atlantic": a one-word modifier joined to another
      // before a singular noun names one actor ("Indian and Pakistani troops" are two)
      const nextNP = units[i + 2]?.kind === 'NP' ? units[i + 2].node.children : undefined;
      if (u.kind === 'NP' && u.node.children.length === 1 && units[i + 1]?.kind === 'W' && units[i + 1].kinds.includes('conjunction')
        && nextNP && nextNP.length >= 2 && nextNP[1].label === 'NN') {
        const kids = u.node.children.slice();
        kids.push(node('ADJP', [units[i + 1].node]));
        units[i + 2] = unit('NP', node('NP', appendAll(kids, nextNP)));
        i++;
        continue;
      }
      if ((u.kind === 'NP' || u.kind === 'PP') && this.isSep(units[i + 1]) && units[i + 2]?.kind === 'NP') {
        const j = this.coordinationEnd(units, i);
        if (j >= 0) {
          merged.push(coordination(units, i, j));
          i = j;
          continue;
        }
      }
      merged.push(u);
    }
    return merged;
  }

  /** The last unit of a run (sep NP)* from unit i that a conjunction closes, or -1. */
  private coordinationEnd(units: readonly Unit[], i: number): number {
    let j = i, sawCC = false;
    while (this.isSep(units[j + 1]) && units[j + 2]?.kind === 'NP') {
      if (units[j + 1].lower !== ',') sawCC = true;
      j += 2;
      if (sawCC) break;
    }
    return sawCC ? j : -1;
  }

  /** "thousands of protesters", "the government of Canada": an of-phrase belongs to its noun */
  private ofPhrases(merged: Unit[]): Unit[] {
    for (let i = merged.length - 2; i >= 0; i--) {
      const a = merged[i], b = merged[i + 1];
      if (a.kind === 'NP' && b.kind === 'PP' && b.node.children[0]?.word === 'OF') {
        merged.splice(i, 2, unit('NP', node('NP', [a.node, b.node])));
      } else if (a.kind === 'PP' && b.kind === 'PP' && b.node.children[0]?.word === 'OF' && a.node.children[1]?.label === 'NP') {
        // "of the Prince of Dol Amroth": the second of-phrase belongs to the first's noun
        const np = a.node.children[1];
        a.node.children[1] = node('NP', [np, b.node]);
        a.node.children[1].parent = a.node;
        merged.splice(i + 1, 1);
      }
    }
    return merged;
  }

  /** 3. clauses */
  private clauses(): PNode {
    const n = this.n;
    const clauses: PNode[] = [];
    for (let i = 0; i < n;) {
      const cl = this.parseClause(i);
      clauses.push(cl.node);
      i = cl.next > i ? cl.next : i + 1;
      while (i < n && (this.isSep(this.u(i)) || this.isSub(this.u(i)))) { clauses.push(this.merged[i].node); i++; }
    }
    let ss = 0;
    for (const x of clauses) if (x.label === 'S') ss++;
    return ss === 1 && clauses.length === 1 ? clauses[0] : node('S', clauses);
  }

  private parseVP(j: number): { node: PNode; next: number } {
    let vp = this.merged[j].node;
    let k = j + 1;
    while (k < this.n) {
      const x = this.merged[k];
      if (this.endMark(k) || x.kind === 'VP') break;
      if (x.kind === 'NP') {
        // a participle after a noun is a reduced relative: "the sanctions imposed by the US"
        if (this.isReducedRelative(k + 1)) {
          const inner = this.parseVP(k + 1);
          x.node.children.push(inner.node); inner.node.parent = x.node;
          vp.children.push(x.node); x.node.parent = vp; k = inner.next; continue;
        }
        if (this.u(k + 1)?.kind === 'VP') { const cl = this.parseClause(k); vp.children.push(cl.node); cl.node.parent = vp; k = cl.next; break; }
        vp.children.push(x.node); x.node.parent = vp; k++; continue;
      }
      if (x.kind !== 'W') { vp.children.push(x.node); x.node.parent = vp; k++; continue; }
      const l = x.lower!, kinds = x.kinds;
      if (this.isSub(x)) break;
      if (l === 'to' && this.u(k + 1)?.kind === 'VP') {
        const inner = this.parseVP(k + 1);
        const s = node('S', [node('VP', [node('TO'), inner.node])]);
        const to = s.children[0].children[0];
        to.word = x.node.word; to.tok = x.node.tok;
        vp.children.push(s); s.parent = vp; k = inner.next; continue;
      }
      if (kinds.includes('complementizer') && (this.u(k + 1)?.kind === 'NP' || this.u(k + 1)?.kind === 'VP')) {
        const cl = this.parseClause(k + 1);
        const sbar = node('SBAR', [x.node, cl.node]);
        vp.children.push(sbar); sbar.parent = vp; k = cl.next; break;
      }
      // what follows a relative pronoun is its clause's, not this verb's objects
      if (kinds.includes('relative') && this.u(k + 1)?.kind !== 'VP') break;
      if (kinds.includes('relative') && this.u(k + 1)?.kind === 'VP') {
        const prev = vp.children[vp.children.length - 1];
        const inner = this.parseVP(k + 1);
        const sbar = node('SBAR', [x.node, node('S', [inner.node])]);
        if (prev?.label === 'NP') { prev.children.push(sbar); sbar.parent = prev; } else { vp.children.push(sbar); sbar.parent = vp; }
        k = inner.next; continue;
      }
      if (kinds.includes('conjunction')) {
        let v = k + 1;
        while (this.u(v)?.kind === 'ADVP') v++;
        if (this.u(v)?.kind === 'VP') {
          const second = this.parseVP(v);
          // (pushed one by one: a spread of arrays of several kinds deoptimized this function)
          const kids = [vp, x.node];
          for (let q = k + 1; q < v; q++) kids.push(this.merged[q].node);
          kids.push(second.node);
          vp = node('VP', kids);
          k = second.next; break;
        }
        break;
      }
      if (l === ',') {
        // ", a senior official said": a comma ends the verb's objects before a noun phrase
        if (this.u(k + 1)?.kind === 'NP') break;
        if ((this.u(k + 1)?.kinds ?? NO_KINDS).includes('relative') && this.u(k + 2)?.kind === 'VP') {
          const prev = vp.children[vp.children.length - 1];
          const inner = this.parseVP(k + 2);
          const sbar = node('SBAR', [this.merged[k + 1].node, node('S', [inner.node])]);
          vp.children.push(x.node); x.node.parent = vp;
          if (prev?.label === 'NP') { prev.children.push(sbar); sbar.parent = prev; } else { vp.children.push(sbar); sbar.parent = vp; }
          k = inner.next; continue;
        }
      }
      vp.children.push(x.node); x.node.parent = vp; k++;
    }
    return { node: vp, next: k };
  }

  private parseClause(i: number): { node: PNode; next: number } {
    let v = i;
    while (v < this.n && this.merged[v].kind !== 'VP' && !this.endMark(v)) v++;
    if (v >= this.n || this.endMark(v)) return { node: node('S', this.merged.slice(i, v + (v < this.n ? 1 : 0)).map((m) => m.node)), next: Math.min(this.n, v + 1) };
    const pre = this.merged.slice(i, v);
    // the subject's own prepositional phrases: "lawmakers in Fornost and Gondor", "soldiers from Gondor"
    for (let k = pre.length - 1; k > 0; k--) {
      if (pre[k].kind === 'PP' && pre[k - 1].kind === 'NP' && pre.slice(k).every((x) => x.kind === 'PP')) {
        const np = pre[k - 1].node, pp = pre[k].node;
        const joined = np.children.length && np.children[0].label === 'NP' && np.children.some((c) => c.label === 'PP') ? np : node('NP', [np]);
        joined.children.push(pp); pp.parent = joined;
        pre.splice(k - 1, 2, unit('NP', joined));
      }
    }
    const kids: PNode[] = [];
    // a relative clause in the subject: "the man who attacked them said" — the verb group
    // after who/which is the relative's, the clause's own comes later
    let k = 0;
    const out: PNode[] = [];
    for (; k < pre.length; k++) out.push(pre[k].node);
    kids.push(...out);
    let vpAt = v;
    if (pre.length >= 2 && pre[pre.length - 1].kind === 'W' && pre[pre.length - 1].kinds.includes('relative') && pre[pre.length - 2].kind === 'NP') {
      const inner = this.parseVP(v);
      const np = pre[pre.length - 2].node;
      const sbar = node('SBAR', [kids.pop()!, node('S', [inner.node])]);
      np.children.push(sbar); sbar.parent = np;
      let w = inner.next;
      if ((this.u(w)?.kind === 'W' && this.u(w)!.lower === ',')) { kids.push(this.merged[w].node); w++; }
      if (this.u(w)?.kind !== 'VP') return { node: node('S', kids), next: w };
      vpAt = w;
    }
    const vp = this.parseVP(vpAt);
    return { node: node('S', [...kids, vp.node]), next: vp.next };
  }
}
