// The PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt): synsets, verb
// synonym blocks with their forms and codes, patterns and transformations, read into an index
// by verb form → sense (block) and by block → patterns, most specific first.
//
//   &NAME / +word / +two_words / +&OTHER      a synset (plurals made unless the label or phrase ends in _)
//   --- DESCRIPTION [code] ---                a verb block; its code is every verb's default
//   VERB {FORMS…} [code]                      a verb; +WORD marks the verb inside a multi-word verb
//   - pre * post [code] or [active:passive]   a pattern (TABARI or PETRARCH2 syntax, see PatternElem)
//   ~ a (b c VERB) VERB2 = x y CODE           a transformation of a verb acting on another verb
import { dictLines, phraseWords, regularPlural, type DictIssue, type DictLine } from './lines.ts';
import { eachPlace, IdsByWord, sameFile, stampOf, type TextStamp } from './scan-index.ts';

/** One element of a pattern. `tight`: the element must follow the previous one (or the verb) at once (`_`). */
export type PatternElem = (
  | { kind: 'word'; word: string }
  | { kind: 'synset'; name: string }
  /** `{FINANCIAL AID}`: consecutive words of one noun phrase, the head last */
  | { kind: 'phrase'; parts: PatternElem[] }
  /** `(FOR AID)`: a prepositional phrase, the preposition and what it governs */
  | { kind: 'prep'; prep: PatternElem; object: PatternElem[] }
  /** `$` the source, `+` the target, `%` a compound actor, `^` any noun phrase skipped */
  | { kind: 'source' } | { kind: 'target' } | { kind: 'compound' } | { kind: 'skip' }
) & { tight?: boolean };

export interface VerbPattern {
  pre: PatternElem[];
  post: PatternElem[];
  /** the verb must follow `pre` at once (`IN_*`) */
  verbTight: boolean;
  code: string | null;
  passiveCode: string | null;
  /** how many words and slots it asks for: the matcher tries the most specific first */
  weight: number;
  /** the literal words and the synsets it cannot match without (a quick test before matching) */
  words: string[];
  synsets: string[];
  file: string;
  line: number;
  text: string;
}

export interface VerbBlock {
  /** the first verb of the block: patterns are keyed by it */
  primary: string;
  code: string | null;
  passiveCode: string | null;
  patterns: VerbPattern[];
}

/** One reading of a verb form. */
export interface VerbSense {
  block: VerbBlock;
  /** the verb's base form (its lemma as the dictionary writes it) */
  base: string;
  code: string | null;
  passiveCode: string | null;
  /** words of a multi-word verb before and after the verb word (WIRE_+TAP, CORDON_OFF) */
  before: string[];
  after: string[];
}

export interface Transformation {
  source: string; inner: { source: string; target: string; verb: string }; verb: string;
  result: { source: string; target: string; code: string };
  line: number;
}

export interface VerbDictionary {
  /** upper-case word form → its senses */
  forms: Map<string, VerbSense[]>;
  blocks: VerbBlock[];
  /** synset name (without &) → phrases (word arrays), plurals included */
  synsets: Map<string, string[][]>;
  transformations: Transformation[];
}

/** Splits `[013:012]`, `[---]` into active and passive codes (null for the null code ---). */
export function splitCode(s: string): { code: string | null; passiveCode: string | null } {
  const [a, p] = s.split(':');
  const norm = (c: string | undefined) => (!c || /^-+$/.test(c) ? null : c);
  return { code: norm(a), passiveCode: norm(p) };
}

