// Matching the lexicon's patterns against the tokens after a trigger word, within its clause.
import type { Chunk } from './actors.ts';
import type { Lexicon, Pattern, WordInfo } from './lexicon.ts';
import { lemmaCandidates } from './lemma.ts';
import { eventWords, wordInfo } from './lexicon.ts';
import { DESCRIPTOR_HEAD } from './actors.ts';

export interface View {
  /** lowercase token texts of the whole doc */
  lower: string[];
  /** the actor chunk starting at a token index, if any */
  chunkStarting: (Chunk | undefined)[];
  /** tokens inside a time expression */
  timed: boolean[];
  /** tokens that start with a capital letter */
  capital: boolean[];
  /** last token index of the sentence being read */
  last: number;
  /** what the lexicon knows of each token's form, looked up once per token (`infoAt`) */
  info: (WordInfo | undefined)[];
  /** the same by word form, for the document */
  infoByWord: Map<string, WordInfo>;
  lex: Lexicon;
}

/** What the lexicon knows of token q's form: one look-up per token, not one per question asked of it. */
export function infoAt(v: View, q: number): WordInfo {
  let info = v.info[q];
  if (info === undefined) {
    // a document's repeated words are one string (the segmenter shares them): the document's own
    // small map answers them by identity before the lexicon's large cache is asked
    const w = v.lower[q];
    info = v.infoByWord.get(w);
    if (info === undefined) { info = wordInfo(v.lex, w, lemmaCandidates); v.infoByWord.set(w, info); }
    v.info[q] = info;
  }
  return info;
}

/** Words that end a clause for pattern and actor search. */
export const CLAUSE_STOP = new Set<string>([';', ':', '—', '–', '“', '”', '"', '(', ')', '[', ']', ...eventWords('clause-stop')]);

/** Words an actor slot may step over before the actor: "to the Russian republic of Tatarstan". */
const ACTOR_LEAD = eventWords('actor-lead');

export interface Match {
  pattern: Pattern;
  /** last token index the pattern used */
  end: number;
  /** actors in the pattern's slots, in order */
  actors: Chunk[];
}

const SKIP_MAX = 8;
/** Words a skip never crosses (quotation marks it may: 'a "financial assistance package"'). */
const SKIP_STOP = new Set<string>([';', ':', '—', '–', '.', ...eventWords('skip-stop')]);

function matchFrom(v: View, p: Pattern, k: number, pos: number, actors: Chunk[], end: number): Match | undefined {
  if (k === p.elements.length) return { pattern: p, end, actors };
  const el = p.elements[k];
  if (el.kind === 'stop' || el.kind === 'reverse') return { pattern: p, end, actors };
  if (el.kind === 'skip') {
    for (let q = pos, n = 0; q <= v.last && n <= SKIP_MAX; q++, n++) {
      // a parenthesis is stepped over whole: "AU$52.5 million (US$40.4 million)"
      if (v.lower[q] === '(') { while (q <= v.last && v.lower[q] !== ')') q++; continue; }
      const m = matchFrom(v, p, k + 1, q, actors, end);
      if (m) return m;
      if (SKIP_STOP.has(v.lower[q]) || v.lower[q] === ',' && n > 2) break;
    }
    return undefined;
  }
  if (pos > v.last) return undefined;
  if (el.kind === 'actor') {
    let loose = false;
    // up to three words before the actor, five when they describe it ("computer and electronics maker Apple Computer")
    for (let q = pos; q <= v.last && q - pos <= 5; q++) {
      const c = v.chunkStarting[q];
      // past a plain word only into a described name: "a deal with European auto maker Fiat"
      if (c) {
        if ((loose || q - pos > 3) && !DESCRIPTOR_HEAD.has(v.lower[q - 1])) return undefined;
        // the period of "Apple Inc." inside a sentence belongs to the name
        const next = v.lower[c.last + 1] === '.' && c.last + 1 < v.last ? c.last + 2 : c.last + 1;
        return matchFrom(v, p, k + 1, next, [...actors, c], c.last);
      }
      // an apposition naming the described party: "with the Beatles' record company, Apple Corps"
      if (v.lower[q] === ',' && DESCRIPTOR_HEAD.has(v.lower[q - 1]) && v.chunkStarting[q + 1]) {
        const c2 = v.chunkStarting[q + 1]!;
        return matchFrom(v, p, k + 1, c2.last + 1, [...actors, c2], c2.last);
      }
      if (CLAUSE_STOP.has(v.lower[q]) || v.lower[q] === ',' || v.lower[q] === '.') break;
      if (!ACTOR_LEAD.has(v.lower[q]) && !startsDigit(v.lower[q]) && !v.capital[q]) loose = true;
    }
    return undefined;
  }
  const w = v.lower[pos];
  if (el.words.has(w) || el.words.has(lemmaAt(v, pos))) return matchFrom(v, p, k + 1, pos + 1, actors, pos);
  return undefined;
}

/** Does the word start with an ASCII digit? (what /^\d/ tests, without a regex run) */
function startsDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The most specific pattern of `patterns` that matches after token `at`. */
export function bestMatch(v: View, patterns: Pattern[] | undefined, at: number, passive = false): Match | undefined {
  if (!patterns) return undefined;
  for (const p of patterns) { // sorted most specific first
    // a passive verb's object is its subject: the pattern goes on after its first actor slot
    if (passive && p.elements[0]?.kind !== 'actor') continue;
    const m = matchFrom(v, p, passive ? 1 : 0, at + 1, [], at);
    if (m) return m;
  }
  return undefined;
}

/** The lemma of token q as the lexicon knows it (a word starting a-z), else its lower-case form; asked only where a pattern reads it. */
export function lemmaAt(v: View, q: number): string {
  const w = v.lower[q];
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122 ? infoAt(v, q).lemma : w;
}
