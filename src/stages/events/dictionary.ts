// The dictionary coder in the events stage: each sentence's clauses (from the syntax stage's
// tags and chunks, or, when a document comes without them, from the actor chunks and the
// dictionary's verb forms) are coded with the PETRARCH2 CAMEO verb patterns and the Phoenix
// actors and agents. The entity layer names the actors it knows (with metonymy and offices);
// the dictionaries name the rest and add the roles ("the French foreign minister": FRA + GOV).
// A side only the dictionaries name and that is no state (REB, IGOUNO, MNC) keeps no state.
// The events come out as the reader's candidates, so time, place and quotes are read alike.
import type { Doc, Token } from '../../document/doc.ts';
import type { Dictionaries } from '../../data/petrarch/index.ts';
import { functionWords as sharedFunctionWords, wordKinds } from '../../data/lexicon.ts';
import { countryByIso3 } from '../../data/countries.ts';
import { actorCode, type Actor, type Chunk } from './actors.ts';
import { eventWordsUpper, type Pattern } from './lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { Match } from './match.ts';

/** What the dictionary coder needs of the sentence reader (which calls it). */
export interface DictionaryContext {
  readonly doc: Doc;
  readonly first: number;
  readonly last: number;
  readonly all: Chunk[];
  /** each token's text and lemma in upper case */
  readonly upper: readonly string[];
  readonly upperLemma: readonly (string | undefined)[];
  build(i: number, m: Match, source: Chunk | undefined, target: Chunk | undefined, turn: undefined, uses: number[], symmetric: boolean): Candidate | undefined;
}
import { SentenceCoder, type CodedEvent } from './coder/code.ts';
import type { ActorCode } from './coder/actors.ts';
import { contraction, shallowTree, type FunctionWords, type ShallowChunk, type ShallowToken } from './coder/shallow.ts';
import type { PNode } from './coder/tree.ts';

const FUNCTION_WORDS = 'lexicon/function-words.tsv';
let functionWordKinds: ReadonlyMap<string, readonly string[]> | undefined;
const NO_KINDS: readonly string[] = [];
const functionWords: FunctionWords = { kindsOf: (l) => (functionWordKinds ??= wordKinds(FUNCTION_WORDS)).get(l) ?? NO_KINDS };

/** In news a place after in/at is where, not whom: only a pattern makes it a target. */
const PLACE_PREPS = eventWordsUpper('place-preposition-coded');
const PASSIVE_BY = eventWordsUpper('passive-by');
/** forms of be before a participle (the events reader's too), in the chunks read when a document comes without syntax */
let passiveAux: ReadonlySet<string> | undefined;
/** "Indian and Pakistani troops exchanged fire": fighting, like talks, is done to each other */
const PAIR_CODES = /^(0[3-6]|19)/;
/** force, attacks, fights, mass violence: the place struck is the target */
const PLACE_TARGET_ROOTS = new Set(['15', '17', '18', '19', '20']);

type SyntaxToken = Token & { tag?: string; lemma?: string };
type SyntaxDoc = Doc & { chunks?: ShallowChunk[] };

