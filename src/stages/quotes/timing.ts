// A quote's date: the time expression of its attribution clause ("RIA Novosti quoted
// him as saying in an interview on October 2" → 2017-10-02), never one inside what was
// said; else the date the narrative is at ("On the last day of his trip, June 24, Atambayev
// went to Tatarstan. In Kazan, Atambayev told journalists …"); else the publication date.
import { within } from '../../document/spans.ts';
import { sentenceIndexAt, type Doc } from '../../document/doc.ts';
import type { Offsets, Quote, TimeExpression } from '../../document/types.ts';

export interface QuoteTime { value: string; source: 'expression' | 'narrative' | 'published' }

const DATED = /^\d{4}/;
// a date that sets a scene names its month or day; "in 2003" is background, not the scene
const DAY_OR_MONTH = /^\d{4}-\d{2}/;
// how many sentences back such a date still sets the scene
const NARRATIVE_REACH = 2;

/** Dates quotations (in text order): each one's own clause, else the narrative, else publication. */
export function dateQuotes(doc: Doc, quotes: { quote: Quote; clause?: Offsets }[]): void {
  const spans = quotes.map(d => d.quote);
  let last: { speaker?: string; sentence: number; time: QuoteTime } | undefined;
  for (const { quote, clause } of quotes) {
    const sentence = sentenceIndexAt(doc, clause?.start ?? quote.start);
    let time: QuoteTime | undefined;
    const own = clauseTime(doc, quote, clause);
    if (own) time = { value: own, source: 'expression' };
    else {
      // a run of quotations by one speaker stays in the scene the first was dated by, before any other date
      const carried = last && last.time.source !== 'published' && quote.speaker && last.speaker === quote.speaker
        && sentence - last.sentence <= NARRATIVE_REACH ? last.time.value : undefined;
      const scene = carried ?? narrativeTime(doc, sentence, quote, spans);
      if (scene) time = { value: scene, source: 'narrative' };
      else if (doc.published) time = { value: doc.published, source: 'published' };
    }
    if (!time) continue;
    quote.time = time.value;
    quote.timeSource = time.source;
    last = { speaker: quote.speaker, sentence, time };
  }
}

/**
 * The last month- or day-precise date, not after publication, in the two sentences before the quote's, outside
 * quotations, in a sentence about the speaker: "On … June 24, Atambayev went to Tatarstan" sets Atambayev's scene;
 * "The company was founded in May 2010" does not date what its chief executive says today.
 */
function narrativeTime(doc: Doc, sentence: number, q: Quote, quotes: Offsets[]): string | undefined {
  if (!q.speaker) return undefined;
  const from = doc.sentences[Math.max(0, sentence - NARRATIVE_REACH)].start;
  const to = Math.min(q.start, doc.sentences[sentence].start);
  if (to <= from) return undefined;
  let found: string | undefined;
  for (const t of timesIn(doc.times, from, to)) {
    if (t.type !== 'DATE' || !DAY_OR_MONTH.test(t.value) || t.anchor === 'since' || t.anchor === 'until') continue;
    if (doc.published && t.value.slice(0, 10) > doc.published) continue;
    if (insideAny(quotes, t.start)) continue;
    const own = doc.sentences[sentenceIndexAt(doc, t.start)];
    if (!within(doc.mentions, own.start, own.end).some(m => m.entity === q.speaker)) continue;
    found = t.value;
  }
  return found;
}

/** Whether `at` falls inside one of `spans` (sorted by start; nested spans lie within their parent). */
function insideAny(spans: Offsets[], at: number): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].start <= at) lo = mid + 1; else hi = mid; }
  // the latest-starting spans before `at`; a few steps back cover a nested quote inside a longer one
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (at < spans[k].end) return true;
  return false;
}

/** The time expression of the attribution clause, outside what was said. */
function clauseTime(doc: Doc, q: Quote, clause: Offsets | undefined): string | undefined {
  if (!clause || !doc.times.length) return undefined;
  const inside = (t: TimeExpression) => (q.parts ?? [q]).some(p => t.start < p.end && p.start < t.end);
  const candidates = timesIn(doc.times, clause.start, clause.end)
    .filter(t => (t.type === 'DATE' || t.type === 'TIME') && DATED.test(t.value) && !inside(t));
  if (!candidates.length) return undefined;
  // prefer the one after the cue ("said on Monday"), else the nearest before it
  const cueEnd = q.cue?.end ?? clause.start;
  const after = candidates.find(t => t.start >= cueEnd);
  return (after ?? candidates[candidates.length - 1]).value;
}

function timesIn(times: TimeExpression[], start: number, end: number): TimeExpression[] {
  let lo = 0, hi = times.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (times[mid].end <= start) lo = mid + 1; else hi = mid; }
  const out: TimeExpression[] = [];
  for (let k = lo; k < times.length && times[k].start < end; k++) if (times[k].start >= start) out.push(times[k]);
  return out;
}
