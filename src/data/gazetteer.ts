// The offline gazetteer: GeoNames cities, regions (admin1) and districts (admin2) compiled
// into data/gazetteer/places.tsv and names.tsv by scripts/build-gazetteer.ts, plus countries and
// world regions as places. Loaded once, on first use; rows and Place objects are made on demand.
import { fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../errors.ts';
import { DATA_DIR, readDataBuffer } from './files.ts';
import { fold, adminCore } from './normalize.ts';
export { fold } from './normalize.ts';
import { countryData, countryByIso2, type Country, type WorldRegion } from './countries.ts';
import { wordTable } from './lexicon.ts';

export type PlaceKind = 'city' | 'region' | 'district' | 'country' | 'area';

export interface Place {
  /** > 0: GeoNames id; < 0: an id of this build (regions, districts, countries, areas) */
  id: number;
  name: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3; '' for areas such as "Central Asia" */
  country: string;
  /** country name, admin1 name, admin2 name, as far as known */
  admin: string[];
  /** GeoNames population; for regions and districts the sum of their cities' */
  population: number;
  /** a GeoNames feature: 'C' national capital, 'A' admin1 seat, '2' admin2 seat, 'X' section of a city */
  feature?: string;
}

export interface PlaceContext {
  /** ISO3 codes of the countries the document names */
  countries?: string[];
  /** a point the place is probably near (another place in the same sentence, say) */
  near?: { lat: number; lon: number };
  /** the state, region or country the text puts it in: "Long Beach, California", "Kant, Kyrgyzstan" */
  within?: string;
}

const KINDS: Record<string, PlaceKind> = wordTable({ c: 'city', r: 'region', d: 'district' });

/**
 * Neither file is parsed on load, and places.tsv is not even read: names.tsv is one Buffer,
 * binary-searched by byte offset (it is sorted by bytes), and a row of places.tsv is read from
 * disk when first asked for, at the offset the prebuilt index places.offsets gives. Loading is then
 * two file reads (5 MB) and no scan; no per-place objects, and no 17 MB of strings, live in memory.
 */
interface Table {
  /** names.tsv: key \t exact rows \t core rows \t largest population \t its kind */
  names: Buffer;
  /** places.tsv, opened: id kind name alt cc regionRow districtRow lat lon population feature */
  placesFd: number;
  /** byte offset of each row of places.tsv, and its size at the end */
  placeStart: Uint32Array;
  countryPlaces: Map<string, Place>;
  areaPlaces: Map<WorldRegion, Place>;
  rowCache: Map<number, Row>;
  loadMs: number;
  /** CPU time of the load: what it costs on a machine not shared with other work */
  loadCpuMs: number;
}

interface Row { id: number; kind: string; name: string; alt: string; cc: string; r1: number; r2: number; lat: number; lon: number; pop: number; feature: string }

let table: Table | undefined;

/** Row offsets of places.tsv from places.offsets; scanned from the file itself if the index is missing or stale. */
function placeOffsets(fd: number): Uint32Array {
  const size = fstatSync(fd).size;
  try {
    // places.offsets (scripts/build-gazetteer.ts): uint32 LE row count, then count + 1 offsets, the last the file's size
    const buf = readFileSync(join(DATA_DIR, 'gazetteer/places.offsets'));
    const all = new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    const offsets = all.subarray(1);
    if (offsets.length === all[0] + 1 && offsets[all[0]] === size) return offsets;
  } catch { /* no index: scan */ }
  const bytes = Buffer.allocUnsafe(size);
  readSync(fd, bytes, 0, size, 0);
  return lineOffsets(bytes);
}

/** places.offsets for these bytes of places.tsv (written by scripts/build-gazetteer.ts; little-endian hosts). */
export function placeOffsetsIndex(places: Uint8Array): Buffer {
  const offsets = lineOffsets(places);
  const out = new Uint32Array(offsets.length + 1);
  out[0] = offsets.length - 1;
  out.set(offsets, 1);
  return Buffer.from(out.buffer);
}

/** The start of every line and, last, the length: what places.offsets holds. */
function lineOffsets(bytes: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) count++;
  const starts = new Uint32Array(count + 1);
  let n = 0, pos = 0;
  while (n < count) { starts[n++] = pos; pos = bytes.indexOf(10, pos) + 1; }
  starts[count] = bytes.length;
  return starts;
}