/** Regular forms of an English verb: base, -S, -ED, -ING (the manual: "generates the regular forms"). */
export function regularVerbForms(v: string): string[] {
  const out = [v];
  const vowel = (c: string) => 'AEIOU'.includes(c);
  const last = v[v.length - 1], prev = v[v.length - 2] ?? '';
  if (/(S|X|Z|SH|CH|O)$/.test(v)) out.push(v + 'ES');
  else if (last === 'Y' && !vowel(prev)) out.push(v.slice(0, -1) + 'IES');
  else out.push(v + 'S');
  if (last === 'E') out.push(v + 'D', v.slice(0, -1) + 'ING');
  else if (last === 'Y' && !vowel(prev)) out.push(v.slice(0, -1) + 'IED', v + 'ING');
  else {
    out.push(v + 'ED', v + 'ING');
    // a short closed syllable doubles its consonant (STOP → STOPPED): add both spellings
    if (v.length <= 4 && !vowel(last) && vowel(prev) && !vowel(v[v.length - 3] ?? 'A') && !'WXY'.includes(last)) {
      out.push(v + last + 'ED', v + last + 'ING');
    }
  }
  return out;
}

/** Top-level tokens of a pattern body: blanks separate, except inside {…} and (…). */
function topTokens(s: string): string[] | null {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of s) {
    if (ch === '{' || ch === '(') depth++;
    if (ch === '}' || ch === ')') { depth--; if (depth < 0) return null; }
    if (depth === 0 && /\s/.test(ch)) { if (cur) out.push(cur); cur = ''; } else cur += ch;
  }
  if (depth !== 0) return null;
  if (cur) out.push(cur);
  return out;
}

/** Atoms of one top-level token, split on `_` outside brackets; a leading `_` or inner one ties. */
function atoms(tok: string): { atom: string; tight: boolean }[] | null {
  const out: { atom: string; tight: boolean }[] = [];
  let depth = 0, cur = '', tight = false;
  for (const ch of tok) {
    if (ch === '{' || ch === '(') depth++;
    if (ch === '}' || ch === ')') depth--;
    if (depth === 0 && ch === '_') {
      if (cur) { out.push({ atom: cur, tight }); cur = ''; }
      tight = true;
      continue;
    }
    cur += ch;
  }
  if (cur) out.push({ atom: cur, tight });
  return out.length ? out : null;
}

function parseAtom(a: string): PatternElem | null | '*' {
  if (a === '*') return '*';
  if (a === '$') return { kind: 'source' };
  if (a === '+') return { kind: 'target' };
  if (a === '%') return { kind: 'compound' };
  if (a === '^') return { kind: 'skip' };
  if (a.startsWith('&')) return a.length > 1 ? { kind: 'synset', name: a.slice(1).replace(/_$/, '') } : null;
  if (a.startsWith('{')) {
    if (!a.endsWith('}')) return null;
    const inner = parseSeq(a.slice(1, -1));
    if (!inner || inner.verbAt >= 0 || !inner.elems.length) return null;
    return { kind: 'phrase', parts: inner.elems };
  }
  if (a.startsWith('(')) {
    if (!a.endsWith(')')) return null;
    const inner = parseSeq(a.slice(1, -1));
    if (!inner || inner.verbAt >= 0 || !inner.elems.length) return null;
    const [prep, ...object] = inner.elems;
    if (prep.kind !== 'word' && prep.kind !== 'synset') return null;
    return { kind: 'prep', prep, object };
  }
  if (/[{}()[\]]/.test(a)) return null;
  return { kind: 'word', word: a.toUpperCase() };
}

/** A sequence of pattern elements; verbAt is the index the `*` stands at (-1 if none). */
function parseSeq(s: string): { elems: PatternElem[]; verbAt: number; verbTight: boolean; postTight: boolean } | null {
  const toks = topTokens(s);
  if (!toks) return null;
  const elems: PatternElem[] = [];
  let verbAt = -1, verbTight = false, postTight = false, tieNext = false;
  for (const tok of toks) {
    const as = atoms(tok);
    if (!as) continue;
    for (let i = 0; i < as.length; i++) {
      const tight = i > 0 ? as[i].tight : false;
      const e = parseAtom(as[i].atom);
      if (e === null) return null;
      if (e === '*') {
        if (verbAt >= 0) return null;
        verbAt = elems.length;
        verbTight = tight;
        tieNext = i + 1 < as.length && as[i + 1].tight;
        continue;
      }
      if (tieNext && elems.length === verbAt) { postTight = true; }
      tieNext = false;
      elems.push(tight && elems.length !== verbAt ? { ...e, tight: true } : e);
    }
  }
  return { elems, verbAt, verbTight, postTight };
}

