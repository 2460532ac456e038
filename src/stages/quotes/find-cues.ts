// Step 2, find cues: the attribution of each quotation found by its marks, the clause after it
// (", said Karasin") or before it ("The Kyrgyz president added:"); direct.ts reads the clauses.
// Here too: a quotation split by its attribution (“A,” he said, “b…”) becomes one quotation in two
// parts, and short unattributed ones that read as titles or scare quotes are dropped.
import type { Doc } from '../../document/doc.ts';
import { spanOf } from '../../document/doc.ts';
import type { Quote } from '../../document/types.ts';
import { attributionAfter, attributionBefore, attributionInside, type Attribution } from './direct.ts';
import type { MarkedQuote } from './marks.ts';
import { isCapitalized, sentenceSubject, tokenAt } from './phrases.ts';
import type { Draft, QuoteStep } from './draft.ts';
import { speechAlternation } from './lexicon.ts';

// a quotation after these is a name or a scare quote ("the", "so-called", "dubbed")
let nameQuoteRe: RegExp | undefined;
const NAME_QUOTE_BEFORE = () => (nameQuoteRe ??= new RegExp(`\\b${speechAlternation('name-quote-before')}\\s$`));

export const findCues: QuoteStep = w => {
  const { doc, marked, drafts, byMarked } = w;
  const top = marked.filter(q => q.depth === 0);
  for (let k = 0; k < top.length; k++) {
    const q = top[k];
    const nextOpen = top[k + 1]?.open ?? Infinity;
    const prevClose = k > 0 ? Math.max(top[k - 1].close, top[k - 1].end) + 1 : 0;
    // "Starmer said: 'We will not back down.'": a colon before the mark introduces the quotation, whatever follows it
    const introduced = /:\s*$/.test(doc.text.slice(Math.max(0, q.open - 4), q.open)) ? attributionBefore(doc, q, prevClose) : null;
    const a = introduced ?? attributionAfter(doc, q, nextOpen) ?? attributionBefore(doc, q, prevClose) ?? introducedBySubject(doc, q, prevClose);
    const prev = drafts[drafts.length - 1];
    if (!a && prev?.marked && prev.clause && prev.quote.kind === 'direct' && /^\p{Ll}/u.test(doc.text[q.start] ?? '')
        && prev.marked.close >= 0 && onlyAttributionBetween(doc, prev, q)) {
      const pq = prev.quote;
      pq.parts = [...(pq.parts ?? [{ start: pq.start, end: pq.end }]), ...(q.parts ?? [{ start: q.start, end: q.end }])];
      Object.assign(pq, spanOf(doc.text, pq.start, q.end));
      byMarked.set(q, prev);
      continue;
    }
    // a scare quote or a title, not speech: short, unattributed, no sentence punctuation inside;
    // or short and part of a noun phrase (the "iconic" Ford Falcon, OS "Snow Leopard" within 90 days)
    const words = wordCount(doc.text, q);
    if (!a && (words < 4 || (words < 8 && !/[.!?,]$/.test(doc.text.slice(q.start, q.end))))) continue;
    // ("We acted early," Marin said: a short quotation ending in its own comma or stop is speech)
    if (words < 4 && !/[.!?,]$/.test(doc.text.slice(q.start, q.end)) && insideNounPhrase(doc.text, q)) continue;
    const d = makeDraft(doc, q, a, 'direct');
    drafts.push(d);
    byMarked.set(q, d);
  }
  // quotations inside quotations: "I said, 'If you…'"
  for (const q of marked) {
    if (q.depth === 0 || q.parent === undefined) continue;
    const parentDraft = byMarked.get(marked[q.parent]);
    if (!parentDraft) continue;
    const a = attributionInside(doc, q, marked[q.parent]);
    if (!a) continue;
    const d = makeDraft(doc, q, a, 'nested');
    d.parentDraft = parentDraft;
    drafts.push(d);
    byMarked.set(q, d);
  }
};

/**
 * "Jobs left this farewell, “I have made …”", "Steve Jobs extended an invitation to the record label, “we have …”":
 * a quotation that a comma or colon hands over from a clause without a speech verb, and that ends its sentence,
 * is spoken by that clause's subject when the subject is a name.
 */
function introducedBySubject(doc: Doc, q: MarkedQuote, regionStart: number): Attribution | null {
  const tk = doc.tokens;
  const open = tokenAt(tk, q.open);
  const before = tk[open - 1];
  if (!before || (before.text !== ',' && before.text !== ':') || before.start < regionStart || before.sentence !== tk[open].sentence) return null;
  // the quotation ends its sentence: nothing but closing punctuation after it
  const after = q.close >= 0 ? tokenAt(tk, q.close + 1) : tk.length;
  if (after < tk.length && tk[after].sentence === tk[open].sentence && tk[after].kind !== 'punct') return null;
  const sp = sentenceSubject(doc, open - 1);
  if (!sp || !isCapitalized(tk[sp.first]) || tk[sp.first].start < regionStart) return null;
  return { cue: spanOf(doc.text, before.start, before.end), speaker: sp, clause: { start: tk[sp.first].start, end: before.end }, how: 'before', subjectOfSentence: true };
}

function makeDraft(doc: Doc, q: MarkedQuote, a: Attribution | null, how: 'direct' | 'nested'): Draft {
  const quote: Quote = {
    ...spanOf(doc.text, q.start, q.end), kind: 'direct',
    rule: how === 'nested' ? 'quotes.direct.nested' : a ? `quotes.direct.${a.how}` : 'quotes.direct.unattributed',
  };
  if (q.parts) quote.parts = q.parts;
  const d: Draft = { quote, marked: q };
  if (!a) return d;
  quote.cue = a.cue;
  d.clause = a.clause;
  d.speakerRange = a.speaker;
  d.viaRange = a.via;
  d.objectRange = a.addressee;
  d.weight = (a.how === 'after' ? 1 : 0.95) * (a.subjectOfSentence ? 0.85 : 1);
  return d;
}

/** Is the text between two quotations only the attribution of the first ("," he said, ")? */
function onlyAttributionBetween(doc: Doc, prev: Draft, q: MarkedQuote): boolean {
  const between = doc.text.slice(prev.marked!.close + 1, q.open);
  return between.length < 80 && !/[.!?\n]/.test(between) && /,\s*$/.test(between);
}

/** A short quotation read as a name or a scare quote: "the" before it, or a word right after it. */
function insideNounPhrase(text: string, q: MarkedQuote): boolean {
  const before = text.slice(Math.max(0, q.open - 5), q.open).toLowerCase();
  if (NAME_QUOTE_BEFORE().test(before)) return true;
  if (q.close < 0) return false;
  return /^\s+[\p{L}\d]/u.test(text.slice(q.close + 1, q.close + 3));
}

/** Words in a quotation, counted up to 8 (all that the callers ask). */
function wordCount(text: string, q: MarkedQuote): number {
  let n = 0, inWord = false;
  for (let i = q.start; i < q.end && n < 8; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
