import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GoldDocument } from '../../src/eval/gold.ts';
import { parseGold } from '../../src/eval/gold.ts';
import { scoreMentions } from '../../src/eval/mentions.ts';
import { scoreTimes, valueMatches } from '../../src/eval/times.ts';
import { scoreQuotes } from '../../src/eval/quotes.ts';
import { scoreEvents } from '../../src/eval/events.ts';
import { scoreCorpus } from '../../src/eval/score.ts';
import { event, mention, quote, span, systemDoc, time } from './helpers.ts';

const NEWS = 'Airbus parent EADS and Northrop Grumman beat Boeing in Washington on Friday, the Pentagon said. ' +
  'EADS shares rose in Paris. The German company sells the A330 tanker.';

test('strict needs the same span and type; relaxed needs overlap and a compatible type, not one-to-one', () => {
  const gold = [
    { ...span(NEWS, 'Airbus parent EADS'), type: 'ORG' },
    { ...span(NEWS, 'Northrop Grumman'), type: 'ORG' },
    { ...span(NEWS, 'Washington'), type: 'LOC_ANY' },
    { ...span(NEWS, 'Pentagon'), type: 'ORG' },
  ];
  const system = [
    mention(NEWS, 'Airbus', 'ORG'), mention(NEWS, 'EADS', 'ORG'),    // both inside one gold: both right, relaxed
    mention(NEWS, 'Northrop Grumman', 'ORG'),                           // exact
    mention(NEWS, 'Washington', 'GPE'),                                 // LOC_ANY accepts GPE, strictly too
    mention(NEWS, 'Pentagon', 'FAC'),                                   // FAC is compatible with ORG (relaxed only)
    mention(NEWS, 'Boeing', 'ORG'),                                     // not in the gold: wrong
  ];
  const r = scoreMentions('d', system, gold, ['PERSON', 'ORG', 'LOC_ANY']);
  assert.deepEqual([r.relaxed.systemRight, r.relaxed.system, r.relaxed.goldFound, r.relaxed.gold], [5, 6, 4, 4]);
  assert.deepEqual([r.strict.systemRight, r.strict.system, r.strict.goldFound, r.strict.gold], [2, 6, 2, 4]);
  assert.equal(r.relaxed.recall, 1);
  assert.ok(Math.abs(r.relaxed.precision - 5 / 6) < 1e-9);
  assert.deepEqual(r.errors.filter(e => !e.metric).map(e => `${e.kind} ${e.text}`), ['FP Boeing']);
  assert.deepEqual(r.errors.filter(e => e.metric === 'strict').map(e => `${e.text} vs ${e.other}`), ['Airbus parent EADS vs Airbus/ORG, EADS/ORG', 'Pentagon vs Pentagon/FAC']);
  // per type: a system FAC counts under places; the wrong "Boeing" against ORG's precision
  const t = r.byType;
  assert.deepEqual(Object.keys(t), ['ORG', 'place']);
  assert.deepEqual([t.ORG.systemRight, t.ORG.system, t.ORG.goldFound, t.ORG.gold], [3, 4, 3, 3]);
  assert.deepEqual([t.place.systemRight, t.place.system, t.place.goldFound, t.place.gold], [2, 2, 1, 1]);
});

test('the mention breakdown: per type, and per genre where the id names one (GUM_bio_…)', () => {
  const text = 'Boeing lost in Paris.';
  const gold = (id: string): GoldDocument => ({ id, text, layers: ['mentions'], mentions: [{ ...span(text, 'Boeing'), type: 'ORG' }, { ...span(text, 'Paris'), type: 'LOC_ANY' }] });
  const sys = systemDoc(text, { mentions: [mention(text, 'Boeing', 'ORG')] });
  const report = scoreCorpus([gold('GUM_bio_a'), gold('GUM_bio_b'), gold('GUM_court_c'), gold('plain')].map(g => ({ gold: g, system: sys })));
  const b = report.layers.mentions!.breakdown!;
  assert.deepEqual(Object.keys(b).sort(), ['genre GUM_bio', 'genre GUM_court', 'type ORG', 'type place']);
  assert.deepEqual([b['genre GUM_bio'].goldFound, b['genre GUM_bio'].gold], [2, 4]);
  assert.deepEqual([b['type place'].goldFound, b['type place'].gold, b['type ORG'].recall], [0, 4, 1]);
});

test('an incompatible type is wrong even over the right span; PERSON is not ORG', () => {
  const gold = [{ ...span(NEWS, 'Northrop Grumman'), type: 'ORG' }];
  const r = scoreMentions('d', [mention(NEWS, 'Northrop Grumman', 'PERSON')], gold, ['PERSON', 'ORG', 'LOC_ANY']);
  assert.equal(r.relaxed.systemRight, 0);
  assert.equal(r.relaxed.system, 1);
  assert.equal(r.relaxed.goldFound, 0);
});

