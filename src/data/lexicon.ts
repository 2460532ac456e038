// The one typed loader for word lists under data/. A stage never holds a word list inline:
// it names a file here and asks for the words (or the words of one kind). Every list is read
// once per process and looked up through a Map/Set, so a word like "constructor" is just a word.
//
// File forms (lines starting with # are comments, blank lines skipped):
//   .txt  one entry a line (a word or a phrase, as written in the file)
//   .tsv  entry <TAB> kind[,kind…] [<TAB> more columns]: one list serving several uses says
//         which use each entry has (company-noun, state-body, speech-verb, title, …)
import { DossierError } from '../errors.ts';
import { readLines, readTsv } from './files.ts';

const sets = new Map<string, ReadonlySet<string>>();
const kinds = new Map<string, ReadonlyMap<string, readonly string[]>>();
const rows = new Map<string, readonly (readonly string[])[]>();

/** The entries of a list, lower-cased unless `keepCase` (data/<relPath>). */
export function wordSet(relPath: string, opts: { keepCase?: boolean } = {}): ReadonlySet<string> {
  const key = `${relPath}\u0000${opts.keepCase ? 1 : 0}`;
  let s = sets.get(key);
  if (!s) {
    const first = relPath.endsWith('.tsv') ? tsvRows(relPath).map((r) => r[0]) : readLines(relPath);
    s = new Set(first.map((w) => (opts.keepCase ? w : w.toLowerCase())));
    sets.set(key, s);
  }
  return s;
}

/** Entry (lower case) → its kinds, from a .tsv whose second column lists kinds separated by commas. */
export function wordKinds(relPath: string): ReadonlyMap<string, readonly string[]> {
  let m = kinds.get(relPath);
  if (!m) {
    const out = new Map<string, readonly string[]>();
    // most rows repeat a few kind lists ("noun", "noun,verb"): each is split once and shared (read-only)
    const lists = new Map<string, readonly string[]>();
    for (const r of tsvRows(relPath)) {
      const w = r[0].toLowerCase();
      const raw = r[1] ?? '';
      let ks = lists.get(raw);
      if (!ks) { ks = raw.split(',').map((k) => k.trim()).filter(Boolean); lists.set(raw, ks); }
      const had = out.get(w);
      if (!had) { out.set(w, ks); continue; }
      // a word listed again: its new kinds after its old ones, on a copy (the lists are shared)
      let merged: string[] | undefined;
      for (const k of ks) if (!(merged ?? had).includes(k)) (merged ??= [...had]).push(k);
      if (merged) out.set(w, merged);
    }
    m = out;
    kinds.set(relPath, m);
  }
  return m;
}

const EMPTY: ReadonlySet<string> = new Set();
const entriesByKind = new Map<string, ReadonlyMap<string, ReadonlySet<string>>>();
/** The entries of one kind in a kinded .tsv list. A file's entries are grouped by kind in one pass (in the
 * order wordKinds gives), not scanned again for every kind a stage asks for. */
export function wordsOfKind(relPath: string, kind: string): ReadonlySet<string> {
  let byKind = entriesByKind.get(relPath);
  if (!byKind) {
    const out = new Map<string, Set<string>>();
    for (const [w, ks] of wordKinds(relPath)) {
      for (const k of ks) { let set = out.get(k); if (!set) out.set(k, set = new Set()); set.add(w); }
    }
    byKind = out;
    entriesByKind.set(relPath, byKind);
  }
  return byKind.get(kind) ?? EMPTY;
}

/** The rows of a .tsv list, cached (comment and blank lines skipped). */
export function tsvRows(relPath: string): readonly (readonly string[])[] {
  let r = rows.get(relPath);
  if (!r) { r = readTsv(relPath); rows.set(relPath, r); }
  return r;
}

/** The regular plural of an English noun: company → companies, watchdog → watchdogs, press → presses. */
export function nounPlural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

/** The regular forms of an English verb besides the base: announce → announces, announced, announcing. */
export function verbForms(w: string): string[] {
  const third = nounPlural(w);
  if (/[^aeiou]y$/.test(w)) return [third, w.slice(0, -1) + 'ied', w + 'ing'];
  if (w.endsWith('e')) return [third, w + 'd', w.slice(0, -1) + 'ing'];
  return [third, w + 'ed', w + 'ing'];
}

/** The entries of one kind with their inflections generated (a list holds base forms only). */
export function wordsOfKindInflected(relPath: string, kind: string, as: 'noun' | 'verb'): ReadonlySet<string> {
  const key = `${relPath}\u0000kind:${kind}\u0000${as}`;
  let s = sets.get(key);
  if (!s) {
    const out = new Set<string>();
    for (const w of wordsOfKind(relPath, kind)) {
      out.add(w);
      if (as === 'noun') out.add(nounPlural(w)); else for (const f of verbForms(w)) out.add(f);
    }
    s = out;
    sets.set(key, s);
  }
  return s;
}

/** A table keyed by words with no Object.prototype behind it, for the few tables still written as
 * objects: `table["constructor"]` is undefined, as for any other word it does not hold. */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const rowsByKind = new Map<string, ReadonlyMap<string, readonly (readonly string[])[]>>();
