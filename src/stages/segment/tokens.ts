// One linear pass over the text into word, number and punctuation tokens.
// Possessive 's and n't stay separate tokens so names end where they end.
import type { Token } from '../../document/doc.ts';

const TOKEN = new RegExp([
  String.raw`\p{L}(?:\.\p{L})+\.`,                                // U.S.  a.m.  e.g.
  String.raw`\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?`,                   // 1,000.5  3:30  19th  1990s
  String.raw`\p{L}[\p{L}\p{M}\d]*(?:[-‐][\p{L}\d]+)*(?:['’](?![sS]\b)\p{L}+)?`, // Ysyk-Ata  O'Brien
  String.raw`['’][sS]\b`,                                          // 's
  String.raw`[^\s\p{L}\d]`,                                        // one mark of punctuation
].join('|'), 'gu');
// No capture groups: a match's kind follows from its first character (see kindOf), which spares
// a groups object per token.
const LETTER = /^\p{L}/u;

type Kind = Token['kind'];
/** digits start a number; a letter, or an apostrophe with its s, a word; anything else is punctuation */
function kindOf(s: string): Kind {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  if (c === 39 || c === 0x2019) return s.length > 1 ? 'word' : 'punct';
  return c > 127 && LETTER.test(s) ? 'word' : 'punct';
}

interface Word { text: string; lower: string; kind: Token['kind'] }

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // one string per distinct word, shared by all its tokens, its lower case computed once: "the"
  // is one string, not 40,000 (a 4 MB report keeps ~30 MB less), and later Map/Set look-ups
  // hash each word once
  const words = new Map<string, Word>();
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const s = m[0];
    let w = words.get(s);
    if (!w) {
      const lower = s.toLowerCase();
      w = { text: s, lower: lower === s ? s : (words.get(lower)?.text ?? lower), kind: kindOf(s) };
      words.set(s, w);
    }
    out.push({ start: m.index, end: m.index + s.length, text: w.text, lower: w.lower, kind: w.kind, sentence: 0 });
  }
  return out;
}
