// The arc-standard transition system and the parser's features, shared by training
// (scripts/train-syntax-parser.ts) and parsing (parser.ts).
// Moves: SHIFT (next word onto the stack), LEFT (s0 takes s1 as a dependent), RIGHT (s1 takes s0).
// Features after Zhang & Nivre (2011): words and tags of the stack's top three and the buffer's
// first three, the outermost children of s0 and s1, their distance, and combinations.

export const SHIFT = 0, LEFT = 1, RIGHT = 2;

export class ParseState {
  readonly stack: number[] = [];
  b = 0;
  readonly heads: Int32Array;
  readonly rels: string[];
  /** leftmost and rightmost dependent so far (-1: none), and how many on each side */
  readonly lc: Int32Array;
  readonly rc: Int32Array;
  readonly nl: Uint8Array;
  readonly nr: Uint8Array;

  constructor(readonly n: number) {
    this.heads = new Int32Array(n).fill(-1);
    this.rels = new Array(n).fill('root');
    this.lc = new Int32Array(n).fill(-1);
    this.rc = new Int32Array(n).fill(-1);
    this.nl = new Uint8Array(n);
    this.nr = new Uint8Array(n);
  }

  done(): boolean { return this.b >= this.n && this.stack.length <= 1; }
  legal(move: number): boolean { return move === SHIFT ? this.b < this.n : this.stack.length >= 2; }

  /** Applies a move; an arc returns [head, dependent] so a label can be chosen for it. */
  apply(move: number): [number, number] | undefined {
    if (move === SHIFT) { this.stack.push(this.b++); return undefined; }
    const s0 = this.stack.pop()!, s1 = this.stack.pop()!;
    const [h, d] = move === LEFT ? [s0, s1] : [s1, s0];
    this.stack.push(h);
    this.heads[d] = h;
    if (d < h) { if (this.lc[h] < 0 || d < this.lc[h]) this.lc[h] = d; this.nl[h]++; }
    else { if (this.rc[h] < 0 || d > this.rc[h]) this.rc[h] = d; this.nr[h]++; }
    return [h, d];
  }
}

export const PARSE_TEMPLATES = [
  's0w', 's0t', 's0wt', 's1w', 's1t', 's1wt', 'b0w', 'b0t', 'b0wt', 'b1w', 'b1t', 'b2t', 's2t',
  's0t s1t', 's0w s1w', 's0wt s1t', 's0t s1wt', 's0t b0t', 's0w b0w', 's1t s0t b0t', 's0t b0t b1t', 's2t s1t s0t',
  's0lct s0t s1t', 's0rct s0t s1t', 's1lct s0t s1t', 's1rct s0t s1t', 's0lcl s0t', 's1rcl s1t',
  'dist s0t s1t', 's0val', 's1val', 'b0t s0t s0lct',
] as const;

export const LABEL_TEMPLATES = [
  'dir ht dt', 'dir hw dt', 'dir ht dw', 'dir dw', 'dir hw dw', 'dir dt dist', 'dir dt dlcl', 'dir dt drcl', 'dir ht dt b0t',
] as const;

const NONE = '∅';

/** Fills `out` with the move features of the state (words in normWord form, PTB tags). */
export function moveFeatures(st: ParseState, words: readonly string[], tags: readonly string[], out: string[]): void {
  const s = st.stack, k = s.length;
  const s0 = k > 0 ? s[k - 1] : -1, s1 = k > 1 ? s[k - 2] : -1, s2 = k > 2 ? s[k - 3] : -1;
  const b0 = st.b < st.n ? st.b : -1, b1 = st.b + 1 < st.n ? st.b + 1 : -1, b2 = st.b + 2 < st.n ? st.b + 2 : -1;
  const w = (i: number) => (i < 0 ? NONE : words[i]);
  const t = (i: number) => (i < 0 ? NONE : tags[i]);
  const s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), b0w = w(b0), b0t = t(b0), b1t = t(b1);
  const s0lct = s0 >= 0 ? t(st.lc[s0]) : NONE, s0rct = s0 >= 0 ? t(st.rc[s0]) : NONE;
  const s1lct = s1 >= 0 ? t(st.lc[s1]) : NONE, s1rct = s1 >= 0 ? t(st.rc[s1]) : NONE;
  const s0lcl = s0 >= 0 && st.lc[s0] >= 0 ? st.rels[st.lc[s0]] : NONE;
  const s1rcl = s1 >= 0 && st.rc[s1] >= 0 ? st.rels[st.rc[s1]] : NONE;
  const s0t1t = s0t + ' ' + s1t;
  let i = 0;
  out[i++] = s0w; out[i++] = s0t; out[i++] = s0w + ' ' + s0t;
  out[i++] = s1w; out[i++] = s1t; out[i++] = s1w + ' ' + s1t;
  out[i++] = b0w; out[i++] = b0t; out[i++] = b0w + ' ' + b0t;
  out[i++] = w(b1); out[i++] = b1t; out[i++] = t(b2); out[i++] = t(s2);
  out[i++] = s0t1t; out[i++] = s0w + ' ' + s1w; out[i++] = s0w + ' ' + s0t1t; out[i++] = s1w + ' ' + s0t1t;
  out[i++] = s0t + ' ' + b0t; out[i++] = s0w + ' ' + b0w; out[i++] = s0t1t + ' ' + b0t; out[i++] = s0t + ' ' + b0t + ' ' + b1t;
  out[i++] = t(s2) + ' ' + s0t1t;
  out[i++] = s0lct + ' ' + s0t1t; out[i++] = s0rct + ' ' + s0t1t; out[i++] = s1lct + ' ' + s0t1t; out[i++] = s1rct + ' ' + s0t1t;
  out[i++] = s0lcl + ' ' + s0t; out[i++] = s1rcl + ' ' + s1t;
  out[i++] = (s0 >= 0 && s1 >= 0 ? Math.min(s0 - s1, 5) : 0) + ' ' + s0t1t;
  out[i++] = s0 >= 0 ? `${st.nl[s0]} ${st.nr[s0]} ${s0t}` : NONE;
  out[i++] = s1 >= 0 ? `${st.nl[s1]} ${st.nr[s1]} ${s1t}` : NONE;
  out[i++] = b0t + ' ' + s0t + ' ' + s0lct;
}

/** Fills `out` with the label features of the arc head → dependent, made in state `st`. */
export function labelFeatures(st: ParseState, words: readonly string[], tags: readonly string[], h: number, d: number, out: string[]): void {
  const dir = d < h ? 'L' : 'R';
  const ht = tags[h], dt = tags[d], hw = words[h], dw = words[d];
  const b0t = st.b < st.n ? tags[st.b] : NONE;
  const dlcl = st.lc[d] >= 0 ? st.rels[st.lc[d]] : NONE, drcl = st.rc[d] >= 0 ? st.rels[st.rc[d]] : NONE;
  let i = 0;
  out[i++] = `${dir} ${ht} ${dt}`; out[i++] = `${dir} ${hw} ${dt}`; out[i++] = `${dir} ${ht} ${dw}`; out[i++] = `${dir} ${dw}`;
  out[i++] = `${dir} ${hw} ${dw}`; out[i++] = `${dir} ${dt} ${Math.min(Math.abs(h - d), 6)}`;
  out[i++] = `${dir} ${dt} ${dlcl}`; out[i++] = `${dir} ${dt} ${drcl}`; out[i++] = `${dir} ${ht} ${dt} ${b0t}`;
}
