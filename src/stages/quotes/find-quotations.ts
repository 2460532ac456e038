// Step 1, find quotations: every pair of quotation marks (marks.ts does the pairing). Which of them
// are speech rather than a title or a scare quote is decided with their cues, in the next step.
import { findMarkedQuotes } from './marks.ts';
import type { QuoteStep } from './draft.ts';

export const findQuotations: QuoteStep = w => {
  w.marked = findMarkedQuotes(w.doc.text);
};
