// Initials in brackets after the words they abbreviate, where those words end in a product noun
// ("the jet's Aircraft Communications Addressing and Reporting System (ACARS)", "Geographic Information
// Systems (GIS)"; product-noun in data/lexicon/name-cues.tsv) and neither the rules nor the tagger read
// a name over them: a system's name is a term, and so are its initials, however much they look like an
// organization's. A body's long form ends otherwise ("Brain Injury Rehabilitation Trust (BIRT)",
// "Australians Against Further Immigration (AAFI)"), and one read as a name keeps its initials.
import type { Doc } from '../../../document/doc.ts';
import type { Mention } from '../../../document/types.ts';
import { nameCues } from '../lexicon.ts';
import type { TaggedSpan } from './tagger.ts';

/** The tagger's spans without initials in brackets whose spelled-out words, ending in a product noun, no rule nor span reads as a name. */
export function withoutTermInitials(doc: Doc, spans: readonly TaggedSpan[], rules: readonly Mention[]): TaggedSpan[] {
  const toks = doc.tokens;
  // the tokens some span or rule's name covers
  const named = new Uint8Array(toks.length);
  for (const s of spans) for (let k = s.first; k <= s.last; k++) named[k] = 1;
  for (const m of rules) {
    let lo = 0, hi = toks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].end <= m.start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < toks.length && toks[k].start < m.end; k++) named[k] = 1;
  }
  return spans.filter(s => {
    if (s.first !== s.last) return true;
    const long = longForm(doc, s.first);
    if (!long) return true;
    for (let k = long[0]; k <= long[1]; k++) if (named[k]) return true;
    return false;
  });
}

/** The tokens [first, last] of the words the bracketed initials at i spell out, or undefined. */
function longForm(doc: Doc, i: number): [number, number] | undefined {
  const toks = doc.tokens, t = toks[i];
  if (!/^[A-Z]{2,8}$/.test(t.text) || toks[i - 1]?.text !== '(' || toks[i + 1]?.text !== ')') return undefined;
  const cues = nameCues(), joiners = cues.longFormJoiners;
  const head = toks[i - 2];
  if (!head || !(cues.productNouns.has(head.lower) || head.lower.endsWith('s') && cues.productNouns.has(head.lower.slice(0, -1)))) return undefined;
  // back from the bracket: one capitalized word per letter, from the last letter, joiners between them
  let letter = t.text.length - 1, k = i - 2, first = -1;
  // a bounded walk: one word per letter and a few joiners between them
  const stop = Math.max(0, i - 2 - 3 * t.text.length);
  for (; k >= stop && letter >= 0 && toks[k].sentence === t.sentence; k--) {
    const w = toks[k];
    if (w.kind === 'word' && w.text.charAt(0) === t.text.charAt(letter)) { first = k; letter--; continue; }
    if (first >= 0 && joiners.has(w.lower)) continue;
    break;
  }
  return letter < 0 && first >= 0 ? [first, i - 2] : undefined;
}
