import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  lookupPlaces, resolvePlace, distanceKm, gazetteerStats,
} from '../../src/data/gazetteer.ts';

const near = (p: { lat: number; lon: number } | undefined, lat: number, lon: number, km: number) => {
  assert.ok(p, 'no place');
  const d = distanceKm(p, { lat, lon });
  assert.ok(d <= km, `${JSON.stringify(p)} is ${Math.round(d)} km from (${lat}, ${lon})`);
};

test('loads within the budget', () => {
  const s = gazetteerStats();
  assert.ok(s.places > 150_000, `${s.places} places`);
  // the issue asks ≤ 300 ms; allow for a loaded CI machine
  assert.ok(s.loadMs < 1500, `loaded in ${s.loadMs} ms`);
});

test('Kant is the Kyrgyz town, with or without context', () => {
  const kant = resolvePlace('Kant', { countries: ['KGZ', 'RUS'] });
  assert.equal(kant?.country, 'KGZ');
  assert.equal(kant?.kind, 'city');
  near(kant, 42.89, 74.85, 5);
  // spelled exactly so: ahead of Kānt in India, which is larger
  assert.equal(lookupPlaces('Kant')[0].country, 'KGZ');
});

test('Kazan is in Russia by population; in Turkey when the document is about Turkey', () => {
  const kazan = resolvePlace('Kazan', {});
  assert.equal(kazan?.country, 'RUS');
  near(kazan, 55.79, 49.12, 5);
  assert.deepEqual(kazan?.admin.slice(0, 2), ['Russia', 'Tatarstan Republic']);
  assert.equal(resolvePlace('Kazan', { countries: ['TUR'] })?.country, 'TUR');
});

test('regions and districts by their many name forms', () => {
  for (const name of ['Batken province', 'Batken Region', 'Batken oblast']) {
    const p = resolvePlace(name, { countries: ['KGZ'] });
    assert.equal(p?.kind, 'region', name);
    assert.equal(p?.country, 'KGZ', name);
    near(p, 39.9, 71.0, 100);
  }
  for (const name of ['Chuy oblast', 'Chüy Region', 'Chuy Region', 'Chuy province']) {
    const p = lookupPlaces(name)[0];
    assert.equal(p?.kind, 'region', name);
    assert.equal(p?.country, 'KGZ', name);
    near(p, 42.6, 74.6, 100);
  }
  const ysykAta = lookupPlaces('Ysyk-Ata District')[0];
  assert.equal(ysykAta.kind, 'district');
  assert.deepEqual(ysykAta.admin, ['Kyrgyzstan', 'Chuy Region', 'Ysyk-Ata']);
  near(ysykAta, 42.7, 75.0, 50);
  // the Russian adjectival form GeoNames files some districts under
  assert.equal(lookupPlaces('Sokuluk District')[0]?.name, 'Sokulukskiy Rayon');
  for (const name of ['Tatarstan', 'Republic of Tatarstan', 'Tatarstan Republic']) {
    const p = lookupPlaces(name)[0];
    assert.equal(p?.kind, 'region', name);
    assert.equal(p?.country, 'RUS', name);
    near(p, 55.5, 50.5, 100);
  }
});

test('a capital comes before the region or state named like it', () => {
  assert.equal(lookupPlaces('Moscow')[0].kind, 'city');
  assert.equal(lookupPlaces('Moscow Oblast')[0].name, 'Moscow Oblast');
  assert.equal(lookupPlaces('Moscow region')[0].kind, 'region');
  const washington = lookupPlaces('Washington')[0];
  assert.equal(washington.kind, 'city');
  near(washington, 38.9, -77.04, 10);
  assert.equal(lookupPlaces('New York')[0].name, 'New York City');
  const bishkek = resolvePlace('Bishkek', {});
  assert.equal(bishkek?.feature, 'C');
  near(bishkek, 42.87, 74.57, 10);
});

test('countries and world regions are places too', () => {
  const georgia = lookupPlaces('Georgia');
  assert.equal(georgia[0].kind, 'country');
  assert.equal(georgia[0].country, 'GEO');
  // a document about the United States means the state
  const state = resolvePlace('Georgia', { countries: ['USA'] });
  assert.equal(state?.kind, 'region');
  assert.equal(state?.country, 'USA');
  const ca = lookupPlaces('Central Asia')[0];
  assert.equal(ca.kind, 'area');
  assert.equal(ca.country, '');
  assert.equal(lookupPlaces('the Middle East')[0].kind, 'area');
});

test('exonyms and a nearby point', () => {
  assert.equal(lookupPlaces('Kiev')[0].name, 'Kyiv');
  assert.equal(lookupPlaces('Bombay')[0].name, 'Mumbai');
  // Paris, Texas when the story is about Texas
  const paris = resolvePlace('Paris', { near: { lat: 32.8, lon: -96.8 }, countries: ['USA'] });
  assert.equal(paris?.country, 'USA');
  assert.equal(resolvePlace('Paris', {})?.country, 'FRA');
});

test('a city inside the state or country written after it', () => {
  // MEANTIME: "their Everett Factory near Seattle, Washington", "Long Beach, California"
  const everett = resolvePlace('Everett', { within: 'Washington' });
  assert.equal(everett?.admin[1], 'Washington');
  near(everett, 47.98, -122.2, 20);
  assert.equal(resolvePlace('Long Beach', { within: 'California' })?.admin[1], 'California');
  assert.equal(resolvePlace('Paris', { within: 'Texas' })?.admin[1], 'Texas');
  assert.equal(resolvePlace('Kazan', { within: 'Turkey' })?.country, 'TUR');
});

test('unknown names find nothing', () => {
  assert.deepEqual(lookupPlaces('Qwxzptlk'), []);
  assert.deepEqual(lookupPlaces(''), []);
  assert.equal(resolvePlace('Qwxzptlk', {}), undefined);
});
