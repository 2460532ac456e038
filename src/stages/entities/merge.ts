// Name mentions become document entities: one per country (id = ISO3), person, place,
// organization or facility (id = slug of the canonical name). Short forms join the full
// name they stand for: a surname its person ("Atambayev"), an acronym its expansion
// ("USAF" after "United States Air Force (USAF)"), a first word its company ("Northrop").
import { entityAlternation, entityTable } from './words.ts';
import { abbreviates } from '../mentions/abbreviation.ts';
import type { Doc } from '../../document/doc.ts';
import type { Entity, Mention } from '../../document/types.ts';
import type { NameLexicon } from '../mentions/lexicon.ts';
import { countryByDemonym, countryByName, knownOrganization, seatOfGovernment, worldRegion } from '../mentions/world.ts';

let facilityTailRe: RegExp | undefined;
// the ending of a facility's name (data/lexicon/entity-words.tsv: facility-tail), cut to find its namesake
const FACILITY_TAIL = () => (facilityTailRe ??= new RegExp(`\\s+${entityAlternation('facility-tail')}$`, 'i'));

export interface Registry {
  doc: Doc;
  lex: NameLexicon;
  byId: Map<string, Entity>;
  /** merge key → entity id */
  byKey: Map<string, string>;
  list: Entity[];
  /** for the coreference rules: which mention made which decision */
  notes: Map<Mention, string>;
  /** entity id → the admin level the words name ("Batken province" → region) */
  levels: Map<string, 'region' | 'district'>;
  /** a person's first or last name alone → the latest full-named person it belongs to */
  shortNames: Map<string, Entity>;
  /** first word of a multiword organization → it ("Northrop" → Northrop Grumman) */
  orgFirstWords: Map<string, Entity>;
}

// ASCII has nothing to decompose and no marks: most names skip the Unicode normalization
const ASCII = /^[\x00-\x7f]*$/;

