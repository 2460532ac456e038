// Airports and air bases (OpenFlights, compiled into data/gazetteer/airports.tsv) by the names
// news gives them: "Kant Air Base", "Manas International Airport", "Changi International
// Airport", "Heathrow airport", "London Heathrow". Loaded once, on first use.
import { readTsv } from './files.ts';
import { wordAlternation, wordsOfKind } from './lexicon.ts';
import { fold } from './normalize.ts';
import { placeNameInfo } from './gazetteer.ts';

export interface Facility {
  name: string;
  kind: 'airport' | 'air-base';
  /** ISO3 */
  country: string;
  city?: string;
  iata?: string;
  icao?: string;
  lat: number;
  lon: number;
}

// Generic words of airport names (basing-words.tsv airport-generic-word, read on first use): what is left is the
// name proper ("changi", "kant", "heathrow").
let generic: ReadonlySet<string> | undefined;
let headRe: RegExp | undefined;
/** "airport", "air base", "afb" in a folded name (one space between words, so the list's \s+ is that space); built once */
const HEAD = () => (headRe ??= new RegExp(`\\b${wordAlternation('facts/basing-words.tsv', 'airport-head')}\\b`));

interface Index { byCore: Map<string, Facility[]>; list: Facility[] }
let index: Index | undefined;

function coreOf(folded: string): string {
  const words = (generic ??= wordsOfKind('facts/basing-words.tsv', 'airport-generic-word'));
  return folded.split(' ').filter((w) => !words.has(w)).join(' ');
}

function load(): Index {
  if (index) return index;
  const byCore = new Map<string, Facility[]>();
  const list: Facility[] = [];
  const add = (k: string, f: Facility) => {
    if (!k) return;
    const l = byCore.get(k);
    if (!l) byCore.set(k, [f]); else if (!l.includes(f)) l.push(f);
  };
  for (const [name, city, country, iata, icao, lat, lon] of readTsv('gazetteer/airports.tsv')) {
    const f: Facility = {
      name, kind: /air ?base|air force|\bAFB\b|\bAB\b|naval air|army air|air station/i.test(name) ? 'air-base' : 'airport',
      country, lat: Number(lat), lon: Number(lon),
    };
    if (city) f.city = city;
    if (iata) f.iata = iata;
    if (icao) f.icao = icao;
    list.push(f);
    const core = coreOf(fold(name.replace(/\s*\(.*\)\s*/g, ' ').split('/')[0]));
    add(core, f);
    // "London Heathrow Airport" is also "Heathrow"; "Singapore Changi Airport" also "Changi"
    const c = city ? fold(city) : '';
    if (c && core.startsWith(c + ' ')) add(core.slice(c.length + 1), f);
  }
  index = { byCore, list };
  return index;
}

/**
 * The airport or air base a name means, or undefined. Without a word such as "airport" or
 * "air base" in the name, a name that is also a town ("Kant") is not taken for its airfield.
 */
export function lookupFacility(name: string, context: { countries?: string[] } = {}): Facility | undefined {
  const folded = fold(name);
  const core = coreOf(folded);
  if (!core) return undefined;
  const hasHead = HEAD().test(folded);
  if (!hasHead && placeNameInfo(core)) return undefined;
  let cands = load().byCore.get(core) ?? [];
  // "London Heathrow" → heathrow; "Bishkek Manas airport" → manas
  if (!cands.length && core.includes(' ')) cands = load().byCore.get(core.slice(core.indexOf(' ') + 1)) ?? [];
  if (!cands.length) return undefined;
  const wantBase = /air ?base|air force|afb/.test(folded);
  const ctx = new Set(context.countries ?? []);
  const score = (f: Facility) => (ctx.has(f.country) ? 4 : 0) + (wantBase === (f.kind === 'air-base') ? 2 : 0) + (f.iata ? 1 : 0);
  return [...cands].sort((a, b) => score(b) - score(a))[0];
}
