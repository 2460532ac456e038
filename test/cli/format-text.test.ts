import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { DossierDocument } from '../../src/document/types.ts';
import { formatText } from '../../src/format/text.ts';
import { runCli } from '../cli/capture.ts';

const TEXT = 'Kyrgyz President Almazbek Atambayev visited Russia on June 19-24 this year. ' +
  'The base at Kant opened on October 23, 2003. ' +
  '"What does Bishkek need to be protected from?" he asked.';
const at = (words: string) => { const start = TEXT.indexOf(words); return { start, end: start + words.length, text: words }; };

const doc: DossierDocument = {
  id: 'bases', title: 'Atambayev in Russia', published: '2017-10-10', text: TEXT,
  sentences: [{ start: 0, end: 75 }, { start: 76, end: 121 }, { start: 122, end: TEXT.length }],
  mentions: [
    { ...at('Almazbek Atambayev'), type: 'PERSON', kind: 'name', entity: 'almazbek-atambayev', rule: 't' },
    { ...at('Russia'), type: 'GPE', kind: 'name', entity: 'RUS', rule: 't' },
    { ...at('Kant'), type: 'FAC', kind: 'name', rule: 't' },
  ],
  entities: [
    { id: 'almazbek-atambayev', type: 'PERSON', name: 'Almazbek Atambayev', country: 'KGZ', roles: [{ title: 'President', country: 'KGZ' }] },
    { id: 'RUS', type: 'GPE', name: 'Russia', kind: 'country', geo: { lat: 61.5, lon: 105.3, kind: 'country' } },
    { id: 'bishkek', type: 'GPE', name: 'Bishkek', kind: 'city', country: 'KGZ', metonymFor: 'KGZ', geo: { lat: 42.87, lon: 74.59, kind: 'city' } },
  ],
  times: [
    { ...at('October 23, 2003'), type: 'DATE', value: '2003-10-23', range: { start: '2003-10-23', end: '2003-10-23' }, rule: 't' },
    { ...at('June 19-24 this year'), type: 'DATE', value: '2017-06-19/2017-06-24', range: { start: '2017-06-19', end: '2017-06-24' }, rule: 't' },
  ],
  quotes: [{ ...at('What does Bishkek need to be protected from?'), kind: 'direct', speaker: 'almazbek-atambayev', rule: 't' }],
  events: [{ code: '042', source: 'almazbek-atambayev', target: 'RUS', time: '2017-06-19', trigger: at('visited'), rule: 't' }],
};

test('the text summary shows entities by type, a dated timeline in order, quotes with speakers and events', () => {
  const out = formatText(doc);
  const lines = out.split('\n');
  assert.equal(lines[0], 'bases — Atambayev in Russia');
  assert.match(lines[1], /^published 2017-10-10 · 3 sentences · /);
  assert.ok(out.includes('People:\n    Almazbek Atambayev ×1 — President (KGZ)'), out);
  assert.ok(out.includes('Bishkek — city; KGZ; stands for KGZ; 42.87, 74.59'), out);
  assert.ok(out.includes('Names not linked to an entity:\n    FAC: Kant'), out);
  const timeline = lines.slice(lines.indexOf('Timeline (2)') + 1, lines.indexOf('Timeline (2)') + 3);
  assert.deepEqual(timeline.map(l => l.trim().slice(0, 10)), ['2003-10-23', '2017-06-19'], 'sorted by range start');
  assert.ok(timeline[1].includes('2017-06-19 – 2017-06-24  “June 19-24 this year” (2017-06-19/2017-06-24)  Kyrgyz President Almazbek Atambayev visited Russia'), timeline[1]);
  assert.ok(timeline[0].startsWith('  2003-10-23               “October 23, 2003”  The base at Kant opened'), timeline[0]);
  assert.ok(out.includes('Almazbek Atambayev: “What does Bishkek need to be protected from?”'));
  assert.ok(out.includes('2017-06-19  042   Almazbek Atambayev → Russia  “visited”'), out);
});

test('empty layers render as "(none found)", and the CLI prints the summary for the example', async () => {
  const empty = formatText({ ...doc, mentions: [], entities: [], times: [], quotes: [], events: [] });
  assert.equal(empty.match(/\(none found\)/g)?.length, 4);
  const example = fileURLToPath(new URL('../../examples/kyrgyzstan-bases.txt', import.meta.url));
  const r = await runCli(['extract', example, '--format', 'text']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  assert.match(r.out, /^kyrgyzstan-bases\npublished 2017-10-10 · \d+ sentences · 3,8\d\d characters\n/);
  for (const heading of ['\nEntities', '\nTimeline', '\nQuotes', '\nEvents']) assert.ok(r.out.includes(heading), heading);
});
