// What the name tagger sees of each token: its form (word, shape, affixes), its neighbours,
// the word lists and the gazetteer, what the document says of the same word elsewhere, and
// what the rules proposed over it. Computed once per token; the label before it is added
// while decoding (see tagger.ts). Only candidate tokens are tagged (capitalized words, the
// rules' names, and short joiners between them): every other token is outside a name.
import type { Doc, Token } from '../../../document/doc.ts';
import type { Mention } from '../../../document/types.ts';
import { nameCues, type NameLexicon } from '../lexicon.ts';
import { countryByDemonym, countryByName, knownOrganization, lookupPlaces } from '../world.ts';
import { phoenixKey, phoenixLists } from '../../../data/phoenix.ts';
import { hasEvidence } from './evidence.ts';
import { boundedMemo } from '../../../data/memo.ts';

/** The name types the tagger learns (gold PERSON, ORG, any place). */
export const TAG_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type TagType = typeof TAG_TYPES[number];
export const LABELS = ['O', ...TAG_TYPES.flatMap(t => [`B-${t}`, `I-${t}`])];

/** The types of rule mentions that count as names for the tagger. */
const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'PRODUCT', 'EVENT']);

const UPPER = /\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
// the punctuation that may sit inside a name: AT&T, Jean-Luc, George W. Bush, O'Neill
const JOINER_PUNCT = /^[&\-.'’]$/;

/** Which tokens the tagger reads. */
export interface Candidates {
  /** token index → whether the tagger looks at it: 1 a candidate, 2 a joiner between candidates */
  mask: Uint8Array;
}

export interface TokenFeatures extends Candidates {
  /** token index → its static features (empty for tokens outside the mask) */
  feats: (string[] | undefined)[];
}

/** Word shape with runs cut at two: "Paris" → "Xxx", "USDA" → "XX", "U.S." → "X.X.", "3M" → "dX". */
export function shape(s: string): string {
  let out = '', last = '', run = 0;
  for (const ch of s) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c === last) { if (++run > 2) continue; } else { last = c; run = 1; }
    out += c;
  }
  return out;
}

function isCandidateWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  // ASCII words (most) read by their codes; any other letter by the Unicode classes
  const s = t.text;
  let upper = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127) return UPPER.test(s) && LETTER_START.test(s);
    if (c >= 65 && c <= 90) upper = true;
  }
  const c0 = s.charCodeAt(0);
  return upper && (c0 >= 65 && c0 <= 90 || c0 >= 97 && c0 <= 122);
}

/** Which tokens the tagger reads: capitalized words, tokens of rule names, and up to two short joiners between them. */
export function candidateMask(doc: Doc, rules: readonly Mention[]): Uint8Array {
  const toks = doc.tokens;
  const mask = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    // a capital glued to a number is a unit or a model, not a name: "3G", "the 5D"
    if (isCandidateWord(toks[i]) && !(i > 0 && toks[i - 1].kind === 'number' && toks[i - 1].end === toks[i].start)) mask[i] = 1;
  }
  forEachRuleToken(toks, rules, (i) => { mask[i] = 1; });
  for (let i = 1; i < toks.length - 1; i++) {
    if (mask[i] || !mask[i - 1] || !isJoiner(toks[i])) continue;
    const sent = toks[i].sentence;
    let k = i + 1;
    if (k < toks.length && !mask[k] && isJoiner(toks[k])) k++;
    if (k < toks.length && mask[k] && toks[k].sentence === sent) for (let q = i; q < k; q++) mask[q] = 2;
  }
  return mask;
}

function isJoiner(t: Token): boolean {
  return t.kind === 'word' ? t.text.length <= 4 && t.text === t.lower : t.kind === 'punct' && JOINER_PUNCT.test(t.text);
}

/** Calls `fn` for every token index inside a rule name (mentions are sorted; one linear walk). */
function forEachRuleToken(toks: Token[], rules: readonly Mention[], fn: (i: number, m: Mention, first: boolean) => void): void {
  let i = 0;
  for (const m of rules) {
    if (!NAME_TYPES.has(m.type)) continue;
    while (i < toks.length && toks[i].end <= m.start) i++;
    let k = i, first = true;
    // a mention may start inside the token before (a hyphenated prefix): walk back at most one
    if (k > 0 && toks[k - 1].end > m.start) k--;
    for (; k < toks.length && toks[k].start < m.end; k++) { fn(k, m, first); first = false; }
  }
}