/** The syntax stage's chunks of tokens first..last, or chunks read off the actors and verb forms. */
function sentenceChunks(r: DictionaryContext, dict: Dictionaries): ShallowChunk[] {
  const doc = r.doc as SyntaxDoc;
  const { first, last } = r;
  if (doc.chunks?.length) {
    let lo = 0, hi = doc.chunks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (doc.chunks[mid].start < first) lo = mid + 1; else hi = mid; }
    const out: ShallowChunk[] = [];
    for (let k = lo; k < doc.chunks.length && doc.chunks[k].start <= last; k++) if (doc.chunks[k].end <= last + 1) out.push(doc.chunks[k]);
    return out;
  }
  // no syntax: actor chunks are noun phrases, a preposition before one makes a prepositional
  // phrase, a lower-case word the verb dictionary knows (with its auxiliaries) a verb group
  const out: ShallowChunk[] = [];
  const toks = doc.tokens;
  const kinds = wordKinds(FUNCTION_WORDS);
  const chunkAt = new Map(r.all.filter((c) => !c.pronoun || !c.possessive).map((c) => [c.first, c]));
  for (let i = first; i <= last;) {
    const c = chunkAt.get(i);
    const k = kinds.get(toks[i].lower) ?? [];
    if (k.includes('preposition') && chunkAt.has(i + 1)) {
      const np = chunkAt.get(i + 1)!;
      out.push({ kind: 'PP', start: i, end: np.last + 1, head: np.last });
      i = np.last + 1; continue;
    }
    if (c) {
      // the nouns after a name or a nationality belong to it: "Israeli aircraft", "Hamas targets"
      let e = c.last;
      while (e + 1 <= last && e - c.last < 3 && /^[a-z][a-z-]*$/.test(toks[e + 1].text) && !kinds.has(toks[e + 1].lower)
        && !chunkAt.has(e + 1) && !dict.verbs.forms.has(toks[e + 1].text.toUpperCase())) e++;
      out.push({ kind: 'NP', start: c.first, end: e + 1, head: e }); i = e + 1; continue;
    }
    const t = toks[i];
    // a run of capitalized words the entity layer left: a name for the dictionaries to read
    if (/^\p{Lu}/u.test(t.text) && !chunkAt.has(i) && !k.length) {
      let e = i;
      while (e + 1 <= last && /^\p{Lu}/u.test(toks[e + 1].text) && !chunkAt.has(e + 1)) e++;
      {
        const prevK = i > first ? kinds.get(toks[i - 1].lower) ?? [] : [];
        if (prevK.includes('preposition')) { out.push({ kind: 'PP', start: i - 1, end: e + 1, head: e }); }
        else out.push({ kind: 'NP', start: i, end: e + 1, head: e });
        i = e + 1; continue;
      }
    }
    const prev = toks[i - 1];
    // a verb form right after a verb is its object ("struck targets"), after a determiner a noun
    const afterVerb = out.length > 0 && out[out.length - 1].kind === 'VP' && out[out.length - 1].end === i;
    const isVerb = /^[a-z]/.test(t.text) && dict.verbs.forms.has(t.text.toUpperCase()) && !afterVerb
      && !(prev && (kinds.get(prev.lower) ?? []).includes('determiner'));
    if (!isVerb && afterVerb && /^[a-z][a-z-]*$/.test(t.text) && !kinds.has(t.lower)) {
      out.push({ kind: 'NP', start: i, end: i + 1, head: i });
      i++; continue;
    }
    if (isVerb) {
      let s = i;
      const lastEnd = out.length ? out[out.length - 1].end : first;
      while (s - 1 >= lastEnd && (kinds.get(toks[s - 1].lower) ?? []).some((x) => x === 'aux' || x === 'negation')) s--;
      passiveAux ??= sharedFunctionWords('passive-auxiliary');
      const passive = toks.slice(s, i).some((x) => passiveAux!.has(x.lower)) && /ed$|en$/.test(t.lower);
      out.push({ kind: 'VP', start: s, end: i + 1, head: i, passive: passive || undefined });
    }
    i++;
  }
  return out;
}

/** A dictionary-only side: a state's code keeps the state, any other keeps none. */
function dictionaryActor(code: string): Actor {
  const iso = /^[A-Z]{3}/.test(code) && countryByIso3(code.slice(0, 3)) ? code.slice(0, 3) : undefined;
  return { entity: iso ?? `phoenix-${code.toLowerCase()}`, country: iso, sector: iso ? code.slice(3) || undefined : code.replace(/^-+/, ''), place: false, person: false };
}

function chunkOf(leaves: readonly PNode[], ref: unknown, code: string): Chunk | undefined {
  if (ref) return ref as Chunk;
  const toks = leaves.map((l) => l.tok).filter((t): t is number => t !== undefined);
  if (!toks.length) return undefined;
  return { first: Math.min(...toks), last: Math.max(...toks), actor: dictionaryActor(code), possessive: false, pronoun: false };
}