function load(): Table {
  if (table) return table;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const names = readDataBuffer('gazetteer/names.tsv');
  let placesFd: number;
  try {
    placesFd = openSync(join(DATA_DIR, 'gazetteer/places.tsv'), 'r');
  } catch (e) {
    throw new DossierError('DATA_MISSING', (e as Error).message, 'gazetteer/places.tsv');
  }
  const t: Table = {
    names, placesFd, placeStart: placeOffsets(placesFd),
    countryPlaces: new Map(), areaPlaces: new Map(), rowCache: new Map(), loadMs: 0, loadCpuMs: 0,
  };
  const cd = countryData();
  cd.countries.forEach((c, i) => t.countryPlaces.set(c.iso3, countryPlace(c, i)));
  cd.regionList.forEach((r, i) => t.areaPlaces.set(r, {
    id: -300 - i, name: r.name, lat: r.lat, lon: r.lon, kind: 'area', country: '', admin: [], population: 0,
  }));
  t.loadMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  t.loadCpuMs = (cpu.user + cpu.system) / 1000;
  table = t;
  return t;
}

function row(t: Table, r: number): Row {
  const cached = t.rowCache.get(r);
  if (cached) return cached;
  const start = t.placeStart[r], size = t.placeStart[r + 1] - 1 - start;
  const bytes = Buffer.allocUnsafe(size);
  readSync(t.placesFd, bytes, 0, size, start);
  const f = bytes.toString('utf8').split('\t');
  const out: Row = {
    id: Number(f[0]), kind: f[1], name: f[2], alt: f[3], cc: f[4], r1: f[5] ? Number(f[5]) : -1, r2: f[6] ? Number(f[6]) : -1,
    lat: Number(f[7]), lon: Number(f[8]), pop: Number(f[9]), feature: f[10] ?? '',
  };
  if (t.rowCache.size > 50000) t.rowCache.clear();
  t.rowCache.set(r, out);
  return out;
}

/** The start of the line holding byte `at`. */
function lineStart(buf: Buffer, at: number): number {
  while (at > 0 && buf[at - 1] !== 10) at--;
  return at;
}

/** names.tsv's key on the line starting at `at` compared with `key`: < 0, 0, > 0. */
function compareKeyAt(t: Table, at: number, key: Buffer): number {
  return t.names.compare(key, 0, key.length, at, t.names.indexOf(9, at));
}

/** Byte offset of the first line whose key is >= key (names.tsv is sorted by bytes). */
function lowerBound(t: Table, key: Buffer): number {
  let lo = 0, hi = t.names.length;
  while (lo < hi) {
    const s = lineStart(t.names, (lo + hi) >>> 1);
    if (compareKeyAt(t, s, key) < 0) lo = t.names.indexOf(10, s) + 1; else hi = s;
  }
  return lo;
}

/** The fields of the line whose key is exactly `folded`. */
function nameLine(t: Table, folded: string): string[] | undefined {
  const key = Buffer.from(folded, 'utf8');
  const at = lowerBound(t, key);
  if (at >= t.names.length || compareKeyAt(t, at, key) !== 0) return undefined;
  return t.names.toString('utf8', at, t.names.indexOf(10, at)).split('\t');
}

const NO_ROWS: { exact: number[]; core: number[] } = { exact: [], core: [] };
function nameRows(t: Table, folded: string): { exact: number[]; core: number[] } {
  const f = nameLine(t, folded);
  if (!f) return NO_ROWS;
  const nums = (s: string) => (s ? s.split(',').map(Number) : []);
  return { exact: nums(f[1]), core: nums(f[2]) };
}