// the rule ids without their common prefix, kept per id (rule ids are a fixed set from the code)
const ruleShort = boundedMemo((rule: string) => rule.replace(/^mentions\.name\./, ''), 10_000);

/**
 * A family of features: each is named `head` + a value (+ `mid` + a second value). Features are
 * written as (template, values) so that a scorer (tagger.ts) can look their weights up by the
 * values, strings the tokens already hold, without building the name.
 */
export interface Template { readonly id: number; readonly head: string; readonly mid: string }
const templates: Template[] = [];
const tpl = (head: string, mid = ''): Template => { const t = { id: templates.length, head, mid }; templates.push(t); return t; };
/** The templates of the context features; `flag` names a feature by its value alone ("first", "pti"…). */
export const T = {
  flag: tpl(''), pw: tpl('pw:'), nw: tpl('nw:'), pw2: tpl('pw2:'), nw2: tpl('nw2:'), ps: tpl('ps:'), ns: tpl('ns:'), pm: tpl('pm:', '|nm:'),
  pws: tpl('pws:', '|'), snw: tpl('s:', '|nw:'), tag: tpl('t:'), tagPrev: tpl('t:', '|pt:'), tagNext: tpl('t:', '|nt:'),
  rf: tpl('rf:'), rl: tpl('rl:'), rb: tpl('rb:'), ra: tpl('ra:'), rn: tpl('rn:'), rp: tpl('rp:'), rlx: tpl('rlx:'),
  phx: tpl('phx:'), dt: tpl('dt:'), rule: tpl('r:', '-'), ruleId: tpl('rr:'), ruleWord: tpl('rw:', '|'),
} as const;
export const TEMPLATE_COUNT = templates.length;

/**
 * Where a token's features go, in order: first the features of its text alone (kept per text: the
 * same array for every token of that text), then its context features one by one.
 */
export interface FeatureSink {
  start(i: number, text: TextFeatures): void;
  one(t: Template, a: string): void;
  two(t: Template, a: string, b: string): void;
  /** the value is token k's lower case: a scorer keeps what it found per token, for every feature that names it */
  word(t: Template, k: number): void;
  /** token k's lower case, then b */
  wordThen(t: Template, k: number, b: string): void;
  /** a, then token k's lower case */
  thenWord(t: Template, a: string, k: number): void;
  end(i: number): void;
}

const DIGITS = ['0', '1', '2', '3', '4', '5'];
// type → "!" + type (a name typed from a cue), one string per type
const EVIDENCED: Record<string, string> = Object.create(null);
const RUN_PLACES = ['', 'B', 'E', 'BE'];

/** The static features of every candidate token, as strings (what training reads). */
export function tokenFeatures(doc: Doc, rules: readonly Mention[], lex: NameLexicon): TokenFeatures {
  const feats: (string[] | undefined)[] = new Array(doc.tokens.length);
  let cur: string[] = [];
  const toks = doc.tokens;
  const mask = writeFeatures(doc, rules, lex, {
    start(_i, text) { cur = text.feats.slice(); },
    one(t, a) { cur.push(t.head + a); },
    two(t, a, b) { cur.push(t.head + a + t.mid + b); },
    word(t, k) { cur.push(t.head + toks[k].lower); },
    wordThen(t, k, b) { cur.push(t.head + toks[k].lower + t.mid + b); },
    thenWord(t, a, k) { cur.push(t.head + a + t.mid + toks[k].lower); },
    end(i) { feats[i] = cur; },
  });
  return { mask, feats };
}

