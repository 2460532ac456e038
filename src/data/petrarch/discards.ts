// The discard list: a phrase that voids its sentence (or with a leading + its whole story).
// Matching is by word and case-blind; a phrase ending in _ must end at a word's end, any other
// is a stem ("BASEBALL" voids "baseballs").
import { dictLines, type DictIssue } from './lines.ts';
import { boundedMemo } from '../memo.ts';

export interface Discard { words: string[]; story: boolean; exact: boolean; line: number }

export class DiscardList {
  /** first word's first (up to) four letters → discards */
  private byKey = new Map<string, Discard[]>();
  /**
   * A quick test before the key look-ups, by character codes (no string is made): the first three
   * letters of the keys of three or four, the keys of two and of one. Most words of a sentence
   * begin no key, and a sentence is tested word by word.
   */
  private starts3 = new Set<number>();
  private keys2 = new Set<number>();
  private keys1 = new Set<number>();
  size = 0;
  /** a word as written → its upper case and the discards that may start at it (keys of four letters first), once per word */
  private startsOf = this.startsMemo();
  private startsMemo() { return boundedMemo((w: string) => this.starts(w), 50_000); }
  private starts(w: string): { upper: string; list: Discard[] } | undefined {
    const upper = w.toUpperCase();
    let list: Discard[] | undefined;
    for (let k = Math.min(4, upper.length); k >= 1; k--) {
      const l = this.byKey.get(upper.slice(0, k));
      if (l) list = list ? list.concat(l) : l;
    }
    return list && { upper, list };
  }
  add(d: Discard): void {
    this.startsOf = this.startsMemo();
    const key = d.words[0].slice(0, 4);
    const list = this.byKey.get(key);
    if (list) list.push(d); else this.byKey.set(key, [d]);
    if (key.length >= 3) this.starts3.add(ascii3(key));
    else if (key.length === 2) this.keys2.add(ascii3(key));
    else this.keys1.add(ascii3(key));
    this.size++;
  }
  /**
   * Can a key begin word w, in any case? Read off w's own first letters, ASCII ones folded to upper case, so a
   * word no key begins is passed over without an upper-case copy (a non-ASCII start is always tried: its upper
   * case may be ASCII, "ı" → "I").
   */
  private mayBegin(w: string): boolean {
    const n = w.length;
    if (!n) return false;
    const c0 = w.charCodeAt(0), c1 = n > 1 ? w.charCodeAt(1) : 0, c2 = n > 2 ? w.charCodeAt(2) : 0;
    if (c0 > 127 || c1 > 127 || c2 > 127) return true;
    const u0 = upperAscii(c0), u1 = upperAscii(c1), u2 = upperAscii(c2);
    return (n >= 3 && this.starts3.has((u0 << 14) | (u1 << 7) | u2)) || (n >= 2 && this.keys2.has((u0 << 14) | (u1 << 7)))
      || this.keys1.has(u0 << 14);
  }
  /** The first discard found in a sentence's words (any case), or null. */
  find(words: readonly string[]): Discard | null {
    if (!this.size) return null;
    // upper-case copies only of the words a key may begin and of those a phrase then reads
    const up: (string | undefined)[] = new Array(words.length);
    const upper = (k: number) => (up[k] ??= words[k].toUpperCase());
    for (let i = 0; i < words.length; i++) {
      if (!this.mayBegin(words[i])) continue;
      const starts = this.startsOf(words[i]);
      if (!starts) continue;
      up[i] = starts.upper;
      for (const d of starts.list) if (matchesAt(d, upper, words.length, i)) return d;
    }
    return null;
  }
}

/** A lower-case ASCII letter's upper-case code; any other code as it is. */
function upperAscii(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** The first three characters of a key as one number (the ASCII ones; a key starting otherwise is kept apart by mayBegin). */
function ascii3(key: string): number {
  const c = (k: number) => (k < key.length ? key.charCodeAt(k) & 127 : 0);
  return (c(0) << 14) | (c(1) << 7) | c(2);
}

/** Does discard d match the n words from i on? (`upper(k)`: word k in upper case) */
function matchesAt(d: Discard, upper: (k: number) => string, n: number, i: number): boolean {
  if (i + d.words.length > n) return false;
  const last = d.words.length - 1;
  for (let k = 0; k <= last; k++) {
    const w = upper(i + k), p = d.words[k];
    if (k < last || d.exact) { if (w !== p) return false; } else if (!w.startsWith(p)) return false;
  }
  return true;
}

export function readDiscards(source: string, file: string, issues: DictIssue[], into: DiscardList): void {
  for (const { text, line } of dictLines(source)) {
    const story = text.startsWith('+');
    const body = (story ? text.slice(1) : text).trim();
    const exact = body.endsWith('_');
    const words = body.toUpperCase().split(/[\s_]+/).filter(Boolean);
    if (!words.length) { issues.push({ file, line, message: 'an empty discard' }); continue; }
    into.add({ words, story, exact, line });
  }
}