/** The report's date as YYYYMMDD, or null. */
export function reportDate(doc: Doc): number | null {
  const p = doc.published;
  if (p !== lastPublished) { lastPublished = p; lastDate = p && /^\d{4}-\d{2}-\d{2}/.test(p) ? Number(p.slice(0, 10).replace(/-/g, '')) : null; }
  return lastDate;
}
/** the last date read (a document's sentences ask for it one after another) */
let lastPublished: string | undefined, lastDate: number | null = null;

/** The shallow clause tree of the reader's current sentence. */
export function sentenceTree(r: DictionaryContext, dict: Dictionaries): PNode {
  const toks: ShallowToken[] = [];
  for (let i = r.first; i <= r.last; i++) {
    const t = r.doc.tokens[i] as SyntaxToken;
    toks.push({ tok: i, text: t.text, lower: t.lower, tag: t.tag || undefined, lemma: t.lemma || undefined, upper: r.upper[i], upperLemma: r.upperLemma[i] });
  }
  return shallowTree(toks, sentenceChunks(r, dict), functionWords);
}

/**
 * Can the sentence give a candidate its two sides? A side a candidate keeps is an entity chunk
 * with a code (not a possessive) or a dictionary actor: agents alone make none, and two sides
 * of one entity make no event. So one such entity and no actor phrase readable in the words
 * (in order, any words between: what any phrase's look-up could find) code nothing, and the
 * clause tree is not built. Exact, not a heuristic: it passes every sentence that could code.
 */
function twoSidesPossible(r: DictionaryContext, dict: Dictionaries): boolean {
  let entity: string | undefined;
  for (const c of r.all) {
    if (c.possessive || !actorCode(c.actor)) continue;
    if (entity === undefined) entity = c.actor.entity;
    else if (c.actor.entity !== entity) return true;
  }
  const words = r.upper;
  for (let i = r.first; i <= r.last; i++) {
    // a contraction's leaves carry words of their own ("DIDN'T": DID, N'T)
    if (contraction(words[i])) return true;
  }
  return dict.actors.mayReadIn(words, r.first, r.last + 1);
}

/** Candidates the dictionary coder finds in the reader's current sentence. */
export function dictionaryCandidates(r: DictionaryContext, dict: Dictionaries): Candidate[] {
  // two sides are needed: a sentence naming fewer than two actors (entities, or actor and agent
  // phrases of the dictionaries) codes nothing, and most sentences are passed over here
  if (!namesTwoActors(r, dict) || !twoSidesPossible(r, dict)) return [];
  const tree = sentenceTree(r, dict);
  const coder = sentenceCoder(r, dict);
  // a candidate's sides are two different codes, neither an agent's alone (`candidate`): with fewer
  // named in the tree's noun phrases the clauses are not coded (a third of the trees)
  if (!coder.namesSides(tree, 2)) return [];
  const out: Candidate[] = [];
  const pairs = new Set<string>();
  for (const e of coder.code(tree)) {
    // a pair acting on each other is one symmetric event, not two
    if (e.paired) {
      const key = [e.source, e.target].sort().join('\u0000') + e.code;
      if (pairs.has(key)) continue;
      pairs.add(key);
    }
    const c = candidate(r, e);
    if (!c) continue;
    if (e.paired) { c.record.symmetric = true; c.symmetric = true; }
    out.push(c);
  }
  return out;
}

/** Does the sentence name two actors: chunks (not pronouns), or actor and agent phrases of the dictionaries in the words no chunk covers? */
function namesTwoActors(r: DictionaryContext, dict: Dictionaries): boolean {
  let sides = 0;
  const n = r.last - r.first + 1;
  const covered = new Uint8Array(n);
  for (const c of r.all) {
    if (c.pronoun) continue;
    sides++;
    for (let k = Math.max(c.first, r.first); k <= Math.min(c.last, r.last); k++) covered[k - r.first] = 1;
  }
  if (sides >= 2) return true;
  // the document's upper-case words, read within the sentence
  const words = r.upper, base = r.first, end = r.last + 1;
  for (let i = 0; i < n && sides < 2; i++) {
    if (covered[i]) continue;
    const a = dict.actors.match(words, base + i, end) ?? dict.agents.match(words, base + i, end);
    if (a) { sides++; i += a.length - 1; }
  }
  return sides >= 2;
}