/** Writes the features of every candidate token to `sink`; returns the candidate mask. */
export function writeFeatures(doc: Doc, rules: readonly Mention[], lex: NameLexicon, sink: FeatureSink): Uint8Array {
  const toks = doc.tokens;
  const mask = candidateMask(doc, rules);
  // what the document says elsewhere: a word also written in lower case; the rule types its capitals got
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    if (t.text === t.lower) lowerSeen.add(t.lower);
    else if (i > 0 && toks[i - 1].sentence === t.sentence && toks[i - 1].kind === 'word') capMid.add(t.lower);
  }
  // token index → the rule names over it, each with whether the token opens it
  const ruleAt: ((Mention | boolean)[] | undefined)[] = new Array(toks.length);
  const docTypes = new Map<string, Set<string>>();
  forEachRuleToken(toks, rules, (i, m, first) => {
    (ruleAt[i] ??= []).push(m, first);
    let s = docTypes.get(toks[i].lower);
    if (!s) docTypes.set(toks[i].lower, s = new Set());
    s.add(m.type);
    // the types a rule gave the same word from a cue, not from its capitals alone
    if (hasEvidence(m.rule)) s.add(EVIDENCED[m.type] ??= '!' + m.type);
  });

  // the features of every candidate's text, found first: the Phoenix names read their words too
  const texts: (TextFeatures | undefined)[] = new Array(toks.length);
  for (let i = 0; i < toks.length; i++) if (mask[i]) texts[i] = wordFeatures(toks[i], lex);
  const phoenix = phoenixMatches(toks, mask, texts);
  // token index → its shape: each is asked for by the token and by its neighbours
  const shapes: (string | undefined)[] = new Array(toks.length);
  const shapeAt = (k: number) => shapes[k] ??= shapeOf(toks[k].text);
  // the capitalized run a token stands in (joining words end it; joining marks do not): its first and
  // last words and the words around it say what the whole name is ("… Education Center", "… said")
  let runFirst = -1, runLast = -1;
  let runBefore = -1, runAfter = -1, runSize = '', runEnd = '', pon = false;
  // whether the run is an author cited before a year: found once per run
  const citeJoiners = nameCues().citeJoiners;
  let citeRun = -1, cite: string | undefined;
  for (let i = 0; i < toks.length; i++) {
    if (!mask[i]) continue;
    const t = toks[i], w = t.lower;
    if (i > runLast) {
      runFirst = i; runLast = i;
      while (runLast + 1 < toks.length && mask[runLast + 1] && toks[runLast + 1].sentence === toks[i].sentence
        && !(mask[runLast + 1] === 2 && toks[runLast + 1].kind === 'word')) runLast++;
      if (mask[i] === 2 && toks[i].kind === 'word') runLast = i;
      const open = runFirst > 0 && toks[runFirst - 1].sentence === t.sentence;
      runBefore = open ? runFirst - 1 : -1;
      runAfter = runLast + 1 < toks.length && toks[runLast + 1].sentence === t.sentence ? runLast + 1 : -1;
      runSize = DIGITS[Math.min(runLast - runFirst + 1, 5)];
      runEnd = toks[runLast].lower.slice(-3);
      // "airline Aer Lingus", "retailer Best Buy": an organization noun right before the run
      pon = open && lex.orgNouns.has(toks[runFirst - 1].lower);
    }
    const prev = i > 0 && toks[i - 1].sentence === t.sentence ? toks[i - 1] : undefined;
    const next = i + 1 < toks.length && toks[i + 1].sentence === t.sentence ? toks[i + 1] : undefined;
    const prev2 = prev && i > 1 && toks[i - 2].sentence === t.sentence ? toks[i - 2] : undefined;
    const next2 = next && i + 2 < toks.length && toks[i + 2].sentence === t.sentence ? toks[i + 2] : undefined;
    const wf = texts[i]!;
    shapes[i] = wf.shape;
    // the shape: "s:…", always the third feature of the text's own
    const sh = shapeAt(i);
    sink.start(i, wf);
    // the words around it ("<s>", "</s>" past the sentence's ends)
    if (prev) sink.word(T.pw, i - 1); else sink.one(T.pw, '<s>');
    if (next) sink.word(T.nw, i + 1); else sink.one(T.nw, '</s>');
    if (prev2) sink.word(T.pw2, i - 2); else sink.one(T.pw2, '<s>');
    if (next2) sink.word(T.nw2, i + 2); else sink.one(T.nw2, '</s>');
    sink.one(T.ps, prev ? shapeAt(i - 1) : '<s>'); sink.one(T.ns, next ? shapeAt(i + 1) : '</s>');
    sink.two(T.pm, DIGITS[prev ? mask[i - 1] : 0], DIGITS[next ? mask[i + 1] : 0]);
    if (prev) sink.wordThen(T.pws, i - 1, sh); else sink.two(T.pws, '<s>', sh);
    if (next) sink.thenWord(T.snw, sh, i + 1); else sink.two(T.snw, sh, '</s>');
    // part-of-speech tags where the syntax stage ran (NNP against NN says much of a sentence's first word)
    if (t.tag) { sink.one(T.tag, t.tag); sink.two(T.tagPrev, t.tag, prev?.tag ?? '<s>'); sink.two(T.tagNext, t.tag, next?.tag ?? '</s>'); }
    if (mask[i] === 2) sink.one(T.flag, 'joiner');
    else {
      sink.word(T.rf, runFirst); sink.word(T.rl, runLast);
      if (runBefore >= 0) sink.word(T.rb, runBefore); else sink.one(T.rb, '<s>');
      if (runAfter >= 0) sink.word(T.ra, runAfter); else sink.one(T.ra, '</s>');
      sink.one(T.rn, runSize); sink.one(T.rp, RUN_PLACES[(i === runFirst ? 1 : 0) + (i === runLast ? 2 : 0)]); sink.one(T.rlx, runEnd);
      if (citeRun !== runLast) { citeRun = runLast; cite = citeAfter(toks, mask, runLast, citeJoiners); }
      if (cite) sink.one(T.flag, cite);
    }
    if (!prev) sink.one(T.flag, 'first');
    if (prev && (lex.titleLastWords.has(prev.lower) || lex.honorifics.has(prev.lower) || honorificDot(lex, prev.lower))) sink.one(T.flag, 'pti');
    if (prev?.text === '.' && prev2 && honorificDot(lex, prev2.lower)) sink.one(T.flag, 'pti');
    if (next && lex.speechVerbs.has(next.lower)) sink.one(T.flag, 'nsv');
    if (pon) sink.one(T.flag, 'pon');
    // the Phoenix actor lists: a whole known name over the token (a surname alone was tried: it lost on WikiGold)
    const px = phoenix[i];
    if (px) sink.one(T.phx, px);
    // the document
    if (lowerSeen.has(w)) sink.one(T.flag, 'dl');
    if (!prev && capMid.has(w)) sink.one(T.flag, 'dcap');
    const dt = docTypes.get(w);
    if (dt) for (const ty of dt) sink.one(T.dt, ty);
    // the rules
    const r = ruleAt[i];
    if (r) {
      for (let k = 0; k < r.length; k += 2) {
        const m = r[k] as Mention;
        sink.two(T.rule, r[k + 1] ? 'B' : 'I', m.type); sink.one(T.ruleId, ruleShort(m.rule)); sink.thenWord(T.ruleWord, m.type, i);
      }
    } else sink.one(T.flag, 'r:none');
    sink.end(i);
  }
  return mask;
}

