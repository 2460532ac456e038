// Entities: ids, countries, offices, places with coordinates, metonymy, facilities at their towns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runTo } from '../mentions/helpers.ts';

const entity = (d: ReturnType<typeof runTo>, id: string) => d.entities.find(e => e.id === id);

test('countries are ISO3 entities; demonyms point at them', () => {
  const d = runTo('entities', 'Russian troops left the Russian Federation for Kyrgyzstan, where Kyrgyz officials met them.');
  const rus = entity(d, 'RUS');
  assert.equal(rus?.kind, 'country');
  assert.ok(d.mentions.filter(m => m.entity === 'RUS').length === 2);
  assert.equal(d.mentions.find(m => m.text === 'Kyrgyz')?.entity, 'KGZ');
  assert.ok(entity(d, 'KGZ')?.geo);
});

test('roles from pre-modifiers and appositions, normalized, giving the person a country', () => {
  const d = runTo('entities', 'Kyrgyz Prime Minister Sapar Isakov met Sergei Shoigu, the defense minister of Russia, and Apple CEO Tim Cook. Later the Kazakh premier Askar Mamin joined.');
  assert.deepEqual(entity(d, 'sapar-isakov')?.roles?.map(r => [r.title, r.country]), [['Prime Minister', 'KGZ']]);
  assert.equal(entity(d, 'sapar-isakov')?.country, 'KGZ');
  assert.deepEqual(entity(d, 'sergei-shoigu')?.roles?.map(r => [r.title, r.country]), [['Defense Minister', 'RUS']]);
  assert.deepEqual(entity(d, 'tim-cook')?.roles?.map(r => [r.title, r.organization]), [['CEO', 'apple']]);
  assert.deepEqual(entity(d, 'askar-mamin')?.roles?.map(r => [r.title, r.country]), [['Prime Minister', 'KAZ']]);
});

test('ambiguous places follow the countries the document names', () => {
  const near = (e: { geo?: { lat: number; lon: number } } | undefined, lat: number, lon: number) =>
    !!e?.geo && Math.abs(e.geo.lat - lat) < 1 && Math.abs(e.geo.lon - lon) < 1;
  const ru = runTo('entities', 'Atambayev went to Kazan, the capital of Tatarstan.');
  assert.ok(near(entity(ru, 'kazan'), 55.79, 49.12), JSON.stringify(entity(ru, 'kazan')));
  assert.equal(entity(ru, 'kazan')?.country, 'RUS');
  const uk = runTo('entities', 'The fire broke out in Reading, a town west of London.');
  assert.equal(entity(uk, 'reading')?.country, 'GBR');
});

test('a facility sits at its namesake town, and the bare town name at the base means the base', () => {
  const d = runTo('entities', 'Kyrgyzstan has had a Russian military base since handing over the Kant airfield to Moscow. ' +
    'Atambayev did not want more troops at Kant. As far as the Kant Air Base concerned, it is located just south of the city of Kant.');
  const base = entity(d, 'kant-air-base');
  assert.equal(base?.geo?.kind, 'facility');
  assert.equal(base?.country, 'KGZ');
  const kants = d.mentions.filter(m => m.text === 'Kant');
  assert.deepEqual(kants.map(m => m.entity), ['kant-air-base', 'kant']);
  assert.equal(entity(d, 'kant')?.geo?.kind, 'city');
});

test('metonymy: a capital acting is its state; a capital visited is a place', () => {
  const d = runTo('entities', 'Bishkek proposes Russia to deploy one more military base in Kyrgyzstan but Moscow does not seek after the quantity. During his visit to Moscow, Isakov spoke. Washington warned Moscow\'s position was unclear.');
  const ms = d.mentions.filter(m => m.kind === 'name');
  assert.equal(ms.find(m => m.text === 'Bishkek')?.metonymFor, 'KGZ');
  const moscows = ms.filter(m => m.text === 'Moscow');
  assert.deepEqual(moscows.map(m => m.metonymFor), ['RUS', undefined, 'RUS']);
  assert.equal(ms.find(m => m.text === 'Washington')?.metonymFor, 'USA');
  assert.equal(entity(d, 'moscow')?.metonymFor, 'RUS');
});

test('organizations get kinds and countries: media, armed groups, military units through possessives', () => {
  const d = runTo('entities', 'What we see in Afghanistan is the Taliban getting stronger, RIA Novosti reported. The unit has been described as Russian Air Force\'s 5th Air Army\'s 999th Air Base.');
  assert.equal(entity(d, 'taliban')?.kind, 'armed-group');
  assert.equal(entity(d, 'ria-novosti')?.kind, 'media');
  assert.equal(entity(d, 'ria-novosti')?.country, 'RUS');
  assert.deepEqual(['russian-air-force', '5th-air-army', '999th-air-base'].map(id => [entity(d, id)?.kind, entity(d, id)?.country]),
    [['military', 'RUS'], ['military', 'RUS'], ['military', 'RUS']]);
});

