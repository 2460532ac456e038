import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupFacility } from '../../src/data/facilities.ts';
import { distanceKm } from '../../src/data/gazetteer.ts';

test('air bases and airports by the names news gives them', () => {
  const kant = lookupFacility('Kant Air Base', { countries: ['KGZ', 'RUS'] });
  assert.equal(kant?.kind, 'air-base');
  assert.equal(kant?.country, 'KGZ');
  assert.ok(distanceKm(kant!, { lat: 42.853, lon: 74.846 }) < 2);
  assert.equal(lookupFacility('Manas International Airport')?.iata, 'FRU');
  assert.equal(lookupFacility('Bagram Air Base')?.country, 'AFG');
  // MEANTIME: "Singapore's Changi International Airport", "London Heathrow", "Heathrow airport"
  assert.equal(lookupFacility('Changi International Airport')?.iata, 'SIN');
  assert.equal(lookupFacility('London Heathrow')?.iata, 'LHR');
  assert.equal(lookupFacility('Heathrow airport')?.iata, 'LHR');
  assert.equal(lookupFacility('Suvarnabhumi Airport')?.country, 'THA');
});

test('a town is not taken for its airfield', () => {
  assert.equal(lookupFacility('Kant'), undefined);
  assert.equal(lookupFacility('Kant airfield')?.icao, 'UAFW');
  assert.equal(lookupFacility('Qwxzptlk Airport'), undefined);
});
