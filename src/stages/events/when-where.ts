// When and where an event happened: the governing time expression of its clause, else the
// narrative date the story is at, else the quote's or the publication date; and the place
// the sentence puts it ("In Tatarstan's capital, Kazan").
import { sentenceIndexAt, type Doc } from '../../document/doc.ts';
import type { TimeExpression } from '../../document/types.ts';
import type { Chunk } from './actors.ts';
import { CLAUSE_STOP } from './match.ts';
import { eventWords } from './lexicon.ts';

export interface EventTime { value: string; source: 'expression' | 'narrative' | 'quote' | 'published' }

/**
 * The TIMEX3 value of a time expression usable as an event date, or undefined (durations). "In the
 * past" and "from now on" are ISO 8601-2 open intervals ending or starting at the publication date.
 */
export function dateValue(t: TimeExpression, published?: string): string | undefined {
  if (t.type !== 'DATE' && t.type !== 'TIME') return undefined;
  if (/^\d{4}/.test(t.value)) return t.value;
  if (t.range) return t.range.start === t.range.end ? t.range.start : `${t.range.start}/${t.range.end}`;
  if (published && t.value === 'PAST_REF') return `../${published}`;
  if (published && t.value === 'FUTURE_REF') return `${published}/..`;
  return undefined;
}

/** Dated time expressions of one sentence, with the token index each starts at. */
export interface DatedTime { value: string; token: number; start: number; anchor?: string }

/** Time expressions grouped by the sentence they start in (one pass; times sorted by start). */
export function timesBySentence(doc: Doc, times: TimeExpression[]): Map<number, TimeExpression[]> {
  const out = new Map<number, TimeExpression[]>();
  for (const t of times) {
    const s = sentenceIndexAt(doc, t.start);
    if (!out.has(s)) out.set(s, []);
    out.get(s)!.push(t);
  }
  return out;
}

export function sentenceTimes(doc: Doc, times: TimeExpression[], first: number, last: number): DatedTime[] {
  const out: DatedTime[] = [];
  const from = doc.tokens[first].start, to = doc.tokens[last].end;
  let k = first;
  for (const t of times) {
    if (t.start < from || t.start >= to) continue;
    const value = dateValue(t, doc.published);
    if (!value) continue;
    while (k <= last && doc.tokens[k].end <= t.start) k++;
    out.push({ value, token: k, start: t.start, anchor: t.anchor });
  }
  return out;
}

/** The time expression that governs a trigger: one after it in its clause, else one before it in the sentence. */
export function governingTime(lower: string[], times: DatedTime[], trigger: number, end: number): DatedTime | undefined {
  const usable = times.filter(t => t.anchor !== 'since' && t.anchor !== 'until');
  for (const t of usable) {
    if (t.token <= end) continue;
    let blocked = false;
    // a relative or reported clause in between has its own time: "agreed to a ceasefire that took effect at 4 a.m."
    for (let q = end + 1; q < t.token; q++) if (CLAUSE_STOP.has(lower[q]) || lower[q] === 'that') { blocked = true; break; }
    if (!blocked && t.token - end <= 14) return t;
  }
  let before: DatedTime | undefined;
  for (const t of usable) if (t.token < trigger) before = t;
  return before;
}

const PLACE_PREP = eventWords('where-preposition');
const CITY_KINDS = new Set(['city', 'district', 'facility', 'area']);

/**
 * The place mentioned for an event: a place chunk after in/at in the sentence, the most local
 * of a run ("In Tatarstan's capital, Kazan" → kazan). Returns an entity id.
 */
export function eventLocation(lower: string[], chunks: Chunk[], kindOf: (id: string) => string | undefined): string | undefined {
  for (let c = 0; c < chunks.length; c++) {
    const ch = chunks[c];
    if (!ch.actor.place || !PLACE_PREP.has(lower[ch.first - 1] ?? '') && !PLACE_PREP.has(lower[ch.first - 2] ?? '')) continue;
    let best = ch.actor.entity;
    // a following appositive or "'s capital, X" run: take the more local place
    for (let d = c + 1; d < chunks.length && chunks[d].first - chunks[d - 1].last <= 4; d++) {
      if (!chunks[d].actor.place) break;
      if (CITY_KINDS.has(kindOf(chunks[d].actor.entity) ?? '')) best = chunks[d].actor.entity;
    }
    return best;
  }
  return undefined;
}
