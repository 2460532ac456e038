// "Wal - Mart", "Coca - Cola": a listed company whose name holds a hyphen, written with a space on
// either side of it (text re-joined from tokens, as some feeds and corpora give it). The tagger reads
// the words apart ("Wal" a person's name); the whole is the company. Between capitalized words a
// spaced hyphen is otherwise a dash ("From the North / Kansas - US-75", "Bangkok - Chiang Mai"), so
// only words whose hyphened form the company lists know are joined. A tagger's span holding the whole
// match ("Wal - Mart Stores Inc") is the company's longer name: it stays, as an organization; one that
// holds only part of it gives way to the match.
import type { Doc } from '../../../document/doc.ts';
import type { NameLexicon } from '../lexicon.ts';
import type { TaggedSpan } from './tagger.ts';
import { startsAsciiUpper } from '../cues.ts';

// as sure as the tagger's surest readings: the list and the spelling decide, not the context
const LISTED = 10;

/** The tagger's spans, a listed company written with a spaced hyphen read as one organization. */
export function spacedHyphenCompanies(doc: Doc, spans: readonly TaggedSpan[], lex: NameLexicon): TaggedSpan[] {
  const toks = doc.tokens;
  const found: TaggedSpan[] = [];
  for (let i = 1; i + 1 < toks.length; i++) {
    const h = toks[i], a = toks[i - 1], b = toks[i + 1];
    if (h.text !== '-' || a.end === h.start || h.end === b.start || a.sentence !== b.sentence) continue;
    if (a.kind !== 'word' || b.kind !== 'word' || !startsAsciiUpper(a.text) || !startsAsciiUpper(b.text)) continue;
    // "A - B - C": a match overlapping the one before is skipped (spans do not overlap)
    if (found.length && found[found.length - 1].last >= i - 1) continue;
    if (lex.companies.has(a.lower + '-' + b.lower)) found.push({ first: i - 1, last: i + 1, type: 'ORG', margin: LISTED });
  }
  if (!found.length) return spans as TaggedSpan[];
  // the tagger's spans over part of those words give way; one over the whole match stays, retyped
  // (both lists are sorted by token)
  const out: TaggedSpan[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < found.length && found[k].last < s.first) out.push(found[k++]);
    if (k < found.length && found[k].first <= s.last) {
      if (s.first > found[k].first || s.last < found[k].last) continue;
      // it holds the match, and any other match within it
      while (k < found.length && found[k].first <= s.last) k++;
      out.push(s.type === 'ORG' ? s : { ...s, type: 'ORG', alt: s.type });
      continue;
    }
    out.push(s);
  }
  while (k < found.length) out.push(found[k++]);
  return out;
}
