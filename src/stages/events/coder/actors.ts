// Actor codes of a noun phrase, as PETRARCH reads them: the longest actor or agent phrase at
// each word of the phrase's own words (nested noun phrases and possessives included, clauses
// and prepositional phrases not), then, when the phrase itself names no actor, the actors of
// its prepositional phrases ("officials in Fornost"). An agent adds its code to each actor
// (GOV + RUS → RUSGOV; NGO~ goes before); an agent alone keeps no state ("---GOV" is written
// by the caller). Coordinated phrases ("Gondor and Arnor") give each member's codes.
import { codeAt, type Dictionaries } from '../../../data/petrarch/index.ts';
import { isLeaf, type PNode } from './tree.ts';

/** A coded side: the code and the leaves that named it. */
export interface ActorCode {
  code: string;
  leaves: PNode[];
  agentOnly: boolean;
  /** what the caller's entity hook attached (the events stage's actor chunk) */
  ref?: unknown;
}

/** The entity layer's say over a phrase's own words: its actors, before the dictionary's. */
export type EntityCodes = (own: readonly PNode[]) => ActorCode[];

const OWN_SKIP = new Set(['PP', 'SBAR', 'VP', 'S', 'PRN', 'RRC', 'UCP']);

/** The words of a phrase itself: nested noun phrases yes, clauses no, a prepositional phrase only when it names no actor of its own ("Prince of Dol Amroth"). */
function ownLeaves(np: PNode, out: PNode[], ppHasActor: (pp: PNode) => boolean): PNode[] {
  for (const c of np.children) {
    if (isLeaf(c)) out.push(c);
    else if (c.label === 'PP') { if (!ppHasActor(c)) ownLeaves(c, out, ppHasActor); }
    else if (!OWN_SKIP.has(c.label)) ownLeaves(c, out, ppHasActor);
  }
  return out;
}

/** Members of a coordination: NP children joined by CC or commas. */
function coordinated(np: PNode): PNode[] | null {
  const nps = np.children.filter((c) => c.label === 'NP');
  if (nps.length < 2) return null;
  const hasCC = np.children.some((c) => c.label === 'CC' || c.label === ',');
  if (!hasCC) return null;
  // appositions ("Osgiliath, the state's fiercest foe") are not coordination: a CC must be there
  if (!np.children.some((c) => c.label === 'CC')) return [nps[0]];
  return nps;
}

interface Found { actors: { code: string; leaves: PNode[]; coord: boolean }[]; agents: { code: string; prefix: boolean; leaves: PNode[]; cc: number }[] }

function scan(ls: readonly PNode[], dict: Dictionaries, date: number | null, sentence?: readonly PNode[]): Found {
  // (an index loop: `ls` comes in several elements kinds, and map over a new one deoptimized this function)
  const words: string[] = [];
  for (let k = 0; k < ls.length; k++) words.push(ls[k].word!);
  const found: Found = { actors: [], agents: [] };
  let cc = 0;
  let sep = false; // a conjunction or comma of the phrase itself since the last actor
  // words an actor phrase took further on ("Ithilen state-run television": TELEVISION)
  const taken = new Uint8Array(words.length);
  let end = 0;
  for (let i = 0; i < words.length;) {
    if (taken[i]) { i++; continue; }
    if ((ls[i].label === 'CC' || ls[i].label === ',') && ls[i].parent?.label !== 'ADJP') sep = true;
    if (ls[i].label === 'CC') { cc++; i++; continue; }
    // the phrase's own words up to its next conjunction or comma: a blank in an actor phrase lets other words stand between
    if (end <= i) { end = i + 1; while (end < words.length && ls[end].label !== 'CC' && ls[end].label !== ',') end++; }
    let a = dict.actors.matchApart(words, i, end);
    const aEnd = a ? a.positions[a.positions.length - 1] + 1 : i;
    // "US$6 billion", "HK$": a currency, not an actor
    if (a && /^[$€£¥]/.test(words[aEnd] ?? nextWord(sentence, ls[aEnd - 1]) ?? '')) a = null;
    if (a) {
      const code = codeAt(a.value, date);
      const own = a.positions.map((p) => ls[p]);
      // FRO/BIL/SAM: one phrase, several actors
      if (code) for (const c of code.split('/')) if (c) found.actors.push({ code: c, leaves: own, coord: sep });
      sep = false;
      for (const p of a.positions) taken[p] = 1;
      i++;
      continue;
    }
    let g = dict.agents.matchApart(words, i, end);
    if (!g && ls[i].lemma && ls[i].lemma !== words[i]) g = dict.agents.matchApart(words, i, end, ls[i].lemma);
    if (g) {
      found.agents.push({ code: g.value.code, prefix: g.value.prefix, leaves: g.positions.map((p) => ls[p]), cc });
      for (const p of g.positions) taken[p] = 1;
      i++;
      continue;
    }
    i++;
  }
  return found;
}

/** The word of the leaf after `leaf` in its sentence. */
function nextWord(sentence: readonly PNode[] | undefined, leaf: PNode): string | undefined {
  if (!sentence || leaf.at < 0 || sentence[leaf.at] !== leaf) return undefined;
  return sentence[leaf.at + 1]?.word;
}

/** Is `part` one of the code's three-letter parts? ("GMWGOV" holds GMW and GOV, not WGO) */
function hasPart(code: string, part: string): boolean {
  for (let i = code.indexOf(part); i >= 0; i = code.indexOf(part, i + 1)) if (i % 3 === 0) return true;
  return false;
}

