// Finds quotations by their marks in one linear pass: straight and curly double and
// single quotes, « », „ “ and ‹ ›. Marks pair on a stack per paragraph; apostrophes
// (don't, '90s, Tatarstan's, the Kyrgyz' border) are told from single quotes by their
// neighbours. A double quote left open at a paragraph's end continues when the next
// paragraph opens with a mark (news style for long quotations), else it ends there.
import { speechAlternation } from './lexicon.ts';

export interface MarkedQuote {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, -1 when the quotation ran to its paragraph's end */
  close: number;
  /** content, marks excluded, whitespace trimmed */
  start: number;
  end: number;
  /** content pieces when the quotation continued across paragraphs */
  parts?: { start: number; end: number }[];
  /** 0 for a top-level quotation, 1 for one inside another */
  depth: number;
  /** index in the result of the quotation that holds this one */
  parent?: number;
}

type Family = 'double' | 'single' | 'angle' | 'single-angle';

interface Open { family: Family; at: number; pieces: { start: number; end: number }[]; pieceStart: number }

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-\/:"“‘'«„]/;
const isOpeningContext = (c: string | undefined) => c === undefined || OPENING_CONTEXT.test(c);
let elisionsRe: RegExp | undefined;
const ELISIONS = () => (elisionsRe ??= new RegExp(`^${speechAlternation('elision')}\\b`, 'i'));

export function findMarkedQuotes(text: string): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  const stack: Open[] = [];
  // index in `out` reserved for each open quotation, so parents precede children
  const slots: number[] = [];

  const finish = (o: Open, close: number, contentEnd: number, depth: number) => {
    const pieces = [...o.pieces, { start: o.pieceStart, end: contentEnd }]
      .map(p => trim(text, p.start, p.end)).filter(p => p.end > p.start);
    const slot = slots.pop()!;
    if (!pieces.length) { out[slot] = undefined as unknown as MarkedQuote; return; }
    const q: MarkedQuote = { open: o.at, close, start: pieces[0].start, end: pieces[pieces.length - 1].end, depth };
    if (pieces.length > 1) q.parts = pieces;
    if (slots.length) q.parent = slots[slots.length - 1];
    out[slot] = q;
  };
  const push = (family: Family, at: number) => {
    stack.push({ family, at, pieces: [], pieceStart: at + 1 });
    slots.push(out.length);
    out.push(undefined as unknown as MarkedQuote);
  };
  const dropTop = () => { stack.pop(); const slot = slots.pop()!; out[slot] = undefined as unknown as MarkedQuote; };
  const closeFamily = (family: Family, at: number): boolean => {
    const k = findOpen(stack, family);
    if (k < 0) return false;
    while (stack.length - 1 > k) dropTop(); // single quotes left open inside were apostrophes
    finish(stack.pop()!, at, at, k);
    return true;
  };

  // jump from one mark or line break to the next (a native scan), not char by char
  const CANDIDATES = /["“”„«»‘’'‹›\n]/g;
  for (let i = 0; i < text.length; i++) {
    CANDIDATES.lastIndex = i;
    const hit = CANDIDATES.exec(text);
    if (!hit) break;
    i = hit.index;
    const c = text[i];
    if (c === '\n') {
      i = paragraphEnd(text, i, stack, slots, out, finish, dropTop);
      continue;
    }
    const prev = text[i - 1], next = text[i + 1];
    switch (c) {
      case '“':
        if (top(stack)?.family === 'double' && text[top(stack)!.at] === '„') closeFamily('double', i);
        else push('double', i);
        break;
      case '„': push('double', i); break;
      case '”':
        if (!closeFamily('double', i) && isOpeningContext(prev) && !isSpace(next)) push('double', i);
        break;
      case '«': push('angle', i); break;
      case '»': closeFamily('angle', i); break;
      case '‹': push('single-angle', i); break;
      case '›': closeFamily('single-angle', i); break;
      case '"': {
        // straight marks toggle: balanced in edited news text
        if (findOpen(stack, 'double') >= 0) closeFamily('double', i);
        else if (!isSpace(next)) push('double', i);
        break;
      }
      case '‘':
        if (!/\d\ds\b/.test(text.slice(i + 1, i + 5)) && !isSpace(next)) push('single', i);
        break;
      case "'": case '’': {
        if (isLetter(prev) && isLetter(next)) break;                          // don't, Tatarstan's
        if (!isLetter(prev) && !isSpace(next) && isOpeningContext(prev)) {
          const rest = text.slice(i + 1, i + 6);
          if (/^\d\ds?\b/.test(rest) || ELISIONS().test(rest)) break;            // '90s, 'em
          if (isLetter(next) || /["“(\[]/.test(next)) { push('single', i); break; }
        }
        // a closer only when a single quotation is open; otherwise an apostrophe (the Kyrgyz' border)
        if (top(stack)?.family === 'single' && !isSpace(prev)) closeFamily('single', i);
        break;
      }
    }
  }
  paragraphEnd(text, text.length, stack, slots, out, finish, dropTop);
  return out.filter(Boolean);
}

function top(stack: Open[]): Open | undefined { return stack[stack.length - 1]; }

function findOpen(stack: Open[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}

/** At a paragraph break: single quotes still open were apostrophes; a double quote still
 * open continues if the next paragraph opens with a mark, else ends here unclosed. */
function paragraphEnd(
  text: string, i: number, stack: Open[], slots: number[], out: MarkedQuote[],
  finish: (o: Open, close: number, end: number, depth: number) => void, dropTop: () => void,
): number {
  while (stack.length && stack[stack.length - 1].family !== 'double' && stack[stack.length - 1].family !== 'angle') dropTop();
  if (!stack.length) return i;
  let j = i;
  while (j < text.length && /\s/.test(text[j])) j++;
  const o = stack[stack.length - 1];
  if (j < text.length && stack.length === 1 && /["“„«]/.test(text[j]) && text[j] !== '”') {
    // continued quotation: this paragraph's piece ends here, the next starts after its mark
    o.pieces.push({ start: o.pieceStart, end: i });
    o.pieceStart = j + 1;
    return j;
  }
  // text with a line per sentence: the quotation closes on a later line
  if (stack.length === 1 && o.family === 'double' && closesSoon(text, j)) return i;
  while (stack.length) finish(stack.pop()!, -1, i, stack.length);
  return i;
}

/** Within the next few lines, is there a closing double mark before any opening one? (bounded look-ahead) */
function closesSoon(text: string, from: number): boolean {
  let lines = 0;
  const limit = Math.min(text.length, from + 3000);
  for (let k = from; k < limit; k++) {
    const c = text[k];
    if (c === '\n' && ++lines > 4) return false;
    if (c === '”') return true;
    if (c === '“' || c === '„' || c === '«') return false;
    if (c === '"') {
      const prev = text[k - 1], next = text[k + 1];
      const closer = prev !== undefined && !/\s/.test(prev) && (next === undefined || /[\s.,;:!?)\]]/.test(next));
      const opener = (prev === undefined || /\s/.test(prev)) && next !== undefined && !/\s/.test(next);
      if (closer) return true;
      if (opener) return false;
    }
  }
  return false;
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
