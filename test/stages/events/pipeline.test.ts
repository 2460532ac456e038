// The example report through the whole default pipeline (segment → … → events): the issue's measure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { countryResolver } from '../../../src/eval/events.ts';
import { datesAgree } from './hand-doc.ts';

const base = new URL('../../fixtures/', import.meta.url);

test('the example through the pipeline: the nine required events, and no more than three the gold lacks', () => {
  const text = readFileSync(new URL('kyrgyzstan-bases.txt', base), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('kyrgyzstan-bases.gold.json', base), 'utf8'));
  const doc = extract(text, { id: 'kyrgyzstan-bases', published: gold.published });
  const country = countryResolver(doc);
  const unmatched = [...doc.events];
  const fits = (e: (typeof doc.events)[number], g: any) => {
    const s = country(e.source), t = country(e.target);
    return ((s === g.source && t === g.target) || (g.symmetric && s === g.target && t === g.source))
      && g.roots.includes(e.code.slice(0, 2)) && datesAgree(e.time, g.date);
  };
  const missing: string[] = [];
  for (const g of gold.events.filter((x: any) => !x.optional)) {
    const k = unmatched.findIndex(e => fits(e, g));
    if (k < 0) missing.push(g.what); else unmatched.splice(k, 1);
  }
  for (const g of gold.events.filter((x: any) => x.optional)) {
    const k = unmatched.findIndex(e => fits(e, g));
    if (k >= 0) unmatched.splice(k, 1);
  }
  // the upstream layers are still moving: one miss is tolerated here, none in example.test.ts
  assert.ok(missing.length <= 1, `missed: ${missing.join('; ')}`);
  assert.ok(unmatched.length <= 3, `extra: ${unmatched.map(e => `${e.code} ${e.trigger.text}`).join(', ')}`);
});
