// Writing what a facility reading found into its fact: a field set once, a citation per field kept
// few, a status step not repeated, a span of the text. Shared by every reading of facilities (the
// main reader, the hand-back wordings, proposals) and by agreements, which cap citations alike.
import type { FacilityFact, StatusChange } from '../../document/facts.ts';
import type { FactContext } from './context.ts';

/** Spans cited for one field of a fact: a field rests on its first few mentions, and a report that names
 * its facility a thousand times must not make a fact of a thousand citations. */
export const MAX_EVIDENCE_PER_FIELD = 16;

export function cite(fact: FacilityFact, field: string, ctx: FactContext, start: number, end: number, rule: string): void {
  let n = 0;
  for (const e of fact.evidence) if (e.field === field && (e.start === start || ++n >= MAX_EVIDENCE_PER_FIELD)) return;
  fact.evidence.push({ field, start, end, text: ctx.doc.text.slice(start, end), rule });
}

export function setOnce<K extends 'host' | 'operator' | 'opened'>(fact: FacilityFact, key: K, value: FacilityFact[K] | undefined): boolean {
  if (value === undefined || fact[key] !== undefined) return false;
  fact[key] = value;
  return true;
}

export function addStatus(fact: FacilityFact, change: StatusChange): void {
  const same = fact.history.find(h => h.status === change.status && (h.by === change.by || !change.by) && (h.time === change.time || !change.time));
  if (same) { same.time ??= change.time; return; }
  fact.history.push(change);
}

export function span(ctx: FactContext, start: number, end: number) {
  return { start, end, text: ctx.doc.text.slice(start, end) };
}
