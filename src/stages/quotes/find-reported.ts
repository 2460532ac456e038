// Step 3, find reported speech: clauses a speech verb reports without marks ("Boeing said it would
// appeal"), outside the quotations kept as speech; indirect.ts reads the shapes. Only quotations
// kept as speech bound a reported clause: "the so-called “death grip”" does not.
import type { Doc } from '../../document/doc.ts';
import { spanOf } from '../../document/doc.ts';
import type { Quote } from '../../document/types.ts';
import { findReported } from './indirect.ts';
import type { MarkedQuote } from './marks.ts';
import { tokenAt } from './phrases.ts';
import type { QuoteStep } from './draft.ts';

export const findReportedSpeech: QuoteStep = w => {
  const kept = new Set(w.drafts.map(d => d.marked).filter(Boolean));
  const inQuote = tokenFlags(w.doc, w.marked.filter(q => q.depth === 0 && (kept.has(q) || w.byMarked.has(q))));
  let lastReportedEnd = -1;
  for (const r of findReported(w.doc, i => inQuote[i] === 1 || inQuote[i] === 2, i => inQuote[i] === 2)) {
    if (r.start < lastReportedEnd) continue; // found in order: one report per stretch of text
    lastReportedEnd = r.end;
    const quote: Quote = { ...spanOf(w.doc.text, r.start, r.end), kind: 'indirect', cue: r.cue, rule: r.rule };
    w.drafts.push({ quote, clause: r.clause, speakerRange: r.speaker, objectRange: r.addressee, weight: 0.9 });
  }
};

/** 1 for tokens inside a quotation's content or marks, 2 for a token that opens one. */
function tokenFlags(doc: Doc, marked: MarkedQuote[]): Uint8Array {
  const flags = new Uint8Array(doc.tokens.length);
  for (const q of marked) {
    const last = q.close >= 0 ? q.close + 1 : q.end;
    const o = tokenAt(doc.tokens, q.open);
    for (let i = o; i < doc.tokens.length && doc.tokens[i].start < last; i++) flags[i] = 1;
    if (o < flags.length) flags[o] = 2;
  }
  return flags;
}
