// Finds the noun phrases that name or describe a facility ("the Kant airfield",
// "one more military base", "a similar facility") by their head noun, walking left
// over the modifiers a facility phrase takes. Named facilities come from FAC mentions.
import { seatOfGovernment } from '../mentions/world.ts';
import type { Doc, Token } from '../../document/doc.ts';
import type { Mention } from '../../document/types.ts';
import { installationType } from '../../data/installations.ts';
import { FUNCTION_WORDS, alternation, once, table, words } from './words.ts';

export interface FacilityMention {
  start: number;
  end: number;
  text: string;
  /** air base, military base, naval base, airfield, facility, embassy, plant… */
  facilityType: string;
  determiner?: string;
  /** "second", "one more", "new", "another": a facility not yet in place */
  novel: boolean;
  /** "existing", "current": one already in place */
  existing: boolean;
  similar: boolean;
  plural: boolean;
  /** ISO3 of a nationality or state modifier: "Russian military base" */
  modifierCountry?: string;
  /** an armed service before a military head: "a U.S. Marine Corps air station" */
  service?: Mention;
  /** the FAC mention naming it */
  named?: Mention;
  /** a company or place name that, with the head, names it: "Dacia plant", "Atlanta plant", "plant Automobile Craiova" */
  nameModifier?: Mention;
  /** city or region modifiers: "its Wixom, Michigan plant" */
  places: Mention[];
  /** a possessive owner: "Renault's Dacia plant", "Russia's base" */
  owner?: Mention;
  /** the name this phrase gives the facility, if any: "Kant Air Base", "Atlanta plant", "Automobile Craiova" */
  label?: string;
  /** other names the phrase gives the facility: "MK Air Base" for "Mihail Kogalniceanu (MK) Air Base" */
  alsoKnownAs?: string[];
  /** the runs of names before the head */
  names?: NameRun[];
  sentence: number;
  /** index of the head token */
  head: number;
}

// head noun → facility type; compounds are read from the modifier before the head
const HEADS: Record<string, string> = table('facility-head');
const COMPOUND_TYPES: Record<string, string> = table('facility-compound');
// heads so often used in other senses that they need a facility modifier or a named facility
const NEEDS_MODIFIER = words('ambiguous-facility-head');
const FACILITY_MODIFIERS = words('facility-modifier');
const NOVELTY = words('novelty-modifier');
const EXISTING = words('existing-modifier');
const DETERMINERS = words('facility-determiner');
const OTHER_MODIFIERS = words('other-facility-modifier');
// "customer base", "power base", "tax base": the head is not a facility
const NOT_FACILITY_BEFORE = words('not-facility-before');

