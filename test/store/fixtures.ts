// Hand-built contract documents for store tests, made from real report text, so the
// knowledge base can be tested before (and independently of) the extraction layers.
import { readFileSync } from 'node:fs';
import type { DossierDocument, Entity, EventRecord, Mention, Quote, Span, TimeExpression } from '../../src/document/types.ts';

export const EXAMPLE_TEXT = readFileSync(new URL('../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');

/** The span of the nth occurrence of `needle` in `text`; throws when absent so a fixture cannot drift silently. */
export function at(text: string, needle: string, nth = 0, from = 0): Span {
  let i = text.indexOf(needle, from);
  for (let k = 0; k < nth && i >= 0; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start: i, end: i + needle.length, text: needle };
}

const ENTITIES: Entity[] = [
  { id: 'RUS', type: 'GPE', name: 'Russia', kind: 'country', country: 'RUS', geo: { lat: 61.5, lon: 105.3, kind: 'country' } },
  { id: 'KGZ', type: 'GPE', name: 'Kyrgyzstan', kind: 'country', country: 'KGZ', geo: { lat: 41.2, lon: 74.8, kind: 'country' } },
  { id: 'TJK', type: 'GPE', name: 'Tajikistan', kind: 'country', country: 'TJK' },
  { id: 'AFG', type: 'GPE', name: 'Afghanistan', kind: 'country', country: 'AFG' },
  { id: 'grigory-karasin', type: 'PERSON', name: 'Grigory Karasin', kind: 'person', country: 'RUS', roles: [{ title: 'Deputy Foreign Minister', country: 'RUS', rule: 'fixture' }] },
  { id: 'sapar-isakov', type: 'PERSON', name: 'Sapar Isakov', kind: 'person', country: 'KGZ', roles: [{ title: 'Prime Minister', country: 'KGZ', rule: 'fixture' }] },
  { id: 'almazbek-atambayev', type: 'PERSON', name: 'Almazbek Atambayev', kind: 'person', country: 'KGZ', roles: [{ title: 'President', country: 'KGZ', rule: 'fixture' }] },
  { id: 'putin', type: 'PERSON', name: 'Putin', kind: 'person', country: 'RUS' },
  { id: 'moscow', type: 'GPE', name: 'Moscow', kind: 'city', country: 'RUS', metonymFor: 'RUS', geo: { lat: 55.7558, lon: 37.6173, kind: 'city', geonameId: 524901 } },
  { id: 'bishkek', type: 'GPE', name: 'Bishkek', kind: 'city', country: 'KGZ', metonymFor: 'KGZ', geo: { lat: 42.87, lon: 74.59, kind: 'city', geonameId: 1528675 } },
  { id: 'kazan', type: 'GPE', name: 'Kazan', kind: 'city', country: 'RUS', geo: { lat: 55.7887, lon: 49.1221, kind: 'city', geonameId: 551487 } },
  { id: 'tatarstan', type: 'GPE', name: 'Tatarstan', kind: 'region', country: 'RUS', geo: { lat: 55.5, lon: 50.5, kind: 'region', geonameId: 484048 } },
  { id: 'kant-air-base', type: 'FAC', name: 'Kant Air Base', kind: 'facility', country: 'KGZ', geo: { lat: 42.853, lon: 74.846, kind: 'facility' } },
  { id: 'ria-novosti', type: 'ORG', name: 'RIA Novosti', kind: 'media', country: 'RUS' },
  { id: 'taliban', type: 'ORG', name: 'Taliban', kind: 'armed-group', country: 'AFG' },
];

/** The example report as a contract document, layers filled by hand as the stages should fill them. */
export function exampleDocument(overrides: Partial<DossierDocument> = {}): DossierDocument {
  const text = overrides.text ?? EXAMPLE_TEXT;
  const m = (needle: string, type: Mention['type'], entity: string, nth = 0, kind: Mention['kind'] = 'name', extra: Partial<Mention> = {}): Mention =>
    ({ ...at(text, needle, nth), type, kind, entity, rule: 'fixture', ...extra });
  const mentions: Mention[] = [
    m('Russia', 'GPE', 'RUS'), m('Kyrgyzstan', 'GPE', 'KGZ'), m('Tajikistan', 'GPE', 'TJK'),
    m('Bishkek', 'GPE', 'bishkek', 0, 'name', { metonymFor: 'KGZ' }), m('Moscow', 'GPE', 'moscow', 0, 'name', { metonymFor: 'RUS' }),
    m('Grigory Karasin', 'PERSON', 'grigory-karasin'), m('RIA Novosti', 'ORG', 'ria-novosti'), m('Karasin was', 'PERSON', 'grigory-karasin'),
    m('Sapar Isakov', 'PERSON', 'sapar-isakov'), m('Almazbek Atambayev', 'PERSON', 'almazbek-atambayev'),
    m('Tatarstan', 'GPE', 'tatarstan'), m('Kazan', 'GPE', 'kazan'), m('Putin', 'PERSON', 'putin'), m('Afghanistan', 'GPE', 'AFG'),
    m('Taliban', 'ORG', 'taliban'), m('Kant Air Base', 'FAC', 'kant-air-base'),
  ].map(x => (x.text === 'Karasin was' ? { ...x, end: x.start + 7, text: 'Karasin' } : x)).sort((a, b) => a.start - b.start);
  const t = (needle: string, value: string, range?: { start: string; end: string }, nth = 0): TimeExpression =>
    ({ ...at(text, needle, nth), type: 'DATE', value, ...(range ? { range } : {}), rule: 'fixture' });
  const times: TimeExpression[] = [
    t('early October', '2017-10', { start: '2017-10-01', end: '2017-10-10' }),
    t('October 2', '2017-10-02', { start: '2017-10-02', end: '2017-10-02' }),
    t('June 19-24 this year', '2017-06-19/2017-06-24', { start: '2017-06-19', end: '2017-06-24' }),
    t('June 24', '2017-06-24', { start: '2017-06-24', end: '2017-06-24' }),
    t('September 22, 2003', '2003-09-22', { start: '2003-09-22', end: '2003-09-22' }),
  ].sort((a, b) => a.start - b.start);
  const q = (needle: string, speaker: string, kind: Quote['kind'], cue: string, extra: Partial<Quote> = {}): Quote =>
    ({ ...at(text, needle), kind, speaker, cue: at(text, cue, 0, Math.max(0, text.indexOf(needle) - 60)), rule: 'fixture', ...extra });
  const quotes: Quote[] = [
    q('Unlike some other countries well known to all', 'grigory-karasin', 'direct', 'was quoted as saying', { via: 'ria-novosti', time: '2017-10-10' }),
    q('There is no final decision from either of the sides', 'sapar-isakov', 'direct', 'quoted', { via: 'ria-novosti', time: '2017-10-02' }),
    q('What we see in Afghanistan is the Taliban getting stronger there, and the Islamic State terror group is also gaining strength there', 'almazbek-atambayev', 'direct', 'said', { time: '2017-06-24' }),
    q('Of course we will help Tajikistan; we will conduct joint exercises.', 'almazbek-atambayev', 'direct', 'added', { time: '2017-06-24' }),
  ].sort((a, b) => a.start - b.start);
  const e = (trigger: string, code: string, source: string, target: string, time: string, extra: Partial<EventRecord> = {}): EventRecord =>
    ({ code, source, target, time, trigger: at(text, trigger), rule: 'fixture', root: code.slice(0, 2), ...extra });
  const events: EventRecord[] = [
    e('does not consider it necessary to open', '1212', 'RUS', 'KGZ', '2017-10-10', { quadClass: 3, goldstein: -4, sourceActor: 'RUS', targetActor: 'KGZ' }),
    e('visit to Moscow', '042', 'sapar-isakov', 'RUS', '2017-10', { quadClass: 1, goldstein: 1.9, sourceActor: 'KGZGOV', targetActor: 'RUS', location: 'moscow' }),
    e('visit to Russia', '042', 'almazbek-atambayev', 'RUS', '2017-06-19/2017-06-24', { quadClass: 1, goldstein: 1.9, sourceActor: 'KGZGOV', targetActor: 'RUS' }),
    e('went to the Russian republic of Tatarstan', '042', 'almazbek-atambayev', 'RUS', '2017-06-24', { quadClass: 1, goldstein: 1.9, sourceActor: 'KGZGOV', targetActor: 'RUS', location: 'kazan' }),
    e('signed on September 22, 2003', '057', 'RUS', 'KGZ', '2003-09-22', { quadClass: 1, goldstein: 8, symmetric: true }),
  ].sort((a, b) => a.trigger.start - b.trigger.start);
  return {
    id: 'kyrgyzstan-bases', title: 'Russia does not need a second base in Kyrgyzstan', published: '2017-10-10',
    url: 'https://24.kg/english/kyrgyzstan-bases', text, sentences: [{ start: 0, end: text.length }],
    mentions, entities: structuredClone(ENTITIES), times, quotes, events, facts: [], ...overrides,
  };
}

/** A second, shorter report from another outlet: the same visit retold, another Karasin, Putin by his full name. */
export const FOLLOW_UP_TEXT = [
  'Kyrgyz President Almazbek Atambayev paid a visit to Russia in June 2017, meeting Vladimir Putin in Moscow.',
  'Atambayev said: "Russia is our strategic partner."',
  'Meanwhile in Bishkek, local businessman Ivan Karasin, a Kyrgyz citizen, opened a bakery.',
].join('\n');

export function followUpDocument(): DossierDocument {
  const text = FOLLOW_UP_TEXT;
  const mentions: Mention[] = [
    { ...at(text, 'Almazbek Atambayev'), type: 'PERSON', kind: 'name', entity: 'atambayev', rule: 'fixture' },
    { ...at(text, 'Russia'), type: 'GPE', kind: 'name', entity: 'RUS', rule: 'fixture' },
    { ...at(text, 'Vladimir Putin'), type: 'PERSON', kind: 'name', entity: 'vladimir-putin', rule: 'fixture' },
    { ...at(text, 'Moscow'), type: 'GPE', kind: 'name', entity: 'moscow', rule: 'fixture' },
    { ...at(text, 'Atambayev said'), end: at(text, 'Atambayev said').start + 9, text: 'Atambayev', type: 'PERSON', kind: 'name', entity: 'atambayev', rule: 'fixture' },
    { ...at(text, 'Bishkek'), type: 'GPE', kind: 'name', entity: 'bishkek', rule: 'fixture' },
    { ...at(text, 'Ivan Karasin'), type: 'PERSON', kind: 'name', entity: 'ivan-karasin', rule: 'fixture' },
  ];
  return {
    id: 'atambayev-visit', title: 'Atambayev visited Russia', published: '2017-07-01', url: 'https://www.rferl.org/a/atambayev-visit.html',
    text, sentences: [{ start: 0, end: text.length }], mentions,
    entities: [
      { id: 'atambayev', type: 'PERSON', name: 'Almazbek Atambayev', country: 'KGZ', roles: [{ title: 'President', country: 'KGZ', evidence: at(text, 'President') }] },
      { id: 'RUS', type: 'GPE', name: 'Russia', kind: 'country' },
      { id: 'vladimir-putin', type: 'PERSON', name: 'Vladimir Putin', country: 'RUS' },
      { id: 'moscow', type: 'GPE', name: 'Moscow', kind: 'city', country: 'RUS', geo: { lat: 55.75, lon: 37.62, kind: 'city', geonameId: 524901 } },
      { id: 'bishkek', type: 'GPE', name: 'Bishkek', kind: 'city', country: 'KGZ', geo: { lat: 42.87, lon: 74.59, kind: 'city', geonameId: 1528675 } },
      { id: 'ivan-karasin', type: 'PERSON', name: 'Ivan Karasin', country: 'KGZ' },
    ],
    times: [{ ...at(text, 'June 2017'), type: 'DATE', value: '2017-06', range: { start: '2017-06-01', end: '2017-06-30' }, rule: 'fixture' }],
    quotes: [{ ...at(text, 'Russia is our strategic partner.'), kind: 'direct', speaker: 'atambayev', cue: at(text, 'said'), rule: 'fixture' }],
    events: [
      { code: '042', source: 'atambayev', target: 'RUS', time: '2017-06', trigger: at(text, 'paid a visit'), rule: 'fixture', root: '04', quadClass: 1, goldstein: 1.9, location: 'moscow' },
      { code: '040', source: 'atambayev', target: 'vladimir-putin', time: '2017-06', trigger: at(text, 'meeting'), rule: 'fixture', root: '04' },
    ],
    facts: [],
  };
}
