// A quote's date: the time expression of its attribution clause ("RIA Novosti quoted
// him as saying in an interview on October 2" → 2017-10-02), never one inside what was
// said; else the publication date.
import type { Doc } from '../../document/doc.ts';
import type { Quote, TimeExpression } from '../../document/types.ts';

const DATED = /^\d{4}/;

export function quoteTime(doc: Doc, q: Quote, clause: { start: number; end: number } | undefined): string | undefined {
  if (clause && doc.times.length) {
    const inside = (t: TimeExpression) => (q.parts ?? [q]).some(p => t.start < p.end && p.start < t.end);
    const candidates = timesIn(doc.times, clause.start, clause.end)
      .filter(t => (t.type === 'DATE' || t.type === 'TIME') && DATED.test(t.value) && !inside(t));
    if (candidates.length) {
      // prefer the one after the cue ("said on Monday"), else the nearest before it
      const cueEnd = q.cue?.end ?? clause.start;
      const after = candidates.find(t => t.start >= cueEnd);
      return (after ?? candidates[candidates.length - 1]).value;
    }
  }
  return doc.published;
}

function timesIn(times: TimeExpression[], start: number, end: number): TimeExpression[] {
  let lo = 0, hi = times.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (times[mid].end <= start) lo = mid + 1; else hi = mid; }
  const out: TimeExpression[] = [];
  for (let k = lo; k < times.length && times[k].start < end; k++) if (times[k].start >= start) out.push(times[k]);
  return out;
}
