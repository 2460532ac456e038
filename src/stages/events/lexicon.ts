// Loads the CAMEO data files once: the code table (Goldstein, label), the verb and noun
// patterns, and the modality words that turn codes. Parsed into plain lookups.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../../errors.ts';
import { requireKind, valueTable, wordAlternation, wordsOfKind } from '../../data/lexicon.ts';

const DATA = new URL('../../../data/cameo/', import.meta.url);

export interface CodeInfo { code: string; goldstein: number; label: string }

/** One element of a pattern after the trigger word. */
export type Element =
  | { kind: 'word'; words: Set<string> }
  | { kind: 'class'; words: Set<string> }
  | { kind: 'skip' }
  | { kind: 'actor' }
  | { kind: 'stop' }
  | { kind: 'reverse' };

export interface Pattern {
  code: string;
  lemma: string;
  nominal: boolean;
  /** an evaluative adjective after a copula ("… is completely unacceptable"): a:CODE in the file */
  adjective?: boolean;
  elements: Element[];
  /** how specific it is: literal words, classes and actor slots it demands */
  weight: number;
  /** the pattern as written, for the rule id */
  source: string;
}

export type Modality = 'appeal' | 'demand' | 'intent' | 'refuse' | 'negator' | 'bridge';

export interface Lexicon {
  codes: Map<string, CodeInfo>;
  verbs: Map<string, Pattern[]>;
  nouns: Map<string, Pattern[]>;
  adjectives: Map<string, Pattern[]>;
  /** every lemma and modality word the lexicon knows, for the lemmatizer */
  lemmas: Set<string>;
  modality: Map<string, Modality[]>;
}

function readData(name: string): string {
  try {
    return readFileSync(fileURLToPath(new URL(name, DATA)), 'utf8');
  } catch (err) {
    throw new DossierError('DATA_MISSING', `CAMEO data file data/cameo/${name} cannot be read: ${(err as Error).message}`);
  }
}

function contentLines(text: string): string[] {
  return text.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
}

export function parseCodes(text: string): Map<string, CodeInfo> {
  const codes = new Map<string, CodeInfo>();
  for (const line of contentLines(text)) {
    const [code, g, label] = line.split('\t');
    codes.set(code, { code, goldstein: Number(g), label });
  }
  return codes;
}

export function parsePatterns(text: string): { verbs: Map<string, Pattern[]>; nouns: Map<string, Pattern[]>; adjectives: Map<string, Pattern[]> } {
  const classes = new Map<string, Set<string>>();
  const verbs = new Map<string, Pattern[]>();
  const nouns = new Map<string, Pattern[]>();
  const adjectives = new Map<string, Pattern[]>();
  for (const line of contentLines(text)) {
    const parts = line.split(/\s+/);
    if (parts[0].startsWith('@')) { classes.set(parts[0].slice(1), new Set(parts.slice(1))); continue; }
    let code = parts[0];
    const nominal = code.startsWith('n:');
    const adjective = code.startsWith('a:');
    if (nominal || adjective) code = code.slice(2);
    const lemma = parts[1];
    if (!lemma || !/^[a-z][a-z'-]*$/.test(lemma)) throw new DossierError('DATA_MISSING', `CAMEO pattern "${line}" needs one lowercase lemma after its code`);
    const elements: Element[] = [];
    let weight = 0;
    for (const p of parts.slice(2)) {
      if (p === '*') elements.push({ kind: 'skip' });
      else if (p === '+') { elements.push({ kind: 'actor' }); weight += 2; }
      else if (p === '!') elements.push({ kind: 'stop' });
      else if (p === '<') elements.push({ kind: 'reverse' });
      else if (p.startsWith('&')) {
        const set = classes.get(p.slice(1));
        if (!set) throw new DossierError('DATA_MISSING', `CAMEO pattern "${line}" names an undefined class ${p}`);
        elements.push({ kind: 'class', words: set }); weight += 3;
      } else { elements.push({ kind: 'word', words: new Set(p.split('|')) }); weight += 3; }
    }
    const pattern: Pattern = { code, lemma, nominal, ...(adjective ? { adjective } : {}), elements, weight, source: parts.slice(1).join(' ') };
    const into = nominal ? nouns : adjective ? adjectives : verbs;
    if (!into.has(lemma)) into.set(lemma, []);
    into.get(lemma)!.push(pattern);
  }
  for (const list of [...verbs.values(), ...nouns.values()]) list.sort((a, b) => b.weight - a.weight);
  return { verbs, nouns, adjectives };
}

export function parseModality(text: string): Map<string, Modality[]> {
  const out = new Map<string, Modality[]>();
  for (const line of contentLines(text)) {
    const [kind, ...words] = line.split(/\s+/);
    for (const w of words) {
      if (!out.has(w)) out.set(w, []);
      out.get(w)!.push(kind as Modality);
    }
  }
  return out;
}

let loaded: Lexicon | undefined;

/** The lexicon, read from data/cameo once per process. */
export function cameoLexicon(): Lexicon {
  if (loaded) return loaded;
  const codes = parseCodes(readData('codes.tsv'));
  const { verbs, nouns, adjectives } = parsePatterns(readData('verbs.txt'));
  const modality = parseModality(readData('modality.txt'));
  for (const list of [...verbs.values(), ...nouns.values(), ...adjectives.values()]) {
    for (const p of list) {
      if (!codes.has(p.code)) throw new DossierError('DATA_MISSING', `CAMEO pattern "${p.source}" uses code ${p.code}, absent from codes.tsv`);
    }
  }
  const lemmas = new Set<string>([...verbs.keys(), ...nouns.keys(), ...adjectives.keys(), ...modality.keys()]);
  for (const list of [...verbs.values(), ...nouns.values()]) {
    for (const p of list) for (const e of p.elements) if (e.kind === 'word') for (const w of e.words) lemmas.add(w);
  }
  loaded = { codes, verbs, nouns, adjectives, lemmas, modality };
  return loaded;
}

/** QuadClass from the root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export function quadClassOf(code: string): number {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

/** The code's Goldstein value; a sub-code missing from the table falls back to its parent. */
export function goldsteinOf(lex: Lexicon, code: string): number | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const info = lex.codes.get(c);
    if (info) return info.goldstein;
  }
  return undefined;
}

