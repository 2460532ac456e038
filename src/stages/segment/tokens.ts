// One linear pass over the text into word, number and punctuation tokens.
// Possessive 's and n't stay separate tokens so names end where they end.
import type { Token } from '../../document/doc.ts';

const TOKEN = new RegExp([
  String.raw`(?<abbr>\p{L}(?:\.\p{L})+\.)`,                       // U.S.  a.m.  e.g.
  String.raw`(?<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?)`,          // 1,000.5  3:30  19th  1990s
  String.raw`(?<word>\p{L}[\p{L}\p{M}\d]*(?:[-‐][\p{L}\d]+)*(?:['’](?![sS]\b)\p{L}+)?)`, // Ysyk-Ata  O'Brien
  String.raw`(?<poss>['’][sS]\b)`,                                // 's
  String.raw`(?<punct>[^\s\p{L}\d])`,
].join('|'), 'gu');

interface Word { text: string; lower: string }

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // one string per distinct word, shared by all its tokens, its lower case computed once: "the"
  // is one string, not 40,000 (a 4 MB report keeps ~30 MB less), and later Map/Set look-ups
  // hash each word once
  const words = new Map<string, Word>();
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const g = m.groups!;
    const kind = g.num !== undefined ? 'number' : g.punct !== undefined ? 'punct' : 'word';
    const s = m[0];
    let w = words.get(s);
    if (!w) {
      const lower = s.toLowerCase();
      w = { text: s, lower: lower === s ? s : (words.get(lower)?.text ?? lower) };
      words.set(s, w);
    }
    out.push({ start: m.index, end: m.index + s.length, text: w.text, lower: w.lower, kind, sentence: 0 });
  }
  return out;
}