/** Is some gazetteer name equal to, or starting with, this folded prefix ("new" → "new york")? */
export function isPlaceNamePrefix(foldedPrefix: string): boolean {
  const t = load();
  const key = Buffer.from(foldedPrefix, 'utf8');
  const at = lowerBound(t, key);
  return at < t.names.length && key.length <= t.names.indexOf(9, at) - at && t.names.compare(key, 0, key.length, at, at + key.length) === 0;
}

/** Is this folded string a gazetteer place name? Population and kind are the largest place's so named. */
export function placeNameInfo(folded: string): { population: number; kind: PlaceKind } | undefined {
  const f = nameLine(load(), folded);
  return f && { population: Number(f[3]), kind: KINDS[f[4]] };
}

function countryPlace(c: Country, i: number): Place {
  return { id: -1 - i, name: c.name, lat: c.lat, lon: c.lon, kind: 'country', country: c.iso3, admin: [c.name], population: 0 };
}

function placeAt(t: Table, r: number): Place {
  const w = row(t, r);
  const kind = KINDS[w.kind];
  const country = countryByIso2(w.cc);
  const admin = [country?.name ?? w.cc];
  if (w.r1 >= 0) admin.push(row(t, w.r1).name);
  if (w.r2 >= 0) { if (admin.length === 1) admin.push(''); admin.push(row(t, w.r2).name); }
  if (kind !== 'city') admin.push(w.name); // a region's or district's path ends with itself
  const p: Place = { id: w.id, name: w.name, lat: w.lat, lon: w.lon, kind, country: country?.iso3 ?? w.cc, admin, population: w.pop };
  if (w.feature) p.feature = w.feature;
  return p;
}

/** Rows whose name matches, honouring a region/district word in the query. */
function matchingRows(t: Table, folded: string): number[] {
  const { core, hint } = adminCore(folded);
  if (hint) {
    const want = hint === 'region' ? 'r' : 'd';
    const c = nameRows(t, core);
    const rows = [...c.exact, ...c.core].filter((r) => row(t, r).kind === want);
    if (rows.length) return [...new Set(rows)];
    // "Tatarstan Republic" written in full, or a district filed as a region
    const f = nameRows(t, folded);
    return [...new Set([...f.exact, ...[...c.exact, ...c.core].filter((r) => row(t, r).kind !== 'c')])];
  }
  const f = nameRows(t, folded);
  return [...new Set([...f.exact, ...f.core])];
}

/**
 * A city's weight among same-named candidates: a national capital outweighs its state
 * ("Washington"), and a seat or big city outweighs the region named after it ("Moscow", "Batken").
 */
function effectivePopulation(t: Table, rows: number[], asWritten: string): Map<number, number> {
  const eff = new Map<number, number>();
  for (const r of rows) {
    const w = row(t, r);
    // spelled as the text spells it, accents and all: "Kant" is Kant, Kyrgyzstan before Kānt, India
    const exact = w.name.toLowerCase() === asWritten || w.alt.toLowerCase() === asWritten;
    eff.set(r, w.pop * (w.feature === 'C' ? 20 : 1) * (exact ? 2 : 1));
  }
  // one pass: each city looks up the same-named region or district it lies in, if among the rows
  for (const c of rows) {
    const city = row(t, c);
    if (city.kind !== 'c') continue;
    for (const R of [city.r1, city.r2]) {
      if (R < 0 || !eff.has(R)) continue;
      if (city.feature === 'C' || city.feature === 'A' || city.pop >= 0.25 * row(t, R).pop) {
        eff.set(c, Math.max(eff.get(c)!, eff.get(R)! + 1));
      }
    }
  }
  return eff;
}

/** A candidate: a gazetteer row, or a country or world region already made into a Place. */
interface Candidate { row: number; place?: Place; weight: number }

// Documents name the same places again and again: remember the last few thousand answers.
const candidateMemo = new Map<string, Candidate[]>();
function candidates(name: string): Candidate[] {
  let c = candidateMemo.get(name);
  if (!c) {
    if (candidateMemo.size > 20_000) candidateMemo.clear();
    c = computeCandidates(name);
    candidateMemo.set(name, c);
  }
  return c;
}

