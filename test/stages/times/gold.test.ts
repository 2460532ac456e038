// The example's hand gold and the MEANTIME development file: floors well below the targets
// that `dossier eval` measures, so a regression shows here first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tag } from './tag.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
interface GoldTime { start: number; end: number; text: string; type: string; value: string; optional?: boolean }
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const valueOk = (sys: string, gold: string) => gold.split('|').some((g) => g === sys || g.split('/').includes(sys));

test('the example: all 13 required time expressions, with the right span and value', () => {
  const gold = JSON.parse(readFileSync(new URL('kyrgyzstan-bases.gold.json', fixtures), 'utf8'));
  const text = readFileSync(new URL('kyrgyzstan-bases.txt', fixtures), 'utf8');
  const times = tag(text, gold.published);
  for (const g of gold.times as GoldTime[]) {
    if (g.optional) continue;
    const hit = times.filter((t) => overlaps(t, g));
    assert.ok(hit.some((t) => valueOk(t.value, g.value)), `"${g.text}" ${g.value}: got ${hit.map((t) => `${t.text}=${t.value}`).join(', ') || 'nothing'}`);
  }
  // and nothing that is not a time
  for (const t of times) assert.ok((gold.times as GoldTime[]).some((g) => overlaps(t, g)), `unexpected "${t.text}"`);
});

test('every DATE has an inclusive calendar range, items are sorted, anchors are relation words', () => {
  const text = readFileSync(new URL('kyrgyzstan-bases.txt', fixtures), 'utf8');
  const times = tag(text, '2017-10-10');
  for (let i = 1; i < times.length; i++) assert.ok(times[i - 1].end <= times[i].start, 'sorted, not overlapping');
  for (const t of times.filter((x) => x.type === 'DATE')) {
    assert.ok(t.range, `"${t.text}" has a range`);
    assert.match(t.range!.start, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(t.range!.start <= t.range!.end);
    assert.ok(t.rule.startsWith('times.'));
  }
  assert.deepEqual(times.filter((t) => t.anchor).map((t) => `${t.anchor} ${t.text}`).slice(0, 4),
    ['in early October', 'on October 2', 'in 2003', 'on June 19-24 this year']);
});

test('MEANTIME development set: span and value F1 over the annotated sentences', () => {
  let sys = 0, gold = 0, spanSys = 0, spanGold = 0, valSys = 0, valGold = 0;
  for (const line of readFileSync(new URL('meantime-dev.gold.jsonl', fixtures), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    // MEANTIME annotates times in the title, the dateline and the first four sentences only
    const region = g.text.split('\n').slice(0, 6).join('\n').length;
    const golds = (g.times as GoldTime[]).filter((t) => !t.optional);
    const times = tag(g.text, g.published).filter((t) => t.start < region && !(g.times as GoldTime[]).some((o) => o.optional && overlaps(t, o)));
    sys += times.length; gold += golds.length;
    for (const t of times) {
      const m = golds.filter((x) => overlaps(t, x));
      if (m.length) spanSys++;
      if (m.some((x) => valueOk(t.value, x.value))) valSys++;
    }
    for (const x of golds) {
      const m = times.filter((t) => overlaps(t, x));
      if (m.length) spanGold++;
      if (m.some((t) => valueOk(t.value, x.value))) valGold++;
    }
  }
  const f = (p: number, r: number) => (2 * p * r) / (p + r);
  const span = f(spanSys / sys, spanGold / gold), value = f(valSys / sys, valGold / gold);
  assert.ok(span >= 0.9, `relaxed span F1 ${span.toFixed(3)}`);
  assert.ok(value >= 0.83, `value F1 ${value.toFixed(3)}`);
});

test('linear on adversarial input: long runs of numbers, months and openers', () => {
  const unit = 'the 1 a the May 2003 - 19-24 the last the next the same period of 12:00 UTC Monday every ';
  const text = unit.repeat(Math.ceil(50_000 / unit.length));
  const t0 = process.cpuUsage();
  tag(text, '2017-10-10');
  const used = process.cpuUsage(t0);
  assert.ok((used.user + used.system) / 1e6 < 2, `50 KB took ${((used.user + used.system) / 1e6).toFixed(2)} s of CPU`);
});
