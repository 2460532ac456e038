// PETRARCH actor and agent dictionaries (Phoenix.*.actors.txt, Phoenix.agents.txt, the
// PETR.Validate ones), indexed by first word for a longest-match look-up over a phrase.
//
// Actors:  PHRASE [CODE]            a primary phrase with an optional default code
//          +SYNONYM                 more phrases for the same actor
//          <tab>[CODE 950101-011231] / [CODE <080630] / [CODE >030101] / [CODE]   date restrictions
//          (Phoenix also writes restrictions on the primary line: PHRASE [A 0301-…] [B …])
// Agents:  PHRASE {PLURAL} [~CODE] or [CODE~]; {} makes no plural; !X! = A, B substitutes
import { dictLines, phraseGaps, phraseWords, regularPlural, type DictIssue } from './lines.ts';

export interface DatedCode {
  code: string;
  /** inclusive bounds as YYYYMMDD numbers; absent = open */
  from?: number;
  to?: number;
}

export interface ActorEntry {
  /** the primary phrase (its words joined by blanks) */
  name: string;
  /** every phrase that names it, words in upper case */
  phrases: string[][];
  /** for each phrase, the words that may stand apart from the one before (blank, not `_`) */
  gaps?: boolean[][];
  /** restrictions in file order, then the default (no bounds) */
  codes: DatedCode[];
  line: number;
}

export interface AgentEntry {
  words: string[];
  /** the code without its ~ */
  code: string;
  /** `NGO~`: the agent code goes before the actor code */
  prefix: boolean;
  line: number;
}

interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>;
  value?: T;
  /** the file order of the entry that holds `value` */
  rank?: number;
  /** a phrase reaches this word across a blank: other words may come before it */
  gap?: boolean;
  /** some child has `gap` */
  gapChild?: boolean;
  /** a lazily read dictionary's entries with a phrase starting at this first word, not yet read: its loader's key for them */
  pending?: number;
}

/** A node with every field, in one order: nodes whose fields were added in varying orders had many hidden
 *  classes, and the walks' property reads went megamorphic (slow) */
const trieNode = <T>(): TrieNode<T> => ({ next: undefined, value: undefined, rank: undefined, gap: undefined, gapChild: undefined, pending: undefined });

const FIRST_NODES_LIMIT = 100_000;

