// Negation and modality turn codes: refusal (12x), appeal (02x), demand (10x), intent (03x).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureDoc } from './fixture-score.ts';
import { extractEvents } from '../../../src/stages/events/index.ts';
import { cameoLexicon } from '../../../src/stages/events/lexicon.ts';
import { turnCode } from '../../../src/stages/events/turns.ts';

const lex = cameoLexicon();
const country = (id: string) => ({ id, type: 'GPE' as const, kind: 'country' });
const KG = {
  entities: [country('RUS'), country('KGZ'), country('TJK'),
    { id: 'bishkek', type: 'GPE' as const, kind: 'city', country: 'KGZ' },
    { id: 'atambayev', type: 'PERSON' as const, kind: 'person', country: 'KGZ', role: 'President' },
    { id: 'putin', type: 'PERSON' as const, kind: 'person', country: 'RUS', role: 'President' }],
  mentions: [{ text: 'Russia', entity: 'RUS' }, { text: 'Kyrgyzstan', entity: 'KGZ' }, { text: 'Tajikistan', entity: 'TJK' },
    { text: 'Bishkek', entity: 'bishkek' }, { text: 'Atambayev', entity: 'atambayev' }, { text: 'Putin', entity: 'putin' },
    { text: 'Kyrgyz', entity: 'KGZ' }, { text: 'Russian', entity: 'RUS' }],
};
const run = (text: string, layers = KG) => extractEvents(fixtureDoc({ id: 't', text, published: '2017-10-10' }, layers as any), lex);

test('negation of cooperation is a refusal: "does not consider it necessary to open" a base → 1212', () => {
  const [e, ...rest] = run('Russia does not consider it necessary to open the second military base in Kyrgyzstan close to its border with Tajikistan.');
  assert.equal(rest.length, 0);
  assert.deepEqual([e.code, e.baseCode, e.modality, e.source, e.target], ['1212', '062', 'refuse', 'RUS', 'KGZ']);
});

test('negated aid is a refused request for aid: "would not give more financial aid to" → 122x (real: Wikinews 126878)', () => {
  const events = run("U.S. President Barack Obama said the government would not give more financial aid to the firm unless 90% of GM's bondholders would agree.", {
    entities: [country('USA'), { id: 'obama', type: 'PERSON', kind: 'person', country: 'USA', role: 'President' } as any, { id: 'gm', type: 'ORG', kind: 'company', country: 'USA' } as any],
    mentions: [{ text: 'U.S.', entity: 'USA' }, { text: 'Barack Obama', entity: 'obama' }, { text: 'government', entity: 'USA' }, { text: 'the firm', entity: 'gm' }, { text: 'GM', entity: 'gm' }],
  } as any);
  const refusal = events.find(e => e.root === '12');
  assert.ok(refusal, JSON.stringify(events.map(e => e.code)));
  assert.match(refusal.code, /^122/);
  assert.equal(refusal.target, 'gm');
});

test('a negated conflict leaves no event', () => {
  assert.deepEqual(run('Russia did not attack Tajikistan.').map(e => e.code), []);
});

test('appeal: "X proposes Y to deploy" and "X wanted Y to establish" → 0212, target the one asked', () => {
  const [p] = run('Bishkek proposes Russia to deploy one more military base in Kyrgyzstan.');
  assert.deepEqual([p.code, p.source, p.target, p.modality], ['0212', 'bishkek', 'RUS', 'appeal']);
  const w = run('Kyrgyz President Almazbek Atambayev wanted Russia to establish a second military base in his country.').find(e => e.root === '02');
  assert.ok(w);
  assert.deepEqual([w.code, w.source, w.target], ['0212', 'atambayev', 'RUS']);
  const a = run('Atambayev told journalists he had asked Putin to open a new joint base in Kyrgyzstan.')[0];
  assert.deepEqual([a.code, a.source, a.target], ['0212', 'atambayev', 'putin']);
});

test('intent: "will help" → 03x; an agreement to act is the act: "agreed to reduce debt" → 071, as the example\'s gold codes it', () => {
  const h = run('Of course Kyrgyzstan will help Tajikistan.')[0];
  assert.deepEqual([h.root, h.baseCode, h.modality, h.target], ['03', '070', 'intent', 'TJK']);
  const d = run('The Russian government agreed to reduce some Kyrgyz debt by some $500 million.')[0];
  assert.deepEqual([d.code, d.source, d.target], ['071', 'RUS', 'KGZ']);
  assert.equal(d.sourceActor, 'RUSGOV');
});

test('a specific pattern wins over the turn: "agreed to lease the base to Russia" → 057', () => {
  const [e] = run('In December 2012, Kyrgyzstan agreed to lease the base to Russia for fifteen years.');
  assert.deepEqual([e.code, e.source, e.target, e.modality], ['057', 'KGZ', 'RUS', undefined]);
});

test('"open a base" and "open fire" are different events', () => {
  assert.equal(run('Russia will open a military base in Kyrgyzstan.')[0]?.code, '0312');
  assert.equal(run('Russian troops opened fire on Tajikistan border guards.', {
    ...KG, mentions: [...KG.mentions, { text: 'Tajikistan border guards', entity: 'TJK' }],
  })[0]?.code, '190');
});

test('turnCode follows the codebook parallels', () => {
  assert.equal(turnCode('062', 'appeal'), '0212');
  assert.equal(turnCode('071', 'demand'), '1031');
  assert.equal(turnCode('062', 'intent'), '0312');
  assert.equal(turnCode('190', 'intent'), '1384');
  assert.equal(turnCode('046', 'refuse'), '125');
  assert.equal(turnCode('084', 'refuse'), '1243');
  assert.equal(turnCode('190', 'refuse'), undefined);
});
