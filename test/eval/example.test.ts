import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGold, type GoldDocument } from '../../src/eval/gold.ts';
import { scoreCorpus } from '../../src/eval/score.ts';
import { runCli } from '../cli/capture.ts';
import { goldAsSystem } from './helpers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const goldOf = (name: string) => parseGold(readFileSync(fixture(name), 'utf8'), name).map(l => (l as { doc: GoldDocument }).doc);

test('the gold read back as a system output scores 100 on every metric of both gold files', () => {
  for (const name of ['kyrgyzstan-bases.gold.jsonl', 'meantime-dev.gold.jsonl']) {
    const golds = goldOf(name);
    const report = scoreCorpus(golds.map(gold => ({ gold, system: goldAsSystem(gold) })));
    for (const [layer, score] of Object.entries(report.layers)) {
      for (const [metric, m] of Object.entries(score.metrics)) {
        if (m.gold === 0) continue;
        assert.equal(m.f1, 1, `${name} ${layer}.${metric}: ${JSON.stringify(m)}`);
      }
    }
  }
});

test('dossier eval on the example prints every layer it annotates, and --json counts its gold items', async () => {
  const gold = fixture('kyrgyzstan-bases.gold.jsonl');
  const table = await runCli(['eval', gold]);
  assert.equal(table.err, '');
  assert.equal(table.code, 0);
  for (const row of ['mentions  strict', 'relaxed', 'times     relaxed', 'value', 'quotes    content', 'speaker', 'events    root']) {
    assert.ok(table.out.includes(row), `table lacks "${row}":\n${table.out}`);
  }
  const json = JSON.parse((await runCli(['eval', gold, '--json'])).out);
  assert.equal(json.docs, 1);
  assert.equal(json.layers.mentions.relaxed.gold, 84);
  assert.equal(json.layers.times.value.gold, 13, '14 times, one optional');
  assert.equal(json.layers.quotes.content.gold, 14, '16 quotes, two optional');
  assert.equal(json.layers.events.root.gold, 9, '17 events, eight optional');
  for (const m of [json.layers.mentions.relaxed, json.layers.times.value]) {
    assert.ok(m.f1 >= 0 && m.f1 <= 1 && m.goldFound <= m.gold && m.systemRight <= m.system);
  }
  const onlyTimes = JSON.parse((await runCli(['eval', gold, '--json', '--layer', 'times'])).out);
  assert.deepEqual(Object.keys(onlyTimes.layers), ['times']);
  const bad = await runCli(['eval', gold, '--layer', 'facts']);
  assert.equal(bad.code, 64);
  assert.match(bad.err, /unknown --layer "facts"/);
});

test('eval reports a bad gold line as file:line, scores the rest, and fails at the end', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  try {
    const text = 'Boeing lost the tanker contract to Northrop Grumman on February 29, 2008.';
    const good = { id: 'tanker', text, published: '2008-03-01', layers: ['times'], times: [{ start: 59, end: 76, text: 'February 29, 2008', type: 'DATE', value: '2008-02-29' }] };
    const path = join(dir, 'gold.jsonl');
    writeFileSync(path, `${JSON.stringify(good)}\n{"id": "cut", "text": \n${JSON.stringify({ id: 'no-text' })}\n`);
    const r = await runCli(['eval', path, '--json']);
    assert.equal(r.code, 1);
    assert.deepEqual(r.err.trim().split('\n').map(l => l.replace(path, 'GOLD').replace(/ \(.*$/, '')),
      ['dossier eval: GOLD:2: not valid JSON', 'dossier eval: GOLD:3: a gold document needs "text"']);
    const json = JSON.parse(r.out);
    assert.equal(json.docs, 1);
    assert.equal(json.layers.times.relaxed.gold, 1);
    const missing = await runCli(['eval', join(dir, 'none.jsonl')]);
    assert.equal(missing.out, '');
    assert.match(missing.err, /none\.jsonl: no such file\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
