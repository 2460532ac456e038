// Countries, their aliases and demonyms, seats of government, world regions and known
// organizations: the small curated lists in data/lists/ plus data/gazetteer/countries.tsv
// (compiled from world-countries). Loaded once, on first use.
import { readTsv } from './files.ts';
import { wordAlternation, wordsOfKind } from './lexicon.ts';
import { fold } from './normalize.ts';

export interface Country {
  iso3: string;
  iso2: string;
  name: string;
  /** every other name it goes by: official name, aliases, spellings */
  aliases: string[];
  /** adjective and person forms, plurals included: Kyrgyz, Russian, Russians, Briton */
  demonyms: string[];
  capital?: string;
  lat: number;
  lon: number;
  region?: string;
  subregion?: string;
}

export type OrganizationKind = 'igo' | 'media' | 'armed-group' | 'org';
export interface Organization { name: string; kind: OrganizationKind; country?: string; aliases: string[] }
export interface WorldRegion { name: string; lat: number; lon: number; aliases: string[]; /** European, Central Asian */ adjectives: string[] }
export interface Seat { iso3: string; kind: 'capital' | 'building' }

export interface CountryData {
  countries: Country[];
  byIso3: Map<string, Country>;
  byIso2: Map<string, Country>;
  /** folded name or alias → country */
  byName: Map<string, Country>;
  /** folded demonym → country */
  byDemonym: Map<string, Country>;
  /** folded seat name → seat */
  seats: Map<string, Seat>;
  /** folded name or alias → organization; acronym aliases keyed separately (see acronyms) */
  organizations: Map<string, Organization>;
  /** folded acronym → organization: only matched when the text is not all lowercase */
  acronyms: Map<string, Organization>;
  regions: Map<string, WorldRegion>;
  /** folded adjective → region: "european" → Europe */
  regionAdjectives: Map<string, WorldRegion>;
  regionList: WorldRegion[];
  organizationList: Organization[];
  /** exonym → [GeoNames city name, ISO3] */
  placeAliases: Array<[string, string, string]>;
}

let data: CountryData | undefined;


// the words this file reads besides names (data/lists/country-words.tsv)
const COUNTRY_WORDS = 'lists/country-words.tsv';

let takesS: RegExp | undefined;
/** Plural of a person demonym: Afghan → Afghans; Chinese, Swiss, Kyrgyz stay as they are, Israeli → Israelis
 * (country-words.tsv: s-plural). */
function pluralOf(d: string): string | undefined {
  takesS ??= new RegExp(`${wordAlternation(COUNTRY_WORDS, 's-plural')}$`, 'i');
  if (/(ese|ss|sh|ch|z|x|i|s)$/i.test(d) && !takesS.test(d)) return undefined;
  if (/woman$/.test(d)) return d.replace(/woman$/, 'women');
  if (/man$/.test(d) && !/German|Oman/.test(d)) return d.replace(/man$/, 'men');
  return d + 's';
}

/** An alias written in capitals (NATO, WHO, U.S.) that would be a word in lowercase. */
export function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z.\d&-]*$/.test(s) && s.replace(/[^A-Z]/g, '').length >= 2 && s.length <= 8;
}

