// The line layer shared by every PETRARCH dictionary: comments (`#`, and the `<!-- … -->`
// header lines the validation files carry) and blank lines go; what is left keeps its
// 1-based line number so a malformed entry is reported where it stands, never thrown.

export interface DictIssue { file: string; line: number; message: string }

export interface DictLine {
  /** the text with its comment cut and its ends trimmed */
  text: string;
  line: number;
  /** the raw line began with a tab or spaces (an actor's date restriction) */
  indented: boolean;
}

/** The meaningful lines of a dictionary file. */
export function dictLines(source: string): DictLine[] {
  const out: DictLine[] = [];
  const raw = source.split('\n');
  let inXmlComment = false;
  for (let i = 0; i < raw.length; i++) {
    let s = raw[i].replace(/\r$/, '');
    if (inXmlComment) {
      const close = s.indexOf('-->');
      if (close < 0) continue;
      inXmlComment = false;
      s = s.slice(close + 3);
    }
    const open = s.indexOf('<!--');
    if (open >= 0) {
      const close = s.indexOf('-->', open);
      if (close < 0) { inXmlComment = true; s = s.slice(0, open); } else s = s.slice(0, open) + s.slice(close + 3);
    }
    const hash = s.indexOf('#');
    if (hash >= 0) s = s.slice(0, hash);
    const text = s.trim();
    if (!text) continue;
    out.push({ text, line: i + 1, indented: /^[\t ]/.test(s) });
  }
  return out;
}

/** Words of a phrase string: blanks and underscores separate, case is folded to upper. */
export function phraseWords(s: string): string[] {
  return s.toUpperCase().split(/[\s_]+/).filter(Boolean);
}

/**
 * Which words of a phrase string may stand apart from the word before them: the manual's "a
 * blank between words means that additional words can occur between the previous word and the
 * next word; a `_` (underscore) means that the words must be consecutive". Parallel to
 * `phraseWords`; the first is always false.
 */
export function phraseGaps(s: string): boolean[] {
  const out: boolean[] = [];
  const re = /([\s_]*)([^\s_]+)/g;
  const t = s.trim();
  for (let m = re.exec(t); m; m = re.exec(t)) out.push(out.length > 0 && !m[1].includes('_'));
  return out;
}

/** Regular plural forms of an upper-case noun, as the manual gives them: S, Y→IES, SS→SSES. */
export function regularPlural(w: string): string {
  if (w.endsWith('SS')) return w + 'ES';
  if (w.endsWith('Y') && w.length > 1 && !'AEIOU'.includes(w[w.length - 2])) return w.slice(0, -1) + 'IES';
  return w + 'S';
}
