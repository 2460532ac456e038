// "Is this (multi-)token string a known place, country, demonym, seat, organization or world
// region?" — asked by the mention stage once per capitalized token, so every check is a map
// lookup or a binary search, never a scan.
//
// Names are keyed folded (src/data/normalize.ts: lowercase, no diacritics, no dots, hyphens as
// spaces, without a leading "the"): "Ysyk-Ata" → "ysyk ata", "U.S." → "us", "the Kremlin" → "kremlin".
import { fold } from './normalize.ts';
import { readLines } from './files.ts';
import { countryData, isAcronym } from './countries.ts';
import { isPlaceNamePrefix, placeNameInfo, type PlaceKind } from './gazetteer.ts';

export type NameSource = 'place' | 'country' | 'demonym' | 'seat' | 'organization' | 'area' | 'area-adjective';

export interface KnownName {
  /** the folded key that matched */
  key: string;
  sources: NameSource[];
  /** the largest population among gazetteer places so named (0 when it names no place) */
  population: number;
  /** the kind of that largest place */
  placeKind?: PlaceKind;
  /** an ordinary English word in lowercase ("Nice", "Reading", "Turkey", "Of"): needs more evidence than capitalization */
  risky: boolean;
  /** known only as an acronym (WHO, AP, US): accept only when written in capitals */
  acronym: boolean;
  /** a place name that is also a common given name or surname ("Michael", "Wilson", "Kennedy") */
  personName: boolean;
}

interface ListIndex {
  /** folded name → sources, for the curated lists (not the gazetteer) */
  names: Map<string, Set<NameSource>>;
  /** folded names that are known only in capitals */
  acronymOnly: Set<string>;
  /** every word-prefix of a list name: "south" and "south korea" for "south korean" */
  prefixes: Set<string>;
  /** first folded word → the most words a list name starting with it has */
  firstWord: Map<string, number>;
  common: Set<string>;
  personNames: Set<string>;
}

let lists: ListIndex | undefined;

const ADMIN_WORDS = new Set(['region', 'oblast', 'province', 'district', 'rayon', 'raion', 'governorate', 'state',
  'prefecture', 'county', 'krai', 'kray', 'okrug', 'republic', 'municipality', 'territory', 'department', 'voivodeship', 'emirate']);

function listIndex(): ListIndex {
  if (lists) return lists;
  const cd = countryData();
  const names = new Map<string, Set<NameSource>>();
  const spelled = new Map<string, boolean>(); // key → seen written other than as an acronym
  const add = (s: string, src: NameSource) => {
    const k = fold(s);
    if (!k) return;
    let set = names.get(k);
    if (!set) names.set(k, (set = new Set()));
    set.add(src);
    spelled.set(k, (spelled.get(k) ?? false) || !isAcronym(s));
  };
  for (const c of cd.countries) { add(c.name, 'country'); for (const a of c.aliases) add(a, 'country'); for (const d of c.demonyms) add(d, 'demonym'); }
  for (const k of cd.seats.keys()) add(k, 'seat');
  for (const o of cd.organizationList) for (const s of [o.name, ...o.aliases]) add(s, 'organization');
  for (const r of cd.regionList) {
    for (const s of [r.name, ...r.aliases]) add(s, 'area');
    for (const s of r.adjectives) add(s, 'area-adjective');
  }
  const acronymOnly = new Set([...spelled].filter(([, v]) => !v).map(([k]) => k));
  const prefixes = new Set<string>();
  const firstWord = new Map<string, number>();
  for (const k of names.keys()) {
    const words = k.split(' ');
    firstWord.set(words[0], Math.max(firstWord.get(words[0]) ?? 0, words.length));
    for (let i = 1; i <= words.length; i++) prefixes.add(words.slice(0, i).join(' '));
  }
  const words = (rel: string) => readLines(rel).flatMap((l) => l.split(/\s+/)).filter(Boolean).map((w) => fold(w));
  const common = new Set([...words('gazetteer/common-words.txt'), ...words('lists/common-words-extra.txt')]);
  const personNames = new Set(words('gazetteer/person-names.txt'));
  lists = { names, acronymOnly, prefixes, firstWord, common, personNames };
  return lists;
}