test('out-of-scope types, pronouns and nominals are not counted', () => {
  const text = 'He said the German carmaker Volkswagen sold 3 million cars on Friday.';
  const system = [
    mention(text, 'He', 'PERSON', { kind: 'pronoun' }),
    mention(text, 'the German carmaker', 'ORG', { kind: 'nominal' }),
    mention(text, 'German', 'NORP'),
    mention(text, '3 million', 'CARDINAL'),
    mention(text, 'Volkswagen', 'ORG'),
  ];
  const r = scoreMentions('d', system, [{ ...span(text, 'Volkswagen'), type: 'ORG' }], ['PERSON', 'ORG', 'LOC_ANY']);
  assert.deepEqual([r.relaxed.systemRight, r.relaxed.system], [1, 1]);
  // with NORP in scope, the demonym counts (and is wrong here)
  const withNorp = scoreMentions('d', system, [{ ...span(text, 'Volkswagen'), type: 'ORG' }], ['ORG', 'NORP']);
  assert.deepEqual([withNorp.relaxed.systemRight, withNorp.relaxed.system], [1, 2]);
});

test('optional gold: a system item matching it is neither right nor wrong, and missing it costs nothing', () => {
  const gold = [
    { ...span(NEWS, 'EADS', 0), type: 'ORG' },
    { ...span(NEWS, 'EADS', 1), type: 'ORG', optional: true },      // a repeat MEANTIME left unmarked
    { ...span(NEWS, 'German'), type: 'LOC_ANY', optional: true },   // a demonym
  ];
  const found = scoreMentions('d', [mention(NEWS, 'EADS', 'ORG', {}, 0), mention(NEWS, 'EADS', 'ORG', {}, 1)], gold, ['ORG', 'LOC_ANY']);
  assert.deepEqual([found.relaxed.systemRight, found.relaxed.system, found.relaxed.goldFound, found.relaxed.gold], [1, 1, 1, 1]);
  assert.equal(found.strict.precision, 1);
  const notFound = scoreMentions('d', [mention(NEWS, 'EADS', 'ORG', {}, 0)], gold, ['ORG', 'LOC_ANY']);
  assert.equal(notFound.relaxed.recall, 1);
  assert.equal(notFound.relaxed.precision, 1);
});

test('ignored spans: an unmatched system item over one is neutral, a right one still counts', () => {
  const gold = [{ ...span(NEWS, 'Airbus parent EADS'), type: 'ORG' }];
  const ignore = [span(NEWS, 'A330 tanker'), span(NEWS, 'Airbus')];
  const system = [mention(NEWS, 'A330', 'ORG'), mention(NEWS, 'Airbus', 'ORG')];
  const r = scoreMentions('d', system, gold, ['ORG'], ignore);
  assert.deepEqual([r.relaxed.systemRight, r.relaxed.system, r.relaxed.goldFound], [1, 1, 1]);
  const none = scoreMentions('d', system, gold, ['ORG'], []);
  assert.deepEqual([none.relaxed.systemRight, none.relaxed.system], [1, 2]);
});

test('time values: alternatives, intervals matching either end, PAST_REF|PXY', () => {
  assert.ok(valueMatches('2017-06-19/2017-06-24', '2017-06-19/2017-06-24'));
  assert.ok(valueMatches('2017-06-19', '2017-06-19/2017-06-24'));
  assert.ok(valueMatches('2017-06-24', '2017-06-19/2017-06-24'));
  assert.ok(!valueMatches('2017-06-20', '2017-06-19/2017-06-24'));
  assert.ok(valueMatches('2017-06-19/2017-06-24', '2017-06-19'), 'a system interval is right for a gold value equal to its start');
  assert.ok(valueMatches('PXY', 'PAST_REF|PXY'));
  assert.ok(valueMatches('PAST_REF', 'PAST_REF|PXY'));
  assert.ok(!valueMatches('P1Y', 'PAST_REF|PXY'));
});

