// Coordinates for places: countries from the country table, cities, regions and districts
// from the gazetteer (ambiguous names resolved by the countries the document names, then
// population), facilities at their namesake town ("Kant Air Base" at Kant) when nothing
// better is known.
import type { Entity, Geo, GeoKind } from '../../document/types.ts';
import { countryByIso3, lookupPlaces, resolvePlace, seatOfGovernment, worldRegion, type Place } from '../mentions/world.ts';
import type { Registry } from './merge.ts';
import { lookupFacility } from '../../data/facilities.ts';
import { entityAlternation } from './words.ts';

let facilityTailRe: RegExp | undefined;
// the ending of a facility's name (data/lexicon/entity-words.tsv: facility-tail, site-tail), cut to find its namesake
const FACILITY_TAIL = () => (facilityTailRe ??= new RegExp(`\\s+(?:${entityAlternation('facility-tail')}|${entityAlternation('site-tail')})$`, 'i'));
const FACILITY_HEAD = /^(?:camp|fort)\s+/i;

export function documentCountries(r: Registry): string[] {
  return r.list.filter(e => e.kind === 'country').map(e => e.id);
}

export function placeGeo(r: Registry): void {
  const countries = documentCountries(r);
  // big places the document names vouch for their countries too: "Reading … west of London"
  for (const e of r.list) {
    if ((e.type !== 'GPE' && e.type !== 'LOC') || e.kind === 'country') continue;
    const p = lookupPlaces(e.name)[0];
    if (p && p.country && (p.population >= 500000 || p.feature === 'C') && !countries.includes(p.country)) countries.push(p.country);
  }
  for (const e of r.list) {
    if (e.kind === 'country') { countryGeo(e); continue; }
    if (e.type === 'GPE' || e.type === 'LOC') { townGeo(e, countries, r.levels.get(e.id)); continue; }
    if (e.type === 'FAC') facilityGeo(e, countries);
  }
}

function countryGeo(e: Entity): void {
  const c = countryByIso3(e.id);
  if (!c) return;
  e.geo = { lat: c.lat, lon: c.lon, kind: 'country', admin: [c.name] };
  e.country = c.iso3;
}

function geoOf(p: Place, kind?: GeoKind): Geo {
  const g: Geo = { lat: round(p.lat), lon: round(p.lon), kind: kind ?? (p.kind as GeoKind) };
  if (p.admin?.length) g.admin = p.admin;
  if (p.id > 0) g.geonameId = p.id;
  return g;
}

function round(x: number): number { return Math.round(x * 1e4) / 1e4; }

function townGeo(e: Entity, countries: string[], level?: 'region' | 'district'): void {
  const region = worldRegion(e.name);
  if (region) {
    e.geo = { lat: region.lat, lon: region.lon, kind: 'area' };
    e.kind = 'region';
    return;
  }
  // "Batken province": the province, not the town of the same name
  const p = (level && pickLevel(e.name, level, countries)) || resolvePlace(e.name, { countries });
  if (!p) return;
  e.geo = geoOf(p);
  // a dateline's capitals ("MOSCOW, Oct 10") named nowhere else: the gazetteer writes the name
  if (e.name.length > 3 && e.name === e.name.toUpperCase()) {
    (e.aliases ??= []).push(e.name);
    // the gazetteer's own spelling when it is the same name ("Kyiv"), else the capitals in title case ("Frankfurt", not "Frankfurt am Main")
    e.name = p.name.toUpperCase() === e.name ? p.name : e.name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  if (p.kind === 'country') e.kind = 'country';
  else if (!e.kind) e.kind = p.kind === 'area' ? 'area' : p.kind;
  if (p.country) e.country = p.country;
}

function pickLevel(name: string, level: 'region' | 'district', countries: string[]): Place | undefined {
  const cands = lookupPlaces(name).filter(p => p.kind === level);
  return cands.find(p => countries.includes(p.country)) ?? cands[0];
}

function facilityGeo(e: Entity, countries: string[]): void {
  // a seat of government sits in its capital: "the Kremlin" in Moscow
  const seat = seatOfGovernment(e.name);
  if (seat) {
    e.country = seat.iso3;
    const capital = countryByIso3(seat.iso3)?.capital;
    const p = capital ? resolvePlace(capital, { countries: [seat.iso3] }) : undefined;
    if (p) e.geo = townPoint(p);
    return;
  }
  // airports and air bases have their own point ("Kant Air Base" 42.853, 74.846)
  const known = lookupFacility(e.name, { countries });
  if (known) {
    e.geo = { lat: round(known.lat), lon: round(known.lon), kind: 'facility' };
    e.country = known.country;
    return;
  }
  const core = e.name.replace(FACILITY_TAIL(), '').replace(FACILITY_HEAD, '').trim();
  if (!core || core === e.name) return;
  const p = resolvePlace(core, { countries });
  if (!p || p.kind === 'country') return;
  e.geo = townPoint(p);
  if (p.country) e.country = p.country;
}

/** A facility placed at its town: the town's point, never the town's gazetteer id (the store would merge the two). */
function townPoint(p: Place): Geo {
  const { geonameId: _town, ...geo } = geoOf(p, 'facility');
  return geo;
}

/** The core place name of a facility: "Kant Air Base" → "Kant". */
export function facilityNamesake(name: string): string {
  return name.replace(FACILITY_TAIL(), '').replace(FACILITY_HEAD, '').trim();
}