/** The coder of the current sentence, with the news settings and the entity layer's actors as its hook. */
function sentenceCoder(r: DictionaryContext, dict: Dictionaries): SentenceCoder {
  const doc = r.doc;
  const n = r.last - r.first + 1;
  // the entity layer's actor chunks, by token
  const chunkAt: (Chunk | undefined)[] = new Array(n);
  // pronouns the entity layer resolved ("he said") stand for their actor; possessives do not act
  for (const c of r.all) if (!(c.pronoun && c.possessive)) for (let k = Math.max(c.first, r.first); k <= Math.min(c.last, r.last); k++) chunkAt[k - r.first] = c;
  const entityCodes = (own: readonly PNode[]): ActorCode[] => {
    const seen: Chunk[] = [];
    for (const l of own) {
      const c = l.tok !== undefined ? chunkAt[l.tok - r.first] : undefined;
      // "US$6 billion": a currency, not an actor
      if (c && !seen.includes(c) && !c.possessive && !/^[$€£¥]/.test(doc.tokens[c.last + 1]?.text ?? '')) seen.push(c);
    }
    const out: ActorCode[] = [];
    for (const c of seen.slice(0, 1)) {
      const code = actorCode(c.actor);
      if (code) out.push({ code, leaves: own.filter((l) => l.tok !== undefined && l.tok >= c.first && l.tok <= c.last), agentOnly: false, ref: c });
    }
    return out;
  };
  return new SentenceCoder(dict, { date: reportDate(doc), passiveSourcePreps: PASSIVE_BY, noTargetPreps: PLACE_PREPS, entityCodes, placeTargetRoots: PLACE_TARGET_ROOTS,
    pairCodes: PAIR_CODES, patternScope: 'phrase' });
}

function candidate(r: DictionaryContext, e: CodedEvent): Candidate | undefined {
  // a negated act did not happen ("did not attack"); the hand rules read modality and negation
  // nor did what only could or would happen
  if (e.negated || e.hypothetical || e.verb.tok === undefined) return undefined;
  if (!/^\d{2,4}$/.test(e.code)) return undefined;
  // a statement (01) is not coded from a verb of saying alone: news says everything
  if (e.code.startsWith('01') && !e.pattern) return undefined;
  // a side the dictionaries know only by its role, with no state ("the police"): too vague to code
  if (e.source.startsWith('---') || e.target.startsWith('---')) return undefined;
  const s = chunkOf(e.sourceLeaves, e.sourceRef, e.source);
  const t = chunkOf(e.targetLeaves, e.targetRef, e.target);
  if (!s || !t) return undefined;
  const lemma = (e.verb.lemma ?? e.verb.word ?? '').toLowerCase();
  const pattern: Pattern = { code: e.code, lemma, nominal: false, elements: [], weight: 0, source: e.pattern?.text ?? lemma };
  const cand = r.build(e.verb.tok!, { pattern, end: e.verb.tok!, actors: [] }, s, t, undefined, [], false);
  if (!cand) return undefined;
  const sa = e.source, ta = e.target;
  // the dictionary's full codes where the entity layer gave none or less
  if (!cand.record.sourceActor || sa.length > cand.record.sourceActor.length) cand.record.sourceActor = sa;
  if (!cand.record.targetActor || ta.length > cand.record.targetActor.length) cand.record.targetActor = ta;
  cand.record.rule = `events.petrarch.${lemma}.${e.code}${e.pattern ? `.l${e.pattern.line}` : ''}`;
  return cand;
}