export function findFacilityMentions(doc: Doc, countryOf: (m: Mention) => string | undefined): FacilityMention[] {
  const out: FacilityMention[] = [];
  const toks = doc.tokens;
  const titles = titleLines(doc.text);
  const mentionAt = indexMentionsByToken(doc, titles);
  const namedDone = new Set<Mention>();

  for (let i = 0; i < toks.length; i++) {
    const lower = toks[i].lower;
    const named = mentionAt.get(i);
    // "the Kremlin", "the White House": a seat of government is an actor or a meeting place, not a facility fact
    // "the Manas Transit Center", "Manas Air Base" typed as organizations: a facility head ends the name
    // "Babenhausen Kaserne", "Naval Air Station Keflavik": an installation's name by its own words
    const facilityOrg = named?.type === 'ORG' && !namedDone.has(named) && (endsWithFacilityHead(named.text) || !!installationType(named.text));
    if (named && (named.type === 'FAC' || facilityOrg) && !namedDone.has(named) && !named.metonymFor && seatOfGovernment(named.text)?.kind !== 'building') {
      namedDone.add(named);
      const last = lastTokenOf(toks, i, named.end);
      const headType = HEADS[toks[last].lower];
      const prev = toks[last - 1]?.lower;
      const compound = prev ? COMPOUND_TYPES[`${prev} ${toks[last].lower}`] : undefined;
      // "Camp Lemonnier", "Camp Schwab": the head opens the name
      const leadType = !headType && !compound && last > i && Object.hasOwn(HEADS, toks[i].lower) ? HEADS[toks[i].lower] : undefined;
      const fm = describe(doc, toks, mentionAt, countryOf, i, last, compound ?? headType ?? leadType ?? installationType(named.text) ?? 'facility', named);
      abbreviated(doc, fm);
      out.push(fm);
      i = last;
      continue;
    }
    // "remove U.S. Navy forces from La Maddalena", "personnel stationed at La Maddalena": a town that forces sit at or
    // leave, in a report that speaks of a base, names that base
    if (named && named.type === 'GPE' && !namedDone.has(named) && named.entity && countryOf(named) && countryOf(named) !== named.entity
      && speaksOfBase(doc) && forcesAt(doc, named)) {
      namedDone.add(named);
      const last = lastTokenOf(toks, i, named.end);
      out.push(describe(doc, toks, mentionAt, countryOf, i, last, 'base', named));
      i = last;
      continue;
    }
    if (lower === 'one' && isNovelOne(toks, i)) {
      // "a second one", "another one": stands for the last facility type named
      out.push(describe(doc, toks, mentionAt, countryOf, walkLeft(toks, mentionAt, i), i, 'anaphor'));
      continue;
    }
    if (!headTypeOf(lower) || named) continue;
    if (toks[i + 1] && /^(?:d|s)$/.test(toks[i + 1].text)) continue;
    const prevLower = toks[i - 1]?.lower;
    if (prevLower && NOT_FACILITY_BEFORE.has(prevLower) && singular(lower) === 'base') continue;
    if (lower === 'plant' && prevLower === 'to') continue;
    const compound = prevLower ? COMPOUND_TYPES[`${prevLower} ${singular(lower)}`] : undefined;
    const first = walkLeft(toks, mentionAt, i);
    // "$36 million for airport improvements": a bare head before another noun modifies it, it is no facility
    if (first === i && /^\p{Ll}+$/u.test(toks[i + 1]?.text ?? '') && toks[i + 1].sentence === toks[i].sentence && !STAND_ALONE_NEXT.has(toks[i + 1].lower)) continue;
    const hasFacilityModifier = toks.slice(first, i).some(t => FACILITY_MODIFIERS.has(t.lower) || NOVELTY.has(t.lower))
      || toks.slice(first, i).some((_, k) => ['NORP', 'GPE', 'ORG'].includes(mentionAt.get(first + k)?.type ?? ''));
    const apposed = mentionAt.get(i + 1);
    const appositionName = apposed && (apposed.type === 'ORG' || apposed.type === 'FAC') && apposed.start === toks[i + 1].start ? apposed : undefined;
    if (NEEDS_MODIFIER.has(singular(lower)) && !compound && !hasFacilityModifier && !isDefinite(toks[first]) && !appositionName) continue;
    const type = compound ?? headTypeOf(lower)!;
    const described = describe(doc, toks, mentionAt, countryOf, first, i, type);
    if (appositionName) {
      // "the Romanian assembly plant Automobile Craiova": the name follows the head
      described.nameModifier = appositionName;
      described.label = appositionName.text;
      described.end = appositionName.end;
      described.text = doc.text.slice(described.start, described.end);
      namedDone.add(appositionName);
    }
    out.push(...splitCoordinated(doc, described));
  }
  return out;
}

