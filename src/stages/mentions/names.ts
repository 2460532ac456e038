// Names: capitalized runs classified into PERSON, NORP, ORG, GPE, LOC, FAC.
// Evidence, strongest first: the world data (countries, demonyms, known organizations,
// regions), the shape of the name (org heads, military units, facilities), a title or
// honorific before it, a first name, a speech verb after it, the gazetteer, and what the
// same document already said about the same words (a second pass).
import type { Doc, Token } from '../../document/doc.ts';
import type { EntityType, Mention } from '../../document/types.ts';
import { abbreviates } from './abbreviation.ts';
import { datelineLength } from '../segment/dateline.ts';
import { capitalRuns, EVENT_HEAD, isCapWord, sameSentence, type Chunk } from './chunks.ts';
import { isOrgNoun, type NameLexicon } from './lexicon.ts';
import { LOWERCASE_FACILITY, militaryShape } from './military.ts';
import { listHead, listTail, productContext } from './products.ts';
import { lookupFacility } from '../../data/facilities.ts';
import { countryByDemonym, countryByName, knownOrganization, lookupPlaces, seatOfGovernment, worldRegion } from './world.ts';

interface Found {
  first: number; last: number; type: EntityType; rule: string; strength: number;
  /** offsets when the name is part of a token ("Kyrgyz-Tajik") */
  start?: number; end?: number;
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// capitalized words that are never names on their own
const NEVER = new Set(['i', "i'm", "i've", "i'd", "i'll", 'a', 'an', 'the', 'ok', 'tv', 'ceo', 'cfo',
  'god', 'internet', 'web', 'christmas', 'easter', 'ramadan', 'thanksgiving', 'bc', 'ad', 'am', 'pm', 'gmt', 'utc', 'pdf',
  // units and currency codes written in capitals
  'ghz', 'mhz', 'khz', 'hz', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'chf', 'kg', 'km', 'mph', 'rpm', 'mb', 'gb', 'tb', 'kb',
  'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'hp', 'ml', 'cm', 'mm',
  // acronyms that are common nouns
  'suv', 'suvs', 'gps', 'atm', 'dvd', 'pc', 'usb', 'lcd', 'hdtv', 'mp3', 'sms', 'ipo', 'gdp', 'vat', 'faq', 'dna',
  // technologies, not products of one maker, and newer common nouns the word lists lack
  'wi-fi', 'wifi', 'bluetooth', 'voip', 'lte', '4g', '5g', 'podcast', 'podcasts', 'podcasting', 'blog', 'blogs', 'website', 'websites']);
// vessels are named like people: "a Turkish survey vessel, the Oruc Reis", "the tanker Stena Impero", "USS Nimitz"
const VESSEL = new Set(['vessel', 'ship', 'tanker', 'frigate', 'destroyer', 'cruiser', 'corvette', 'submarine', 'carrier', 'freighter',
  'ferry', 'yacht', 'trawler', 'icebreaker', 'warship', 'boat', 'liner', 'barge']);
const SHIP_PREFIX = new Set(['USS', 'HMS', 'HMAS', 'HMCS', 'INS', 'RFS', 'MV', 'SS', 'RMS', 'USNS']);
const PLACE_SUFFIX_GPE = new Set(['province', 'oblast', 'region', 'district', 'county', 'state', 'city', 'prefecture',
  'governorate', 'municipality', 'territory', 'krai', 'republic', 'rayon', 'village', 'township', 'parish', 'borough']);
// "Bay of Biscay", "Gulf of Aden", "Cape of Good Hope": a geographic word opening an "X of Y" name
const PLACE_PREFIX_LOC = new Set(['bay', 'gulf', 'sea', 'lake', 'cape', 'isle', 'isles', 'strait', 'straits', 'mount', 'island', 'islands']);
const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
const PLACE_SUFFIX_LOC = new Set(['island', 'islands', 'mountains', 'mountain', 'river', 'lake', 'valley', 'sea', 'ocean',
  'gulf', 'bay', 'desert', 'peninsula', 'strait', 'straits', 'coast', 'basin', 'plateau', 'hills', 'range', 'canyon', 'delta']);
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'inside', 'toward', 'towards',
  'through', 'throughout', 'via', 'around', 'visit', 'visited', 'visiting', 'of', 'between', 'and']);
const COUNTRY_CODES_IN_PROSE = new Set(['USA', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK', 'USSR']);
const STRONG_LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'visit', 'visited', 'visiting']);
const OBJECT_OF_PERSON_VERBS = new Set(['told', 'asked', 'urged', 'met', 'meets', 'thanked', 'called', 'phoned', 'invited',
  'congratulated', 'accused', 'criticized', 'criticised', 'praised', 'sacked', 'appointed', 'fired', 'replaced', 'succeeded']);
// food and common nouns that follow a country name only when the word is not the country: "Turkey sandwiches"
const NOT_COUNTRY_AFTER = new Set(['sandwich', 'sandwiches', 'meat', 'breast', 'breasts', 'legs', 'leg', 'dinner', 'roast',
  'burger', 'burgers', 'bacon', 'farm', 'farms', 'farmers', 'hunting', 'gravy', 'stuffing', 'slices', 'prices', 'feathers', 'vulture',
  'vultures', 'day', 'shop', 'dollar', 'dollars']);

// adjectives and plurals naming groups that are not one country's people
const GROUP_NORP = new Map<string, string>([
  ['european', 'region'], ['europeans', 'region'], ['asian', 'region'], ['african', 'region'], ['arab', 'ethnic'],
  ['arabs', 'ethnic'], ['western', 'region'], ['north american', 'region'], ['latin american', 'region'],
  ['south american', 'region'], ['middle eastern', 'region'], ['scandinavian', 'region'], ['balkan', 'region'],
  ['caucasian', 'region'], ['central asian', 'region'], ['west african', 'region'], ['east african', 'region'],
  ['north african', 'region'], ['southern african', 'region'], ['south asian', 'region'], ['east asian', 'region'],
  ['southeast asian', 'region'], ['south-east asian', 'region'], ['sub-saharan', 'region'], ['nordic', 'region'], ['soviet', 'state'], ['muslim', 'religion'], ['muslims', 'religion'],
  ['christian', 'religion'], ['christians', 'religion'], ['jewish', 'religion'], ['jews', 'religion'], ['sunni', 'religion'],
  ['shia', 'religion'], ['shiite', 'religion'], ['catholic', 'religion'], ['orthodox', 'religion'], ['islamist', 'political'],
  ['democrats', 'political'], ['republicans', 'political'], ['democrat', 'political'], ['republican', 'political'],
  ['kurdish', 'ethnic'], ['kurds', 'ethnic'], ['pashtun', 'ethnic'], ['uighur', 'ethnic'], ['uyghur', 'ethnic'],
]);

const LAW_HEAD = new Set(['statute', 'treaty', 'convention', 'conventions', 'act', 'accord', 'accords', 'protocol', 'charter',
  'constitution', 'declaration', 'agreement', 'amendment', 'resolution', 'bill', 'directive', 'code', 'framework']);
// named days and seasons the times layer leaves alone: not names of anything that acts
const HOLIDAY = new Set(['new year', "new year's", 'new year’s', 'christmas eve', 'independence day', 'labor day', 'labour day',
  'memorial day', 'black friday', 'cyber monday', 'valentine’s day', "valentine's day", 'lent', 'hanukkah', 'diwali', 'eid']);