/** Phrases in a word trie: the longest phrase at a position is one walk down it. */
export class PhraseIndex<T> {
  private root: TrieNode<T> = trieNode();
  size = 0;
  /** Reads the entries a first word's `pending` key names (a lazily read dictionary fills itself). */
  private loader: ((key: number) => void) | null = null;
  /**
   * Notes that entries not yet read have phrases starting with `word`: they are read (by the
   * loader, given `key`) before the first walk from that word. Kept in the trie itself, so a
   * look-up costs one walk. One key per word.
   */
  addPending(word: string, key: number): void {
    const root = (this.root.next ??= new Map());
    let c = root.get(word);
    if (!c) { c = trieNode(); root.set(word, c); }
    c.pending = key;
  }
  setLoader(load: (key: number) => void): void { this.loader = load; }
  /** Entries not yet read are found by first word: `lookup` reads those of a word before its first walk. */
  private lookup: ((word: string) => void) | null = null;
  /** with a lookup: each word looked up → its trie node (null: none), so a word is looked up once, and then
   *  costs one map look-up as a trie node does (bounded: a word looked up again after a clear is looked up again) */
  private firstNodes: Map<string, TrieNode<T> | null> | null = null;
  setPendingLookup(lookup: (word: string) => void): void { this.lookup = lookup; this.firstNodes = new Map(); }
  /** The trie node of a first word, its pending entries read first. */
  private firstNode(word: string): TrieNode<T> | undefined {
    const seen = this.firstNodes;
    if (seen) {
      let node = seen.get(word);
      if (node === undefined) {
        this.lookup!(word);
        node = this.root.next?.get(word) ?? null;
        if (seen.size >= FIRST_NODES_LIMIT) seen.clear();
        seen.set(word, node);
      }
      return node ?? undefined;
    }
    const n = this.root.next?.get(word);
    if (n !== undefined && n.pending !== undefined) {
      const key = n.pending;
      n.pending = undefined;
      this.loader?.(key);
    }
    return n;
  }
  /**
   * Adds a phrase; the first entry of a phrase keeps it (file order). `gaps[k]`: word k may stand
   * apart from word k-1. `rank` is the entry's place in file order, given when entries are added
   * out of order (a lazily read dictionary).
   */
  add(words: string[], value: T, gaps?: readonly boolean[], rank = this.size): void {
    if (!words.length) return;
    let n = this.root;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      n.next ??= new Map();
      let c = n.next.get(w);
      if (!c) { c = trieNode(); n.next.set(w, c); if (k === 0) this.firstNodes?.delete(w); }
      if (k > 0 && gaps?.[k]) { c.gap = true; n.gapChild = true; }
      n = c;
    }
    if (n.value === undefined || rank < n.rank!) { n.value = value; n.rank = rank; }
    this.size++;
  }
  /** The longest phrase starting at words[i] (upper case) and ending before `end`: its value and length. */
  match(words: readonly string[], i: number, end = words.length): { value: T; length: number } | null {
    if (i >= end) return null;
    let n: TrieNode<T> | undefined = this.firstNode(words[i]);
    let best: { value: T; length: number } | null = null;
    for (let k = i; n; ) {
      if (n.value !== undefined) best = { value: n.value, length: k - i + 1 };
      if (++k >= end) break;
      n = n.next?.get(words[k]);
    }
    return best;
  }

  /**
   * Could some phrase be read from words[from, end) taken in order, any words standing between
   * its words? False only when none can: a quick test that no look-up over a part of these words
   * (match, matchApart) finds one. `budget` bounds the search; past it the answer is true.
   */
  mayReadIn(words: readonly string[], from: number, end: number, budget = 2000): boolean {
    let steps = budget;
    const onward = (n: TrieNode<T>, k: number): boolean => {
      if (!n.next) return false;
      for (let j = k + 1; j < end; j++) {
        if (--steps < 0) return true;
        const c = n.next.get(words[j]);
        if (c && (c.value !== undefined || onward(c, j))) return true;
      }
      return false;
    };
    for (let i = from; i < end; i++) {
      const n = this.firstNode(words[i]);
      if (n && (n.value !== undefined || onward(n, i))) return true;
    }
    return false;
  }

  /**
   * The phrase at words[i] with the most words, where a word joined by a blank may stand
   * further on, before `end` ("ITHILEN TELEVISION" in "Ithilen state-run television"): its
   * value and the positions of its words.
   */
  matchApart(words: readonly string[], i: number, end: number, firstWord = words[i]): { value: T; positions: number[] } | null {
    if (i >= words.length) return null;
    // `firstWord` stands for words[i] (a lemma for its form): only the first word is read through it
    const first = this.firstNode(firstWord);
    if (!first) return null;
    // the common case: no phrase on the way has a word that may stand apart
    let n: TrieNode<T> | undefined = first, len = 0, found: T | undefined, apart = false;
    for (let k = i; n; ) {
      if (n.value !== undefined) { found = n.value; len = k - i + 1; }
      if (n.gapChild) { apart = true; break; }
      if (++k >= end) break;
      n = n.next?.get(words[k]);
    }
    if (!apart) {
      if (found === undefined) return null;
      const positions: number[] = [];
      for (let k = 0; k < len; k++) positions.push(i + k);
      return { value: found, positions };
    }
    let best: { value: T; positions: number[] } | null = null;
    let budget = 200;
    const walk = (n: TrieNode<T>, at: number[]) => {
      if (--budget < 0) return;
      if (n.value !== undefined && (!best || at.length > best.positions.length)) best = { value: n.value, positions: at.slice() };
      if (!n.next) return;
      const k = at[at.length - 1];
      const c = k + 1 < end ? n.next.get(words[k + 1]) : undefined;
      if (c) { at.push(k + 1); walk(c, at); at.pop(); }
      if (!n.gapChild) return;
      for (let j = k + 2; j < end; j++) {
        const g = n.next.get(words[j]);
        if (g?.gap) { at.push(j); walk(g, at); at.pop(); }
      }
    };
    walk(first, [i]);
    return best;
  }
}