export function countryData(): CountryData {
  if (data) return data;
  const countries: Country[] = [];
  const byIso3 = new Map<string, Country>();
  const byIso2 = new Map<string, Country>();
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const addName = (c: Country, s: string) => {
    const k = fold(s);
    if (!k) return;
    if (!byName.has(k)) byName.set(k, c);
    if (s !== c.name && !c.aliases.includes(s)) c.aliases.push(s);
  };
  const addDemonym = (c: Country, s: string) => {
    const k = fold(s);
    if (!k) return;
    // a shared form ("Congolese", "Dominican") maps to the first country listed, but both keep it
    if (!byDemonym.has(k)) byDemonym.set(k, c);
    if (!c.demonyms.includes(s)) c.demonyms.push(s);
  };

  // read once, walked four times: countries, then their names after the curated aliases, demonyms, capitals
  const countryRows = readTsv('gazetteer/countries.tsv');
  for (const [iso3, iso2, name, official, capitals, lat, lon, region, subregion, demonyms, alts] of countryRows) {
    const c: Country = {
      iso3, iso2, name, aliases: [], demonyms: [], capital: capitals.split('|')[0] || undefined,
      lat: Number(lat), lon: Number(lon), region: region || undefined, subregion: subregion || undefined,
    };
    countries.push(c);
    byIso3.set(iso3, c);
    byIso2.set(iso2, c);
    void demonyms; void alts; void official;
  }
  // Curated aliases first so they win over world-countries' spellings ("Congo" → COG).
  for (const [alias, iso3] of readTsv('lists/country-aliases.tsv')) {
    const c = byIso3.get(iso3);
    if (c) addName(c, alias);
  }
  for (const [iso3, , name, official, , , , , , , alts] of countryRows) {
    const c = byIso3.get(iso3)!;
    addName(c, name);
    addName(c, official);
    for (const a of alts ? alts.split('|') : []) addName(c, a);
  }
  const curatedDemonym = readTsv('lists/demonyms.tsv');
  for (const [form, iso3] of curatedDemonym) {
    const c = byIso3.get(iso3);
    if (c) addDemonym(c, form);
  }
  for (const [iso3, , , , , , , , , demonyms] of countryRows) {
    const c = byIso3.get(iso3)!;
    for (const d of demonyms ? demonyms.split('|') : []) addDemonym(c, d);
  }
  // derived plurals: Afghans, Russians, South Koreans
  for (const [form, iso3, use] of curatedDemonym) {
    const c = byIso3.get(iso3);
    if (!c || use === 'adj' || use === 'plural') continue;
    const p = pluralOf(form);
    if (p) addDemonym(c, p);
  }
  for (const c of countries) for (const d of [...c.demonyms]) { const p = pluralOf(d); if (p && d !== 'U.S.' && d !== 'US') addDemonym(c, p); }

  const seats = new Map<string, Seat>();
  for (const [name, iso3, kind] of readTsv('lists/seats.tsv')) {
    if (byIso3.has(iso3)) seats.set(fold(name), { iso3, kind: kind === 'building' ? 'building' : 'capital' });
  }
  // Capitals of independent states only: "Douglas" (Isle of Man) or "Plymouth" (Montserrat) do not
  // speak for a government in the news; nor do capitals named like common words or places elsewhere.
  const notSeats = wordsOfKind(COUNTRY_WORDS, 'not-seat');
  for (const [iso3, , , , capitals, , , , , , , independent] of countryRows) {
    if (independent !== 'y') continue;
    for (const cap of capitals ? capitals.split('|') : []) {
      const k = fold(cap);
      if (!seats.has(k) && !notSeats.has(k)) seats.set(k, { iso3, kind: 'capital' });
    }
  }

  const organizations = new Map<string, Organization>();
  const acronyms = new Map<string, Organization>();
  const organizationList: Organization[] = [];
  for (const [name, kind, country, aliases] of readTsv('lists/organizations.tsv')) {
    const o: Organization = {
      name, kind: kind as OrganizationKind, country: country || undefined,
      aliases: aliases ? aliases.split('|') : [],
    };
    organizationList.push(o);
    for (const s of [name, ...o.aliases]) {
      const k = fold(s);
      const target = isAcronym(s) ? acronyms : organizations;
      if (!target.has(k)) target.set(k, o);
    }
  }

  const regions = new Map<string, WorldRegion>();
  const regionList: WorldRegion[] = [];
  const regionAdjectives = new Map<string, WorldRegion>();
  for (const [name, lat, lon, aliases, adjectives] of readTsv('lists/world-regions.tsv')) {
    const r: WorldRegion = {
      name, lat: Number(lat), lon: Number(lon), aliases: aliases ? aliases.split('|') : [], adjectives: adjectives ? adjectives.split('|') : [],
    };
    regionList.push(r);
    for (const s of [name, ...r.aliases]) if (!regions.has(fold(s))) regions.set(fold(s), r);
    for (const s of r.adjectives) if (!regionAdjectives.has(fold(s))) regionAdjectives.set(fold(s), r);
  }

  const placeAliases = readTsv('lists/place-aliases.tsv').map(([a, n, c]) => [a, n, c] as [string, string, string]);
  data = { countries, byIso3, byIso2, byName, byDemonym, seats, organizations, acronyms, regions, regionAdjectives, regionList, organizationList, placeAliases };
  return data;
}

const allLower = (s: string) => s === s.toLowerCase();

/** "Russia", "Russian Federation", "the U.S.", "RUS" (codes only when written in capitals). */
export function countryByName(s: string): Country | undefined {
  const d = countryData();
  const t = s.trim();
  if (/^[A-Z]{3}$/.test(t) && d.byIso3.has(t)) return d.byIso3.get(t);
  const c = d.byName.get(fold(t));
  // "us" in lowercase is the pronoun, not the country
  if (c && allLower(t) && isAcronym(t.toUpperCase()) && fold(t).length <= 3) return undefined;
  return c;
}

/** "Kyrgyz", "Russians", "Afghan", "South Korean". */
export function countryByDemonym(s: string): Country | undefined {
  const t = s.trim();
  if (allLower(t) && t.length <= 3) return undefined; // "us"
  return countryData().byDemonym.get(fold(t));
}

export function countryByIso3(code: string): Country | undefined {
  return countryData().byIso3.get(code.toUpperCase());
}

export function countryByIso2(code: string): Country | undefined {
  return countryData().byIso2.get(code.toUpperCase());
}

/** "Moscow" → RUS capital, "the Kremlin" → RUS building. */
export function seatOfGovernment(s: string): Seat | undefined {
  return countryData().seats.get(fold(s));
}

/** "RIA Novosti" → media RUS; "NATO"/"Nato" → igo; "who" or "Who" → nothing, "WHO" → the World Health Organization. */
export function knownOrganization(s: string): Organization | undefined {
  const d = countryData();
  const k = fold(s);
  const o = d.organizations.get(k);
  if (o) return o;
  // acronyms in capitals; in title case only from four letters on ("Nato", "Opec", "Isis", not "Who", "Kia")
  const t = s.trim();
  const caps = t === t.toUpperCase();
  return caps || (!allLower(t) && t.replace(/[^A-Za-z]/g, '').length >= 4) ? d.acronyms.get(k) : undefined;
}

/** "Central Asia", "the Middle East", "the Balkans". */
export function worldRegion(s: string): WorldRegion | undefined {
  return countryData().regions.get(fold(s));
}

/** "European" → Europe, "Central Asian" → Central Asia, "Latin American" → Latin America. */
export function worldRegionByAdjective(s: string): WorldRegion | undefined {
  return countryData().regionAdjectives.get(fold(s));
}