function weigh(es: readonly PatternElem[]): number {
  let w = 0;
  for (const e of es) {
    if (e.kind === 'phrase') w += weigh(e.parts);
    else if (e.kind === 'prep') w += 1 + weigh(e.object);
    else w += e.kind === 'skip' ? 0.5 : 1;
  }
  return w;
}

/** Parses one pattern line (without the leading `-`). */
export function parsePattern(body: string, file: string, line: number): VerbPattern | string {
  const open = body.lastIndexOf('[');
  const close = body.indexOf(']', open);
  if (open < 0 || close < 0) return 'a pattern without a [code]';
  const seq = parseSeq(body.slice(0, open));
  if (!seq) return 'unbalanced brackets or an unknown token';
  if (seq.verbAt < 0) return 'a pattern without the verb marker *';
  const { code, passiveCode } = splitCode(body.slice(open + 1, close).trim());
  const pre = seq.elems.slice(0, seq.verbAt);
  const post = seq.elems.slice(seq.verbAt);
  if (seq.postTight && post.length) post[0] = { ...post[0], tight: true };
  const words: string[] = [], synsets: string[] = [];
  const walk = (es: readonly PatternElem[]) => {
    for (const e of es) {
      if (e.kind === 'word') words.push(e.word);
      else if (e.kind === 'synset') synsets.push(e.name);
      else if (e.kind === 'phrase') walk(e.parts);
      else if (e.kind === 'prep') walk([e.prep, ...e.object]);
    }
  };
  walk(pre); walk(post);
  return {
    pre, post, verbTight: seq.verbTight, code, passiveCode, weight: weigh(pre) + weigh(post),
    words, synsets, file, line, text: `- ${body.trim()}`,
  };
}

interface VerbLine { verbWord: string; before: string[]; after: string[] }

