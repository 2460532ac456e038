import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countryByName, countryByDemonym, countryByIso3, seatOfGovernment, knownOrganization, worldRegion, worldRegionByAdjective, countryData,
} from '../../src/data/countries.ts';

test('countries by name, alias and code', () => {
  const cases: Array<[string, string]> = [
    ['Russia', 'RUS'], ['Russian Federation', 'RUS'], ['the U.S.', 'USA'], ['U.S.', 'USA'], ['US', 'USA'],
    ['USA', 'USA'], ['America', 'USA'], ['United States of America', 'USA'], ['UK', 'GBR'], ['Britain', 'GBR'],
    ['Great Britain', 'GBR'], ['Kyrgyz Republic', 'KGZ'], ['Kyrgyzstan', 'KGZ'], ['South Korea', 'KOR'],
    ['Republic of Korea', 'KOR'], ['North Korea', 'PRK'], ['DPRK', 'PRK'], ['Iran', 'IRN'],
    ['Islamic Republic of Iran', 'IRN'], ['Syria', 'SYR'], ['Czechia', 'CZE'], ['Czech Republic', 'CZE'],
    ['Ivory Coast', 'CIV'], ["Côte d'Ivoire", 'CIV'], ["Cote d'Ivoire", 'CIV'], ['Burma', 'MMR'], ['Myanmar', 'MMR'],
    ['Holland', 'NLD'], ['the Netherlands', 'NLD'], ['RUS', 'RUS'], ['Türkiye', 'TUR'], ['Turkey', 'TUR'],
    ['UAE', 'ARE'], ['DR Congo', 'COD'], ['Tajikistan', 'TJK'], ['Uzbekistan', 'UZB'], ['Afghanistan', 'AFG'],
  ];
  for (const [s, iso3] of cases) assert.equal(countryByName(s)?.iso3, iso3, s);
  // the pronoun and a lowercase code are not countries
  assert.equal(countryByName('us'), undefined);
  assert.equal(countryByName('can'), undefined);
  assert.equal(countryByName('Atlantis'), undefined);
  const kgz = countryByIso3('KGZ')!;
  assert.equal(kgz.name, 'Kyrgyzstan');
  assert.equal(kgz.capital, 'Bishkek');
  assert.equal(kgz.subregion, 'Central Asia');
  assert.ok(kgz.aliases.includes('Kyrgyz Republic'));
});

test('demonyms, adjectives and plurals', () => {
  const cases: Array<[string, string]> = [
    ['Kyrgyz', 'KGZ'], ['Kirghiz', 'KGZ'], ['Tajik', 'TJK'], ['Tajiks', 'TJK'], ['Uzbek', 'UZB'], ['Uzbeks', 'UZB'],
    ['Afghan', 'AFG'], ['Afghans', 'AFG'], ['Russian', 'RUS'], ['Russians', 'RUS'], ['American', 'USA'],
    ['Americans', 'USA'], ['British', 'GBR'], ['Briton', 'GBR'], ['Britons', 'GBR'], ['Chinese', 'CHN'],
    ['Emirati', 'ARE'], ['Emiratis', 'ARE'], ['Kazakh', 'KAZ'], ['Turkmen', 'TKM'], ['South Korean', 'KOR'],
    ['North Koreans', 'PRK'], ['Israelis', 'ISR'], ['Filipino', 'PHL'], ['Dutch', 'NLD'], ['Swiss', 'CHE'],
    ['Germans', 'DEU'], ['Frenchmen', 'FRA'], ['Saudi', 'SAU'], ['Iraqis', 'IRQ'], ['Thai', 'THA'],
  ];
  for (const [s, iso3] of cases) assert.equal(countryByDemonym(s)?.iso3, iso3, s);
  assert.equal(countryByDemonym('Martian'), undefined);
  // every inhabited country has at least one demonym (Bouvet Island has nobody to name)
  const without = countryData().countries.filter((c) => c.demonyms.length === 0).map((c) => c.iso3);
  assert.deepEqual(without, ['BVT']);
});