// nouns for a person's relation to another: before a comma and a name, the name is a person's
const PERSON_RELATION = new Set(['predecessor', 'successor', 'counterpart', 'rival', 'ally', 'aide', 'deputy', 'wife', 'husband',
  'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'widow', 'lawyer', 'spokeswoman', 'spokesman', 'opponent', 'challenger']);

// title words that inside a run are more often part of a name ("Motors General", "Supreme Court Justice")
const MID_TITLE_STOP = new Set(['general', 'major', 'head', 'chief', 'justice', 'speaker', 'deputy', 'chair', 'leader', 'official',
  'representative', 'director', 'secretary', 'minister', 'executive', 'manager', 'founder', 'editor', 'governor', 'king', 'queen',
  'prince', 'princess', 'captain', 'commander', 'marshal', 'bishop', 'cardinal', 'judge', 'chancellor', 'president', 'premier']);

// family-name endings distinctive enough to make a two-word name a person's without any other cue
const FAMILY_ENDING = /(?:ov|ev|ova|eva|enko|yan|shvili|dze|bayev|yev|ayev|iyev|uly|kyzy|sky|ski|skiy|skaya)$/;
// endings of surnames across many languages: a lone capitalized word with one, beside a speech verb, is a person
const WORKS = new Set(['center', 'centre', 'arena']);
const CAMEL_SURNAME = /^(?:Mc|Mac|De|Des|Di|Da|Du|La|Le|Van|Von|St|Fitz)[A-Z]/;
const SURNAME_ENDING = /(?:ov|ev|ova|eva|in|ina|sky|ski|skiy|enko|uk|yan|ian|dze|shvili|vic|ic|son|sen|ez|oglu|zadeh|bayev|yev|ayev|iyev)$/;

// organization heads that name one organization on their own when capitalized: "the Air Force said"
const STANDALONE_ORG = new Set(['army', 'navy', 'air force', 'pentagon', 'congress', 'senate', 'parliament', 'cabinet', 'duma',
  'kremlin', 'marines', 'coast guard', 'supreme court', 'treasury', 'fed', 'federal reserve', 'white house']);

const HYPHEN_SUFFIX = /^([\p{Lu}][\p{L}.&]*)-(?:led|based|backed|owned|run|made|built|born|controlled|funded|held|linked|allied|supported|bound|friendly|dominated|brokered|sponsored)$/u;

interface Ctx {
  doc: Doc;
  lex: NameLexicon;
  tokens: Token[];
  /** what pass one learned: folded text → type */
  known: Map<string, EntityType>;
  /** surnames (last tokens) of persons found in pass one */
  surnames: Set<string>;
  /** first names of persons found in pass one ("Steve" after "Steve Jobs") */
  givenNames: Set<string>;
  /** first words of multiword organizations ("Northrop" of "Northrop Grumman") */
  orgFirstWords: Set<string>;
  /** words learned only from the gazetteer: a town's name, which an organization's name in the document may outweigh */
  placeOnly: Set<string>;
  /** short forms the document spelled out as terms, not names ("SDK" after "Software Development Kit (SDK)") */
  terms: Set<string>;
  headline: boolean;
  final: boolean;
}

export function findNames(doc: Doc, lex: NameLexicon): Mention[] {
  const ctx: Ctx = {
    doc, lex, tokens: doc.tokens, known: new Map(), surnames: new Set(), givenNames: new Set(), orgFirstWords: new Set(), placeOnly: new Set(), terms: new Set(), headline: false, final: false,
  };
  const runs = sentenceRuns(doc, lex);
  // pass one: learn from strong evidence
  for (const { chunk, headline } of runs) {
    ctx.headline = headline;
    for (const f of classifyRun(ctx, chunk)) learn(ctx, f);
  }
  ctx.final = true;
  const out: Mention[] = [];
  for (const { chunk, headline } of runs) {
    ctx.headline = headline;
    for (const f of classifyRun(ctx, chunk)) {
      const m = toMention(ctx, f);
      // "Worldwide Developers Conference (WWDC)": the bracketed short form is what the name before it is
      const before = out[out.length - 1];
      if (f.rule === 'mentions.name.acronym' && before && inBrackets(ctx, f.first, f.last) && ctx.tokens[f.first - 2]?.end === before.end
        && abbreviates(m.text, before.text)) m.type = before.type;
      out.push(m);
    }
  }
  return out;
}

function sentenceRuns(doc: Doc, lex: NameLexicon): { chunk: Chunk; headline: boolean }[] {
  const out: { chunk: Chunk; headline: boolean }[] = [];
  const toks = doc.tokens;
  let i = 0;
  while (i < toks.length) {
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].sentence === toks[i].sentence) j++;
    const headline = isHeadline(toks, i, j, lex);
    for (const c of capitalRuns(doc.text, toks, i, j, lex)) out.push({ chunk: c, headline });
    i = j + 1;
  }
  return out;
}

/** Title Case lines: most content words capitalized, so capitals say little. */
function isHeadline(toks: Token[], first: number, last: number, lex: NameLexicon): boolean {
  let words = 0, caps = 0;
  for (let k = first; k <= last; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCapWord(t)) caps++;
  }
  return words >= 4 && caps / words >= 0.75;
}

/** A common English word, or a regular inflection of one ("Negotiations", "Officials", "Recalling"). */
export function isCommonWord(lex: NameLexicon, w: string): boolean {
  if (lex.common.has(w)) return true;
  if (w.length < 4) return false;
  if (w.endsWith('s') && (lex.common.has(w.slice(0, -1)) || w.endsWith('es') && lex.common.has(w.slice(0, -2)))) return true;
  if (w.endsWith('ed') && (lex.common.has(w.slice(0, -2)) || lex.common.has(w.slice(0, -1)))) return true;
  if (w.endsWith('ing') && (lex.common.has(w.slice(0, -3)) || lex.common.has(w.slice(0, -3) + 'e'))) return true;
  if (w.endsWith('ly') && lex.common.has(w.slice(0, -2))) return true;
  return false;
}

function fold(s: string): string {
  const t = s.toLowerCase();
  return t.includes('’') ? t.replace(/’/g, "'") : t;
}

function textOf(ctx: Ctx, a: number, b: number): string {
  return ctx.doc.text.slice(ctx.tokens[a].start, ctx.tokens[b].end);
}

function learn(ctx: Ctx, f: Found): void {
  if (f.strength < 2) return;
  const key = fold(textOf(ctx, f.first, f.last));
  if (!ctx.known.has(key)) { ctx.known.set(key, f.type); if (f.rule === 'mentions.name.gazetteer') ctx.placeOnly.add(key); }
  if (f.type === 'PERSON' && f.last > f.first) {
    ctx.surnames.add(fold(ctx.tokens[f.last].text));
    ctx.givenNames.add(fold(ctx.tokens[f.first].text));
  }
  if (f.type === 'ORG' && f.last > f.first) ctx.orgFirstWords.add(fold(ctx.tokens[f.first].text));
}