/** The rows of one kind in a kinded .tsv list (entry as written, kind, then the row's values): a file's rows
 * grouped by kind once, in file order. */
export function rowsOfKind(relPath: string, kind: string): readonly (readonly string[])[] {
  let byKind = rowsByKind.get(relPath);
  if (!byKind) {
    const out = new Map<string, (readonly string[])[]>();
    for (const row of tsvRows(relPath)) { let list = out.get(row[1]); if (!list) out.set(row[1], list = []); list.push(row); }
    byKind = out;
    rowsByKind.set(relPath, byKind);
  }
  return byKind.get(kind) ?? [];
}

const asWrittenSets = new Map<string, ReadonlySet<string>>();
/** The entries of one kind exactly as written (case kept), for lists matched against token text as is; built once. */
export function wordsAsWritten(relPath: string, kind: string): ReadonlySet<string> {
  const key = `${relPath}\u0000${kind}`;
  let set = asWrittenSets.get(key);
  if (!set) { set = new Set(rowsOfKind(relPath, kind).map((row) => row[0])); asWrittenSets.set(key, set); }
  return set;
}

/** Entry → its value (third column) for one kind of a kinded .tsv list; entries as written. */
export function valuesOfKind(relPath: string, kind: string): ReadonlyMap<string, string> {
  return new Map(rowsOfKind(relPath, kind).map((row) => [row[0], row[2] ?? ''] as [string, string]));
}

const valueTables = new Map<string, Record<string, string>>();
/** Entry → value (third column) of one kind as a table with no prototype (entries as written), built once. */
export function valueTable(relPath: string, kind: string): Record<string, string> {
  const key = `${relPath}\u0000${kind}`;
  let t = valueTables.get(key);
  if (!t) { t = wordTable(Object.fromEntries(valuesOfKind(relPath, kind))); valueTables.set(key, t); }
  return t;
}

/** Entry → its number (third column) of one kind (entries as written). */
export function numbersOfKind(relPath: string, kind: string): ReadonlyMap<string, number> {
  return new Map([...valuesOfKind(relPath, kind)].map(([w, v]) => [w, Number(v)]));
}

/** The number words every reader shares (data/lexicon/number-words.tsv: `cardinal` "zero"…"ninety", `ordinal`
 * "first"…), followed by a reader's own additions of the same kind (its own list's words win). */
export function numberWords(kind: 'cardinal' | 'ordinal', own: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  return new Map([...numbersOfKind('lexicon/number-words.tsv', kind), ...own]);
}

/** Refuses a kind the file does not hold: a misspelt or removed kind is a data error, not an empty list. */
export function requireKind(relPath: string, kind: string): void {
  if (!wordsOfKind(relPath, kind).size) throw new DossierError('DATA_MISSING', `word list kind ${relPath} ${kind} is empty or absent`);
}

/** The words of one closed grammatical class (data/lexicon/function-words.tsv), shared by every stage; kinds by use. */
export function functionWords(kind: string): ReadonlySet<string> {
  return wordsOfKind('lexicon/function-words.tsv', kind);
}

const alternations = new Map<string, string>();
/** `(?:a|b|c)` of a kind's phrases for a regex built once: longest first, each escaped, a space matching
 * any run of white space; with `forms`, each entry's regular plural or verb forms too. Every alternative is a whole
 * phrase, so the pattern stays free of backtracking blow-ups. */
export function wordAlternation(relPath: string, kind: string, forms?: 'noun' | 'verb'): string {
  const key = `${relPath}\u0000${kind}\u0000${forms ?? ''}`;
  let alt = alternations.get(key);
  if (!alt) {
    alt = alternationOf(relPath, kind, forms ? wordsOfKindInflected(relPath, kind, forms) : wordsOfKind(relPath, kind), 'any');
    alternations.set(key, alt);
  }
  return alt;
}

/** `(?:A|b)` of a kind's entries exactly as written in the file, case kept (for a pattern read without the i flag:
 * "Spokesman", "Image"): longest first, each escaped, a space matching any run of white space, or with `space`
 * 'one' a single space, where the pattern had one ("set up" in facts' patterns). */
export function writtenAlternation(relPath: string, kind: string, space: 'any' | 'one' = 'any'): string {
  const key = `${relPath}\u0000${kind}\u0000written\u0000${space}`;
  let alt = alternations.get(key);
  if (!alt) {
    alt = alternationOf(relPath, kind, wordsAsWritten(relPath, kind), space);
    alternations.set(key, alt);
  }
  return alt;
}

/** The alternation of `entries`, longest first. An empty kind (misspelt or removed) is a data error: its `(?:)`
 * would match everywhere, so it is refused rather than built. */
function alternationOf(relPath: string, kind: string, entries: ReadonlySet<string>, space: 'any' | 'one'): string {
  if (!entries.size) throw new DossierError('DATA_MISSING', `word list kind ${relPath} ${kind} is empty or absent`);
  const phrases = [...entries].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?:${(space === 'any' ? phrases.map((w) => w.replace(/ /g, '\\s+')) : phrases).join('|')})`;
}
