// Step 6, date: each quotation's time, from its attribution clause, else the scene the narrative
// is at, else the publication date (timing.ts).
import { dateQuotes } from './timing.ts';
import type { QuoteStep } from './draft.ts';

export const dateQuotations: QuoteStep = w => dateQuotes(w.doc, w.drafts);