/** `WIRE_+TAP`, `+CORDON_OFF`, `ABANDON`, `LASH OUT`: the verb word and the words around it. */
function verbPhrase(s: string): VerbLine | null {
  const words = s.split(/[\s_]+/).filter(Boolean).map((w) => w.toUpperCase());
  if (!words.length) return null;
  let at = words.findIndex((w) => w.startsWith('+'));
  if (at < 0) at = 0;
  const clean = words.map((w) => w.replace(/^\+/, ''));
  if (clean.some((w) => !/^[A-Z0-9'.\-]+$/.test(w))) return null;
  return { verbWord: clean[at], before: clean.slice(0, at), after: clean.slice(at + 1) };
}

/** The forms and senses one verb line gives, in the order a whole read adds them. */
type FormSenses = [string, VerbSense][];

/** Reads one verb line of `block`: its forms with their senses, or an issue reported and nothing. */
function readVerbLine(text: string, line: number, block: VerbBlock, report: (line: number, message: string) => void): { verbWord: string; senses: FormSenses } | null {
  let rest = text.replace(/;.*$/, ''); // TABARI's `;coder date` notes
  let code = block.code, passiveCode = block.passiveCode;
  const codeM = /\[([^\]]*)\]\s*$/.exec(rest);
  if (codeM) { ({ code, passiveCode } = splitCode(codeM[1].trim())); rest = rest.slice(0, codeM.index); }
  let forms: string[] | null = null;
  const formsM = /\{([^}]*)\}/.exec(rest);
  if (formsM) { forms = formsM[1].split(/[\s,]+/).filter(Boolean); rest = rest.slice(0, formsM.index) + rest.slice(formsM.index + formsM[0].length); }
  if (/[{}[\]]/.test(rest)) { report(line, 'a verb line with unbalanced brackets'); return null; }
  const vp = verbPhrase(rest.trim());
  if (!vp) { report(line, 'a verb line that names no verb'); return null; }
  const sense = (v: VerbLine): VerbSense => ({ block, base: vp.verbWord, code, passiveCode, before: v.before, after: v.after });
  const base = sense(vp);
  const senses: FormSenses = [[vp.verbWord, base]];
  if (forms) {
    for (const f of forms) {
      const fv = verbPhrase(f);
      if (!fv) { report(line, `an unreadable verb form ${f}`); continue; }
      senses.push([fv.verbWord, sense(fv)]);
    }
  } else {
    for (const f of regularVerbForms(vp.verbWord).slice(1)) senses.push([f, { ...base }]);
  }
  return { verbWord: vp.verbWord, senses };
}

/** Adds a sense to a form's list unless the list has it (same block, same words around). */
function addSense(had: VerbSense[], sense: VerbSense): void {
  if (!had.some((s) => s.block === sense.block && s.before.join(' ') === sense.before.join(' ') && s.after.join(' ') === sense.after.join(' '))) had.push(sense);
}

/**
 * Which verb lines give each form: the scan a verb dictionary is read lazily through (a form's
 * lines are read the first time it is looked up). `lines` counts the dictionary's meaningful lines
 * (dictLines); `ids` holds for each form its count then its lines; `issues`: the lines that report
 * one (read at once, so a lazy read reports what a whole read does). Shipped for CAMEO 2.0 as
 * data/petrarch/CAMEO.2.0.index.json (scripts/build-petrarch-index.ts; a test checks it is fresh).
 */
export interface VerbFormIndex {
  note: string;
  file: TextStamp;
  lines: number;
  forms: string;
  ids: number[];
  issues: number[];
}

/** The forms a map of them holds but has not read yet: a form's lines are read the first time it is asked for. */
class LazyForms extends Map<string, VerbSense[]> {
  constructor(private readonly pending: Map<string, number>, private readonly load: (form: string, at: number) => VerbSense[]) { super(); }
  override get(form: string): VerbSense[] | undefined {
    const had = super.get(form);
    if (had !== undefined) return had;
    const at = this.pending.get(form);
    if (at === undefined) return undefined;
    this.pending.delete(form);
    const senses = this.load(form, at);
    super.set(form, senses);
    return senses;
  }
  override has(form: string): boolean { return super.has(form) || this.pending.has(form); }
  /** every form read: what iterating or counting the map needs */
  private all(): this { for (const f of [...this.pending.keys()]) this.get(f); return this; }
  override get size(): number { return super.size + this.pending.size; }
  override keys() { return Map.prototype.keys.call(this.all()) as MapIterator<string>; }
  override values() { return Map.prototype.values.call(this.all()) as MapIterator<VerbSense[]>; }
  override entries() { return Map.prototype.entries.call(this.all()) as MapIterator<[string, VerbSense[]]>; }
  override [Symbol.iterator]() { return this.entries(); }
  override forEach(fn: (v: VerbSense[], k: string, m: Map<string, VerbSense[]>) => void, self?: unknown): void { Map.prototype.forEach.call(this.all(), fn, self); }
}

/**
 * Reads a verb dictionary. `lazy`: a block's patterns are parsed the first time they are read
 * (CAMEO 2.0 holds ~15,000, and a report meets a few dozen verbs); their malformed lines are then
 * reported when read, so a set whose issues are shown is read eagerly. `formIndex` (with `lazy`): the
 * text's scan (VerbFormIndex), by which a form's verb lines are read the first time it is looked up,
 * not all 1,700 at start-up; unused when it was made from another text.
 */
export function readVerbDictionary(source: string, file: string, issues: DictIssue[], lazy = false, formIndex?: VerbFormIndex | null): VerbDictionary {
  const lines = dictLines(source);
  const ix = lazy && formIndex && formIndexFits(formIndex, file, source, lines.length) ? formIndex : null;
  return readVerbLines(lines, file, issues, lazy, ix);
}

function formIndexFits(ix: VerbFormIndex, file: string, source: string, lines: number): boolean {
  return sameFile(ix.file, file, source) && ix.lines === lines;
}

/** The scan of a verb dictionary's text: which lines give each form, which lines report an issue. */
export function verbFormIndex(source: string, file: string): VerbFormIndex {
  const byForm = new IdsByWord();
  const issueLines: number[] = [];
  const lines = dictLines(source);
  readVerbLines(lines, file, [], false, null, (at, read, reported) => {
    if (reported) issueLines.push(at);
    for (const [form] of read?.senses ?? []) byForm.note(form, at);
  });
  return {
    note: 'Which lines of the verb dictionary give each verb form: made by scripts/build-petrarch-index.ts from the file beside it; do not edit',
    file: stampOf(file, source), lines: lines.length,
    forms: byForm.words().join(' '), ids: byForm.pack().ids, issues: issueLines,
  };
}

/** Reads a verb dictionary's meaningful lines; `observe` hears each verb line read (for the scan). */
function readVerbLines(lines: readonly DictLine[], file: string, issues: DictIssue[], lazy: boolean, ix: VerbFormIndex | null,
  observe?: (at: number, read: ReturnType<typeof readVerbLine>, reported: boolean) => void): VerbDictionary {
  const pending = new Map<VerbBlock, DictLine[]>();
  const dict: VerbDictionary = { forms: new Map(), blocks: [], synsets: new Map(), transformations: [] };
  const report = (line: number, message: string) => issues.push({ file, line, message });
  const rawSynsets = new Map<string, { phrases: { words: string[]; plural: boolean }[] }>();
  let synset: { phrases: { words: string[]; plural: boolean }[]; plural: boolean } | null = null;
  let block: VerbBlock | null = null;
  let blockOpen = false; // the block has its header but no verb yet
  // with a form index: each verb line's block, its reading once read, the lines that report an issue
  const blockOf: (VerbBlock | undefined)[] = ix ? new Array(lines.length) : [];
  const readAt = new Map<number, ReturnType<typeof readVerbLine>>();
  const issueLines = new Set(ix?.issues ?? []);
  const addForm = (form: string, sense: VerbSense) => {
    const had = dict.forms.get(form);
    if (!had) dict.forms.set(form, [sense]); else addSense(had, sense);
  };
  for (let at = 0; at < lines.length; at++) {
    const { text, line } = lines[at];
    if (text.startsWith('---')) {
      const m = /^---+\s*(.*?)\s*---+$/.exec(text);
      if (!m) { report(line, 'a verb block header not closed by ---'); continue; }
      const codeM = /\[([^\]]*)\]/.exec(m[1]);
      const { code, passiveCode } = splitCode(codeM ? codeM[1].trim() : '---');
      block = { primary: '', code, passiveCode, patterns: [] };
      dict.blocks.push(block);
      blockOpen = true;
      synset = null;
      continue;
    }
    if (text.startsWith('&')) {
      const label = text.split(/\s+/)[0];
      const name = label.slice(1).replace(/_$/, '');
      if (!name) { report(line, 'a synset without a name'); continue; }
      synset = { phrases: [], plural: !label.endsWith('_') };
      rawSynsets.set(name, synset);
      continue;
    }
    if (text.startsWith('~')) {
      const m = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(text);
      if (!m) { report(line, 'a transformation not of the form ~ a (b c VERB) VERB = x y CODE'); continue; }
      dict.transformations.push({
        source: m[1], inner: { source: m[2], target: m[3], verb: m[4].toUpperCase() }, verb: m[5].toUpperCase(),
        result: { source: m[6], target: m[7], code: m[8] }, line,
      });
      continue;
    }
    if (text.startsWith('-')) {
      if (!block || blockOpen && !block.primary) { report(line, 'a pattern outside a verb block'); continue; }
      if (lazy) {
        const raw = pending.get(block);
        if (raw) raw.push(lines[at]); else pending.set(block, [lines[at]]); // the line as read, kept for the block's first use
        synset = null;
        continue;
      }
      const p = parsePattern(text.slice(1), file, line);
      if (typeof p === 'string') { report(line, p); continue; }
      block.patterns.push(p);
      synset = null;
      continue;
    }
    if (text.startsWith('+') && synset) {
      const body = text.slice(1).trim();
      if (body.startsWith('&')) {
        const inner = rawSynsets.get(body.slice(1).replace(/_$/, ''));
        if (!inner) { report(line, `synset ${body} used before it is defined`); continue; }
        synset.phrases.push(...inner.phrases);
        continue;
      }
      const words = phraseWords(body);
      if (!words.length || words.some((w) => /[$+%^*&{}()[\]]/.test(w))) { report(line, 'a synset phrase may hold only words'); continue; }
      synset.phrases.push({ words, plural: synset.plural && !body.endsWith('_') });
      continue;
    }
    // a verb line
    if (!block) { report(line, 'a verb outside a verb block'); continue; }
    synset = null;
    // read lazily: only a block's first verb (it names the block, and opens it to patterns) and the lines that report an issue
    if (ix && block.primary && !issueLines.has(at)) { blockOf[at] = block; continue; }
    const before = issues.length;
    const read = readVerbLine(text, line, block, report);
    observe?.(at, read, issues.length > before);
    if (ix) { blockOf[at] = block; readAt.set(at, read); }
    if (!read) continue;
    if (!block.primary) { block.primary = read.verbWord; blockOpen = false; }
    if (!ix) for (const [form, sense] of read.senses) addForm(form, sense);
  }
  if (ix) {
    const pendingForms = new Map<string, number>();
    eachPlace(ix.forms.split(' '), ix.ids, (form, at) => pendingForms.set(form, at));
    dict.forms = new LazyForms(pendingForms, (form, k) => {
      const out: VerbSense[] = [];
      for (let j = k + 1; j <= k + ix.ids[k]; j++) {
        const at = ix.ids[j];
        let read = readAt.get(at);
        if (read === undefined) { read = readVerbLine(lines[at].text, lines[at].line, blockOf[at]!, report); readAt.set(at, read); }
        for (const [f, sense] of read?.senses ?? []) if (f === form) addSense(out, sense);
      }
      return out;
    });
  }
  for (const [name, s] of rawSynsets) {
    const phrases: string[][] = [];
    for (const p of s.phrases) {
      phrases.push(p.words);
      if (p.plural) phrases.push([...p.words.slice(0, -1), regularPlural(p.words[p.words.length - 1])]);
    }
    dict.synsets.set(name, phrases);
  }
  // undefined synsets void their pattern (the manual: "a pattern containing an undefined synset will be ignored")
  const undefinedSynset = (es: readonly PatternElem[]): string | null => {
    for (const e of es) {
      if (e.kind === 'synset' && !dict.synsets.has(e.name)) return e.name;
      if (e.kind === 'phrase') { const u = undefinedSynset(e.parts); if (u) return u; }
      if (e.kind === 'prep') { const u = undefinedSynset([e.prep, ...e.object]); if (u) return u; }
    }
    return null;
  };
  const settle = (patterns: VerbPattern[]) => patterns
    .filter((p) => {
      const u = undefinedSynset([...p.pre, ...p.post]);
      if (u) report(p.line, `synset &${u} is not defined`);
      return !u;
    })
    .sort((x, y) => y.weight - x.weight || x.line - y.line);
  for (const b of dict.blocks) {
    const raw = pending.get(b);
    if (!raw) { b.patterns = settle(b.patterns); continue; }
    Object.defineProperty(b, 'patterns', {
      configurable: true, enumerable: true,
      get() {
        const parsed: VerbPattern[] = [];
        for (const r of raw) {
          const p = parsePattern(r.text.slice(1), file, r.line);
          if (typeof p === 'string') report(r.line, p); else parsed.push(p);
        }
        const value = settle(parsed);
        Object.defineProperty(b, 'patterns', { value, writable: true, configurable: true, enumerable: true });
        return value;
      },
    });
  }
  return dict;
}
