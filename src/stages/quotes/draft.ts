// What the steps of the quotes layer pass along: each quotation being built (a draft: the quote
// and the phrases its attribution found, as token ranges) and the document-wide look-ups.
import type { Doc } from '../../document/doc.ts';
import type { Quote } from '../../document/types.ts';
import type { MarkedQuote } from './marks.ts';
import type { TokenRange } from './phrases.ts';
import type { SpeakerIndex } from './speakers.ts';

export interface Draft {
  quote: Quote;
  speakerRange?: TokenRange;
  viaRange?: TokenRange;
  objectRange?: TokenRange;
  /** how much the attribution's shape is trusted (after the quote > before it > reported speech) */
  weight?: number;
  clause?: { start: number; end: number };
  /** for nested quotes: the draft of the quotation that holds it */
  parentDraft?: Draft;
  marked?: MarkedQuote;
}

export interface QuoteWork {
  doc: Doc;
  ix: SpeakerIndex;
  /** every quotation found by its marks, nested ones included */
  marked: MarkedQuote[];
  /** the quotations kept, in the order the steps made them (sorted by `link`) */
  drafts: Draft[];
  /** which draft a marked quotation became (a split quotation's second part maps to its first) */
  byMarked: Map<MarkedQuote, Draft>;
}

/** One step of the preset (see index.ts). */
export type QuoteStep = (w: QuoteWork) => void;

export const round = (x: number) => Math.round(x * 100) / 100;

export const inReadingOrder = (a: Draft, b: Draft) => a.quote.start - b.quote.start || b.quote.end - a.quote.end;
