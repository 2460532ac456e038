// The arc-standard transition system and the parser's features, shared by training
// (scripts/train-syntax-parser.ts) and parsing (parser.ts).
// Moves: SHIFT (next word onto the stack), LEFT (s0 takes s1 as a dependent), RIGHT (s1 takes s0).
// Features after Zhang & Nivre (2011): words and tags of the stack's top three and the buffer's
// first three, the outermost children of s0 and s1 and their labels, distance, valency, and
// combinations.

export const SHIFT = 0, LEFT = 1, RIGHT = 2;

export class ParseState {
  readonly stack: number[] = [];
  b = 0;
  readonly heads: Int32Array;
  /** leftmost and rightmost dependent so far (-1: none), and how many on each side */
  readonly lc: Int32Array;
  readonly rc: Int32Array;
  readonly nl: Uint8Array;
  readonly nr: Uint8Array;

  constructor(readonly n: number) {
    this.heads = new Int32Array(n).fill(-1);
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
  'dist s0t s1t', 's0val', 's1val', 'b0t s0t s0lct', 's0w b0t', 's0t b0w', 'b0w b1w',
] as const;

export const LABEL_TEMPLATES = [
  'dir ht dt', 'dir hw dt', 'dir ht dw', 'dir dw', 'dir hw dw', 'dir dt dist', 'dir dt dlcl', 'dir dt drcl', 'dir ht dt b0t',
] as const;

/**
 * Features are packed into small integers (each template its own table), so a look-up builds no
 * string: word ids fit 14 bits (0 none, 1 unknown), tags and labels 6 bits (0 none).
 */
export const WORD_BITS = 14, MAX_WORDS = (1 << WORD_BITS) - 1;
const W = 1 << WORD_BITS, S = 64;

/** A sentence as the parser reads it: word ids, tag ids; labels of attached words are set as it goes. */
export interface ParseInput { words: Int32Array; tags: Int32Array; labels: Int32Array }

/** Fills `out` with the move features' keys in this state. */
export function moveFeatures(st: ParseState, x: ParseInput, out: Int32Array): void {
  const s = st.stack, k = s.length, n = st.n;
  const s0 = k > 0 ? s[k - 1] : -1, s1 = k > 1 ? s[k - 2] : -1, s2 = k > 2 ? s[k - 3] : -1;
  const b0 = st.b < n ? st.b : -1, b1 = st.b + 1 < n ? st.b + 1 : -1, b2 = st.b + 2 < n ? st.b + 2 : -1;
  const w = (i: number) => (i < 0 ? 0 : x.words[i]);
  const t = (i: number) => (i < 0 ? 0 : x.tags[i]);
  const s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), b0w = w(b0), b0t = t(b0), b1t = t(b1), s2t = t(s2);
  const s0lc = s0 >= 0 ? st.lc[s0] : -1, s0rc = s0 >= 0 ? st.rc[s0] : -1, s1lc = s1 >= 0 ? st.lc[s1] : -1, s1rc = s1 >= 0 ? st.rc[s1] : -1;
  const s0lct = t(s0lc);
  const st01 = s0t * S + s1t;
  out[0] = s0w; out[1] = s0t; out[2] = s0w * S + s0t;
  out[3] = s1w; out[4] = s1t; out[5] = s1w * S + s1t;
  out[6] = b0w; out[7] = b0t; out[8] = b0w * S + b0t;
  out[9] = w(b1); out[10] = b1t; out[11] = t(b2); out[12] = s2t;
  out[13] = st01; out[14] = s0w * W + s1w; out[15] = s0w * S * S + st01; out[16] = s1w * S * S + st01;
  out[17] = s0t * S + b0t; out[18] = s0w * W + b0w; out[19] = st01 * S + b0t; out[20] = (s0t * S + b0t) * S + b1t;
  out[21] = s2t * S * S + st01;
  out[22] = s0lct * S * S + st01; out[23] = t(s0rc) * S * S + st01; out[24] = t(s1lc) * S * S + st01; out[25] = t(s1rc) * S * S + st01;
  out[26] = (s0lc >= 0 ? x.labels[s0lc] : 0) * S + s0t; out[27] = (s1rc >= 0 ? x.labels[s1rc] : 0) * S + s1t;
  out[28] = (s0 >= 0 && s1 >= 0 ? Math.min(s0 - s1, 5) : 0) * S * S + st01;
  out[29] = s0 >= 0 ? (Math.min(st.nl[s0], 7) * 8 + Math.min(st.nr[s0], 7)) * S + s0t : -1;
  out[30] = s1 >= 0 ? (Math.min(st.nl[s1], 7) * 8 + Math.min(st.nr[s1], 7)) * S + s1t : -1;
  out[31] = (b0t * S + s0t) * S + s0lct;
  out[32] = s0w * S + b0t; out[33] = s0t * W + b0w; out[34] = b0w * W + w(b1);
}

/** Fills `out` with the label features' keys of the arc head → dependent, made in state `st`. */
export function labelFeatures(st: ParseState, x: ParseInput, h: number, d: number, out: Int32Array): void {
  const dir = d < h ? 0 : 1;
  const ht = x.tags[h], dt = x.tags[d], hw = x.words[h], dw = x.words[d];
  const b0t = st.b < st.n ? x.tags[st.b] : 0;
  const dlcl = st.lc[d] >= 0 ? x.labels[st.lc[d]] : 0, drcl = st.rc[d] >= 0 ? x.labels[st.rc[d]] : 0;
  out[0] = (dir * S + ht) * S + dt; out[1] = (dir * W + hw) * S + dt; out[2] = (dir * S + ht) * W + dw; out[3] = dir * W + dw;
  out[4] = (dir * W + hw) * W + dw; out[5] = (dir * S + dt) * 8 + Math.min(Math.abs(h - d), 7);
  out[6] = (dir * S + dt) * S + dlcl; out[7] = (dir * S + dt) * S + drcl; out[8] = ((dir * S + ht) * S + dt) * S + b0t;
}
