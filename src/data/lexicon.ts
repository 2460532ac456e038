// The one typed loader for word lists under data/. A stage never holds a word list inline:
// it names a file here and asks for the words (or the words of one kind). Every list is read
// once per process and looked up through a Map/Set, so a word like "constructor" is just a word.
//
// File forms (lines starting with # are comments, blank lines skipped):
//   .txt  one entry a line (a word or a phrase, as written in the file)
//   .tsv  entry <TAB> kind[,kind…] [<TAB> more columns]: one list serving several uses says
//         which use each entry has (company-noun, state-body, speech-verb, title, …)
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
    const out = new Map<string, string[]>();
    for (const r of tsvRows(relPath)) {
      const w = r[0].toLowerCase();
      const ks = (r[1] ?? '').split(',').map((k) => k.trim()).filter(Boolean);
      const had = out.get(w);
      if (had) for (const k of ks) { if (!had.includes(k)) had.push(k); } else out.set(w, ks);
    }
    m = out;
    kinds.set(relPath, m);
  }
  return m;
}

/** The entries of one kind in a kinded .tsv list. */
export function wordsOfKind(relPath: string, kind: string): ReadonlySet<string> {
  const key = `${relPath}\u0000kind:${kind}`;
  let s = sets.get(key);
  if (!s) {
    const out = new Set<string>();
    for (const [w, ks] of wordKinds(relPath)) if (ks.includes(kind)) out.add(w);
    s = out;
    sets.set(key, s);
  }
  return s;
}

/** The rows of a .tsv list, cached (comment and blank lines skipped). */
export function tsvRows(relPath: string): readonly (readonly string[])[] {
  let r = rows.get(relPath);
  if (!r) { r = readTsv(relPath); rows.set(relPath, r); }
  return r;
}

/** A table keyed by words with no Object.prototype behind it, for the few tables still written as
 * objects: `table["constructor"]` is undefined, as for any other word it does not hold. */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
