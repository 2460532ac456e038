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

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const g = m.groups!;
    const kind = g.num !== undefined ? 'number' : g.punct !== undefined ? 'punct' : 'word';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase(), kind, sentence: 0 });
  }
  return out;
}