// "Dr." after a word: the honorifics written with their point, without it (w + "." is one ⟺ w is in this set)
const honorificDots = new WeakMap<NameLexicon, ReadonlySet<string>>();
function honorificDot(lex: NameLexicon, w: string): boolean {
  let set = honorificDots.get(lex);
  if (!set) honorificDots.set(lex, set = new Set([...lex.honorifics.keys()].filter(h => h.endsWith('.')).map(h => h.slice(0, -1))));
  return set.has(w);
}

const YEAR = /^(1[5-9]|20)\d\d[a-z]?$/;

/**
 * A year after the run, past only punctuation, "and", "et al." and other capitalized words: the run is
 * an author cited ("Dye & Bavelier, 2010", "Sapir's (1971)", "Feng, Spence, & Pratt, 2007"). `cy` when
 * the year is close (four tokens), `cyl` when it ends a longer list of names.
 */
function citeAfter(toks: Token[], mask: Uint8Array, last: number, joiners: ReadonlySet<string>): string | undefined {
  const sent = toks[last].sentence;
  for (let k = last + 1; k < toks.length && k <= last + 15 && toks[k].sentence === sent; k++) {
    const t = toks[k];
    if (t.kind === 'number') return YEAR.test(t.text) ? (k <= last + 4 ? 'cy' : 'cyl') : undefined;
    if (t.kind === 'word' && YEAR.test(t.text)) return 'cy';
    if (!joiners.has(t.lower) && mask[k] !== 1) return undefined;
  }
  return undefined;
}

/** shape(), kept per text: a word's neighbours ask for it again at every token beside it */
export const shapeOf = boundedMemo(shape, 100_000);

/**
 * The features of a token's text alone, kept per text: most names and capitals come back many times. A scorer
 * keeps its sums of them here too (`scoredBy`: which scorer, by its number, so that a cached text holds no scorer
 * nor model; `scored`: its sums), one look-up for both.
 */
