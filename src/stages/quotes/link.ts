// Step 5, link: quotations to one another. An unattributed quotation takes the speaker of an
// attributed neighbour in its paragraph (or of the paragraph before, when it opens its own); a
// nested quotation points at the one holding it; "was quoted as saying" keeps the medium the
// same speaker was just quoted by.
import type { Quote } from '../../document/types.ts';
import { inReadingOrder, round, type Draft, type QuoteStep } from './draft.ts';

export const linkQuotations: QuoteStep = w => {
  const { doc } = w;
  const paragraphOf = paragraphIndexer(doc.text);
  const direct = w.drafts.filter(d => d.marked && !d.parentDraft);
  for (let k = 0; k < direct.length; k++) {
    const d = direct[k];
    if (d.quote.cue) continue;
    const p = paragraphOf(d.quote.start);
    const prev = direct[k - 1], next = direct[k + 1];
    // (a quotation running over several paragraphs names its speaker once: the paragraph before may itself have inherited it)
    const carries = (n: Draft | undefined) => !!n && (!!n.quote.cue || n.quote.rule === 'quotes.direct.neighbour');
    const neighbour = [prev, next].find(n => n?.quote.cue && paragraphOf(n.quote.start) === p)
      ?? (carries(prev) && paragraphOf(prev.quote.end) === p - 1 && startsParagraph(doc.text, d.marked!.open) ? prev : undefined);
    if (!neighbour) continue;
    const nq = neighbour.quote;
    if (nq.speaker) d.quote.speaker = nq.speaker;
    if (nq.speakerSpan) d.quote.speakerSpan = nq.speakerSpan;
    d.quote.confidence = round((nq.confidence ?? 0.5) * 0.7);
    d.quote.rule = 'quotes.direct.neighbour';
    d.clause = neighbour.clause;
  }
  w.drafts.sort(inReadingOrder);
  const index = new Map(w.drafts.map((d, i) => [d, i]));
  for (const d of w.drafts) if (d.parentDraft && index.has(d.parentDraft)) d.quote.parent = index.get(d.parentDraft);
  inheritVia(w.drafts.map(d => d.quote));
};

/** "Karasin was quoted as saying" names no medium: it is the one the speaker just talked to. */
function inheritVia(quotes: Quote[]) {
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    if (q.via || !q.cue || !/quoted as saying|quoted by/i.test(q.cue.text) || !q.speaker) continue;
    for (let j = k - 1; j >= 0 && q.start - quotes[j].end < 600; j--) {
      if (quotes[j].speaker === q.speaker && quotes[j].via) { q.via = quotes[j].via; break; }
    }
  }
}

function startsParagraph(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

function paragraphIndexer(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset: number) => {
    let lo = 0, hi = breaks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (breaks[mid] < offset) lo = mid + 1; else hi = mid; }
    return lo;
  };
}
