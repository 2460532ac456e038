// The state a report is about, for offices it names without saying whose: wire copy writes
// "President William Ruto" in a Nairobi-datelined story and "Interior Minister Kithure
// Kindiki" without "Kenyan". The dateline's country counts unless another is named more than
// twice as often; without a dateline, a country named at least three times and twice as
// often as any other. What is inferred is marked (`countryInferred`), never passed off as read.
import type { Entity } from '../../document/types.ts';
import { datelineLength } from '../segment/dateline.ts';
import type { Registry } from './merge.ts';
import { entityWrittenAlternation } from './words.ts';

// offices of a state; a company's "Chief Executive" or a bishop belongs to no state by default
const STATE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'OPP']);
// spokespeople, aides and envoys are quoted in foreign stories as often as at home (entity-words.tsv: speaks-for-others, case kept)
let speaksForOthersRe: RegExp | undefined;
const SPEAKS_FOR_OTHERS = () => (speaksForOthersRe ??= new RegExp(`\\b${entityWrittenAlternation('speaks-for-others')}\\b`));

/**
 * `strict` (offices of people): a dateline, or a country named three times and twice as often as any other.
 * Otherwise (a state's own bodies: "Congress", "the Defense Ministry"): the country named most, strictly, and
 * where no place is named at all, the home of the organizations named ("AirTanker Ltd. … the Defense Ministry").
 */
export function homeCountry(r: Registry, strict = true): string | undefined {
  const { doc } = r;
  const countryOf = (e: Entity | undefined) => e?.kind === 'country' ? e.id : e?.metonymFor ?? e?.country;
  const tally = (types: string[]) => {
    const counts = new Map<string, number>();
    for (const m of doc.mentions) {
      if (m.kind !== 'name' || !m.entity || !types.includes(m.type)) continue;
      const e = r.byId.get(m.entity);
      if (e?.countryInferred) continue;
      const c = countryOf(e) ?? (/^[A-Z]{3}$/.test(m.entity) ? m.entity : undefined);
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    return counts;
  };
  let counts = tally(['GPE', 'NORP', 'LOC']);
  if (!counts.size && !strict) counts = tally(['ORG', 'PERSON', 'FAC']);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return undefined;
  const dateline = datelineCountry(r, countryOf);
  // where the reporter files from is the story's state unless another is named more than twice as often
  if (dateline && 2 * (counts.get(dateline) ?? 0) >= ranked[0][1]) return dateline;
  const [top, next] = ranked;
  if (!strict) return top[1] > (next?.[1] ?? 0) ? top[0] : undefined;
  return top[1] >= 3 && top[1] >= 2 * (next?.[1] ?? 0) ? top[0] : undefined;
}

function datelineCountry(r: Registry, countryOf: (e: Entity | undefined) => string | undefined): string | undefined {
  const { doc } = r;
  for (const s of doc.sentences.slice(0, 3)) {
    const n = datelineLength(doc.text, s.start);
    if (!n) continue;
    const m = doc.mentions.find(x => x.start >= s.start && x.end <= s.start + n && x.type === 'GPE' && x.entity);
    return m ? countryOf(r.byId.get(m.entity!)) : undefined;
  }
  return undefined;
}

// normalized title → sector, built once per lexicon (not per document)
const sectorCache = new WeakMap<Registry['lex'], Map<string, string>>();
function sectorsOf(lex: Registry['lex']): Map<string, string> {
  let sectors = sectorCache.get(lex);
  if (!sectors) {
    sectors = new Map();
    for (const { title, sector } of lex.titles.values()) if (!sectors.has(title)) sectors.set(title, sector);
    sectorCache.set(lex, sectors);
  }
  return sectors;
}

/** Offices of a state read without their state take the report's home country, marked as inferred. */
export function assumeHomeCountry(r: Registry): void {
  let home: string | undefined | null = null;
  const sectors = sectorsOf(r.lex);
  for (const e of r.list) {
    // a person whose state is known otherwise keeps it: "Kremlin spokesman Dmitry Peskov"
    if (e.type !== 'PERSON' || !e.roles || e.country) continue;
    for (const role of e.roles) {
      if (role.country || role.organization || SPEAKS_FOR_OTHERS().test(role.title)) continue;
      if (!STATE_SECTORS.has(sectors.get(role.title) ?? sectorOfCompound(role.title))) continue;
      if (home === null) home = homeCountry(r);
      if (!home) return;
      role.country = home;
      role.countryInferred = true;
    }
  }
}

// "Interior Minister", "Deputy Foreign Minister": compound titles are a state's when their last word is (entity-words.tsv:
// state-office-end, case kept)
let stateOfficeEndRe: RegExp | undefined;
function sectorOfCompound(title: string): string {
  stateOfficeEndRe ??= new RegExp(`\\b${entityWrittenAlternation('state-office-end')}$`);
  return stateOfficeEndRe.test(title) ? 'GOV' : '';
}

// a state's own institutions, named without their state: "Congress", "the Senate", "the Air Force", "the Defense Ministry"
const STATE_BODIES = new Set(['government', 'military', 'legislature']);

/** Government and military bodies read without their state take the report's home state, marked as inferred. */
export function assumeHomeCountryOfBodies(r: Registry): void {
  let home: string | undefined | null = null;
  for (const e of r.list) {
    if (e.type !== 'ORG' || e.country || e.metonymFor || !STATE_BODIES.has(e.kind ?? '')) continue;
    if (home === null) home = homeCountry(r, false);
    if (!home) break;
    e.country = home;
    e.countryInferred = true;
  }
  // "Senate Majority Leader Chuck Schumer": an office in a body is in the body's state
  for (const e of r.list) {
    if (e.type !== 'PERSON') continue;
    for (const role of e.roles ?? []) {
      const body = role.organization && !role.country ? r.byId.get(role.organization) : undefined;
      if (!body?.country) continue;
      role.country = body.country;
      if (body.countryInferred) role.countryInferred = true;
      e.country ??= body.country;
    }
  }
}