test('a seat of government is a facility in its capital, acting for its state; reported clauses open with the speech verb', () => {
  const d = runTo('entities', 'The Kremlin said Moscow would continue talks with Kyiv. Mrs. Linda Thomas-Greenfield, the U.S. ambassador to the United Nations, told the Security Council that Washington supported the extension.');
  const kremlin = entity(d, 'kremlin');
  assert.equal(kremlin?.type, 'FAC');
  assert.equal(kremlin?.metonymFor, 'RUS');
  assert.ok(kremlin?.geo && Math.abs(kremlin.geo.lat - 55.75) < 0.5);
  const ms = d.mentions.filter(m => m.kind === 'name');
  assert.equal(ms.find(m => m.text === 'Moscow')?.metonymFor, 'RUS');
  assert.equal(ms.find(m => m.text === 'Kyiv')?.metonymFor, 'UKR');
  assert.equal(ms.find(m => m.text === 'Washington')?.metonymFor, 'USA');
  const amb = entity(d, 'linda-thomas-greenfield');
  assert.deepEqual(amb?.roles?.map(r => [r.title, r.country, r.organization]), [['Ambassador', 'USA', 'united-nations']]);
});

test('an organization takes its home country from the words around it, else from the list of well-known companies', async () => {
  const { extract } = await import('../../../src/index.ts');
  const orgs = (t: string) => Object.fromEntries(extract(t, { published: '2009-11-05' }).entities.filter(e => e.type === 'ORG').map(e => [e.name, e.country]));
  assert.equal(orgs('The US car manufacturer General Motors said that it would axe 10,000 jobs at Opel.')['General Motors'], 'USA');
  assert.equal(orgs('Irish national airline Aer Lingus have purchased 12 new long-haul aircraft.')['Aer Lingus'], 'IRL');
  assert.equal(orgs('Officials have agreed to purchase 60 aircraft from Boeing.')['Boeing'], 'USA');
});

test('"his Japanese counterpart Shinzo Abe" holds the same office for Japan', () => {
  const doc = runTo('entities', 'Indian Prime Minister Narendra Modi and his Japanese counterpart Shinzo Abe also agreed to cooperate on civil nuclear energy. Defence Minister Rustem Umerov met his U.S. counterpart Lloyd Austin in Washington.');
  const roleOf = (name: string) => doc.entities.find(e => e.name === name)?.roles?.map(r => `${r.title} ${r.country}`);
  assert.deepEqual(roleOf('Shinzo Abe'), ['Prime Minister JPN']);
  assert.deepEqual(roleOf('Lloyd Austin'), ['Defense Minister USA']);
});

test("an office written without its state takes the report's home state, marked inferred; spokespeople do not", () => {
  const doc = runTo('entities', 'NAIROBI, July 7 (Reuters) - Kenyan police fired tear gas at opposition supporters in Nairobi.\nOpposition leader Raila Odinga had called for demonstrations after President William Ruto signed a finance bill. A government spokesman, Isaac Mwaura, said the protests were illegal.');
  const ruto = doc.entities.find(e => e.name === 'William Ruto');
  assert.deepEqual(ruto?.roles?.map(r => [r.title, r.country, r.countryInferred]), [['President', 'KEN', true]]);
  assert.equal(ruto?.country, 'KEN');
  assert.equal(doc.entities.find(e => e.name === 'Isaac Mwaura')?.roles?.[0]?.country, undefined);
  // a story about two states says each office's state, or says none
  const two = runTo('entities', 'Turkey and Greece will resume talks, Foreign Minister Mevlut Cavusoglu said in Ankara after meeting Greek officials.');
  assert.equal(two.entities.find(e => e.name === 'Mevlut Cavusoglu')?.roles?.[0]?.country, undefined);
});

test("a state's own bodies named without their state take the story's state, marked inferred (Wikinews, CC BY 2.5)", () => {
  const doc = runTo('entities', 'When the Air Force selected Los Angeles based Northrop Grumman on February 29 to build the aircraft, Boeing challenged the award.');
  const force = doc.entities.find(e => e.name === 'Air Force');
  assert.equal(force?.country, 'USA');
  assert.equal(force?.countryInferred, true);
  // three companies of three states: no state is the story's
  const tie = runTo('entities', 'AirTanker Ltd., an EADS-led consortium, have signed a 27-year contract with the Defense Ministry to supply 14 new Airbus A330-200 airliners.');
  assert.equal(tie.entities.find(e => e.name === 'Defense Ministry')?.country, undefined);
  const congress = runTo('entities', 'Earlier this week, the "Big Three" automakers - Ford, Chrysler, and General Motors - had pleaded before Congress to be given $14 billion in funds so as to prevent collapse.');
  assert.equal(congress.entities.find(e => e.name === 'Congress')?.country, 'USA');
});

test('a nationality before an organization gives its country only through a word for what it is', () => {
  const doc = runTo('entities', "Politicians in Germany expressed disappointment at GM's decision, and the Irish national airline Aer Lingus agreed.");
  assert.equal(doc.entities.find(e => e.name === 'GM')?.country, 'USA', 'GM keeps its own country, not Germany');
  assert.equal(doc.entities.find(e => e.name === 'Aer Lingus')?.country, 'IRL');
});

test('"X, the chief spokesman for the Taliban government, said": the office in that body', () => {
  const doc = runTo('entities', 'Zabihullah Mujahid, the chief spokesman for the Taliban government, said on Sunday that the death toll had risen.');
  const role = doc.entities.find(e => e.name === 'Zabihullah Mujahid')?.roles?.[0];
  assert.equal(role?.title, 'Chief Spokesperson');
  assert.equal(doc.entities.find(e => e.id === role?.organization)?.name, 'Taliban');
});

test('a lowercase noun after an unknown organization says its kind: "the ruling Georgian Dream party"', () => {
  const doc = runTo('entities', 'President Salome Zourabichvili is at odds with the ruling Georgian Dream party and with the Wagner group.');
  assert.equal(doc.entities.find(e => e.name === 'Georgian Dream')?.kind, 'party');
});