test('seats of government stand for their state', () => {
  assert.deepEqual(seatOfGovernment('Moscow'), { iso3: 'RUS', kind: 'capital' });
  assert.deepEqual(seatOfGovernment('the Kremlin'), { iso3: 'RUS', kind: 'building' });
  assert.deepEqual(seatOfGovernment('Bishkek'), { iso3: 'KGZ', kind: 'capital' });
  assert.deepEqual(seatOfGovernment('Washington'), { iso3: 'USA', kind: 'capital' });
  assert.deepEqual(seatOfGovernment('the White House'), { iso3: 'USA', kind: 'building' });
  assert.equal(seatOfGovernment('Downing Street')?.iso3, 'GBR');
  assert.equal(seatOfGovernment('the Elysee')?.iso3, 'FRA');
  assert.equal(seatOfGovernment('Élysée Palace')?.iso3, 'FRA');
  assert.equal(seatOfGovernment('Beijing')?.iso3, 'CHN');
  assert.equal(seatOfGovernment('Tehran')?.iso3, 'IRN');
  assert.equal(seatOfGovernment('Pyongyang')?.iso3, 'PRK');
  // every world-countries capital is a seat
  assert.equal(seatOfGovernment('Dushanbe')?.iso3, 'TJK');
  assert.equal(seatOfGovernment('Ouagadougou')?.iso3, 'BFA');
  assert.equal(seatOfGovernment('Kazan'), undefined);
});

test('organizations with their kind and home country', () => {
  assert.deepEqual(
    [knownOrganization('RIA Novosti')?.kind, knownOrganization('RIA Novosti')?.country], ['media', 'RUS']);
  assert.equal(knownOrganization('Taliban')?.kind, 'armed-group');
  assert.equal(knownOrganization('Taliban')?.country, 'AFG');
  for (const s of ['Islamic State', 'ISIS', 'ISIL', 'Daesh']) assert.equal(knownOrganization(s)?.name, 'Islamic State', s);
  for (const s of ['NATO', 'Nato', 'CSTO', 'EU', 'EAEU', 'OSCE', 'SCO', 'UN', 'U.N.', 'CIS', 'IMF', 'World Bank']) {
    assert.equal(knownOrganization(s)?.kind, 'igo', s);
  }
  for (const s of ['Reuters', 'AP', 'Associated Press', 'AFP', 'TASS', 'Interfax', 'Xinhua', 'Al Jazeera', 'BBC']) {
    assert.equal(knownOrganization(s)?.kind, 'media', s);
  }
  for (const s of ['al-Qaeda', 'Hezbollah', 'Hamas', 'Boko Haram', 'al-Shabaab', 'PKK', 'Houthis']) {
    assert.equal(knownOrganization(s)?.kind, 'armed-group', s);
  }
  // acronyms that are words in lowercase
  assert.equal(knownOrganization('who'), undefined);
  assert.equal(knownOrganization('WHO')?.name, 'World Health Organization');
  assert.equal(knownOrganization('ap'), undefined);
  assert.equal(knownOrganization('Who'), undefined);
  assert.equal(knownOrganization('Opec')?.name, 'Organization of the Petroleum Exporting Countries');
});

test('world regions', () => {
  for (const s of ['Central Asia', 'the Middle East', 'the Caucasus', 'the Balkans', 'Southeast Asia', 'the Gulf',
    'the Sahel', 'Europe', 'Africa', 'Latin America', 'Scandinavia', 'the Baltic states', 'Siberia']) {
    const r = worldRegion(s);
    assert.ok(r, s);
    assert.ok(Math.abs(r.lat) <= 90 && Math.abs(r.lon) <= 180, s);
  }
  const ca = worldRegion('Central Asia')!;
  assert.ok(ca.lat > 35 && ca.lat < 50 && ca.lon > 55 && ca.lon < 80);
  assert.equal(worldRegion('Kazan'), undefined);
  // adjectives MEANTIME marks as locations: "European carmakers", "North American sales"
  assert.equal(worldRegionByAdjective('European')?.name, 'Europe');
  assert.equal(worldRegionByAdjective('North American')?.name, 'North America');
  assert.equal(worldRegionByAdjective('Central Asian')?.name, 'Central Asia');
  assert.equal(worldRegionByAdjective('Russian'), undefined);
});