function describe(
  doc: Doc, toks: Token[], mentionAt: Map<number, Mention>, countryOf: (m: Mention) => string | undefined,
  first: number, head: number, facilityType: string, named?: Mention,
): FacilityMention {
  const words = toks.slice(first, head + 1).map(t => t.lower);
  let modifierCountry: string | undefined, owner: Mention | undefined, nameModifier: Mention | undefined, service: Mention | undefined;
  const places: Mention[] = [];
  const names: NameRun[] = [];
  for (const run of nameRuns(doc, toks, mentionAt, first, head)) {
    const inRun = run.mentions.filter(m => m !== named);
    if (!inRun.length && named) continue;
    const m = inRun[0];
    if (run.possessive) { owner = m ?? ({ start: run.start, end: run.end, text: run.text, type: 'ORG', kind: 'name', rule: 'facts' } as Mention); continue; }
    const country = m ? countryOf(m) : undefined;
    if (m && inRun.length === 1 && m.start === run.start && m.end === run.end
      && (m.type === 'NORP' || (m.type === 'GPE' && country && m.entity === country))) { modifierCountry ??= country; continue; }
    // "a U.S. Marine Corps air station": an armed service before a military head says whose it is, it names nothing
    if (!named && m && inRun.length === 1 && m.start === run.start && m.end === run.end && m.type === 'ORG' && country && MILITARY_HEADS.has(facilityType)) {
      modifierCountry ??= country; service ??= m; continue;
    }
    names.push(run);
    for (const x of inRun) if (x.type === 'GPE' || x.type === 'LOC') places.push(x);
    if (!nameModifier && m && (m.type === 'ORG' || m.type === 'FAC')) nameModifier = m;
  }
  if (!nameModifier && places.length && !named) nameModifier = places[0];
  const headWord = singular(toks[head].text);
  // "Wixom, Michigan plant": the first name is the facility's, the rest say where it is
  // one name and the words after it, as written: "Zmiivska thermal power plant"; coordinated names take the head alone
  const asWritten = names.length === 1 && headWord === toks[head].text ? doc.text.slice(names[0].start, toks[head].end) : undefined;
  const label = named ? named.text : asWritten && !/[,;]/.test(asWritten) ? asWritten : names.length ? `${names[0].text} ${headWord}` : undefined;
  const ordinalFirst = words.includes('first');
  const novel = !ordinalFirst && (words.some(w => NOVELTY.has(w)) || (words[0] === 'one' && words[1] === 'more'));
  const start = toks[first].start, end = toks[head].end;
  return {
    start, end, text: doc.text.slice(start, end), facilityType,
    determiner: DETERMINERS.has(words[0]) ? words[0] : undefined,
    novel, existing: words.some(w => EXISTING.has(w)), similar: words.includes('similar'),
    // "Robertson Barracks", "Babenhausen Barracks": a name is one facility, and "barracks" is one building or many
    plural: /s$/.test(toks[head].text) && !/ss$/.test(toks[head].text) && toks[head].lower !== 'airbase' && toks[head].lower !== 'barracks' && !(named && named.type === 'FAC'),
    modifierCountry, named, nameModifier, places, owner, label, names, sentence: toks[head].sentence, head,
    ...(service ? { service } : {}),
  };
}

/**
 * "Mihail Kogalniceanu (MK) Air Base": a name whose head was typed alone, its own words before a bracketed
 * abbreviation of them. The full name becomes the label, the abbreviated one ("MK Air Base") another name.
 */
function abbreviated(doc: Doc, m: FacilityMention): void {
  const lead = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+\((\p{Lu}{2,5})\)\s+$/u.exec(doc.text.slice(Math.max(0, m.start - 60), m.start));
  if (!lead) return;
  const initials = lead[1].split(/\s+/).map(w => w[0]).join('');
  if (initials !== lead[2]) return;
  m.label = `${lead[1]} ${m.text}`;
  m.alsoKnownAs = [`${lead[2]} ${m.text}`];
}

let forcesRe: RegExp | undefined;
/** "the base", "its air base": a text speaking of a base */
const BASE_SPOKEN = once(() => new RegExp(`\\b${alternation('base-determiner', FUNCTION_WORDS)}\\s+(?:military\\s+|naval\\s+|air\\s+)?(?:base|installation|garrison)\\b`, 'i'));
const DEFINITE = once(() => new RegExp(`^${alternation('facility-anaphor-determiner', FUNCTION_WORDS)}$`, 'i'));
const baseSpoken = new WeakMap<Doc, boolean>();
/** Whether the report speaks of a military base or installation at all ("employed on the base"). */
function speaksOfBase(doc: Doc): boolean {
  let b = baseSpoken.get(doc);
  if (b === undefined) { b = BASE_SPOKEN().test(doc.text); baseSpoken.set(doc, b); }
  return b;
}
/** "… forces from <town>", "stationed at <town>": the words before a place that make it where forces sit. */
function forcesAt(doc: Doc, m: Mention): boolean {
  forcesRe ??= new RegExp(`(?:\\b${alternation('stationed-verb')}\\s+at\\s+|\\b${alternation('withdraw-verb')}\\s+(?:[\\w.'’-]+\\s+){0,4}?${alternation('forces-noun')}\\s+from\\s+)$`, 'i');
  return forcesRe.test(doc.text.slice(Math.max(0, m.start - 80), m.start));
}

