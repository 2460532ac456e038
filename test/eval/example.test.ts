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