/** What the lexicon knows of one lowercase word form, worked out once per form. */
export interface WordInfo {
  /** lemma the lexicon knows, else the form */
  lemma: string;
  verb?: string;
  noun?: string;
  modality?: Modality[];
  /** a verb form (not the bare lemma unless inflected) of a lexicon or modality verb */
  verbForm: boolean;
}

const INFO_CACHE_MAX = 200_000;
const infoCache = new WeakMap<Lexicon, Map<string, WordInfo>>();

/** the last lexicon asked and its cache (one lexicon serves a process: no weak-map look-up per word) */
let lastLex: Lexicon | undefined, lastCache: Map<string, WordInfo> | undefined;

export function wordInfo(lex: Lexicon, w: string, candidates: (w: string) => string[]): WordInfo {
  let cache = lex === lastLex ? lastCache : infoCache.get(lex);
  if (!cache) { cache = new Map(); infoCache.set(lex, cache); }
  lastLex = lex; lastCache = cache;
  let info = cache.get(w);
  if (info) return info;
  const cands = candidates(w);
  let lemma: string | undefined, verb: string | undefined, noun: string | undefined, modality = lex.modality.get(w);
  let verbForm = false;
  for (const c of cands) {
    if (!lemma && lex.lemmas.has(c)) lemma = c;
    if (!verb && lex.verbs.has(c)) verb = c;
    if (!noun && lex.nouns.has(c)) noun = c;
    const m = lex.modality.get(c);
    if (!modality && m) modality = m;
    if (!verbForm && (lex.verbs.has(c) || (m ?? []).some(k => k !== 'bridge' && k !== 'negator'))) verbForm = c !== w || w.endsWith('s');
  }
  info = { lemma: lemma ?? w, verb, noun, modality, verbForm };
  if (cache.size < INFO_CACHE_MAX) cache.set(w, info);
  return info;
}

const EVENT_WORDS = 'cameo/event-words.tsv';

/** The words of one kind in data/cameo/event-words.tsv (a kind the file lacks is a data error). */
export function eventWords(kind: string): ReadonlySet<string> {
  requireKind(EVENT_WORDS, kind);
  return wordsOfKind(EVENT_WORDS, kind);
}

const upperSets = new Map<string, ReadonlySet<string>>();
/** The same words upper-cased, for the Petrarch coder's upper-case trees. */
export function eventWordsUpper(kind: string): ReadonlySet<string> {
  let s = upperSets.get(kind);
  if (!s) { s = new Set([...eventWords(kind)].map((w) => w.toUpperCase())); upperSets.set(kind, s); }
  return s;
}

/** Word → value (third column) for one kind of data/cameo/event-words.tsv, as a table with no prototype, read once. */
export function eventTable(kind: string): Record<string, string> {
  requireKind(EVENT_WORDS, kind);
  return valueTable(EVENT_WORDS, kind);
}

/** `(?:a|b)` of one kind's words and phrases for a regex built once (longest first, a space matching any white space). */
export function eventAlternation(kind: string): string {
  requireKind(EVENT_WORDS, kind);
  return wordAlternation(EVENT_WORDS, kind);
}
