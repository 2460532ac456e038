// A read-only view of one document's tokens for the extractors: lowercased texts,
// sentence ends, adjacency. Built once per document, in one pass.
import type { Token } from '../../document/doc.ts';

const OPENERS = new Set(['"', '“', '(', '‘', "'", '–', '—', ':']);

export class TokenView {
  constructor(readonly text: string, readonly tokens: Token[]) {}
  get length(): number { return this.tokens.length; }
  /** lowercased text of token i, '' outside the document (the tokenizer lowercased each word once) */
  at(i: number): string {
    return i >= 0 && i < this.tokens.length ? this.tokens[i].lower : '';
  }
  raw(i: number): string { return i >= 0 && i < this.tokens.length ? this.tokens[i].text : ''; }
  /** tokens i and j (i < j) touch with no space between */
  touching(i: number, j: number): boolean {
    return i >= 0 && j < this.tokens.length && this.tokens[i].end === this.tokens[j].start;
  }
  sameSentence(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.tokens.length && j < this.tokens.length && this.tokens[i].sentence === this.tokens[j].sentence;
  }
  isNumber(i: number): boolean { return i >= 0 && i < this.tokens.length && this.tokens[i].kind === 'number'; }
  /** plain digits only: "2003", not "2,003" or "3.5" or "19th" */
  isDigits(i: number): boolean {
    const t = this.raw(i);
    if (!t) return false;
    for (let k = 0; k < t.length; k++) { const c = t.charCodeAt(k); if (c < 48 || c > 57) return false; }
    return true;
  }
  capitalized(i: number): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    const c = this.tokens[i].text.charCodeAt(0);
    return c >= 65 && c <= 90 || c > 127 && this.at(i).charCodeAt(0) !== c;
  }
  /** the first token of its sentence (headlines and sentence starts are capitalized anyway) */
  sentenceStart(i: number): boolean {
    return i === 0 || this.tokens[i - 1].sentence !== this.tokens[i].sentence || OPENERS.has(this.tokens[i - 1].text);
  }
}

/** A day number token: "24", "24th", "2nd" → 1–31. */
export function dayNumber(tok: string): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(tok);
  if (!m) return undefined;
  const n = +m[1];
  return n >= 1 && n <= 31 ? n : undefined;
}

/** A four-digit year token in a plausible range. */
export function yearNumber(tok: string): number | undefined {
  if (tok.length !== 4) return undefined;
  const n = +tok;
  return Number.isInteger(n) && n >= 1000 && n <= 2199 ? n : undefined;
}