test('times: relaxed and strict span, value and type, an optional gold excuses, scope.times restricts', () => {
  const text = 'Atambayev visited Russia on June 19-24 this year, and on the last day of his trip, June 24, he met Putin for two hours.';
  const gold = [
    { ...span(text, 'June 19-24 this year'), type: 'DATE', value: '2017-06-19/2017-06-24' },
    { ...span(text, 'the last day of his trip'), type: 'DATE', value: '2017-06-24', optional: true },
    { ...span(text, 'June 24'), type: 'DATE', value: '2017-06-24' },
    { ...span(text, 'two hours'), type: 'DURATION', value: 'PT2H' },
  ];
  const system = [
    time(text, 'June 19-24', 'DATE', '2017-06-19'),          // span overlaps, value = interval start
    time(text, 'last day', 'DATE', 'XXXX-XX-XX'),            // over an optional gold: neutral for every metric
    time(text, 'June 24', 'DATE', '2017-06-25'),            // exact span, wrong value
    time(text, 'two hours', 'DATE', 'PT2H'),                 // right value, wrong type
  ];
  const r = scoreTimes('d', system, gold, undefined);
  assert.deepEqual([r.relaxed.systemRight, r.relaxed.system, r.relaxed.goldFound, r.relaxed.gold], [3, 3, 3, 3]);
  assert.deepEqual([r.strict.systemRight, r.strict.system], [2, 3]);
  assert.deepEqual([r.value.systemRight, r.value.system, r.value.goldFound], [2, 3, 2]);
  assert.deepEqual([r.type.systemRight, r.type.goldFound], [2, 2]);
  assert.deepEqual(r.errors.filter(e => !e.metric).map(e => `${e.kind} ${e.text}`).sort(), ['FN June 24', 'FP June 24']);
  assert.deepEqual(r.errors.filter(e => e.metric).map(e => `${e.metric} ${e.text}`), ['strict June 19-24 this year', 'type two hours']);
  const dates = scoreTimes('d', system, gold, ['DURATION']);
  assert.deepEqual([dates.relaxed.systemRight, dates.relaxed.system], [0, 0], 'only DURATIONs count');
});

test('quotes: content overlap, and the speaker by a mention over the gold speaker or a shared capitalized name', () => {
  const text = 'Russian Deputy Foreign Minister Grigory Karasin told RIA Novosti: "We do not seek after the quantity." ' +
    '"There is no final decision," Isakov said. "It will reach our borders," the president said.';
  const mentions = [mention(text, 'Grigory Karasin', 'PERSON', { entity: 'grigory-karasin' })];
  const entities = [
    { id: 'grigory-karasin', type: 'PERSON' as const, name: 'Grigory Karasin' },
    { id: 'sapar-isakov', type: 'PERSON' as const, name: 'Sapar Isakov' },
    { id: 'ria-novosti', type: 'ORG' as const, name: 'RIA Novosti' },
  ];
  const speaker = (words: string) => ({ speaker_text: words, speaker_start: text.indexOf(words), speaker_end: text.indexOf(words) + words.length });
  const gold = [
    { ...span(text, 'We do not seek after the quantity.'), ...speaker('Grigory Karasin') },
    { ...span(text, 'There is no final decision,'), speaker_text: 'Sapar Isakov' },
    { ...span(text, 'It will reach our borders,'), ...speaker('Isakov') },
  ];
  const doc = systemDoc(text, {
    mentions, entities,
    quotes: [
      quote(text, 'We do not seek', 'grigory-karasin'),            // mention over the gold speaker span
      quote(text, 'There is no final decision,', 'sapar-isakov'),  // name shares "Isakov"
      quote(text, 'It will reach our borders,', 'ria-novosti'),    // wrong speaker
      quote(text, 'the president said', undefined),                // not a quote: wrong
    ],
  });
  const r = scoreQuotes('d', doc, gold);
  assert.deepEqual([r.content.systemRight, r.content.system, r.content.goldFound, r.content.gold], [3, 4, 3, 3]);
  assert.deepEqual([r.speaker.systemRight, r.speaker.system], [2, 3]);
});

test('events: countries through metonymFor, country or an ISO3 id; one-to-one multisets; optional, roots, symmetric', () => {
  const entities = [
    { id: 'moscow', type: 'GPE' as const, name: 'Moscow', country: 'RUS', metonymFor: 'RUS' },
    { id: 'sapar-isakov', type: 'PERSON' as const, name: 'Sapar Isakov', country: 'KGZ' },
    { id: 'ria-novosti', type: 'ORG' as const, name: 'RIA Novosti', country: 'RUS' },
  ];
  const gold = [
    { source_country: 'KGZ', target_country: 'RUS', code: '042' },
    { source_country: 'KGZ', target_country: 'RUS', code: '042' },
    { source_country: 'RUS', target_country: 'KGZ', code: '057', symmetric: true },
    { source_country: 'KGZ', target_country: 'RUS', code: '0212', roots: ['02', '03'] },
    { source_country: 'KGZ', target_country: 'TJK', code: '19', optional: true },
  ];
  const doc = systemDoc('', {
    entities,
    events: [
      event('042', 'sapar-isakov', 'moscow'),   // person's country → metonymous capital's state
      event('042', 'KGZ', 'RUS'),               // ISO3 ids
      event('042', 'KGZ', 'RUS'),               // a third visit: the gold has two
      event('057', 'KGZ', 'RUS'),               // symmetric: the sides may swap
      event('036', 'KGZ', 'RUS'),               // root 03 is an accepted alternative of 0212
      event('190', 'KGZ', 'TJK'),               // matches an optional gold: neutral
      event('042', 'ria-novosti', undefined),   // no target country: wrong
    ],
  });
  const r = scoreEvents('d', doc, gold);
  assert.deepEqual([r.root.systemRight, r.root.system, r.root.goldFound, r.root.gold], [4, 6, 4, 4]);
  assert.deepEqual([r.code.systemRight, r.code.goldFound], [3, 3], '036 is not the code 0212');
});

