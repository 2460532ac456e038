// Docs for the quotes tests: real tokens and sentences from the segment stage, and
// mention/entity/time layers given by hand (or read from the example's gold), so the
// quotes stage is tested on its own, whatever the upstream stages do today.
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../../src/document/doc.ts';
import type { Entity, EntityType, Mention, TimeExpression } from '../../../src/document/types.ts';
import { segmentStage } from '../../../src/stages/segment/index.ts';

const noWarn = { warn() {} };

export interface HandMention { text: string; entity: string; type?: EntityType; kind?: Mention['kind']; nth?: number }

/** A Doc whose mentions are located by their text (nth occurrence, from 0). */
export function handDoc(text: string, opts: {
  published?: string;
  entities?: { id: string; type: EntityType; name?: string; country?: string; role?: string; kind?: string }[];
  mentions?: HandMention[];
  times?: { text: string; value: string; nth?: number }[];
} = {}): Doc {
  const doc = createDoc(text, { id: 'hand', published: opts.published ?? '2010-01-01' });
  segmentStage.run(doc, noWarn);
  const at = (s: string, nth = 0) => {
    let from = 0, idx = -1;
    for (let k = 0; k <= nth; k++) { idx = text.indexOf(s, from); if (idx < 0) throw new Error(`"${s}" #${nth} not in text`); from = idx + 1; }
    return idx;
  };
  doc.entities = (opts.entities ?? []).map(e => ({
    id: e.id, type: e.type, name: e.name ?? e.id, ...(e.country ? { country: e.country } : {}),
    ...(e.kind ? { kind: e.kind } : {}),
    ...(e.role ? { roles: [{ title: e.role, ...(e.country ? { country: e.country } : {}) }] } : {}),
  }));
  const types = new Map(doc.entities.map(e => [e.id, e.type]));
  doc.mentions = (opts.mentions ?? []).map(m => {
    const start = at(m.text, m.nth);
    return { start, end: start + m.text.length, text: m.text, type: m.type ?? types.get(m.entity) ?? 'PERSON', kind: m.kind ?? 'name', entity: m.entity, rule: 'test.hand' } satisfies Mention;
  }).sort((a, b) => a.start - b.start);
  doc.times = (opts.times ?? []).map(t => {
    const start = at(t.text, t.nth);
    return { start, end: start + t.text.length, text: t.text, type: 'DATE', value: t.value, rule: 'test.hand' } satisfies TimeExpression;
  }).sort((a, b) => a.start - b.start);
  for (const l of ['tokens', 'sentences', 'times', 'mentions', 'entities']) doc.provided.add(l);
  return doc;
}

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

/** The example report with the entity, mention and time layers of its hand gold (name mentions only). */
export function exampleDoc(): { doc: Doc; gold: any } {
  const text = readFileSync(fixture('kyrgyzstan-bases.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(fixture('kyrgyzstan-bases.gold.json'), 'utf8'));
  const doc = createDoc(text, { id: 'kyrgyzstan-bases', published: gold.published });
  segmentStage.run(doc, noWarn);
  doc.entities = gold.entities.map((e: any): Entity => ({
    id: e.id, type: e.type, name: e.name, country: e.iso3 ?? e.country,
    ...(e.kind ? { kind: e.kind } : {}),
    ...(e.role ? { roles: [{ title: e.role, country: e.country }] } : {}),
  }));
  doc.mentions = gold.mentions.filter((m: any) => m.entity).map((m: any): Mention => ({
    start: m.start, end: m.end, text: m.text, type: m.type, kind: 'name', entity: m.entity, rule: 'gold',
  })).sort((a: Mention, b: Mention) => a.start - b.start);
  doc.times = gold.times.map((t: any): TimeExpression => ({
    start: t.start, end: t.end, text: t.text, type: t.type, value: String(t.value).split('|')[0], rule: 'gold',
  })).sort((a: TimeExpression, b: TimeExpression) => a.start - b.start);
  return { doc, gold };
}
