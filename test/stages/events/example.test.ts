// The example report, with its hand gold as the upstream layers: the events stage alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesAgree, kyrgyzstanGoldDoc } from './hand-doc.ts';
import { extractEvents } from '../../../src/stages/events/index.ts';
import { cameoLexicon } from '../../../src/stages/events/lexicon.ts';
import type { EventRecord } from '../../../src/document/types.ts';

const countryOf = (doc: ReturnType<typeof kyrgyzstanGoldDoc>['doc'], id: string | undefined) => {
  const m = doc.mentions.find(x => x.entity === id && x.metonymFor);
  const e = doc.entities.find(x => x.id === id);
  return m?.metonymFor ?? (e?.kind === 'country' ? e.id : e?.country);
};

test('the example: the nine required events, with countries, root and date, and few extras', () => {
  const { doc, gold } = kyrgyzstanGoldDoc();
  const events = extractEvents(doc, cameoLexicon());
  const unmatched = [...events];
  const missing: string[] = [];
  const matches = (e: EventRecord, g: any) => {
    const s = countryOf(doc, e.source), t = countryOf(doc, e.target);
    const pairOk = (s === g.source && t === g.target) || (g.symmetric && s === g.target && t === g.source);
    return pairOk && g.roots.includes(e.code.slice(0, 2)) && datesAgree(e.time, g.date);
  };
  for (const g of gold.events.filter((x: any) => !x.optional)) {
    const k = unmatched.findIndex(e => matches(e, g));
    if (k < 0) missing.push(g.what); else unmatched.splice(k, 1);
  }
  assert.deepEqual(missing, [], 'required gold events not found');
  for (const g of gold.events.filter((x: any) => x.optional)) {
    const k = unmatched.findIndex(e => matches(e, g));
    if (k >= 0) unmatched.splice(k, 1);
  }
  assert.ok(unmatched.length <= 3, `events the gold lacks: ${unmatched.map(e => e.code + ' ' + e.trigger.text).join(', ')}`);
});

test('the example: codes carry QuadClass, Goldstein, trigger, sentence, rule and actor codes', () => {
  const { doc } = kyrgyzstanGoldDoc();
  const events = extractEvents(doc, cameoLexicon());
  const refusal = events.find(e => e.code === '1212');
  assert.ok(refusal, 'Russia does not consider it necessary to open … → 1212');
  assert.equal(refusal.quadClass, 3);
  assert.equal(refusal.goldstein, -4);
  assert.equal(refusal.baseCode, '062');
  assert.equal(refusal.modality, 'refuse');
  assert.equal(refusal.trigger.text, 'open');
  assert.equal(refusal.sentence, 0);
  assert.equal(refusal.timeSource, 'published');
  const visit = events.find(e => e.code === '042' && e.time === '2017-06-19/2017-06-24');
  assert.ok(visit, 'during his visit to Russia on June 19-24');
  assert.equal(visit.source, 'atambayev', 'cataphoric "his" is the president named after it');
  assert.equal(visit.sourceActor, 'KGZGOV');
  assert.equal(visit.targetActor, 'RUS');
  assert.equal(visit.timeSource, 'expression');
  const asked = events.find(e => e.target === 'putin');
  assert.ok(asked, 'he had asked Putin to open a new joint base');
  assert.equal(asked.code, '0212');
  assert.equal(asked.location, 'kazan');
  assert.equal(asked.timeSource, 'narrative');
  const lease = events.find(e => e.trigger.text === 'agreed' && e.code === '057');
  assert.ok(lease && lease.time === '2012-12');
  for (const e of events) {
    assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.match(e.rule, /^events\./);
    assert.equal(e.root, e.code.slice(0, 2));
  }
});
