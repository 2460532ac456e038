// GDELT 2.0 event export: one tab-separated row of the 61 GDELT event columns per event.
// Dossier has what GDELT's columns ask for except a few: country codes in the geo blocks are
// FIPS 10-4 as GDELT's (data/lists/fips-10-4.tsv), ADM codes are left empty, and the counts
// (mentions, sources, articles) are 1 with no tone, as one document is one source.
import { createRequire } from 'node:module';
import type { DossierDocument, Entity, EventRecord } from '../document/types.ts';
import { isOpenValue, knownEnd } from '../document/open-range.ts';
import { tsvRows, wordKinds } from '../data/lexicon.ts';

const require = createRequire(import.meta.url);

export const GDELT_EVENT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map(c => p + c);
}
function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map(c => p + c);
}

interface CountryRow { cca2: string; cca3: string; latlng: number[]; name: { common: string } }
let countries: Map<string, CountryRow> | undefined;
function country(iso3: string | undefined): CountryRow | undefined {
  if (!iso3) return undefined;
  countries ??= new Map((require('world-countries/countries.json') as CountryRow[]).map(c => [c.cca3, c]));
  return countries.get(iso3);
}

let fipsCodes: Map<string, string> | undefined;
/** GDELT's country code (FIPS 10-4: Russia RS, Germany GM) for an ISO3. */
export function fipsCode(iso3: string | undefined): string {
  if (!iso3) return '';
  fipsCodes ??= new Map(tsvRows('lists/fips-10-4.tsv').map(r => [r[0], r[1]]));
  return fipsCodes.get(iso3) ?? '';
}

const clean = (s: string | number | undefined) => (s === undefined ? '' : String(s).replace(/[\t\r\n]+/g, ' '));

/** FNV-1a of a string: a stable numeric base for a document's event ids. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h;
}

/** The event's day (YYYYMMDD): its own date when it names a day, else the publication date within it, else its first day;
 * an open range ("until", "since" the publication date) has no day of its own: the publication date. */
function eventDay(e: EventRecord, published: string | undefined): string | undefined {
  if (isOpenValue(e.time)) return (published ?? e.time!.split('/').find(x => knownEnd(x)))?.slice(0, 10).replace(/-/g, '');
  const first = (e.time ?? '').split('/')[0];
  if (/^\d{4}-\d{2}-\d{2}/.test(first)) return first.slice(0, 10).replace(/-/g, '');
  if (/^\d{4}(-\d{2})?$/.test(first)) {
    if (published?.startsWith(first)) return published.replace(/-/g, '');
    return (first.length === 4 ? first + '-01-01' : first + '-01').replace(/-/g, '');
  }
  return published?.replace(/-/g, '');
}

function geoBlock(e: Entity | undefined, fallbackCountry: string | undefined): string[] {
  const c = country(e?.kind === 'country' ? e.id : e?.country ?? fallbackCountry);
  if (e?.geo) {
    const type = e.geo.kind === 'country' ? 1 : e.geo.kind === 'region' || e.geo.kind === 'district' ? 5 : 4;
    const name = [e.name, ...(e.geo.admin ?? []).slice(1).reverse(), c?.name.common].filter(Boolean);
    return [String(type), [...new Set(name)].join(', '), fipsCode(c?.cca3), '', '', String(e.geo.lat), String(e.geo.lon), e.geo.geonameId ? String(e.geo.geonameId) : ''];
  }
  if (c) return ['1', c.name.common, fipsCode(c.cca3), '', '', String(c.latlng[0] ?? ''), String(c.latlng[1] ?? ''), ''];
  return ['', '', '', '', '', '', '', ''];
}

/**
 * A CAMEO actor code in GDELT's columns: a country (only a real ISO3 state), then three-letter
 * parts that are role types (GOV, MIL, REB, IGO…: Type1-3Code), religions (Religion1-2Code) or a
 * known group (UNO, ALQ…: KnownGroupCode). "IGOUNO" is no state's; "RUSGOV" is Russia's government.
 */
export function actorParts(code: string | undefined): { country?: string; knownGroup?: string; religions: string[]; types: string[] } {
  const out = { country: undefined as string | undefined, knownGroup: undefined as string | undefined, religions: [] as string[], types: [] as string[] };
  if (!code || !/^[A-Z]{3}(?:[A-Z]{3})*$/.test(code)) return out;
  const parts = code.match(/[A-Z]{3}/g) ?? [];
  const kinds = wordKinds('cameo/actor-codes.tsv');
  let k = 0;
  if (parts[0] && country(parts[0]) && !kinds.has(parts[0].toLowerCase())) { out.country = parts[0]; k = 1; }
  for (; k < parts.length; k++) {
    const kind = kinds.get(parts[k].toLowerCase())?.[0];
    if (kind === 'type') out.types.push(parts[k]);
    else if (kind === 'religion') out.religions.push(parts[k]);
    else out.knownGroup ??= parts[k];
  }
  return out;
}

function actorBlock(code: string | undefined, e: Entity | undefined): string[] {
  const p = actorParts(code);
  return [clean(code), clean(e?.name?.toUpperCase()), clean(p.country), clean(p.knownGroup), '', clean(p.religions[0]), clean(p.religions[1]),
    clean(p.types[0]), clean(p.types[1]), clean(p.types[2])];
}

/** The GDELT 2.0 event rows of one document. */
export function gdeltRows(doc: DossierDocument): string[][] {
  const entities = new Map(doc.entities.map(e => [e.id, e]));
  const base = (hash(doc.id) % 1_000_000) * 1000;
  const added = (doc.published ?? '').replace(/-/g, '').padEnd(8, '0') + '000000';
  return doc.events.map((e, k) => {
    const day = eventDay(e, doc.published) ?? '';
    const year = day.slice(0, 4);
    // GDELT's FractionDate: the year plus the day of the year over 365
    const fraction = day.length === 8
      ? (Number(year) + (Date.UTC(+year, +day.slice(4, 6) - 1, +day.slice(6, 8)) - Date.UTC(+year, 0, 1)) / 86_400_000 / 365).toFixed(4)
      : '';
    const src = e.source ? entities.get(e.source) : undefined;
    const tgt = e.target ? entities.get(e.target) : undefined;
    const where = e.location ? entities.get(e.location) : undefined;
    return [
      String(base + k + 1), day, day.slice(0, 6), year, fraction,
      ...actorBlock(e.sourceActor, src), ...actorBlock(e.targetActor, tgt),
      e.sentence === 0 ? '1' : '0', e.code, e.code.slice(0, 3), e.root ?? e.code.slice(0, 2),
      clean(e.quadClass), clean(e.goldstein), '1', '1', '1', '',
      ...geoBlock(src?.geo ? src : undefined, e.sourceActor?.slice(0, 3)),
      ...geoBlock(tgt?.geo ? tgt : undefined, e.targetActor?.slice(0, 3)),
      ...geoBlock(where ?? (tgt?.geo ? tgt : undefined), e.targetActor?.slice(0, 3)),
      added, clean(doc.url),
    ].map(clean);
  });
}

/** Documents' events as GDELT 2.0 TSV (no header line, as GDELT's files have none unless asked). */
export function toGdeltTsv(docs: DossierDocument[], options: { header?: boolean } = {}): string {
  const lines: string[] = [];
  if (options.header) lines.push(GDELT_EVENT_COLUMNS.join('\t'));
  for (const d of docs) for (const row of gdeltRows(d)) lines.push(row.join('\t'));
  return lines.length ? lines.join('\n') + '\n' : '';
}