function computeCandidates(name: string): Candidate[] {
  const t = load();
  const folded = fold(name);
  if (!folded) return [];
  const out: Candidate[] = [];
  const cd = countryData();
  const country = cd.byName.get(folded);
  const bareAcronym = name.trim() === name.trim().toLowerCase() && folded.length <= 3;
  if (country && !bareAcronym) out.push({ row: -1, place: t.countryPlaces.get(country.iso3)!, weight: 1e12 });
  const area = cd.regions.get(folded);
  if (area) out.push({ row: -1, place: t.areaPlaces.get(area)!, weight: 1e11 });
  const rows = matchingRows(t, folded);
  const eff = effectivePopulation(t, rows, name.trim().toLowerCase());
  // "Moscow Oblast" is the oblast so named before the larger "Moscow" federal city
  if (adminCore(folded).hint) for (const r of nameRows(t, folded).exact) if (eff.has(r)) eff.set(r, eff.get(r)! * 100);
  for (const r of rows) out.push({ row: r, weight: eff.get(r)! });
  out.sort((a, b) => b.weight - a.weight);
  return out;
}

/**
 * Candidate places for a surface name, case-, diacritics- and suffix-insensitive
 * ("Chuy oblast", "Chüy Region", "Republic of Tatarstan"): countries first, then world
 * regions, then by population (a capital or a region's seat ahead of the region named after it).
 */
export function lookupPlaces(name: string): Place[] {
  const t = load();
  return candidates(name).map((c) => c.place ?? placeAt(t, c.row));
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}
export { km as distanceKm };

/**
 * The place a name most likely means in a document: population on a log scale, raised for
 * places in the countries the document names (×~300), near a given point, and inside the region
 * or country the text names beside it ("Everett, Washington"). Kazan → Russia by itself,
 * Kazan → Turkey in a document about Turkey; Kant → Kyrgyzstan.
 */
export function resolvePlace(name: string, context: PlaceContext = {}): Place | undefined {
  const t = load();
  const cands = candidates(name);
  if (cands.length <= 1) return cands[0] ? cands[0].place ?? placeAt(t, cands[0].row) : undefined;
  const inContext = new Set(context.countries ?? []);
  const parentRows = new Set<number>(), parentCountries = new Set<string>();
  if (context.within) {
    for (const p of candidates(context.within)) {
      if (p.place?.kind === 'country') parentCountries.add(p.place.country);
      else if (!p.place && row(t, p.row).kind !== 'c') parentRows.add(p.row);
    }
  }
  let best: Candidate | undefined, bestScore = -Infinity;
  for (const c of cands) {
    let s: number, iso3: string, at: { lat: number; lon: number };
    if (c.place) {
      s = c.place.kind === 'country' ? 9 : 8;
      iso3 = c.place.country;
      at = c.place;
    } else {
      const w = row(t, c.row);
      s = Math.log10(c.weight + 10);
      iso3 = countryByIso2(w.cc)?.iso3 ?? w.cc;
      at = w;
      if (parentRows.has(w.r1) || parentRows.has(w.r2)) s += 5;
    }
    if (parentCountries.has(iso3)) s += 4;
    if (iso3 && inContext.has(iso3)) s += 2.5;
    if (context.near) {
      const d = km(context.near, at);
      s += d < 300 ? 1.5 : d < 1000 ? 0.75 : 0;
    }
    if (s > bestScore) { bestScore = s; best = c; }
  }
  return best!.place ?? placeAt(t, best!.row);
}

/** Load figures for reports and tests. */
export function gazetteerStats(): { places: number; names: number; loadMs: number; loadCpuMs: number } {
  const t = load();
  let names = 0;
  for (let i = t.names.indexOf(10); i >= 0; i = t.names.indexOf(10, i + 1)) names++;
  return { places: t.placeStart.length - 1, names, loadMs: Math.round(t.loadMs), loadCpuMs: Math.round(t.loadCpuMs) };
}

export { countryByName, countryByDemonym, countryByIso3, countryByIso2, seatOfGovernment, knownOrganization, worldRegion, worldRegionByAdjective } from './countries.ts';
export type { Country, Organization, WorldRegion, Seat } from './countries.ts';
