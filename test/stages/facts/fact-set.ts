// A facts fixture set (test/fixtures/facts/<folder>: a docs file and a gold file), extracted once and
// scored as `npm run eval:facts` scores it, for the tests that hold floors on it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { scoreFacts, type GoldFact } from '../../../src/eval/facts-score.ts';
import type { DossierDocument } from '../../../src/document/types.ts';

export function factSet(folder: string, docsFile: string, goldFile: string) {
  const dir = new URL(`../../fixtures/facts/${folder}/`, import.meta.url);
  const lines = (name: string) => readFileSync(new URL(name, dir), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
  const docs = new Map<string, { id: string; text: string; published?: string }>(lines(docsFile).map(d => [d.id, d]));
  const gold: { id: string; facts: GoldFact[] }[] = lines(goldFile);
  const extracted = new Map<string, DossierDocument>([...docs.values()].map(d => [d.id, extract(d.text, { id: d.id, published: d.published })]));
  const scores = new Map(scoreFacts(gold.map(g => ({ doc: extracted.get(g.id)!, gold: g.facts }))).map(s => [s.kind, s]));
  /** the share of a field right, of those the gold gives */
  const share = (kind: string, field: string) => {
    const f = scores.get(kind)!.fields[field];
    return f ? f.right / f.total : 0;
  };
  /** every piece of evidence, history included, is the text at its offsets */
  const assertEvidence = () => {
    for (const d of docs.values()) {
      for (const f of extracted.get(d.id)!.facts ?? []) {
        for (const e of f.evidence) assert.equal(d.text.slice(e.start, e.end), e.text, `${d.id} ${f.id} ${e.field}`);
        if (f.kind === 'facility') for (const h of f.history) assert.equal(d.text.slice(h.evidence.start, h.evidence.end), h.evidence.text, `${d.id} ${f.id} ${h.status}`);
      }
    }
  };
  return { docs, extracted, scores, share, assertEvidence };
}
