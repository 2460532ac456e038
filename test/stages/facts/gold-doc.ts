// Builds a Doc whose mention, entity and time layers come from the example's hand gold,
// so the facts stage can be tested on correct inputs, apart from upstream accuracy.
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../../../src/document/doc.ts';
import type { Entity, EntityType, Mention, TimeExpression } from '../../../src/document/types.ts';
import { segmentStage } from '../../../src/stages/segment/index.ts';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

export function exampleDocFromGold(): Doc {
  const text = readFileSync(fixture('kyrgyzstan-bases.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(fixture('kyrgyzstan-bases.gold.json'), 'utf8'));
  const doc = createDoc(text, { id: 'kyrgyzstan-bases', published: gold.published });
  segmentStage.run(doc, { warn() {} });
  const kinds: Record<string, string> = { media: 'media', 'armed group': 'armed-group', military: 'military' };
  doc.entities = gold.entities.map((e: any): Entity => ({
    id: e.id, type: e.type as EntityType, name: e.name,
    country: e.iso3 ?? e.country,
    kind: e.iso3 ? 'country' : e.type === 'PERSON' ? 'person' : kinds[e.kind] ?? e.kind ?? (e.type === 'FAC' ? 'facility' : undefined),
    ...(e.lat !== undefined ? { geo: { lat: e.lat, lon: e.lon, kind: e.type === 'FAC' ? 'facility' : e.kind } } : {}),
    ...(e.role ? { roles: [{ title: e.role, country: e.country }] } : {}),
  }));
  doc.mentions = gold.mentions.map((m: any): Mention => ({
    start: m.start, end: m.end, text: m.text, type: m.type, kind: 'name', entity: m.entity ?? undefined,
    rule: 'gold', ...(m.metonymFor ? { metonymFor: m.metonymFor } : {}),
    ...(m.type === 'MONEY' ? { amount: 500e6, currency: 'USD' } : {}),
  })).sort((a: Mention, b: Mention) => a.start - b.start);
  doc.times = gold.times.map((t: any): TimeExpression => ({
    start: t.start, end: t.end, text: t.text, type: t.type, value: String(t.value).split('|')[0], rule: 'gold',
  })).sort((a: TimeExpression, b: TimeExpression) => a.start - b.start);
  return doc;
}