/** YYMMDD or YYYYMMDD → YYYYMMDD as a number (two-digit years up to 30 are this century). */
export function dictDate(s: string): number | null {
  if (/^\d{8}$/.test(s)) return Number(s);
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    return (yy <= 30 ? 2000 + yy : 1900 + yy) * 10000 + Number(s.slice(2));
  }
  return null;
}

/** `CODE`, `CODE <date`, `CODE >date`, `CODE date-date` → a dated code, or an error message. */
export function parseRestriction(s: string): DatedCode | string {
  const parts = s.trim().split(/\s+/);
  const code = parts[0];
  if (!code) return 'an empty code';
  if (parts.length === 1) return { code };
  const r = parts.slice(1).join('');
  if (r.startsWith('<')) { const d = dictDate(r.slice(1)); return d === null ? `a bad date ${r}` : { code, to: d - 1 }; }
  if (r.startsWith('>')) { const d = dictDate(r.slice(1)); return d === null ? `a bad date ${r}` : { code, from: d }; }
  const m = /^(\d+)-(\d+)$/.exec(r);
  if (!m) return `a bad date restriction ${r}`;
  const a = dictDate(m[1]), b = dictDate(m[2]);
  if (a === null || b === null) return `a bad date ${r}`;
  return { code, from: a, to: b };
}

/** The code an actor has at a date (YYYYMMDD): the first restriction that holds, else the default. */
export function codeAt(entry: ActorEntry, date: number | null): string | null {
  let fallback: string | null = null;
  for (const c of entry.codes) {
    if (c.from === undefined && c.to === undefined) { if (fallback === null) fallback = c.code; continue; }
    if (date === null) continue;
    if ((c.from === undefined || date >= c.from) && (c.to === undefined || date <= c.to)) return c.code;
  }
  if (fallback !== null) return fallback;
  // no date: the latest restriction stands for the present
  if (date === null && entry.codes.length) return entry.codes[entry.codes.length - 1].code;
  return null;
}

const BRACKETS = /\[([^\]]*)\]/g;

/** Reads an actor dictionary into `into` (several files share one index). */
export function readActors(source: string, file: string, issues: DictIssue[], into: PhraseIndex<ActorEntry>, lineBase = 0, rankBase?: number): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let cur: ActorEntry | null = null;
  let restricted = false; // the current entry has had a restriction line: a new phrase starts a new entry
  const flush = () => {
    if (cur) { cur.phrases.forEach((p, k) => into.add(p, cur!, cur!.gaps?.[k], rankBase === undefined ? undefined : rankBase + cur!.line)); entries.push(cur); }
    cur = null;
  };
  const report = (line: number, message: string) => issues.push({ file, line, message });
  for (const { text: raw, line: at } of dictLines(source)) {
    const line = at + lineBase;
    const text = raw.replace(/;.*$/, '').trim(); // TABARI's `; source` notes
    if (!text) continue;
    const codes: DatedCode[] = [];
    let bad = false;
    for (const m of text.matchAll(BRACKETS)) {
      const r = parseRestriction(m[1]);
      if (typeof r === 'string') { report(line, r); bad = true; } else codes.push(r);
    }
    const phrase = text.replace(BRACKETS, ' ').trim();
    if (/[[\]]/.test(phrase)) { report(line, 'unbalanced brackets'); continue; }
    if (!phrase) {
      if (!cur) { report(line, 'a date restriction without an actor'); continue; }
      if (bad && !codes.length) continue;
      cur.codes.push(...codes);
      restricted = true;
      continue;
    }
    if (phrase.startsWith('+')) {
      const words = phraseWords(phrase.slice(1));
      if (!cur || restricted) { report(line, 'a synonym without an actor'); continue; }
      if (!words.length) { report(line, 'an empty synonym'); continue; }
      cur.phrases.push(words);
      (cur.gaps ??= [])[cur.phrases.length - 1] = phraseGaps(phrase.slice(1));
      cur.codes.push(...codes);
      continue;
    }
    flush();
    const words = phraseWords(phrase);
    if (!words.length) { report(line, 'an actor line without a phrase'); continue; }
    cur = { name: words.join(' '), phrases: [words], gaps: [phraseGaps(phrase)], codes, line };
    restricted = false;
  }
  flush();
  // defaults last, so dated codes are tried first
  for (const e of entries) e.codes.sort((a, b) => Number(a.from === undefined && a.to === undefined) - Number(b.from === undefined && b.to === undefined));
  return entries;
}

