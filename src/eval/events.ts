// Events, per document, as multisets: (source country, target country, CAMEO root) and
// (source country, target country, full code). Countries come through the entities.
import type { DossierDocument, EventRecord } from '../document/types.ts';
import type { GoldEvent } from './gold.ts';
import { alternatives, scoreMultiset, type Measure, type ScoreError } from './measure.ts';

export interface EventTuple { source?: string; target?: string; code: string; root: string; event?: EventRecord }

const ISO3 = /^[A-Z]{3}$/;

/** The state an entity id acts for: its metonymFor, else its country, else the id if it is ISO3. */
export function countryResolver(doc: Pick<DossierDocument, 'entities'>): (id: string | undefined) => string | undefined {
  const byId = new Map(doc.entities.map(e => [e.id, e]));
  return id => {
    if (!id) return undefined;
    const e = byId.get(id);
    return e?.metonymFor ?? e?.country ?? (ISO3.test(id) ? id : undefined);
  };
}

export function systemTuples(doc: Pick<DossierDocument, 'entities' | 'events'>): EventTuple[] {
  const country = countryResolver(doc);
  return doc.events.map(e => ({
    source: country(e.source), target: country(e.target), code: e.code, root: e.root ?? e.code.slice(0, 2), event: e,
  }));
}

const goldRoots = (g: GoldEvent) => (g.roots?.length ? g.roots : alternatives(g.code).map(c => c.slice(0, 2)));

function sidesMatch(s: EventTuple, g: GoldEvent): boolean {
  const src = alternatives(g.source_country), tgt = alternatives(g.target_country);
  const fits = (a: string | undefined, alts: string[]) => (alts.length ? a !== undefined && alts.includes(a) : true);
  return (fits(s.source, src) && fits(s.target, tgt)) || (Boolean(g.symmetric) && fits(s.source, tgt) && fits(s.target, src));
}

/** A gold code of two digits (a root only) accepts any code under it. */
export const codeMatches = (code: string, g: GoldEvent) =>
  alternatives(g.code).some(c => c === code || (c.length === 2 && code.startsWith(c)));

export interface EventScores { root: Measure; code: Measure; errors: ScoreError[] }

export function scoreEvents(docId: string, doc: Pick<DossierDocument, 'entities' | 'events'>, gold: GoldEvent[]): EventScores {
  const sys = systemTuples(doc);
  const root = scoreMultiset(sys, gold, (s, g) => sidesMatch(s, g) && goldRoots(g).includes(s.root));
  const code = scoreMultiset(sys, gold, (s, g) => sidesMatch(s, g) && codeMatches(s.code, g));
  const show = (s: EventTuple) => `${s.source ?? '?'}→${s.target ?? '?'} ${s.code}`;
  const errors: ScoreError[] = [
    ...root.missed.map(g => ({ doc: docId, kind: 'FN' as const, text: g.what ?? '', label: `${g.source_country}→${g.target_country} ${g.code}` })),
    ...root.wrong.map(s => ({
      doc: docId, kind: 'FP' as const, start: s.event?.trigger.start, end: s.event?.trigger.end,
      text: s.event?.trigger.text ?? '', label: `${show(s)} ${s.event?.rule ?? ''}`.trim(),
    })),
  ];
  return { root: root.measure, code: code.measure, errors };
}
