// The discard list: a phrase that voids its sentence (or with a leading + its whole story).
// Matching is by word and case-blind; a phrase ending in _ must end at a word's end, any other
// is a stem ("BASEBALL" voids "baseballs").
import { dictLines, type DictIssue } from './lines.ts';

export interface Discard { words: string[]; story: boolean; exact: boolean; line: number }

export class DiscardList {
  /** first word's first (up to) four letters → discards */
  private byKey = new Map<string, Discard[]>();
  size = 0;
  add(d: Discard): void {
    const key = d.words[0].slice(0, 4);
    const list = this.byKey.get(key);
    if (list) list.push(d); else this.byKey.set(key, [d]);
    this.size++;
  }
  /** The first discard found in a sentence's words (any case), or null. */
  find(words: readonly string[]): Discard | null {
    if (!this.size) return null;
    const up = words.map((w) => w.toUpperCase());
    for (let i = 0; i < up.length; i++) {
      const w = up[i];
      for (let k = Math.min(4, w.length); k >= 1; k--) {
        const list = this.byKey.get(w.slice(0, k));
        if (!list) continue;
        for (const d of list) if (matchesAt(d, up, i)) return d;
      }
    }
    return null;
  }
}

function matchesAt(d: Discard, up: readonly string[], i: number): boolean {
  if (i + d.words.length > up.length) return false;
  const last = d.words.length - 1;
  for (let k = 0; k <= last; k++) {
    const w = up[i + k], p = d.words[k];
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