export interface NameRun { start: number; end: number; text: string; mentions: Mention[]; possessive: boolean; joinedByAnd: boolean }

/** Runs of capitalized words and name mentions before the head: "Atlanta" and "St. Louis" in "the Atlanta and St. Louis plants". */
function nameRuns(doc: Doc, toks: Token[], mentionAt: Map<number, Mention>, first: number, head: number): NameRun[] {
  const runs: NameRun[] = [];
  let cur: NameRun | undefined;
  let sawAnd = false;
  for (let k = first; k < head; k++) {
    const t = toks[k];
    const m = mentionAt.get(k);
    const lower = t.lower;
    const nameToken = !!m || (/^\p{Lu}/u.test(t.text) && !DETERMINERS.has(lower) && !OTHER_MODIFIERS.has(lower) && !FACILITY_MODIFIERS.has(lower) && !inTitle(t.start))
      || (t.text === '.' && cur && /^\p{Lu}\p{Ll}?$/u.test(toks[k - 1].text));
    if (nameToken) {
      if (!cur) { cur = { start: t.start, end: t.end, text: '', mentions: [], possessive: false, joinedByAnd: sawAnd }; runs.push(cur); }
      cur.end = t.end;
      if (m && !cur.mentions.includes(m)) cur.mentions.push(m);
      continue;
    }
    if (cur && /^['’]s$/.test(t.text)) cur.possessive = true;
    if (lower === 'and' || lower === '&') sawAnd = true;
    cur = undefined;
  }
  for (const r of runs) r.text = doc.text.slice(r.start, r.end);
  return runs;
}

/** "the Atlanta and St. Louis plants": one facility for each coordinated name. */
function splitCoordinated(doc: Doc, m: FacilityMention): FacilityMention[] {
  const names = m.names ?? [];
  if (!m.plural || names.length < 2 || !names.some(n => n.joinedByAnd)) return [m];
  const head = singular(m.text.slice(m.text.lastIndexOf(' ') + 1));
  void doc;
  return names.map(n => {
    const place = m.places.find(p => p.start >= n.start && p.end <= n.end);
    return { ...m, plural: false, places: place ? [place] : [], nameModifier: place, label: `${n.text} ${head}`, names: [n] };
  });
}

/** The leftmost token of the phrase ending at `head`: determiners, modifiers, names, nationality mentions. */
function walkLeft(toks: Token[], mentionAt: Map<number, Mention>, head: number): number {
  let first = head;
  for (let k = head - 1; k >= 0 && head - k <= 8; k--) {
    if (toks[k].sentence !== toks[head].sentence) break;
    const w = toks[k].lower;
    const m = mentionAt.get(k);
    if (m && m.type !== 'CARDINAL' && m.type !== 'MONEY' && m.type !== 'PERCENT' && m.type !== 'QUANTITY') { first = k; continue; }
    if (w === "'s" || w === '’s') { continue; }
    const capitalized = /^\p{Lu}/u.test(toks[k].text) && !DETERMINERS.has(w) && k > 0 && toks[k - 1].sentence === toks[k].sentence && !inTitle(toks[k].start);
    if (capitalized || (w === '.' && /^\p{Lu}\p{Ll}?$/u.test(toks[k - 1]?.text ?? '') && k + 1 < head)) { first = k; continue; }
    // "Wixom, Michigan plant", "the Atlanta and St. Louis plants"
    if ((w === ',' || w === 'and') && isNameToken(toks, mentionAt, k - 1) && isNameToken(toks, mentionAt, k + 1)) continue;
    if (FACILITY_MODIFIERS.has(w) || OTHER_MODIFIERS.has(w) || DETERMINERS.has(w)) {
      first = k;
      if (DETERMINERS.has(w) && !(w === 'one' && toks[k + 1]?.text === 'more')) break;
      continue;
    }
    break;
  }
  return first;
}

// looked up for every token: a Map hashes a word once, where a keyed read of the table interns it
const HEAD_TYPES = new Map(Object.entries(HEADS));
function headTypeOf(word: string): string | undefined {
  // singular() changes only a word that ends in s
  return HEAD_TYPES.get(word) ?? (word.length > 4 && word.charCodeAt(word.length - 1) === 115 ? HEAD_TYPES.get(singular(word)) : undefined);
}

function isNameToken(toks: Token[], mentionAt: Map<number, Mention>, k: number): boolean {
  return !!toks[k] && (mentionAt.has(k) || /^\p{Lu}/u.test(toks[k].text));
}

function isNovelOne(toks: Token[], i: number): boolean {
  const prev = toks[i - 1]?.lower;
  const next = toks[i + 1]?.text ?? '.';
  return (prev === 'second' || prev === 'another' || prev === 'new' || prev === 'third') && /^[.,;:!?)]$/.test(next);
}

function singular(w: string): string {
  return w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

function isDefinite(t: Token | undefined): boolean {
  return !!t && DEFINITE().test(t.text);
}

// numbers are not names: "second" and "one more" stay modifiers
const NUMERIC_TYPES = new Set(['ORDINAL', 'CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY', 'DATE', 'TIME']);

// what may follow a bare facility head that still names a facility: "airport in", "base near"
const STAND_ALONE_NEXT = words('stand-alone-next');
const NAME_TAIL_HEADS = words('name-tail-head');
/** "Manas Transit Center", "Kant Air Base": an organization-typed name that ends in a facility head or compound. */
function endsWithFacilityHead(name: string): boolean {
  const w = name.toLowerCase().split(/\s+/);
  // "999th Air Base", "5th Air Army": a unit's designation, not a place
  if (/^\d+(?:st|nd|rd|th)$/.test(w[0])) return false;
  const last = w[w.length - 1], prev = w[w.length - 2];
  return (!!prev && Object.hasOwn(COMPOUND_TYPES, `${prev} ${last}`)) || (w.length > 1 && NAME_TAIL_HEADS.has(last));
}

const MILITARY_HEADS = words('military-head');

let titleSpans: [number, number][] = [];
const inTitle = (at: number) => titleSpans.some(([a, b]) => at >= a && at < b);

/**
 * Lines set in Title Case ("US Signs Long-Term Lease for Military Base in Djibouti"): capitals there say
 * nothing about names, so a facility "name" made in one is a description unless the body names it too.
 */
function titleLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // the words as /[A-Za-z][\w'’-]*/g finds them, counted in one pass: all, the long (4+), the long capitalized
    let words = 0, long = 0, capital = 0;
    for (let i = 0; i < line.length;) {
      const c = line.charCodeAt(i);
      if (!isAsciiLetter(c)) { i++; continue; }
      const from = i++;
      while (i < line.length && isWordTail(line.charCodeAt(i))) i++;
      words++;
      if (i - from >= 4) { long++; if (c <= 90) capital++; }
    }
    // a headline ends in no sentence mark (trimEnd drops what \s matches)
    const last = line.trimEnd().slice(-1);
    if (words >= 4 && long && capital / long >= 0.75 && !'.!?"”'.includes(last || '\n')) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  titleSpans = out;
  return out;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** [\w'’-] */
const isWordTail = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 45;

function indexMentionsByToken(doc: Doc, titles: [number, number][]): Map<number, Mention> {
  const map = new Map<number, Mention>();
  let mi = 0;
  const inTitles = (m: Mention) => titles.some(([a, b]) => m.start >= a && m.end <= b);
  const bodyFac = new Set(doc.mentions.filter(m => m.type === 'FAC' && !inTitles(m)).map(m => m.text.toLowerCase()));
  const ms = doc.mentions.filter(m => m.kind === 'name' && !NUMERIC_TYPES.has(m.type)
    && !(m.type === 'FAC' && inTitles(m) && !bodyFac.has(m.text.toLowerCase())));
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (mi < ms.length && ms[mi].end <= t.start) mi++;
    if (mi < ms.length && ms[mi].start <= t.start && t.end <= ms[mi].end) map.set(i, ms[mi]);
  }
  return map;
}

function lastTokenOf(toks: Token[], from: number, end: number): number {
  let k = from;
  while (toks[k + 1] && toks[k + 1].end <= end) k++;
  return k;
}