export function slug(s: string): string {
  const bare = ASCII.test(s) ? s : s.normalize('NFKD').replace(/\p{M}+/gu, '');
  return bare.toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function fold(s: string): string {
  const t = s.toLowerCase();
  return /[’.\s]/.test(t) ? t.replace(/’/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim() : t;
}

export function addEntity(r: Registry, key: string, make: () => Entity): Entity {
  const known = r.byKey.get(key);
  if (known) return r.byId.get(known)!;
  const e = make();
  let id = e.id, n = 2;
  while (r.byId.has(id)) id = `${e.id}-${n++}`;
  e.id = id;
  r.byId.set(id, e);
  r.byKey.set(key, id);
  r.list.push(e);
  return e;
}

export function countryEntity(r: Registry, iso3: string, name: string, rule: string): Entity {
  return addEntity(r, 'country:' + iso3, () => ({ id: iso3, type: 'GPE', name, country: iso3, kind: 'country', rule }));
}

function facilityCore(name: string): string { return name.replace(FACILITY_TAIL(), '').trim(); }

/** Assigns `entity` to every name mention, creating entities as it goes. */
export function mergeNames(r: Registry): void {
  const names = r.doc.mentions.filter(m => m.kind === 'name');
  // full names first, so a surname met before its full name (rare) still joins it
  const persons = names.filter(m => m.type === 'PERSON' && m.text.includes(' '));
  for (const m of persons) personEntity(r, m);
  const acronyms = acronymsDefined(r.doc, names);
  for (const m of names) {
    if (m.entity) continue;
    switch (m.type) {
      case 'PERSON': personEntity(r, m); break;
      case 'NORP': norpEntity(r, m); break;
      case 'GPE': case 'LOC': placeEntity(r, m); break;
      case 'FAC': facilityEntity(r, m); break;
      case 'ORG': orgEntity(r, m, acronyms); break;
      default: break;
    }
  }
  possessiveChains(r, names);
}

/** "Russian Air Force's 5th Air Army's 999th Air Base": a unit belongs to the state of the unit it is part of. */
function possessiveChains(r: Registry, names: Mention[]): void {
  for (let i = 1; i < names.length; i++) {
    const m = names[i], p = names[i - 1];
    if (m.type !== 'ORG' && m.type !== 'FAC' || !m.entity || !p.entity) continue;
    const e = r.byId.get(m.entity), owner = r.byId.get(p.entity);
    if (!e || !owner || e.country) continue;
    if (!/^['’]s\s+$/.test(r.doc.text.slice(p.end, m.start))) continue;
    const c = owner.kind === 'country' ? owner.id : owner.country;
    if (c) e.country = c;
  }
}

function personEntity(r: Registry, m: Mention): void {
  const text = m.text.replace(/\s+/g, ' ');
  const key = 'person:' + fold(text);
  if (!text.includes(' ')) {
    // a surname or a first name alone: the latest full name it belongs to
    const best = r.shortNames.get(fold(text));
    if (best) {
      m.entity = best.id;
      if (!best.aliases?.includes(text)) (best.aliases ??= []).push(text);
      r.notes.set(m, 'coref.surname');
      return;
    }
  }
  const e = addEntity(r, key, () => {
    const made: Entity = { id: slug(text), type: 'PERSON', name: text, kind: 'person', rule: m.rule };
    const parts = fold(text).split(' ');
    if (parts.length > 1) { r.shortNames.set(parts[0], made); r.shortNames.set(parts[parts.length - 1], made); }
    return made;
  });
  const fc = r.lex.famousCountry.get(fold(text)) ?? (text.includes(' ') ? r.lex.famousCountry.get(fold(text.split(' ').pop()!)) : undefined);
  if (fc && !e.country) e.country = fc;
  m.entity = e.id;
}

function norpEntity(r: Registry, m: Mention): void {
  const c = countryByDemonym(m.text);
  if (c) { m.entity = countryEntity(r, c.iso3, c.name, 'entities.country.demonym').id; return; }
  const e = addEntity(r, 'norp:' + fold(m.text), () => ({ id: slug(m.text), type: 'NORP', name: m.text, kind: 'group', rule: m.rule }));
  m.entity = e.id;
}

function placeEntity(r: Registry, m: Mention): void {
  const c = countryByName(m.text);
  if (c) { m.entity = countryEntity(r, c.iso3, c.name, 'entities.country.name').id; return; }
  const region = worldRegion(m.text);
  const name = region?.name ?? m.text;
  const e = addEntity(r, 'place:' + fold(name), () => ({
    id: slug(name), type: m.type, name, kind: region ? 'region' : undefined, rule: m.rule,
  }));
  // a dateline's capitals ("ANKARA, Jan 11") give way to the name as the text writes it
  if (e.name.length > 3 && e.name === e.name.toUpperCase() && m.text !== m.text.toUpperCase() && fold(m.text) === fold(e.name)) rename(r, e, m.text);
  m.entity = e.id;
  const after = r.doc.text.slice(m.end, m.end + 16);
  if (REGION_WORD().test(after)) r.levels.set(e.id, 'region');
  else if (DISTRICT_WORD().test(after)) r.levels.set(e.id, 'district');
}

function facilityEntity(r: Registry, m: Mention): void {
  const core = facilityCore(m.text);
  const key = 'facility:' + fold(core);
  const e = addEntity(r, key, () => ({ id: slug(m.text), type: 'FAC', name: m.text, kind: 'facility', rule: m.rule }));
  // the formal name wins: "Kant Air Base" over "Kant airfield"
  if (/^[\p{Lu}\d]/u.test(m.text.split(/\s+/).pop() ?? '') && !/^[\p{Lu}\d]/u.test(e.name.split(/\s+/).pop() ?? '')) rename(r, e, m.text);
  if (!e.aliases?.includes(m.text) && e.name !== m.text) (e.aliases ??= []).push(m.text);
  m.entity = e.id;
}

function rename(r: Registry, e: Entity, name: string): void {
  const old = e.id;
  let id = slug(name), n = 2;
  while (r.byId.has(id) && id !== old) id = `${slug(name)}-${n++}`;
  if (e.name !== name) (e.aliases ??= []).push(e.name);
  e.name = name;
  if (id === old) return;
  r.byId.delete(old);
  e.id = id;
  r.byId.set(id, e);
  for (const [k, v] of r.byKey) if (v === old) r.byKey.set(k, id);
  for (const m of r.doc.mentions) if (m.entity === old) m.entity = id;
}

/** "United States Air Force (USAF)": the acronym in brackets names the same organization. */
function acronymsDefined(doc: Doc, names: Mention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i], b = names[i + 1];
    if (a.type !== 'ORG' && a.type !== 'GPE') continue;
    const between = doc.text.slice(a.end, b.start);
    // the short form starts as the name does: "United States Air Force (USAF)", not a dateline's "WASHINGTON (AP)"
    if (/^\s*\($/.test(between) && doc.text[b.end] === ')' && /^[A-Z][A-Z&.-]+$/.test(b.text) && abbreviates(b.text, a.text)) {
      out.set(b.text.replace(/\./g, ''), a.text);
    }
  }
  return out;
}

function orgEntity(r: Registry, m: Mention, acronyms: Map<string, string>): void {
  const known = knownOrganization(m.text);
  const seat = seatOfGovernment(m.text);
  let name = known?.name ?? r.lex.companies.get(fold(m.text)) ?? m.text;
  const expansion = acronyms.get(m.text.replace(/\./g, ''));
  if (expansion) name = knownOrganization(expansion)?.name ?? expansion;
  // "Northrop" after "Northrop Grumman", "Lockheed" after "Lockheed Martin"
  if (!expansion && !known && !m.text.includes(' ')) {
    const w = fold(m.text);
    const full = r.orgFirstWords.get(w);
    if (full) { m.entity = full.id; r.notes.set(m, 'coref.org-short'); return; }
  }
  const key = 'org:' + fold(name);
  const e = addEntity(r, key, () => {
    const ent: Entity = { id: slug(name), type: 'ORG', name, rule: m.rule };
    const folded = fold(name).split(' ');
    if (folded.length > 1 && !r.orgFirstWords.has(folded[0])) r.orgFirstWords.set(folded[0], ent);
    const generic = orgKind(r, name, m.rule);
    const kind = known?.kind ?? (generic === 'org' ? kindFromNextWord(r.doc.text, m.end) ?? generic : generic);
    if (kind) ent.kind = kind;
    if (known?.country) ent.country = known.country;
    if (seat) { ent.metonymFor = seat.iso3; ent.country = seat.iso3; ent.kind = 'government'; }
    // "Russian Air Force": a demonym or a country in front says whose it is
    const first = name.split(/\s+/)[0];
    const own = countryByDemonym(first) ?? (name.includes(' ') ? countryByName(first) : undefined);
    if (own && !ent.country) ent.country = own.iso3;
    return ent;
  });
  if (expansion) { r.notes.set(m, 'coref.acronym'); if (!e.aliases?.includes(m.text)) (e.aliases ??= []).push(m.text); }
  else if (e.name !== m.text && !e.aliases?.includes(m.text)) (e.aliases ??= []).push(m.text);
  m.entity = e.id;
}

// a place name's level from the word after it: "Osh Province", "Alamudun District"
let regionWordRe: RegExp | undefined, districtWordRe: RegExp | undefined;
const REGION_WORD = () => (regionWordRe ??= new RegExp(`^\\s+${entityAlternation('region-word')}\\b`, 'i'));
const DISTRICT_WORD = () => (districtWordRe ??= new RegExp(`^\\s+${entityAlternation('district-word')}\\b`, 'i'));

// "the ruling Georgian Dream party", "the Wagner group": a lowercase noun after the name says what it is
const NEXT_WORD_KIND: Record<string, string> = entityTable('next-word-kind');

function kindFromNextWord(text: string, end: number): string | undefined {
  const m = /^\s+([a-z]+)\b/.exec(text.slice(end, end + 16));
  return m ? NEXT_WORD_KIND[m[1]] : undefined;
}

function orgKind(r: Registry, name: string, rule: string): string | undefined {
  if (rule === 'mentions.name.military-unit') return 'military';
  if (r.lex.companies.has(fold(name))) return 'company';
  const w = fold(name).split(' ');
  // "Apple Corps", "Ford Motor Credit": a company's name opens it, whatever its last word says
  if (w.length > 1 && r.lex.companies.has(w[0])) return 'company';
  const heads = r.lex.orgHeads;
  const last2 = w.length >= 2 ? w[w.length - 2] + ' ' + w[w.length - 1] : '';
  const h = heads.get(last2) ?? heads.get(w[w.length - 1]) ?? (w[1] === 'of' ? heads.get(w[0]) : undefined);
  return h?.kind ?? 'org';
}