/** An ordinary English word that is also a name somewhere ("nice", "reading", "bath", "of", "turkey"). */
export function isCommonWord(s: string): boolean {
  return listIndex().common.has(fold(s));
}

/** A place name that is also a common given name or surname ("Michael", "Wilson", "Kennedy", "Obama"). */
export function isPersonName(s: string): boolean {
  return listIndex().personNames.has(fold(s));
}

// Bounded memo tables: news repeats its words and names, so most questions were asked before.
const foldMemo = new Map<string, string>();
const infoMemo = new Map<string, KnownName | null>();
const prefixMemo = new Map<string, boolean>();
function memo<V>(m: Map<string, V>, k: string, f: () => V): V {
  let v = m.get(k);
  if (v === undefined) { if (m.size > 100_000) m.clear(); v = f(); m.set(k, v); }
  return v;
}
const foldWord = (w: string) => memo(foldMemo, w, () => fold(w));
const infoOf = (key: string) => memo(infoMemo, key, () => computeInfo(key) ?? null) ?? undefined;
const isPrefix = (key: string) => memo(prefixMemo, key, () => listIndex().prefixes.has(key) || isPlaceNamePrefix(key + ' '));

/**
 * A copy of the memoized answer, with the risk judged on the text as written: "US" or "UN" in
 * capitals is the country or the organization, while "us" or "Us" is the pronoun.
 */
function asWritten(info: KnownName, surface: string): KnownName {
  const out = { ...info, sources: [...info.sources] };
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (out.risky && letters.length >= 2 && letters === letters.toUpperCase() && out.sources.some((x) => x !== 'place')) out.risky = false;
  return out;
}

/** What a folded key names, or undefined. */
function computeInfo(key: string): KnownName | undefined {
  const li = listIndex();
  const src = li.names.get(key);
  const place = placeNameInfo(key);
  if (!src && !place) return undefined;
  const sources: NameSource[] = src ? [...src] : [];
  if (place) sources.push('place');
  return {
    key, sources, population: place?.population ?? 0, placeKind: place?.kind,
    risky: li.common.has(key) || (key.length <= 2 && !li.acronymOnly.has(key)),
    acronym: li.acronymOnly.has(key) && !place,
    personName: li.personNames.has(key),
  };
}

/** Is this whole string a known name? ("Russian Federation", "the Kremlin", "Chuy oblast" is not: use lookupPlaces for admin suffixes.) */
export function knownName(s: string): KnownName | undefined {
  const k = fold(s);
  const info = k ? infoOf(k) : undefined;
  return info ? asWritten(info, s) : undefined;
}

/**
 * The longest known name made of words[i], words[i+1], … (token texts as the segmenter gives
 * them; punctuation tokens such as "," fold to nothing and are absorbed: "Washington , D.C.").
 * Returns how many tokens it spans. O(length) lookups; stops as soon as no name continues.
 */
export function matchKnownName(words: readonly string[], i: number, maxWords = 8): (KnownName & { length: number }) | undefined {
  let acc = '';
  let best: (KnownName & { length: number }) | undefined;
  for (let j = i; j < words.length && j - i < maxWords; j++) {
    const w = foldWord(words[j]);
    if (!w) { if (j === i) return undefined; continue; }
    acc = acc ? acc + ' ' + w : w;
    const info = infoOf(acc);
    if (info) best = { ...asWritten(info, words.slice(i, j + 1).join(' ')), length: j - i + 1 };
    if (!isPrefix(acc)) break;
  }
  // "Ysyk-Ata District", "Chuy oblast", "Batken province": a region or district and its admin word
  if (best && best.placeKind && best.placeKind !== 'city') {
    let j = i + best.length;
    if (j < words.length && ADMIN_WORDS.has(foldWord(words[j]))) best = { ...best, length: j - i + 1, key: best.key + ' ' + foldWord(words[j]) };
  }
  return best;
}

/**
 * First folded word → the most words any curated-list name starting with it has (countries,
 * demonyms, seats, organizations, world regions). Gazetteer places are not in it (there are
 * ~170k): ask matchKnownName, which binary-searches them.
 */
export function placeNameIndex(): ReadonlyMap<string, number> {
  return listIndex().firstWord;
}
