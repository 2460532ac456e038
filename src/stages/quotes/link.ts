// Step 5, link: quotations to one another. An unattributed quotation takes the speaker of an
// attributed neighbour in its paragraph (or of the paragraph before, when it opens its own); a
// quotation opening the paragraph after an attributed report takes that report's speaker; a person named right after
// the closing mark with no verb ("… " Jesse Toprak, an analyst for Edmunds.) is the speaker; a
// nested quotation points at the one holding it; "was quoted as saying" keeps the medium the
// same speaker was just quoted by.
import type { Quote } from '../../document/types.ts';
import { spanOf } from '../../document/doc.ts';
import { mentionsIn } from './speakers.ts';
import { inReadingOrder, round, type Draft, type QuoteStep, type QuoteWork } from './draft.ts';

export const linkQuotations: QuoteStep = w => {
  const { doc } = w;
  const paragraphOf = paragraphIndexer(doc.text);
  const direct = w.drafts.filter(d => d.marked && !d.parentDraft);
  const order = new Map(w.drafts.map((d, i) => [d, i]));
  for (let k = 0; k < direct.length; k++) {
    const d = direct[k];
    if (d.quote.cue) continue;
    const p = paragraphOf(d.quote.start);
    const prev = direct[k - 1], next = direct[k + 1];
    // (a quotation running over several paragraphs names its speaker once: the paragraph before may itself have inherited it)
    const carries = (n: Draft | undefined) => !!n && (!!n.quote.cue || n.quote.rule === 'quotes.direct.neighbour');
    // a report just before, in the paragraph before, whose speaker the quotation then gives in their own words
    // ("chairman Dieter Zetsche denied allegations. ¶ "We do not exclude any option …"")
    const report = reportBefore(w.drafts, order, d);
    const neighbour = [prev, next].find(n => n?.quote.cue && paragraphOf(n.quote.start) === p)
      ?? (carries(prev) && paragraphOf(prev.quote.end) === p - 1 && startsParagraph(doc.text, d.marked!.open) ? prev : undefined)
      ?? (report && paragraphOf(report.quote.end) === p - 1 && startsParagraph(doc.text, d.marked!.open) ? report : undefined);
    if (!neighbour) {
      namedAfter(w, d);
      continue;
    }
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

/** The quotation just before d in reading order (drafts are in reading order after findSpeakers), when it is an
 * attributed report with a speaker that ends before d. */
function reportBefore(drafts: Draft[], at: Map<Draft, number>, d: Draft): Draft | undefined {
  const x = drafts[(at.get(d) ?? 0) - 1];
  return x && x.quote.end <= d.quote.start && x.quote.cue && x.quote.speaker ? x : undefined;
}

/** ""Auto makers are pulling every lever …" Jesse Toprak, an analyst for Edmunds.": a person named right after the
 * closing mark, with no verb (a comma or the end of the sentence follows the name), is the speaker. */
function namedAfter(w: QuoteWork, d: Draft) {
  const { doc } = w;
  const after = d.marked!.close;
  if (after < 0) return;
  // the name may follow a dash ("… " — Peres, on whether …)
  const m = mentionsIn(w.ix, after + 1, after + 5).find(x => x.start > after && x.kind === 'name' && x.entity);
  if (!m || w.ix.entities.get(m.entity!)?.type !== 'PERSON' || !/^\s*(?:[—–]\s*)?$/.test(doc.text.slice(after + 1, m.start))) return;
  const next = doc.text.slice(m.end, m.end + 2).trimStart()[0];
  if (next !== ',' && next !== '.') return;
  d.quote.speaker = m.entity;
  d.quote.speakerSpan = spanOf(doc.text, m.start, m.end);
  d.quote.confidence = 0.6;
  d.quote.rule = 'quotes.direct.name-after';
}

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
