// The times stage: TIMEX3 expressions (DATE, TIME, DURATION, SET) with normalized values,
// calendar ranges and the relation word before them. Extractors (extract/) propose spans
// in one linear scan; refiners (refine/) take in modifiers and join weekdays to dates;
// the resolver (resolve/) places each against the publication date and the narrative.
import type { Doc } from '../../document/doc.ts';
import type { TimeExpression } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { absorbModifiers, anchorWord, joinWeekdays } from './refine/modifiers.ts';
import { parseIso, type Ymd } from './resolve/calendar.ts';
import { Resolver, type Resolved } from './resolve/resolve.ts';
import type { Cand } from './candidate.ts';
import { scan } from './scan.ts';
import { TokenView } from './scanner.ts';

export const timesStage: Stage = {
  name: 'times',
  requires: ['tokens', 'sentences'],
  provides: ['times'],
  run(doc) {
    doc.times = tagTimes(doc);
  },
};

/** The time expressions of a segmented document, sorted by start. */
export function tagTimes(doc: Pick<Doc, 'text' | 'tokens' | 'published'>): TimeExpression[] {
  const v = new TokenView(doc.text, doc.tokens);
  let cands = scan(v);
  absorbModifiers(v, cands);
  cands = joinWeekdays(v, cands);
  const ref = (doc.published && parseIso(doc.published)) || firstFullDate(cands);
  const resolved = new Resolver(v, ref).resolveAll(cands);
  const out: TimeExpression[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    // with no publication date and no dateline, what the words said is still worth keeping
    const r = resolved[i] ?? (ref ? undefined : underspecified(c));
    if (!r) continue;
    const start = v.tokens[c.s].start, end = v.tokens[c.e - 1].end;
    const item: TimeExpression = { start, end, text: doc.text.slice(start, end), type: c.type, value: r.value, rule: c.rule };
    if (c.mod) item.mod = c.mod;
    if (r.range) item.range = r.range;
    const anchor = anchorWord(v, c);
    if (anchor) item.anchor = anchor;
    if (c.type === 'DATE' || c.type === 'TIME') {
      item.known = r.known;
      item.implied = r.implied;
      if (r.basis && r.implied.length) {
        item.basis = r.basis === 'narrative' && r.basisAt !== undefined && r.basisAt >= 0
          ? { from: 'narrative', start: v.tokens[cands[r.basisAt].s].start, end: v.tokens[cands[r.basisAt].e - 1].end }
          : { from: r.basis };
      }
    }
    out.push(item);
  }
  return out;
}

/** Without a publication date, a dateline's full date is the next best reference. */
function firstFullDate(cands: ReturnType<typeof scan>): Ymd | undefined {
  for (const c of cands) {
    const s = c.spec;
    if (s?.year !== undefined && s.month !== undefined && s.day !== undefined) return { y: s.year, m: s.month, d: s.day };
  }
  return undefined;
}

/** A TimeML value with X for every part the words left open: "June 24" → XXXX-06-24. */
function underspecified(c: Cand): Resolved | undefined {
  const s = c.spec;
  if (!s || s.base === 'range-end' || s.base === 'range-start' || s.base === 'narr' && s.hour === undefined) return undefined;
  const p2 = (n: number | undefined) => (n === undefined ? 'XX' : String(n).padStart(2, '0'));
  let value: string;
  if (s.weekday !== undefined && s.day === undefined) value = `XXXX-WXX-${s.weekday}`;
  else if (s.grain === 'D' || s.hour !== undefined) value = `${s.year ?? 'XXXX'}-${p2(s.month)}-${p2(s.day)}`;
  else if (s.grain === 'M' && s.month !== undefined) value = `${s.year ?? 'XXXX'}-${p2(s.month)}`;
  else if (s.grain === 'Q' && s.quarter !== undefined) value = `${s.year ?? 'XXXX'}-Q${s.quarter}`;
  else if (s.grain === 'S' && s.season) value = `${s.year ?? 'XXXX'}-${s.season}`;
  else return undefined;
  if (s.partOfDay) value += 'T' + s.partOfDay;
  if (s.hour !== undefined) value += `T${p2(s.hour)}:${p2(s.minute ?? 0)}`;
  return { value, known: [], implied: [] };
}
