// Builds a Doc by hand for the events tests: real tokens and sentences from the segment
// stage, and mentions, entities, times and quotes given by the test (or read from a gold file),
// so the events stage is measured on its own, whatever the upstream stages do today.
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../../src/document/doc.ts';
import type { Entity, Mention, Quote, TimeExpression } from '../../../src/document/types.ts';
import { segmentStage } from '../../../src/stages/segment/index.ts';

const noWarn = { warn() {} };

export interface HandEntity { id: string; type: Entity['type']; name?: string; kind?: string; country?: string; role?: string; metonymFor?: string }
export interface HandMention { text: string; entity: string; type?: Mention['type']; metonymFor?: string; kind?: Mention['kind']; nth?: number }
export interface HandTime { text: string; value: string; type?: TimeExpression['type']; nth?: number }

/** A Doc with tokens and sentences, and hand layers located by their text (nth occurrence, from 0). */
export function handDoc(text: string, published: string, layers: {
  entities?: HandEntity[]; mentions?: HandMention[]; times?: HandTime[];
  quotes?: { text: string; speaker: string; kind?: 'direct' | 'indirect' }[];
}): Doc {
  const doc = createDoc(text, { id: 'hand', published });
  segmentStage.run(doc, noWarn);
  const at = (s: string, nth = 0) => {
    let from = 0, idx = -1;
    for (let k = 0; k <= nth; k++) { idx = text.indexOf(s, from); if (idx < 0) throw new Error(`"${s}" #${nth} not in text`); from = idx + 1; }
    return idx;
  };
  doc.entities = (layers.entities ?? []).map(toEntity);
  const byId = new Map(doc.entities.map(e => [e.id, e]));
  doc.mentions = (layers.mentions ?? []).map(m => {
    const start = at(m.text, m.nth);
    const e = byId.get(m.entity);
    return {
      start, end: start + m.text.length, text: m.text, type: m.type ?? e?.type ?? 'GPE', kind: m.kind ?? 'name',
      entity: m.entity, rule: 'test.hand', ...(m.metonymFor ? { metonymFor: m.metonymFor } : {}),
    } satisfies Mention;
  }).sort((a, b) => a.start - b.start);
  doc.times = (layers.times ?? []).map(t => {
    const start = at(t.text, t.nth);
    return { start, end: start + t.text.length, text: t.text, type: t.type ?? 'DATE', value: t.value, rule: 'test.hand' } satisfies TimeExpression;
  }).sort((a, b) => a.start - b.start);
  doc.quotes = (layers.quotes ?? []).map(q => {
    const start = at(q.text);
    return { start, end: start + q.text.length, text: q.text, kind: q.kind ?? 'direct', speaker: q.speaker, rule: 'test.hand' } satisfies Quote;
  });
  for (const l of ['tokens', 'sentences', 'times', 'mentions', 'entities', 'quotes']) doc.provided.add(l);
  return doc;
}

function toEntity(e: HandEntity): Entity {
  const kind = e.kind === 'armed group' ? 'armed-group' : e.kind ?? (e.type === 'PERSON' ? 'person' : undefined);
  return {
    id: e.id, type: e.type, name: e.name ?? e.id,
    ...(e.country ? { country: e.country } : {}),
    ...(kind ? { kind } : {}),
    ...(e.metonymFor ? { metonymFor: e.metonymFor } : {}),
    ...(e.role ? { roles: [{ title: e.role, ...(e.country ? { country: e.country } : {}) }] } : {}),
  };
}

/** The example report with its hand gold as the upstream layers. */
export function kyrgyzstanGoldDoc(): { doc: Doc; gold: any } {
  const base = new URL('../../fixtures/', import.meta.url);
  const text = readFileSync(new URL('kyrgyzstan-bases.txt', base), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('kyrgyzstan-bases.gold.json', base), 'utf8'));
  const doc = createDoc(text, { id: 'kyrgyzstan-bases', published: gold.published });
  segmentStage.run(doc, noWarn);
  doc.entities = gold.entities.map((e: any) => toEntity({ ...e, kind: e.kind ?? (e.type === 'PERSON' ? 'person' : undefined) }));
  doc.mentions = gold.mentions.filter((m: any) => m.entity).map((m: any) => ({
    start: m.start, end: m.end, text: m.text, type: m.type, kind: 'name', entity: m.entity, rule: 'gold',
    ...(m.metonymFor ? { metonymFor: m.metonymFor } : {}),
  })).sort((a: Mention, b: Mention) => a.start - b.start);
  doc.times = gold.times.map((t: any) => {
    const value = String(t.value).split('|')[0];
    const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value);
    return { start: t.start, end: t.end, text: t.text, type: t.type, value, rule: 'gold', ...(m ? { range: { start: m[1], end: m[2] } } : {}) };
  }).sort((a: TimeExpression, b: TimeExpression) => a.start - b.start);
  doc.quotes = gold.quotes.filter((q: any) => !q.optional).map((q: any) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, rule: 'gold' }));
  return { doc, gold };
}

/** A date agrees with gold when one is a prefix of the other, or an interval holds the other. */
export function datesAgree(sys: string | undefined, gold: string): boolean {
  if (!sys) return false;
  if (gold === 'PAST_REF') return true;
  const parts = sys.split('/');
  return parts.some(p => p.startsWith(gold) || gold.startsWith(p)) || gold.split('/').some(g => sys.startsWith(g));
}