export interface TextFeatures {
  readonly feats: readonly string[];
  readonly shape: string;
  /** the text as a word of a Phoenix key (phoenixKey) */
  readonly phoenix: string;
  scoredBy: number;
  scored: unknown;
}

// per text (words; other kinds apart). Some 700 bytes a text (its feature strings, a scorer's sums): 20,000 texts,
// ~14 MB, hold a long run's frequent words, and an extraction worker's small heap can spare them (kb/pool.ts)
let wordCache = new Map<string, TextFeatures>();
let otherCache = new Map<string, TextFeatures>();
let wordCacheLex: NameLexicon | undefined;

/** The features that depend on the token's text alone: word, shape (always third: the label history reads it), affixes, word lists, gazetteer. */
function wordFeatures(t: Token, lex: NameLexicon): TextFeatures {
  if (wordCacheLex !== lex || wordCache.size + otherCache.size > 20_000) { wordCache = new Map(); otherCache = new Map(); wordCacheLex = lex; }
  const word = t.kind === 'word';
  const key = word ? t.text : t.kind + '\u0000' + t.text;
  const hit = word ? wordCache.get(key) : otherCache.get(key);
  if (hit) return hit;
  const w = t.lower, sh = shapeOf(t.text);
  const f: string[] = ['b', `w:${w}`, `s:${sh}`, `p3:${w.slice(0, 3)}`, `x3:${w.slice(-3)}`, `x2:${w.slice(-2)}`, `x4:${w.slice(-4)}`];
  if (t.text.length === 1) f.push('len1');
  else if (sh === 'XX') f.push(`caps${Math.min(t.text.length, 6)}`);
  // the word lists
  if (lex.firstNames.has(w)) f.push(`fn:${lex.firstNames.get(w)}`);
  if (lex.lastNames.has(w)) f.push('ln');
  if (lex.common.has(w)) f.push('cw');
  if (lex.orgHeads.has(w)) f.push(`oh:${lex.orgHeads.get(w)!.kind}`);
  if (lex.companies.has(w)) f.push('co');
  if (lex.orgNouns.has(w)) f.push('on');
  if (lex.titles.has(w)) f.push('ti');
  // the gazetteer and the world data
  if (t.kind === 'word' && t.text.length > 1) {
    const places = lookupPlaces(t.text);
    if (places.length) f.push(`gk:${places[0].kind}`, `gp:${popBucket(places[0].population)}`);
    if (countryByName(t.text)) f.push('ctry');
    if (countryByDemonym(t.text)) f.push('dem');
    if (knownOrganization(t.text)) f.push('ko');
  }
  const entry: TextFeatures = { feats: f, shape: sh, phoenix: phoenixKey([t.text]), scoredBy: 0, scored: undefined };
  (word ? wordCache : otherCache).set(key, entry);
  return entry;
}

/** Token → "B-per", "I-company"…: the longest Phoenix name (two words or more) starting at each capitalized token. */
function phoenixMatches(toks: Token[], mask: Uint8Array, texts: readonly (TextFeatures | undefined)[]): (string | undefined)[] {
  const px = phoenixLists();
  const out: (string | undefined)[] = new Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    if (mask[i] !== 1) continue;
    // the key of the words so far, grown a word at a time (phoenixKey of the words read)
    let key = '', words = 0;
    let end = -1, kind = '';
    for (let k = i; k < toks.length && k - i < px.maxWords + 3 && mask[k] && toks[k].sentence === toks[i].sentence; k++) {
      if (toks[k].text !== '.') {
        words++;
        const x = texts[k]!.phoenix;
        if (x) key = key ? key + ' ' + x : x;
        // no name goes on this way: a longer key would not be one either
        if (key && !px.prefixes.has(key)) break;
      }
      if (words < 2) continue;
      const person = px.people.has(key), org = px.organizations.get(key);
      if (person || org) { end = k; kind = person ? 'per' : org!; }
    }
    if (end < 0) continue;
    for (let k = i; k <= end; k++) out[k] = `${k === i ? 'B' : 'I'}-${kind}`;
    i = end;
  }
  return out;
}

function popBucket(p: number | undefined): number {
  return !p ? 0 : p < 10_000 ? 1 : p < 100_000 ? 2 : p < 1_000_000 ? 3 : 4;
}
