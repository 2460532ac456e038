// Scores the events stage alone on the Wikinews fixture: hand upstream layers (the actors
// each sentence names, from wikinews-events.layers.json), the real segmenter and lexicon.
import { readFileSync } from 'node:fs';
import { createDoc, toContract, type Doc } from '../../../src/document/doc.ts';
import type { Entity, Mention } from '../../../src/document/types.ts';
import { segmentStage } from '../../../src/stages/segment/index.ts';
import { extractEvents } from '../../../src/stages/events/index.ts';
import { cameoLexicon } from '../../../src/stages/events/lexicon.ts';
import { scoreEvents } from '../../../src/eval/events.ts';
import { addMeasures, emptyMeasure, type Measure } from '../../../src/eval/measure.ts';

const base = new URL('../../fixtures/events/', import.meta.url);

interface LayerSpec { entities: { id: string; type: Entity['type']; kind?: string; country?: string; role?: string }[]; mentions: { text: string; entity: string }[] }

/** A fixture document with every occurrence of its named actors as mentions (longest first, no overlaps). */
export function fixtureDoc(g: any, spec: LayerSpec): Doc {
  const doc = createDoc(g.text, { id: g.id, published: g.published, url: g.url });
  segmentStage.run(doc, { warn() {} });
  doc.entities = spec.entities.map(e => ({
    id: e.id, type: e.type, name: e.id, ...(e.kind ? { kind: e.kind } : {}), ...(e.country ? { country: e.country } : {}),
    ...(e.role ? { roles: [{ title: e.role, ...(e.country ? { country: e.country } : {}) }] } : {}),
  }));
  const byId = new Map(doc.entities.map(e => [e.id, e]));
  const taken: Mention[] = [];
  for (const m of [...spec.mentions].sort((a, b) => b.text.length - a.text.length)) {
    for (let at = g.text.indexOf(m.text); at >= 0; at = g.text.indexOf(m.text, at + 1)) {
      const end = at + m.text.length;
      if (/\w/.test(g.text[at - 1] ?? '') || /\w/.test(g.text[end] ?? '')) continue;
      if (taken.some(t => t.start < end && at < t.end)) continue;
      const e = byId.get(m.entity);
      const type = e?.type === 'GPE' && /^[A-Z][a-z]+(an|ish|ese|ian|i)$/.test(m.text) ? 'NORP' : e?.type ?? 'ORG';
      taken.push({ start: at, end, text: m.text, type, kind: /^(the )?[a-z]/.test(m.text) ? 'nominal' : 'name', entity: m.entity, rule: 'fixture' });
    }
  }
  doc.mentions = taken.sort((a, b) => a.start - b.start);
  return doc;
}

export function scoreFixture(name = 'wikinews-events'): { root: Measure; code: Measure; errors: string[] } {
  const gold = readFileSync(new URL(`${name}.gold.jsonl`, base), 'utf8').trim().split('\n').map(l => JSON.parse(l));
  const layers = JSON.parse(readFileSync(new URL(`${name}.layers.json`, base), 'utf8'));
  const lex = cameoLexicon();
  let root = emptyMeasure(), code = emptyMeasure();
  const errors: string[] = [];
  for (const g of gold) {
    const doc = fixtureDoc(g, layers[g.id]);
    doc.events = extractEvents(doc, lex);
    const s = scoreEvents(g.id, toContract(doc), g.events);
    root = addMeasures(root, s.root); code = addMeasures(code, s.code);
    for (const e of s.errors) errors.push(`${g.id} ${e.kind} ${e.label} ${e.text}`);
  }
  return { root, code, errors };
}

if (process.argv[1]?.endsWith('fixture-score.ts')) {
  const r = scoreFixture(process.argv[2]);
  console.log('root', JSON.stringify(r.root));
  console.log('code', JSON.stringify(r.code));
  for (const e of r.errors) console.log(e);
}
