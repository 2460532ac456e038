// A read-only view of one document's tokens for the extractors: lowercased texts,
// sentence ends, adjacency. Built once per document, in one pass.
import type { Token } from '../../document/doc.ts';

const OPENERS = new Set(['"', '“', '(', '‘', "'", '–', '—', ':']);

// One cache of lowercased token texts shared by all documents (stamped by document), so a
// document allocates nothing per token. Views are used one at a time, within a stage run.
let lowTexts: string[] = new Array(4096);
let lowStamps = new Int32Array(4096);
let lastGeneration = 0;

export class TokenView {
  /** which document the shared cache slots belong to: a slot from an older one is stale */
  private readonly generation: number;
  constructor(readonly text: string, readonly tokens: Token[]) {
    this.generation = ++lastGeneration;
    if (lowTexts.length < tokens.length) { lowTexts = new Array(tokens.length * 2); lowStamps = new Int32Array(tokens.length * 2); }
  }
  get length(): number { return this.tokens.length; }
  /** lowercased text of token i, '' outside the document (filled on first use: most tokens are never looked at) */
  at(i: number): string {
    if (i < 0 || i >= this.tokens.length) return '';
    if (lowStamps[i] === this.generation) return lowTexts[i];
    lowStamps[i] = this.generation;
    return (lowTexts[i] = this.tokens[i].lower);
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