/** The first word of a sentence, or after an opening quote or bracket at its start. */
function atSentenceStart(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens;
  let k = i - 1;
  if (k >= 0 && /^["“‘'(\[]$/.test(t[k].text)) return true;
  while (k >= 0 && t[k].sentence === t[i].sentence && t[k].kind === 'punct' && /["“‘'(\[—–-]/.test(t[k].text)) k--;
  return k < 0 || t[k].sentence !== t[i].sentence || t[k].text === ':' || (t[k].kind === 'punct' && /["“]/.test(t[k + 1]?.text ?? ''));
}

function titleAt(ctx: Ctx, i: number, last: number): number {
  const { lex, tokens } = ctx;
  const head = tokens[i].lower;
  if (lex.titleFirstWords.has(head)) {
    for (let n = Math.min(lex.titleMaxWords, last - i + 1); n >= 1; n--) {
      let s = head;
      for (let k = i + 1; k < i + n; k++) s += ' ' + tokens[k].lower;
      if (lex.titles.has(s)) return n;
    }
  }
  // "Assistant Secretary", "Acting Director", "Principal Deputy Under Secretary": a rank word before a title
  if (TITLE_RANK.has(head) && i < last) {
    const rest = titleAt(ctx, i + 1, last);
    if (rest) return 1 + rest;
  }
  return 0;
}
const TITLE_RANK = new Set(['presiding', 'assistant', 'deputy', 'acting', 'associate', 'special', 'principal', 'interim', 'under', 'senior', 'vice', 'civilian']);

function honorificAt(ctx: Ctx, i: number, last: number): number {
  const t = ctx.tokens[i];
  const w = t.lower;
  const dot = ctx.tokens[i + 1]?.text === '.' && ctx.tokens[i + 1].start === t.end;
  if (w === 'st') return 0; // "St. Louis", "St. Thomas": places
  if (dot && i + 1 < last && ctx.lex.honorifics.has(w + '.')) return 2;
  if (ctx.lex.honorifics.has(w) && i < last) return 1;
  return 0;
}

/** A lowercase title (or honorific) right before the run: "analyst David Strauss", "chief executive Louis Gallois".
 * Words that are also adjectives or nouns of other kinds ("a major Airbus customer", "party leader …") count only
 * before a name of two or more words ("USAF official Darleen Druyun"). */
function titleBefore(ctx: Ctx, first: number, last: number): boolean {
  const t = ctx.tokens;
  // "a Greek government spokesman, Stelios Petsas, said": the title, a comma, the name
  // ("Her predecessor, Antti Rinne, disagreed": a word for a person's relation works the same way)
  if (t[first - 1]?.text === ',' && last > first && t[first - 2] && t[first - 2].sentence === t[first].sentence && !isCapWord(t[first - 2])
    && (ctx.lex.titles.has(t[first - 2].lower) || PERSON_RELATION.has(t[first - 2].lower))) return true;
  if (!t[first - 1] || !ctx.lex.titleLastWords.has(t[first - 1].lower)) return false;
  for (let n = 1; n <= 3; n++) {
    const a = first - n;
    if (a < 0 || t[a].sentence !== t[first].sentence) return false;
    let s = '';
    for (let k = a; k < first; k++) s += (k > a ? ' ' : '') + t[k].lower;
    if (ctx.lex.titles.has(s) || ctx.lex.honorifics.has(s)) {
      const info = ctx.lex.titles.get(s);
      if (['head', 'major', 'general', 'justice'].includes(s)) return false;
      return !info || last > first || !['official', 'leader', 'chief', 'deputy', 'speaker', 'chair'].includes(s);
    }
  }
  return false;
}

function speechAfter(ctx: Ctx, last: number): boolean {
  const t = ctx.tokens;
  let k = last + 1;
  if (t[k]?.text === ',') return false;
  // "Karasin was quoted as saying"
  if (/^(was|is|were)$/.test(t[k]?.text ?? '') && t[k + 1]?.text === 'quoted') return true;
  // "Detik.com quoted Djamal as saying"
  if (t[k]?.text === 'as' && t[k + 1]?.text === 'saying') return true;
  if (t[k] && /^(has|had|was|is|also|then|later|previously|would|will)$/.test(t[k].text)) k++;
  return !!t[k] && t[k].sentence === t[last].sentence && ctx.lex.speechVerbs.has(t[k].text);
}

function speechBefore(ctx: Ctx, first: number): boolean {
  const t = ctx.tokens;
  const p = t[first - 1], pp = t[first - 2];
  if (!p || p.sentence !== t[first].sentence) return false;
  if (OBJECT_OF_PERSON_VERBS.has(p.text)) return true;
  if (pp && pp.text === 'according' && p.text === 'to') return true;
  // "…," said Smith
  if (ctx.lex.speechVerbs.has(p.text) && pp && /^[,"”']+$/.test(pp.text)) return true;
  return false;
}

/** An apposition naming an office: "Jim Press, the Vice Chairman of Chrysler", "Djamal, minister of transport". */
function titleInApposition(ctx: Ctx, last: number): boolean {
  const t = ctx.tokens;
  if (t[last + 1]?.text !== ',') return false;
  let k = last + 2;
  if (/^(the|a|an|its|their)$/i.test(t[k]?.text ?? '')) k++;
  // a demonym or an organization's name may stand before the title: "the Canadian Auto Workers' president"
  for (let skip = 0; skip < 3 && t[k] && t[k].sentence === t[last].sentence; skip++) {
    const nt = titleAt(ctx, k, Math.min(t.length - 1, k + ctx.lex.titleMaxWords - 1));
    // "…, a Romanian official said Friday": a new clause's subject, not an apposition
    if (nt > 0) return !ctx.lex.speechVerbs.has(t[k + nt]?.text ?? '');
    if (!isCapWord(t[k])) return false;
    k++;
  }
  return false;
}

/** Words around a name that make it an organization: "retailers, including Best Buy", "Best Buy said",
 * "Mike Gikas of Consumer Reports", "at Best Buy", "Best Buy's". */
function organizationContext(ctx: Ctx, a: number, b: number): boolean {
  const t = ctx.tokens;
  const first = a - listHead(t, a);
  for (let k = first - 1; k >= first - 4 && sameSentence(t, a, k); k--) {
    if (isOrgNoun(ctx.lex, t[k].text)) return true;
    if (t[k].kind !== 'word' && t[k].text !== ',') break;
  }
  const prev = sameSentence(t, a, first - 1) ? t[first - 1].text : '';
  if (prev === 'at' || prev === 'by' || prev === 'of' && isCapWord(t[first - 2])) return true;
  // "Launch Services and Delta Program business units": the noun after the list
  const tail = b + 1 + listTail(t, b + 1);
  if (sameSentence(t, a, tail) && (isOrgNoun(ctx.lex, t[tail].text) || sameSentence(t, a, tail + 1) && isOrgNoun(ctx.lex, t[tail + 1].text) && t[tail].kind === 'word' && !isCapWord(t[tail]))) return true;
  const next = sameSentence(t, a, b + 1) ? t[b + 1].text : '';
  if (/^(?:'s|'|’s|’)$/.test(next) || ORG_VERB_AFTER.has(next) || ctx.lex.speechVerbs.has(next)) return true;
  return companyInApposition(ctx, b);
}
const ORG_VERB_AFTER = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'plans', 'planned', 'agreed',
  'bought', 'sold', 'owns', 'owned', 'acquired', 'filed', 'sued', 'reported', 'posted', 'employs', 'hired', 'cut', 'cuts']);

/** "Magna, a Canadian automobile parts company": an apposition saying the name is an organization. */
function companyInApposition(ctx: Ctx, last: number): boolean {
  const t = ctx.tokens;
  if (t[last + 1]?.text !== ',' || !/^(a|an|the)$/i.test(t[last + 2]?.text ?? '')) return false;
  for (let k = last + 3; k <= last + 7 && t[k]?.kind === 'word' && t[k].sentence === t[last].sentence; k++) {
    if (isOrgNoun(ctx.lex, t[k].text)) return !personAfterOrgNoun(ctx, k);
  }
  return false;
}

/** "a union official", "the party's leader": the organization noun modifies a person. */
function personAfterOrgNoun(ctx: Ctx, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || next.sentence !== ctx.tokens[k].sentence) return false;
  const w = next.lower;
  return w === "'s" || w === "'" || w === '’s' || ctx.lex.titles.has(w) || PERSON_AFTER_ORG_NOUN.has(w);
}
const PERSON_AFTER_ORG_NOUN = new Set(['member', 'members', 'official', 'officials', 'employee', 'employees', 'worker', 'workers',
  'staff', 'leader', 'leaders', 'boss', 'bosses', 'executive', 'executives', 'spokesman', 'spokeswoman', 'activist', 'activists']);

function prevWord(ctx: Ctx, first: number): string {
  const p = ctx.tokens[first - 1];
  return p && p.sentence === ctx.tokens[first].sentence ? p.lower : '';
}

function isAcronym(s: string): boolean { return /^[A-Z][A-Z0-9&.-]{1,7}$/.test(s) && /[A-Z].*[A-Z]/.test(s); }

/** Split a run into names: leading demonyms, titles and honorifics come off; the rest is classified. */
function classifyRun(ctx: Ctx, c: Chunk): Found[] {
  const { tokens, lex } = ctx;
  const out: Found[] = [];
  let a = c.first;
  const b = c.last;
  // a sentence-initial common word is not a name: "Recall, …", "Unlike …", "Will Russia …"
  if (atSentenceStart(ctx, a)) {
    const w = fold(tokens[a].text);
    const nextCap = a < b;
    // "Bob said": a lone first name before a speech verb is the speaker
    const isName = (lex.firstNames.has(w) && (nextCap && !wholeKnown(ctx, a + 1, b) || !nextCap && speechAfter(ctx, a))) || lex.famous.has(w);
    const country = countryByName(tokens[a].text) && !NOT_COUNTRY_AFTER.has(fold(tokens[b + 1]?.text ?? ''));
    const titled = titleAt(ctx, a, b) > 0 || honorificAt(ctx, a, b) > 0;
    // "Reading the statement aloud": a gerund before a determiner is a verb even where Reading is a town
    const verbal = /^(the|a|an|his|her|their|its|this|that|these|those|our|my|your|to|it|them|him)$/i.test(tokens[a + 1]?.text ?? '') && a === b;
    if (isCommonWord(lex, w) && !isName && !titled && !country && !countryByDemonym(tokens[a].text) && (!ctx.known.has(w) || verbal)
      && !(a < b && knownStart(ctx, a, b)) && !(a < b && placeStrong(lookupPlaces(textOf(ctx, a, a + 1))))) a++;
    else if (country === false && countryByName(tokens[a].text) && a === b) return out; // "Turkey sandwiches …"
  }
  // drop months, weekdays and never-names at the edges (times claims dates)
  while (a <= b && (NEVER.has(fold(tokens[a].text)) || (MONTHS.has(fold(tokens[a].text)) && !(a > c.first && lex.firstNames.has(fold(tokens[a - 1].text)))))) a++;
  let z = b;
  while (z >= a && (MONTHS.has(fold(tokens[z].text)) && !(z > a && lex.firstNames.has(fold(tokens[z - 1].text))) || NEVER.has(fold(tokens[z].text)))) z--;
  if (a > z) return out;
  let personCue = titleBefore(ctx, a, z);
  let titled = false, portfolio = false;
  // peel demonyms, titles, honorifics off the left
  while (a <= z) {
    // "European Commissioner", "Arab League envoy": a group's adjective peels like a demonym
    const dem = countryByDemonym(tokens[a].text) || GROUP_NORP.has(fold(tokens[a].text));
    if (dem && a < z) {
      if (wholeKnown(ctx, a, z)) break;
      const nt = titleAt(ctx, a + 1, z);
      if (nt || knownStart(ctx, a + 1, z)) {
        // "U.S. President", "US Treasury": a country's own name as a modifier stays the country (GPE, as OntoNotes)
        const isCountry = !!countryByName(tokens[a].text);
        out.push({ first: a, last: a, type: isCountry ? 'GPE' : 'NORP', rule: isCountry ? 'mentions.name.country' : 'mentions.name.demonym', strength: 3 });
        a++;
        continue;
      }
      break;
    }
    const nt = titleAt(ctx, a, z);
    // "Chief Executive Officer of General Motors": a title of a body peels even where the body's head makes the whole look known
    const ofBody = nt > 0 && /^(of|for)$/.test(tokens[a + nt]?.text ?? '') && !knownOrganization(textOf(ctx, a, z));
    if (nt && a + nt <= z && (ofBody || !wholeKnown(ctx, a, z))) {
      personCue = titled = true;
      a += nt;
      // "President of Russia": the connector goes with the title
      while (a <= z && /^(of|for|the)$/.test(tokens[a].text)) { portfolio ||= tokens[a].text === 'for'; a++; personCue = false; }
      continue;
    }
    if (nt && a + nt - 1 === z) return out; // a bare title is not a name
    const nh = honorificAt(ctx, a, z);
    if (nh) { personCue = true; a += nh; continue; }
    break;
  }
  while (a <= z && /^(of|for|the|and|de)$/.test(tokens[a].text)) a++;
  if (a > z) return out;
  // "Commissioner for Competition Neelie Kroes": the portfolio, then the person
  if (portfolio && z - a >= 2) {
    const q = personAtEnd(ctx, a + 1, z);
    if (q > 0) return [...out, { first: q, last: z, type: 'PERSON', rule: 'mentions.name.after-title', strength: 3 }];
  }
  // "Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun": the body, the portfolio, the person
  if (titled && z - a >= 4) {
    let p = a + 2;
    while (p < z && tokens[p].text !== 'for') p++;
    const q = p < z ? personAtEnd(ctx, p + 2, z) : -1;
    if (q > 0 && isStateBody(ctx, a, p - 1)) {
      return [...out, { first: a, last: p - 1, type: 'ORG', rule: 'mentions.name.org-head', strength: 3 },
        { first: q, last: z, type: 'PERSON', rule: 'mentions.name.after-title', strength: 3 }];
    }
  }
  // "EADS-led", "Moscow-backed": the name before a participle suffix
  if (a === z && a === b) {
    const hy = HYPHEN_SUFFIX.exec(tokens[a].text);
    const type = hy ? typeOfWords(ctx, hy[1]) : undefined;
    if (hy && type) return [...out, { first: a, last: a, type, rule: 'mentions.name.hyphen-prefix', strength: 1, start: tokens[a].start, end: tokens[a].start + hy[1].length }];
  }
  // "New York City-based": the participle ends a longer name, which is the place or owner, not part of a name
  if (z > a) {
    const hy = HYPHEN_SUFFIX.exec(tokens[z].text);
    if (hy) {
      const name = textOf(ctx, a, z - 1) + ' ' + hy[1];
      const type = typeOfWords(ctx, name) ?? 'ORG';
      return [...out, { first: a, last: z, type, rule: 'mentions.name.hyphen-prefix', strength: 1, start: tokens[a].start, end: tokens[z].start + hy[1].length }];
    }
    // "Kremlin-owned Unified Aircraft": the owner, then the name
    const lead = HYPHEN_SUFFIX.exec(tokens[a].text);
    const leadType = lead ? typeOfWords(ctx, lead[1]) : undefined;
    if (lead && leadType) {
      out.push({ first: a, last: a, type: leadType, rule: 'mentions.name.hyphen-prefix', strength: 1, start: tokens[a].start, end: tokens[a].start + lead[1].length });
      const rest = classifyCore(ctx, a + 1, z, false);
      return rest ? [...out, rest] : out;
    }
  }
  // hyphenated demonym pairs: "Kyrgyz-Tajik relations"
  if (a === z && tokens[a].text.includes('-')) {
    const parts = tokens[a].text.split('-');
    if (parts.length === 2 && parts.every(p => countryByDemonym(p))) {
      return [...out, ...splitHyphen(ctx, a, parts)];
    }
  }
  // a title inside the run: "Apple CEO Steve Jobs", "Boeing Commercial Airplanes chief Scott Carson"
  if (!personCue && !wholeKnown(ctx, a, z)) {
    for (let p = a + 1; p < z; p++) {
      const nt = titleAt(ctx, p, z);
      if (!nt) continue;
      const leftKnown = wholeKnown(ctx, a, p - 1) || !!seatOfGovernment(textOf(ctx, a, p - 1)) || ctx.known.get(fold(textOf(ctx, a, p - 1))) === 'ORG';
      // "the White House Press Secretary": the office ends the run, and the body before it is the name
      if (nt && p + nt - 1 === z && leftKnown) {
        const body = classifyCore(ctx, a, p - 1, false);
        return body ? [...out, body] : out;
      }
      if (p + nt > z || z - (p + nt) > 3) continue;
      // "General Motors" keeps its title word; "Alabama Governor Bob Riley" does not, nor does a title of
      // two words before a name ("Aer Lingus Chief Executive Dermot Mannion")
      if (MID_TITLE_STOP.has(fold(tokens[p].text)) && !leftKnown && !lookupPlaces(textOf(ctx, a, p - 1)).length
        && !(nt >= 2 && z - (p + nt) >= 1)) continue;
      const left = classifyCore(ctx, a, p - 1, false);
      if (left) out.push(left);
      let q = p + nt, cue = true;
      while (q <= z && /^(of|for|the|and)$/.test(tokens[q].text)) { q++; cue = false; }
      const right = q <= z ? classifyCore(ctx, q, z, cue) : undefined;
      if (right) out.push(right);
      return out;
    }
  }
  // "Air Force James Roche", "Air Force Communications Bill Bodie": an organization, then a person
  const given = fold(tokens[z - 1]?.text ?? ''), family = fold(tokens[z].text);
  if (z - a >= 2 && !personCue && knownStart(ctx, a, z - 2) && !listedName(ctx, a, z) && isCapWord(tokens[z - 1])
    && (lex.firstNames.has(given) && !lex.common.has(given) || lex.famous.has(family) || lex.lastNames.has(family) && !lex.common.has(family))
    && !wholeKnown(ctx, a, z - 1) && !(lex.orgHeads.has(family) && !lex.firstNames.has(given))) {
    const org = classifyCore(ctx, a, z - 2, false);
    if (org) out.push(org);
    return [...out, { first: z - 1, last: z, type: 'PERSON', rule: 'mentions.name.first-name', strength: 3 }];
  }
  // "Air France", "Air Canada", "Air Astana": an airline, whatever the first word's case says
  if (tokens[a - 1]?.text === 'Air' && a - 1 >= c.first && z === a && (countryByName(tokens[a].text) || countryByDemonym(tokens[a].text))) {
    return [...out, { first: a - 1, last: z, type: 'ORG', rule: 'mentions.name.airline', strength: 3 }];
  }
  if (tokens[a].text === 'Air' && z > a && (countryByName(textOf(ctx, a + 1, z)) || placeStrong(lookupPlaces(textOf(ctx, a + 1, z))))) {
    return [...out, { first: a, last: z, type: 'ORG', rule: 'mentions.name.airline', strength: 3 }];
  }
  // "Adam Air Flight 574": the airline, not a person
  if (z > a && tokens[z].text === 'Flight' && tokens[z + 1]?.kind === 'number') {
    return [...out, { first: a, last: z - 1, type: 'ORG', rule: 'mentions.name.airline-flight', strength: 2 }];
  }
  // "Dearborn, Michigan Ford's stock": a place, then a company the lexicon knows (a line break lost between them)
  if (z === a + 1 && !wholeKnown(ctx, a, z) && lex.companies.has(fold(tokens[z].text)) && placeStrong(lookupPlaces(tokens[a].text))) {
    return [...out, { first: a, last: a, type: 'GPE', rule: 'mentions.name.gazetteer', strength: 2 },
      { first: z, last: z, type: 'ORG', rule: 'mentions.name.company', strength: 3 }];
  }
  // "Mac OS X Lion", "Windows Mobile", "iPod Touch": a product line and the model after it
  const line = productLineAt(ctx, a, z);
  if (line) return [...out, line];
  // "Airbus A380", "Boeing 787 Dreamliner": the maker, then its product
  if (!personCue && z > a && !wholeKnown(ctx, a, z)) {
    for (let k = Math.min(z - 1, a + 2); k >= a; k--) {
      const maker = fold(textOf(ctx, a, k));
      const isMaker = lex.companies.has(maker) || ctx.known.get(maker) === 'ORG';
      if (!isMaker) continue;
      const rest = textOf(ctx, k + 1, z);
      // "Apple Worldwide Developers Conference": the company and its event
      if (isMaker && k < z && EVENT_HEAD.has(fold(tokens[z].text))) {
        return [...out, { first: a, last: k, type: 'ORG', rule: 'mentions.name.maker', strength: 3 },
          { first: k + 1, last: z, type: 'EVENT', rule: 'mentions.name.event', strength: 2 }];
      }
      if (isMaker && (/\d/.test(rest) || lex.products.has(fold(rest)) || lex.companies.has(maker) && modelName(ctx, k + 1, z))) {
        out.push({ first: a, last: k, type: 'ORG', rule: 'mentions.name.maker', strength: 3 });
        // learned, so "the Falcon's bodyshell" later is the model again, not Falcón, Venezuela
        out.push({ first: k + 1, last: z, type: 'PRODUCT', rule: 'mentions.name.model', strength: 2 });
        return out;
      }
    }
  }
  const f = classifyCore(ctx, a, z, personCue);
  if (f) out.push(f);
  return out;
}

/** A known product line at the run's start, with up to two capitalized words after it ("OS X Lion"), or up to
 * three capitalized words right after a product written in lowercase-first style ("iPod Touch", "iTunes Music Store"). */
function productLineAt(ctx: Ctx, a: number, z: number): Found | undefined {
  const { lex, tokens } = ctx;
  for (let k = Math.min(z, a + 2); k >= a; k--) {
    if (!lex.products.has(fold(textOf(ctx, a, k))) || z - k > 2) continue;
    if (k < z && (orgHead(ctx, a, z) || lex.companies.has(fold(textOf(ctx, k + 1, z))))) return undefined;
    return { first: a, last: z, type: 'PRODUCT', rule: 'mentions.name.product-line', strength: 2 };
  }
  const prev = tokens[a - 1];
  if (z - a <= 2 && prev && prev.end < tokens[a].start && prev.sentence === tokens[a].sentence && /^[a-z]+[A-Z]\w*$/.test(prev.text)
    && lex.products.has(fold(prev.text)) && !countryByName(textOf(ctx, a, z)) && !lex.companies.has(fold(textOf(ctx, a, z)))) {
    return { first: a - 1, last: z, type: 'PRODUCT', rule: 'mentions.name.product-line', strength: 2 };
  }
  return undefined;
}

/** One or two capitalized words after a company that name a model, not a part of the company:
 * "Ford Falcon", "Rolls-Royce Trent"; not "Ford Motor", "GM Europe", "Boeing Capital". */
function modelName(ctx: Ctx, a: number, z: number): boolean {
  if (z - a > 1) return false;
  const w = words(ctx, a, z);
  const s = textOf(ctx, a, z);
  if (orgHead(ctx, a - 1, z) || ctx.lex.orgHeads.has(w[w.length - 1]) || knownOrganization(s) || ctx.lex.companies.has(fold(s))) return false;
  // a division by country or region ("GM Europe", "Ford Australia"); a town a model is named after does not count
  if (countryByName(s) || countryByDemonym(w[0]) || worldRegion(s)) return false;
  if (w.some(x => ctx.lex.titles.has(x) || /^(of|and|&|for)$/.test(x))) return false;
  if (w.length === 2 && ctx.lex.firstNames.has(w[0])) return false; // "Apple Tim Cook" is a person after the company
  return !/^(international|global|group|military|defence|defense|commercial|financial|capital|services|europe|asia|america|americas)$/.test(w[0]);
}

/** "the tanker Stena Impero", "a survey vessel, the Oruc Reis". */
function vesselBefore(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens;
  let k = a - 1;
  if (t[k]?.text === 'the') k--;
  if (t[k]?.text === ',') k--;
  return !!t[k] && t[k].sentence === t[a].sentence && VESSEL.has(t[k].lower);
}

function splitHyphen(ctx: Ctx, i: number, parts: string[]): Found[] {
  const t = ctx.tokens[i];
  return [
    { first: i, last: i, type: 'NORP', rule: 'mentions.name.demonym-pair', strength: 3, start: t.start, end: t.start + parts[0].length },
    { first: i, last: i, type: 'NORP', rule: 'mentions.name.demonym-pair', strength: 3, start: t.end - parts[1].length, end: t.end },
  ];
}

// whether words name something known as a whole depends on the words alone: remembered across documents
let knownCache = new Map<string, boolean>();

/** The type of a name standing inside a token ("EADS" of "EADS-led"), from what is known of it. */
function typeOfWords(ctx: Ctx, s: string): EntityType | undefined {
  if (countryByName(s)) return 'GPE';
  const seat = seatOfGovernment(s);
  if (seat) return seat.kind === 'building' ? 'FAC' : 'GPE';
  if (knownOrganization(s) || ctx.lex.companies.has(fold(s))) return 'ORG';
  const seen = ctx.known.get(fold(s));
  if (seen) return seen;
  if (isAcronym(s)) return 'ORG';
  const places = lookupPlaces(s);
  return places.length && placeStrong(places) ? 'GPE' : undefined;
}

function wholeKnown(ctx: Ctx, a: number, b: number): boolean {
  const s = textOf(ctx, a, b);
  let k = knownCache.get(s);
  if (k === undefined) {
    k = !!(countryByName(s) || knownOrganization(s) || ctx.lex.companies.has(fold(s)) || worldRegion(s) || ctx.lex.famous.has(fold(s))
      || STANDALONE_ORG.has(fold(s)))
      || (b > a && !!militaryShape(words(ctx, a, b))) || (b > a && orgHead(ctx, a, b) !== undefined);
    if (knownCache.size > 100_000) knownCache = new Map();
    knownCache.set(s, k);
  }
  return k;
}

/** Listed as a whole (a country, a known organization or company), not merely shaped like one. */
function listedName(ctx: Ctx, a: number, b: number): boolean {
  const s = textOf(ctx, a, b);
  return !!(countryByName(s) || knownOrganization(s) || ctx.lex.companies.has(fold(s)) || ctx.lex.famous.has(fold(s)));
}

function knownStart(ctx: Ctx, a: number, b: number): boolean {
  for (let k = b; k >= a; k--) if (wholeKnown(ctx, a, k)) return true;
  return false;
}

function words(ctx: Ctx, a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k <= b; k++) out.push(ctx.tokens[k].lower);
  return out;
}

function orgHead(ctx: Ctx, a: number, b: number): string | undefined {
  const w = words(ctx, a, b);
  const last = w[w.length - 1];
  const last2 = w.length >= 3 ? w[w.length - 2] + ' ' + last : '';
  const heads = ctx.lex.orgHeads;
  if (last2 && heads.has(last2)) return heads.get(last2)!.kind;
  const h = heads.get(last);
  if (h && h.position !== 'prefix' && w.length >= 2) return h.kind;
  // "Bank of England", "Senate Committee on Foreign Relations": the head before the connector
  const c = w.findIndex(x => x === 'of' || x === 'for' || x === 'on');
  const p = c >= 1 && c < w.length - 1 ? heads.get(w[c - 1]) : undefined;
  if (p && p.position !== 'suffix') return p.kind;
  return undefined;
}

/** Where a person's name of two or three words ends the run from..z, after an office's portfolio: at a given
 * name, else the last two words if the last is not a common word (a given name the lists lack); -1 if none. */
function personAtEnd(ctx: Ctx, from: number, z: number): number {
  let q = Math.max(from, z - 2);
  while (q < z && !ctx.lex.firstNames.has(fold(ctx.tokens[q].text))) q++;
  if (q < z) return q;
  return z - 1 >= from && !isCommonWord(ctx.lex, fold(ctx.tokens[z].text)) ? z - 1 : -1;
}

/** How many tokens a web domain's ending takes after the name ending at b: ".com" is 2, ".co.uk" is 4; 0 if none. */
function webDomainAfter(ctx: Ctx, b: number): number {
  const t = ctx.tokens;
  let n = 0;
  while (t[b + n + 2] && t[b + n + 1].text === '.' && t[b + n + 1].start === t[b + n].end && t[b + n + 2].start === t[b + n + 1].end
    && /^(?:com|net|org|info|io|co|uk|ru|cn|de|fr|in|id|au|ca|jp|kr)$/.test(t[b + n + 2].text)) n += 2;
  return n;
}

const CENTER = new Set(['center', 'centre']);
const VENUE = new Set(['convention', 'conference', 'exhibition', 'congress', 'trade', 'shopping', 'sports', 'civic', 'community']);

/** A preposition of place before the name, past an article and an owner: "in the", "from Airbus'". */
function placePreposition(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens;
  let k = a - 1;
  if (/^(?:'|'s|’|’s)$/.test(t[k]?.text ?? '') && isCapWord(t[k - 1])) k -= 2;
  if (/^(the|its|their)$/i.test(t[k]?.text ?? '')) k--;
  return !!t[k] && t[k].sentence === t[a].sentence && STRONG_LOCATIVE.has(t[k].lower);
}

/** A government or military body by its name's shape: "Air Force", "Department of Energy". */
function isStateBody(ctx: Ctx, a: number, b: number): boolean {
  const kind = orgHead(ctx, a, b) ?? ctx.lex.orgHeads.get(words(ctx, a, b).join(' '))?.kind;
  return kind === 'military' || kind === 'government';
}

function spanFound(a: number, b: number, type: EntityType, rule: string, strength: number): Found {
  return { first: a, last: b, type, rule, strength };
}

function classifyCore(ctx: Ctx, a: number, b: number, personCue: boolean): Found | undefined {
  const { lex, tokens } = ctx;
  const s = textOf(ctx, a, b);
  const key = fold(s);
  const n = b - a + 1;
  const w = words(ctx, a, b);

  // "Detik.com", "GovExec.com": a website, named with its domain
  const domain = webDomainAfter(ctx, b);
  if (domain) return { first: a, last: b + domain, type: 'ORG', rule: 'mentions.name.website', strength: 3 };
  // "EST" is a time zone before it is Estonia's code
  const country = /^[A-Z]{3}$/.test(s) && !COUNTRY_CODES_IN_PROSE.has(s) ? undefined : countryByName(s);
  if (country) {
    if (n === 1 && NOT_COUNTRY_AFTER.has(fold(tokens[b + 1]?.text ?? ''))) return undefined;
    return spanFound(a, b, 'GPE', 'mentions.name.country', 3);
  }
  if (n === 1 && countryByDemonym(s)) return spanFound(a, b, 'NORP', 'mentions.name.demonym', 3);
  if (GROUP_NORP.has(key)) return spanFound(a, b, 'NORP', 'mentions.name.group', 3);
  if (worldRegion(s)) return spanFound(a, b, 'LOC', 'mentions.name.world-region', 3);
  const org = knownOrganization(s);
  if (org) return spanFound(a, b, 'ORG', 'mentions.name.known-org', 3);
  // "An additional email by Roche" after "James Roche": the person's surname, not the drug maker, unless the
  // document also names the company in full ("Ford" after "Ford Motor Company")
  if (n === 1 && ctx.final && ctx.surnames.has(key) && !ctx.orgFirstWords.has(key)) {
    return spanFound(a, b, 'PERSON', 'mentions.name.surname', 2);
  }
  if (lex.companies.has(key)) return spanFound(a, b, 'ORG', 'mentions.name.company', 3);
  // seats of government as buildings are facilities: "the Kremlin", "the White House"
  const seat = seatOfGovernment(s);
  if (seat?.kind === 'building') return spanFound(a, b, 'FAC', 'mentions.name.seat', 3);
  if (lex.products.has(key) || n >= 2 && lex.products.has(w[n - 1]) && lex.companies.has(w.slice(0, n - 1).join(' '))) {
    return spanFound(a, b, 'PRODUCT', 'mentions.name.product', 3);
  }
  if (STANDALONE_ORG.has(key)) return spanFound(a, b, 'ORG', 'mentions.name.org-head', 3);
  if (HOLIDAY.has(key)) return undefined;
  // "Rome Statute", "Paris Agreement", "Geneva Conventions", "Patriot Act": laws and treaties
  if (n >= 2 && LAW_HEAD.has(w[n - 1])) return spanFound(a, b, 'LAW', 'mentions.name.law', 2);
  if (n >= 2 && EVENT_HEAD.has(w[n - 1])) return spanFound(a, b, 'EVENT', 'mentions.name.event', 2);
  const shape = militaryShape(w);
  if (shape) return spanFound(a, b, shape.type, shape.rule, 3);
  if (lex.famous.has(key)) return spanFound(a, b, 'PERSON', 'mentions.name.famous', 3);
  const head = orgHead(ctx, a, b);
  if (personCue && !head) return spanFound(a, b, 'PERSON', 'mentions.name.after-title', 3);
  // "Jusman Syafii Djamal, minister of transport", "Jim Press, the Vice Chairman of Chrysler"
  if (n >= 2 && n <= 4 && (!head || lex.firstNames.has(w[0])) && !isAcronym(tokens[a].text) && titleInApposition(ctx, b)
    && !placeStrong(lookupPlaces(s))) {
    return spanFound(a, b, 'PERSON', 'mentions.name.apposition-title', 3);
  }
  if (head === 'org') {
    // "the Media Center device": a product named like a body
    const made = n <= 3 ? productContext(tokens, a, b) : undefined;
    if (made) return spanFound(a, b, made, 'mentions.name.product-context', 2);
    // "at Moscone Center", "held in the Moscone West Convention Center": a center one is in is a building
    if (CENTER.has(w[n - 1]) && (VENUE.has(w[n - 2]) || placePreposition(ctx, a))) return spanFound(a, b, 'FAC', 'mentions.name.venue', 3);
  }
  if (head) return spanFound(a, b, 'ORG', 'mentions.name.org-head', 3);
  // "the Air Force for Acquisition": an office's portfolio after the body it belongs to
  const forAt = w.indexOf('for');
  if (forAt >= 2 && isStateBody(ctx, a, a + forAt - 1)) return { first: a, last: a + forAt - 1, type: 'ORG', rule: 'mentions.name.org-head', strength: 3 };
  const lastW = w[n - 1];
  if (n >= 2 && PLACE_SUFFIX_GPE.has(lastW)) return spanFound(a, b, 'GPE', 'mentions.name.admin-suffix', 3);
  if (n >= 2 && PLACE_SUFFIX_LOC.has(lastW)) return spanFound(a, b, 'LOC', 'mentions.name.geo-suffix', 3);
  if (n >= 3 && PLACE_PREFIX_LOC.has(w[0]) && w[1] === 'of') return spanFound(a, b, 'LOC', 'mentions.name.geo-prefix', 3);
  // "Delta IV", "Atlas V": a model; "Elizabeth II" keeps its first name and is a person
  if (n === 2 && ROMAN.test(tokens[b].text) && !lex.firstNames.has(w[0])) return spanFound(a, b, 'PRODUCT', 'mentions.name.model', 2);
  // "Dreamliners": a product's plural
  if (n === 1 && key.endsWith('s') && lex.products.has(key.slice(0, -1))) return spanFound(a, b, 'PRODUCT', 'mentions.name.product', 2);
  // "Sadyr Japarov", "Emomali Rahmonov": a given name and a family name with a Slavic or Central Asian ending
  if (n === 2 && !isCommonWord(lex, w[0]) && !isAcronym(tokens[a].text) && FAMILY_ENDING.test(w[1]) && !lookupPlaces(s).length) return spanFound(a, b, 'PERSON', 'mentions.name.family-ending', 3);
  // Chinese and Korean names: a family name and a hyphenated given name ("Lai Ching-te", "Tsai Ing-wen", "Moon Jae-in")
  if (n === 2 && /^\p{Lu}\p{Ll}{1,5}$/u.test(tokens[a].text) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[b].text)) return spanFound(a, b, 'PERSON', 'mentions.name.east-asian', 3);
  if (n >= 2 && n <= 4 && lex.firstNames.has(w[0]) && !lex.companies.has(w[0]) && !w.slice(1).some(x => /^(of|for|&|and)$/.test(x))) {
    return spanFound(a, b, 'PERSON', 'mentions.name.first-name', 3);
  }
  // a place name, lowercase facility word after it: "the Kant airfield"
  const facN = lowercaseFacilityAfter(ctx, b);
  // a venue in a state or a large city is not named after it: "its Michigan center" (but "the Moscone West center")
  const works = facN === 1 && WORKS.has(tokens[b + 1].text);
  if (facN && !countryByDemonym(s) && !countryByName(s) && !(works && placeStrong(lookupPlaces(s)))) {
    return { first: a, last: b + facN, type: 'FAC', rule: 'mentions.name.place-facility', strength: 2 };
  }
  // an acronym is a law's name before "act" ("the CARS act"), else more often a body's
  const made = n <= 4 ? productContext(tokens, a, b) : undefined;
  if (made && (made === 'LAW' || !isAcronym(s))) return spanFound(a, b, made, 'mentions.name.product-context', 2);
  if (n >= 2 && SHIP_PREFIX.has(tokens[a].text) || n <= 4 && vesselBefore(ctx, a)) return spanFound(a, b, 'PRODUCT', 'mentions.name.vessel', 3);
  // "Magna, a Canadian automobile parts company": described as a company
  if (n <= 3 && companyInApposition(ctx, b)) return spanFound(a, b, 'ORG', 'mentions.name.described-company', 3);
  // what the document already said
  const seen = ctx.known.get(key);
  // "ending Douglas era" in a story of Douglas Aircraft: the company, not Douglas on the Isle of Man
  if (n === 1 && ctx.placeOnly.has(key) && ctx.orgFirstWords.has(key)) return spanFound(a, b, 'ORG', 'mentions.name.org-short', 2);
  if (seen) return spanFound(a, b, seen, 'mentions.name.same-document', 2);
  if (n === 1 && ctx.surnames.has(key)) return spanFound(a, b, 'PERSON', 'mentions.name.surname', 2);
  if (n === 1 && ctx.givenNames.has(key) && lex.firstNames.has(key)) return spanFound(a, b, 'PERSON', 'mentions.name.given-name', 2);
  if (n === 1 && ctx.orgFirstWords.has(key)) return spanFound(a, b, 'ORG', 'mentions.name.org-short', 2);
  // an acronym is not the place spelled the same (GAO is not Gao, Mali)
  // …unless it opens a dateline: "KYIV, March 22 (Reuters) -"
  const places = (isAcronym(s) && !inDateline(ctx, a, b)) || s.length < 3 ? [] : lookupPlaces(s);
  // speech verbs and their objects want people
  const speaks = speechAfter(ctx, b) || speechBefore(ctx, a);
  if (speaks && n <= 3 && !isAcronym(s) && !(places.length && n === 1 && placeStrong(places))) {
    // companies speak too: a lone word needs to look like a surname
    const personLike = !lex.companies.has(w[0]) && !ctx.orgFirstWords.has(w[0])
      && (lex.firstNames.has(w[0]) || lex.lastNames.has(lastW) || !isCommonWord(lex, lastW));
    if (n >= 2 && personLike) return spanFound(a, b, 'PERSON', 'mentions.name.speaker', 2);
    if (lex.lastNames.has(key) || SURNAME_ENDING.test(key) && !isCommonWord(lex, key)) return spanFound(a, b, 'PERSON', 'mentions.name.speaker', 2);
  }
  if (places.length) {
    const prev = prevWord(ctx, a);
    const next = tokens[b + 1]?.lower ?? '';
    const wordLike = n === 1 && isCommonWord(lex, key);
    if ((wordLike ? STRONG_LOCATIVE : LOCATIVE).has(prev) || PLACE_SUFFIX_GPE.has(next) || !wordLike && (placeStrong(places) || places.some(p => p.kind !== 'city'))) {
      // only a well-known place teaches the rest of the document: a small town's name is too often also a surname or a brand
      return spanFound(a, b, places.some(p => p.kind === 'city' || p.kind === 'region' || p.kind === 'district' || p.kind === 'country') ? 'GPE' : 'LOC',
        'mentions.name.gazetteer', placeStrong(places) ? 2 : 1);
    }
  }
  if (n >= 2 && lex.lastNames.has(lastW) && !isAcronym(tokens[a].text)) return spanFound(a, b, 'PERSON', 'mentions.name.last-name', 1);
  if (!ctx.final) return undefined;
  if (ctx.headline) return undefined;
  // model names: a digit or an inner capital ("A320", "KC-30s", "iPod", "MacBook")
  if (/\d/.test(s) && !/^\d/.test(s) || /^[a-z]+[A-Z]/.test(s)) {
    return spanFound(a, b, 'PRODUCT', 'mentions.name.model', 1);
  }
  // a lone common word before a number is a label, not a name: "Terminal 3", "Phase 2", "Gate 5"
  if (n === 1 && isCommonWord(lex, key) && tokens[b + 1]?.kind === 'number') return undefined;
  const repeated = n === 1 && countOf(ctx, s) > 1;
  // an acronym said once, with nothing else known about it, is as often a unit or a format (GHz, SMB) as a name
  if (ctx.terms.has(s)) return undefined;
  if (spelledOutTerm(ctx, a, b)) {
    if (isAcronym(s)) ctx.terms.add(s);
    return undefined;
  }
  if (isAcronym(s) && s.replace(/\./g, '').length >= 3) {
    // "the UAW will": an article before an acronym makes it an organization's name
    return repeated || inBrackets(ctx, a, b) || prevWord(ctx, a) === 'the' ? spanFound(a, b, 'ORG', 'mentions.name.acronym', 1) : undefined;
  }
  // "WorldCom", "AirTran", "FedEx": a capital inside one word is a brand's, unless it opens a surname (McDonald, DeLorean)
  if (n === 1 && /^[A-Z][a-z]+[A-Z][a-z]+$/.test(s)) {
    // "DesRosier said": a surname's particle, written joined, before a speech verb
    if (CAMEL_SURNAME.test(s)) return speechAfter(ctx, b) || speechBefore(ctx, a) ? spanFound(a, b, 'PERSON', 'mentions.name.speaker', 1) : undefined;
    // "RIM's BlackBerry", "a feature called FaceTime": what a company makes
    if (productContext(tokens, a, b) === 'PRODUCT' || companyPossessive(ctx, a)) return spanFound(a, b, 'PRODUCT', 'mentions.name.product-context', 1);
    return spanFound(a, b, 'ORG', 'mentions.name.inner-capital', 1);
  }
  // "Chrylser" for Chrysler, "GMs" for GM's: a slip of the keyboard on a name the document knows
  if (n === 1) {
    const meant = misspeltKnown(ctx, s);
    if (meant) return spanFound(a, b, meant, 'mentions.name.misspelt', 1);
  }
  // a lone unknown capitalized word said once is too little to go on, unless a noun says what it is: "engine maker Europrop"
  if (n === 1 && !repeated) return isOrgNoun(lex, tokens[a - 1]?.text ?? '') && !isCapWord(tokens[a - 1]) && !atSentenceStart(ctx, a)
    && !personAfterOrgNoun(ctx, a - 1) ? spanFound(a, b, 'ORG', 'mentions.name.described-company', 1) : undefined;
  // a lone unknown capital at a sentence start is more often a word than a name
  if (n === 1 && atSentenceStart(ctx, a)) return undefined;
  if (n === 1 && lex.firstNames.has(key) && lex.common.has(key)) return undefined; // "Will", "Mark" alone
  if (isAcronym(s)) return s.replace(/\./g, '').length >= 3 ? spanFound(a, b, 'ORG', 'mentions.name.acronym', 1) : undefined;

  if (n === 1 && s.length < 3) return undefined;
  // "London Heathrow", "Singapore Changi": a city and its airport
  // ("Dearborn, Michigan Ford's stock": a line break lost before a company is not Ford Airport)
  if (n >= 2 && placeStrong(lookupPlaces(w[0])) && !lex.companies.has(w.slice(1).join(' ')) && lookupFacility(s)) return spanFound(a, b, 'FAC', 'mentions.name.airport', 1);
  // "Music Store", "Active Directory", "Single Market": common words capitalized name a feature or a
  // policy as often as a firm; only a firm's context makes them one
  if (w.every(x => isCommonWord(lex, x) || LONG_FORM_JOINER.test(x)) && !organizationContext(ctx, a, b)) return undefined;
  return spanFound(a, b, 'ORG', 'mentions.name.unknown-capitalized', 0);
}

/** The type of a one-word organization or person the document named, if s is that word with one slip:
 * two letters swapped or one letter changed ("Chrylser"), or an acronym with a stray "s" ("GMs"). */
/** "RIM's BlackBerry", "Microsoft's ActiveSync": a brand-shaped word owned by a name, not a place, is what the owner makes. */
function companyPossessive(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens;
  if (!/^(?:'s|’s)$/.test(t[a - 1]?.text ?? '') || !isCapWord(t[a - 2])) return false;
  const owner = fold(t[a - 2].text);
  const known = ctx.known.get(owner);
  return known !== 'GPE' && known !== 'LOC' && !countryByName(t[a - 2].text);
}

function misspeltKnown(ctx: Ctx, s: string): EntityType | undefined {
  if (/^[A-Z]{2,5}s$/.test(s)) {
    const t = ctx.known.get(fold(s.slice(0, -1)));
    return t === 'ORG' ? t : undefined;
  }
  if (s.length < 6 || isCommonWord(ctx.lex, fold(s))) return undefined;
  const key = fold(s);
  for (const [k, t] of ctx.known) {
    if ((t === 'ORG' || t === 'PERSON') && k.length === key.length && k[0] === key[0] && oneSlip(k, key)) return t;
  }
  return undefined;
}

/** Same length, and one letter changed or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length) return false;
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** How often a single token's text occurs in the document (counted once per document, linearly). */
function countOf(ctx: Ctx, s: string): number {
  let counts = (ctx as Ctx & { counts?: Map<string, number> }).counts;
  if (!counts) {
    counts = new Map();
    for (const t of ctx.tokens) if (t.kind === 'word') counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    (ctx as Ctx & { counts?: Map<string, number> }).counts = counts;
  }
  return counts.get(s) ?? 0;
}

function inDateline(ctx: Ctx, a: number, b: number): boolean {
  // from the sentence's first token: "THE HAGUE, March 17 (Reuters) -" holds "HAGUE" after an article
  let first = a;
  while (first > 0 && ctx.tokens[first - 1].sentence === ctx.tokens[a].sentence) first--;
  if (a - first > 2) return false;
  const start = ctx.tokens[first].start;
  const n = datelineLength(ctx.doc.text, start);
  return n > 0 && ctx.tokens[b].end <= start + n;
}

const LONG_FORM_JOINER = /^(?:and|of|for|&|,|\/|-)$/;

function inBrackets(ctx: Ctx, a: number, b: number): boolean {
  return ctx.tokens[a - 1]?.text === '(' && ctx.tokens[b + 1]?.text === ')';
}

/**
 * A term spelled out before its short form, not a name: "Server Message Block (SMB)", "Maintenance, Repair and
 * Overhaul (MRO)", "Digital Rights Management (DRM)". Every word is a common word and none makes an
 * organization's name (so "United Auto Workers (UAW)" stays a name). a..b is the long form or the short form.
 */
function joinsLongForm(t: Token[], a: number, k: number): boolean {
  return t[k].sentence === t[a].sentence && (isCapWord(t[k]) || LONG_FORM_JOINER.test(t[k].text));
}

function spelledOutTerm(ctx: Ctx, a: number, b: number): boolean {
  const t = ctx.tokens;
  let first: number, last: number, short: string;
  if (inBrackets(ctx, a, b)) {
    short = textOf(ctx, a, b);
    last = a - 2;
  } else {
    // the long form may go on past this run: "Aircraft Communications Addressing and Reporting System (ACARS)"
    last = b;
    while (last + 1 < t.length && last - a < 10 && t[last + 1].text !== '(' && joinsLongForm(t, a, last + 1)) last++;
    if (t[last + 1]?.text !== '(' || t[last + 3]?.text !== ')' || !isAcronym(t[last + 2].text)) return false;
    short = t[last + 2].text;
  }
  if (last < 0 || !isCapWord(t[last])) return false;
  first = Math.min(a, last);
  while (first - 1 >= 0 && last - first < 10 && joinsLongForm(t, a, first - 1)) first--;
  while (first < last && !isCapWord(t[first])) first++;
  const long = words(ctx, first, last).filter(w => !LONG_FORM_JOINER.test(w));
  if (long.length < 2 || !initialsSpell(long, short)) return false;
  const head = long[long.length - 1];
  if (ctx.lex.orgHeads.has(head) || ctx.lex.orgHeads.has(long.slice(-2).join(' ')) || PLACE_SUFFIX_GPE.has(head) || PLACE_SUFFIX_LOC.has(head)) return false;
  // one word off the common list is allowed ("Overhaul"); a demonym or a country makes it a name
  const uncommon = long.filter(w => !isCommonWord(ctx.lex, w)).length;
  return uncommon <= 1 && long.length - uncommon >= 2 && !long.some(w => countryByDemonym(w) || countryByName(w));
}

/** The short form's letters are initials of the long form's words, in order, from the first word to the last. */
function initialsSpell(long: string[], short: string): boolean {
  const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2 || letters[0] !== long[0][0] || letters[letters.length - 1] !== long[long.length - 1][0]) return false;
  let k = 1;
  for (let i = 1; i < long.length - 1 && k < letters.length - 1; i++) if (long[i][0] === letters[k]) k++;
  return k === letters.length - 1;
}

function placeStrong(places: { population?: number; kind: string }[]): boolean {
  return places.some(p => (p.population ?? 0) >= 100000 || p.kind === 'region' || p.kind === 'country');
}

function lowercaseFacilityAfter(ctx: Ctx, b: number): number {
  const t = ctx.tokens;
  for (const tail of LOWERCASE_FACILITY) {
    let ok = true;
    for (let k = 0; k < tail.length && ok; k++) {
      const x = t[b + 1 + k];
      ok = !!x && x.sentence === t[b].sentence && x.text === tail[k];
    }
    if (ok) return tail.length;
  }
  return 0;
}

function toMention(ctx: Ctx, f: Found): Mention {
  const start = f.start ?? ctx.tokens[f.first].start, end = f.end ?? ctx.tokens[f.last].end;
  return { start, end, text: ctx.doc.text.slice(start, end), type: f.type, kind: 'name', rule: f.rule };
}

