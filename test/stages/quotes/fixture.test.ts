// The annotated Wikinews quote fixture, through the whole pipeline (upstream entity
// layers included). Floors sit well below the measured figures (README beside the
// fixture); `dossier eval` and the quotes bench report the real numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { speakerMatches } from '../../../src/eval/quotes.ts';

const lines = readFileSync(new URL('../../fixtures/quotes/wikinews-quotes.gold.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
const golds = lines.map(l => JSON.parse(l));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

test('the fixture holds at least 30 required quotes, direct and indirect, with exact offsets', () => {
  const all = golds.flatMap(g => g.quotes.filter((q: any) => !q.optional));
  assert.ok(all.length >= 30);
  assert.ok(all.some((q: any) => q.kind === 'indirect') && all.some((q: any) => q.kind === 'direct'));
  for (const g of golds) for (const q of g.quotes) assert.equal(g.text.slice(q.start, q.end), q.text);
});

test('direct-quote speakers and indirect-quote recall on the Wikinews fixture', () => {
  let directFound = 0, directTotal = 0, speakerRight = 0, speakerTotal = 0;
  let indirectFound = 0, indirectTotal = 0, indirectSys = 0, indirectRight = 0;
  for (const g of golds) {
    const doc = extract(g.text, { id: g.id, published: g.published });
    for (const q of g.quotes) {
      const found = doc.quotes.filter(s => overlaps(s, q) && (s.kind === q.kind || q.optional));
      if (q.optional) continue;
      if (q.kind === 'direct') {
        directTotal++;
        if (found.length) directFound++;
        if (found.length && q.speaker_text) { speakerTotal++; if (speakerMatches(doc, found[0].speaker, q)) speakerRight++; }
      } else {
        indirectTotal++;
        if (found.length) indirectFound++;
      }
    }
    for (const s of doc.quotes.filter(s => s.kind === 'indirect')) {
      indirectSys++;
      if (g.quotes.some((q: any) => q.kind === 'indirect' && overlaps(s, q))) indirectRight++;
    }
  }
  assert.ok(directFound / directTotal >= 0.9, `direct recall ${directFound}/${directTotal}`);
  assert.ok(speakerRight / speakerTotal >= 0.8, `direct speaker accuracy ${speakerRight}/${speakerTotal}`);
  assert.ok(indirectFound / indirectTotal >= 0.7, `indirect recall ${indirectFound}/${indirectTotal}`);
  assert.ok(indirectRight / indirectSys >= 0.8, `indirect precision ${indirectRight}/${indirectSys}`);
});
