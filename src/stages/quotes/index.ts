// The quotes layer: who said what, to whom, through which medium, and when. A preset of small
// steps over one shared work list (draft.ts); each step's file says what it reads and adds.
import type { Doc } from '../../document/doc.ts';
import type { Quote } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { dateQuotations } from './date.ts';
import type { QuoteStep, QuoteWork } from './draft.ts';
import { findCues } from './find-cues.ts';
import { findQuotations } from './find-quotations.ts';
import { findInterviewTurns } from './find-interview.ts';
import { findReportedSpeech } from './find-reported.ts';
import { findSpeakers } from './find-speakers.ts';
import { linkQuotations } from './link.ts';
import { speakerIndex } from './speakers.ts';

export const QUOTES_PRESET: readonly QuoteStep[] = [
  findQuotations,     // marks first: a quotation's span bounds everything else
  findCues,           // attribution of each marked quotation; scare quotes and titles dropped here, for they have none
  findReportedSpeech, // reported clauses only outside the quotations kept, so a quote's own attribution is not reported speech
  findInterviewTurns, // an interview's answers and questions: whole paragraphs with neither marks nor cues
  findSpeakers,       // entities for the phrases the cues found, in reading order ("he" leans on the quotation before)
  linkQuotations,     // unattributed quotations take a neighbour's speaker; needs every speaker resolved first
  dateQuotations,     // last: a run of quotations by one speaker shares its scene's date, so speakers must be final
];

export function extractQuotes(doc: Doc): Quote[] {
  const w: QuoteWork = { doc, ix: speakerIndex(doc), marked: [], drafts: [], byMarked: new Map() };
  for (const step of QUOTES_PRESET) step(w);
  return w.drafts.map(d => d.quote);
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'mentions', 'entities', 'coref', 'times'],
  provides: ['quotes'],
  run(doc) {
    doc.quotes = extractQuotes(doc);
  },
};