test('only the layers a gold document lists are scored, summed over documents', () => {
  const text = 'Boeing lost on Friday.';
  const raw = [
    JSON.stringify({ id: 'a', text, layers: ['mentions'], mentions: [{ ...span(text, 'Boeing'), type: 'ORG' }] }),
    'not json',
    JSON.stringify({ id: 'b', text, layers: ['mentions', 'times'], mentions: [], times: [{ ...span(text, 'Friday'), type: 'DATE', value: '2008-02-29' }] }),
  ].join('\n');
  const lines = parseGold(raw, 'g.jsonl');
  assert.equal(lines.length, 3);
  assert.ok(!lines[1].ok && /^g\.jsonl:2: /.test(lines[1].error.message));
  const golds = lines.filter(l => l.ok).map(l => (l as { doc: GoldDocument }).doc);
  const sys = systemDoc(text, { mentions: [mention(text, 'Boeing', 'ORG')], times: [time(text, 'Friday', 'DATE', '2008-02-29')] });
  const report = scoreCorpus(golds.map(gold => ({ gold, system: sys })));
  assert.equal(report.layers.mentions!.docs, 2);
  assert.deepEqual([report.layers.mentions!.metrics.relaxed.systemRight, report.layers.mentions!.metrics.relaxed.system], [1, 2]);
  assert.equal(report.layers.times!.docs, 1);
  assert.equal(report.layers.times!.metrics.value.f1, 1);
  assert.equal(report.layers.quotes, undefined);
  assert.deepEqual(Object.keys(scoreCorpus(golds.map(gold => ({ gold, system: sys })), ['times']).layers), ['times']);
});

test('times past a layer\'s extent are neutral; MEANTIME times count only in the title and first five sentences', () => {
  const lines = ['Boeing loses tanker deal', 'On Friday, the Air Force chose Airbus.', 'Boeing said on Monday it would protest.',
    'Shares fell 5%.', 'Analysts were surprised.', 'The deal is worth $40 billion.', 'In 2010 production starts.', 'Next year, more.'];
  const text = lines.join('\n');
  const system = [time(text, 'Friday', 'DATE', '2008-02-29'), time(text, '2010', 'DATE', '2010'), time(text, 'Next year', 'DATE', '2009')];
  const gold = { id: 'm', text, layers: ['times' as const], times: [{ ...span(text, 'Friday'), type: 'DATE', value: '2008-02-29' }] };
  const plain = scoreCorpus([{ gold, system: systemDoc(text, { times: system }) }]).layers.times!.metrics.relaxed;
  assert.deepEqual([plain.systemRight, plain.system], [1, 3], 'without an extent, every system time counts');
  const meantime = scoreCorpus([{ gold: { ...gold, source: 'meantime' }, system: systemDoc(text, { times: system }) }]).layers.times!.metrics.relaxed;
  assert.deepEqual([meantime.systemRight, meantime.system], [1, 1], 'lines 7 and 8 lie past the title and five sentences');
  const extent = scoreCorpus([{ gold: { ...gold, extent: { times: { start: 0, end: text.indexOf('Shares') } } }, system: systemDoc(text, { times: system }) }]).layers.times!.metrics.relaxed;
  assert.deepEqual([extent.systemRight, extent.system], [1, 1]);
});

test('a gold DATE whose value may be a duration ("PAST_REF|PXY") accepts the type DURATION', () => {
  const text = 'Clashes on the border have grown in recent years.';
  const gold = [{ ...span(text, 'recent years'), type: 'DATE', value: 'PAST_REF|PXY' }];
  const asDuration = scoreTimes('d', [time(text, 'recent years', 'DURATION', 'PXY')], gold, undefined);
  assert.deepEqual([asDuration.value.f1, asDuration.type.f1], [1, 1]);
  const asSet = scoreTimes('d', [time(text, 'recent years', 'SET', 'PXY')], gold, undefined);
  assert.equal(asSet.type.f1, 0);
});
