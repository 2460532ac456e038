// A long text extracted section by section (src/pipeline/sections.ts), with small sections so the test is quick:
// every offset in the output, at any depth, points at its words in the whole text, and an entity told of in
// two sections is one entity that keeps what each section said of it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract, type DossierDocument } from '../../src/index.ts';
import { appendSection } from '../../src/pipeline/sections.ts';

const gold = readFileSync(new URL('../fixtures/quotes/speakers-dev/speakers-dev.gold.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).slice(0, 12).map(l => (JSON.parse(l) as { text: string }).text);
const text = gold.join('\n\n');

/** Every object with numeric start and end and a text, anywhere below the document's layers. */
function spans(v: unknown, out: { start: number; end: number; text?: string }[] = []): typeof out {
  if (v === null || typeof v !== 'object') return out;
  if (Array.isArray(v)) { for (const x of v) spans(x, out); return out; }
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') out.push(o as never);
  for (const k in o) if (k !== 'text') spans(o[k], out);
  return out;
}

test('a text cut into sections keeps every offset, however deep, on its words', () => {
  const doc = extract(text, { id: 'long', sectionChars: 4000 });
  const all = spans([doc.sentences, doc.mentions, doc.entities, doc.times, doc.quotes, doc.events, doc.facts]);
  assert.ok(all.length > 500, `${all.length} spans`);
  // with a text, it is the text's there; without (antecedents, a quote's parts), it lies inside the text
  const bad = all.filter(s => (s.text !== undefined ? text.slice(s.start, s.end) !== s.text : s.start < 0 || s.end > text.length || s.start > s.end));
  assert.deepEqual(bad.slice(0, 3), []);
  assert.ok(doc.quotes.some(q => q.speakerSpan), 'speaker spans are among them');
  // sentences stay in order and inside the text
  for (let i = 1; i < doc.sentences.length; i++) assert.ok(doc.sentences[i].start >= doc.sentences[i - 1].end);
});

test('an entity of one id and type in two sections is one, with the roles each gave', () => {
  const a = 'Vladimir Putin spoke in Moscow on Monday about the talks.\n\n';
  const b = 'Russian President Vladimir Putin said on Tuesday that the talks would go on.\n\n';
  const doc = extract(a + 'x '.repeat(40) + '\n\n' + b, { id: 'two', sectionChars: 100 });
  const putins = doc.entities.filter(e => e.name === 'Vladimir Putin');
  assert.equal(putins.length, 1);
  assert.ok(putins[0].roles?.some(r => /president/i.test(r.title)), JSON.stringify(putins[0]));
  const ids = doc.entities.map(e => e.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  for (const m of doc.mentions) if (m.entity) assert.ok(ids.includes(m.entity), `${m.text} → ${m.entity}`);
});

test('a name that clashes with another type across sections is one entity of its own in every later section', () => {
  // hand-made sections: "Georgia" the country, then a person the entity layer also slugs "georgia", twice
  const part = (type: 'GPE' | 'PERSON', text: string): DossierDocument => ({
    id: 'd', text, sentences: [{ start: 0, end: text.length }],
    mentions: [{ start: 0, end: 7, text: 'Georgia', type, kind: 'name', entity: 'georgia', rule: 'test' }],
    entities: [{ id: 'georgia', type, name: 'Georgia' }], times: [], quotes: [], events: [], facts: [],
  });
  const text = 'Georgia voted. Georgia spoke. Georgia sang.';
  const whole: DossierDocument = { id: 'd', text, sentences: [], mentions: [], entities: [], times: [], quotes: [], events: [], facts: [] };
  appendSection(whole, part('GPE', 'Georgia voted. '), 0);
  appendSection(whole, part('PERSON', 'Georgia spoke. '), 15);
  appendSection(whole, part('PERSON', 'Georgia sang.'), 30);
  assert.deepEqual(whole.entities.map(e => `${e.id}:${e.type}`), ['georgia:GPE', 'georgia-2:PERSON']);
  assert.deepEqual(whole.mentions.map(m => `${m.start}:${m.entity}`), ['0:georgia', '15:georgia-2', '30:georgia-2']);
  assert.deepEqual(whole.mentions.map(m => text.slice(m.start, m.end)), ['Georgia', 'Georgia', 'Georgia']);
});