/** Joins an actor code with agent codes: suffixes after, prefixes (NGO~) before, no repeats. */
export function withAgents(actor: string, agents: readonly { code: string; prefix: boolean }[]): string {
  let code = actor;
  for (const g of agents) {
    if (hasPart(code, g.code)) continue;
    code = g.prefix ? g.code + code : code + g.code;
  }
  return code;
}

/** `into` with the leaves of each agent added, in order. */
function withLeavesOf(into: PNode[], agents: readonly { leaves: PNode[] }[]): PNode[] {
  for (const g of agents) for (const l of g.leaves) into.push(l);
  return into;
}

export class NounPhraseCoder {
  private memo = new Map<PNode, ActorCode[]>();
  /** the sentence's leaves (each knows its place, `at`), for what follows a phrase ("US" before "$6") */
  sentence?: readonly PNode[];
  constructor(private dict: Dictionaries, private date: number | null, private entityCodes?: EntityCodes) {}

  /** The codes of a noun phrase (empty when it names no actor or agent). */
  codes(np: PNode): ActorCode[] {
    let r = this.memo.get(np);
    if (!r) { this.memo.set(np, []); r = this.compute(np); this.memo.set(np, r); }
    return r;
  }

  private compute(np: PNode): ActorCode[] {
    if (isLeaf(np)) return this.fromLeaves([np], []);
    const members = coordinated(np);
    if (members && members.length > 1) {
      const out: ActorCode[] = [];
      for (const m of members) for (const c of this.codes(m)) out.push(c);
      // agents shared by the members ("Danish media and government") stay with each
      return out.filter((c, i) => !c.agentOnly || out.every((d, j) => j >= i || d.code !== c.code));
    }
    if (members && members.length === 1 && members[0] !== np) return this.codes(members[0]);
    const own = ownLeaves(np, [], (pp) => pp.children.some((k) => k.label === 'NP' && this.codes(k).some((a) => !a.agentOnly)));
    const inner: ActorCode[] = [];
    // the actors of its prepositional phrases, else of a reduced relative ("roads leading into Mordor")
    for (const label of ['PP', 'VP']) {
      for (const c of np.children) {
        if (c.label !== label) continue;
        for (const obj of label === 'PP' ? c.children.filter((k) => k.label === 'NP') : c.children.filter((k) => k.label === 'NP' || k.label === 'PP')) {
          const o = obj.label === 'PP' ? obj.children.find((k) => k.label === 'NP') : obj;
          if (o) for (const a of this.codes(o)) if (!a.agentOnly) inner.push(a);
          if (inner.length) break;
        }
        if (inner.length) break;
      }
      if (inner.length) break;
    }
    return this.fromLeaves(own, inner);
  }

  private fromLeaves(own: readonly PNode[], inner: readonly ActorCode[]): ActorCode[] {
    const f = scan(own, this.dict, this.date, this.sentence);
    const fromEntities = this.entityCodes?.(own) ?? [];
    return fromEntities.length ? withEntityAgents(f, fromEntities) : dictionarySides(f, inner);
  }
}

/** The entity layer knows the actor; the dictionary's agents add the role it lacks ("the French foreign minister": FRA + GOV), a state's code only. */
function withEntityAgents(f: Found, fromEntities: readonly ActorCode[]): ActorCode[] {
  const agents = f.agents.filter((g) => !f.actors.some((a) => a.leaves.includes(g.leaves[0])));
  return fromEntities.map((a) => (/^[A-Z]{3}$/.test(a.code) && agents.length ? { ...a, code: withAgents(a.code, agents.filter((g) => g.cc === agents[0].cc)) } : a));
}

/** The sides the dictionaries name in a phrase's words (`f`), or, with no actor there, its inner phrases' actors with the agents added. */
function dictionarySides(f: Found, inner: readonly ActorCode[]): ActorCode[] {
  // one phrase names one actor: the first ("Ithilen's minister Calimehtar" is Ithilen's);
  // several come only from coordination, or from one phrase naming several (FRO/BIL/SAM)
  const first: typeof f.actors = [];
  for (const a of f.actors) {
    if (first.length && !a.coord && a.leaves[0] !== first[first.length - 1].leaves[0]) break;
    first.push(a);
  }
  const actors: { code: string; leaves: PNode[] }[] = first.length ? first : inner.map((a) => ({ code: a.code, leaves: a.leaves }));
  // agents joined by a conjunction are alternatives ("lawmakers and officials"), others add up
  const byCC = new Map<number, typeof f.agents>();
  for (const g of f.agents) { const l = byCC.get(g.cc); if (l) l.push(g); else byCC.set(g.cc, [g]); }
  const groups = [...byCC.values()];
  // modifiers before the coordination belong to each member: "Islamist media and government"
  const leading = groups.length > 1 ? groups[0].slice(0, -1) : [];
  for (let g = 1; g < groups.length; g++) groups[g] = [...leading, ...groups[g]];
  const out: ActorCode[] = [];
  if (actors.length) {
    // only actors named once: several mentions of one code count once
    const seen = new Set<string>();
    for (const a of actors) {
      for (const grp of groups.length ? groups : [[]]) {
        const code = withAgents(a.code, grp);
        if (seen.has(code)) continue;
        seen.add(code);
        out.push({ code, leaves: withLeavesOf(a.leaves.slice(), grp), agentOnly: false });
      }
    }
  } else {
    for (const grp of groups) {
      const code = withAgents('', grp);
      if (code) out.push({ code: `---${code}`, leaves: withLeavesOf([], grp), agentOnly: true });
    }
  }
  return out;
}