/** `!X! = A, B`: a substitution line's name (upper case) and words, or null for any other line. */
export function agentSubstitution(text: string): { name: string; words: string[] } | null {
  const sub = /^!(\w+)!\s*=\s*(.+)$/.exec(text);
  return sub ? { name: sub[1].toUpperCase(), words: sub[2].split(',').map((x) => x.trim().toUpperCase()).filter(Boolean) } : null;
}

/**
 * Reads one agent line (not a substitution): `add` hears each phrase with its entry, in the order a
 * whole read adds them; `subs` gives a substitution's words as defined before this line. Returns the
 * number of entries (phrases as written, not plurals) the line holds.
 */
export function readAgentLine(text: string, line: number, subs: (name: string) => string[] | undefined, report: (line: number, message: string) => void,
  add: (words: string[], entry: AgentEntry, gaps?: readonly boolean[]) => void): number {
  let n = 0;
  const codeM = /\[([^\]}]*)[\]}]\s*$/.exec(text); // `[~LEG}` occurs: the manual's own example
  if (!codeM) { report(line, 'an agent without a [code]'); return 0; }
  const raw = codeM[1].trim();
  const prefix = raw.endsWith('~');
  if (!raw.includes('~') || raw.length < 2) { report(line, `an agent code without ~: ${raw}`); return 0; }
  const code = raw.replace('~', '');
  let rest = text.slice(0, codeM.index);
  let plurals: string[] | null = null;
  const pm = /\{([^}]*)\}/.exec(rest);
  if (pm) { plurals = pm[1].split(/\s+/).filter(Boolean); rest = rest.slice(0, pm.index) + rest.slice(pm.index + pm[0].length); }
  rest = rest.trim();
  if (!rest) { report(line, 'an agent without a phrase'); return 0; }
  // !X! expands to every listed word, with no plural made
  const m = /!(\w+)!/.exec(rest);
  let variants: { s: string; plural: boolean }[];
  if (m) {
    const list = subs(m[1].toUpperCase());
    if (!list) { report(line, `substitution !${m[1]}! is not defined`); return 0; }
    variants = list.map((w) => ({ s: rest.replace(m[0], w), plural: false }));
  } else variants = [{ s: rest, plural: plurals === null }];
  for (const v of variants) {
    const words = phraseWords(v.s);
    if (!words.length) continue;
    const gaps = phraseGaps(v.s);
    const entry: AgentEntry = { words, code, prefix, line };
    add(words, entry, gaps); n++;
    if (v.plural) add([...words.slice(0, -1), regularPlural(words[words.length - 1])], entry, gaps);
  }
  for (const p of plurals ?? []) {
    const words = phraseWords(p);
    if (words.length) add(words, { words, code, prefix, line });
  }
  return n;
}

/** Reads an agent dictionary into `into`. */
export function readAgents(source: string, file: string, issues: DictIssue[], into: PhraseIndex<AgentEntry>): number {
  const subs = new Map<string, string[]>();
  let n = 0;
  const report = (line: number, message: string) => issues.push({ file, line, message });
  const add = (words: string[], entry: AgentEntry, gaps?: readonly boolean[]) => into.add(words, entry, gaps);
  for (const { text, line } of dictLines(source)) {
    const sub = agentSubstitution(text);
    if (sub) { subs.set(sub.name, sub.words); continue; }
    n += readAgentLine(text, line, (name) => subs.get(name), report, add);
  }
  return n;
}
