// What one name is, from its words alone and the words around it: the world data, the lexicon, the
// shape of the name, the cues beside it, what the document already said, and last its mere capitals.
import type { Token } from '../../document/doc.ts';
import type { EntityType } from '../../document/types.ts';
import { datelineLength } from '../segment/dateline.ts';
import { isCapWord } from './chunks.ts';
import { endsWithAny, isOrgNoun, nameCues } from './lexicon.ts';
import { militaryShape } from './military.ts';
import { productContext } from './products.ts';
import { lookupFacility } from '../../data/facilities.ts';
import { countryByDemonym, countryByName, knownOrganization, lookupPlaces, seatOfGovernment, worldRegion } from './world.ts';
import {
  atSentenceStart, companyInApposition, companyPossessive, fold, inBrackets, isAcronym, isCommonWord, lowercaseFacilityAfter,
  organizationContext, personAfterOrgNoun, placePreposition, placeStrong, prevWord, speechAfter, speechBefore,
  textOf, titleInApposition, vesselBefore, webDomainAfter, words,
} from './cues.ts';
import { orgHead, isStateBody } from './known.ts';
import type { Ctx, Found } from './names.ts';

// the cue words (place heads, locatives, law heads, holidays, group names…) live in data/lexicon/name-cues.tsv (nameCues)
const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
/** A surname's particle written joined, then a capital: "McDonald", "DeLorean" (s is one capitalized word). */
function camelSurname(s: string): boolean {
  const lower = s.toLowerCase();
  for (const p of nameCues().surnameParticles) if (lower.startsWith(p) && s.length > p.length && /[A-Z]/.test(s[p.length])) return true;
  return false;
}

const LONG_FORM_JOINER = /^(?:and|of|for|&|,|\/|-)$/;

function spanFound(a: number, b: number, type: EntityType, rule: string, strength: number): Found {
  return { first: a, last: b, type, rule, strength };
}

export function classifyCore(ctx: Ctx, a: number, b: number, personCue: boolean): Found | undefined {
  const { lex, tokens } = ctx;
  const s = textOf(ctx, a, b);
  const key = fold(s);
  const n = b - a + 1;
  const w = words(ctx, a, b);

  // "Detik.com", "GovExec.com": a website, named with its domain
  const domain = webDomainAfter(ctx, b);
  if (domain) return { first: a, last: b + domain, type: 'ORG', rule: 'mentions.name.website', strength: 3 };
  // "EST" is a time zone before it is Estonia's code
  const cues = nameCues();
  const country = /^[A-Z]{3}$/.test(s) && !cues.countryCodesInProse.has(key) ? undefined : countryByName(s);
  if (country) {
    if (n === 1 && cues.notCountryAfter.has(fold(tokens[b + 1]?.text ?? ''))) return undefined;
    return spanFound(a, b, 'GPE', 'mentions.name.country', 3);
  }
  if (n === 1 && countryByDemonym(s)) return spanFound(a, b, 'NORP', 'mentions.name.demonym', 3);
  if (cues.norpGroups.has(key)) return spanFound(a, b, 'NORP', 'mentions.name.group', 3);
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
  if (cues.standaloneOrgs.has(key)) return spanFound(a, b, 'ORG', 'mentions.name.org-head', 3);
  if (cues.holidays.has(key)) return undefined;
  // "Rome Statute", "Paris Agreement", "Geneva Conventions", "Patriot Act": laws and treaties
  if (n >= 2 && cues.lawHeads.has(w[n - 1])) return spanFound(a, b, 'LAW', 'mentions.name.law', 2);
  if (n >= 2 && nameCues().eventHeads.has(w[n - 1])) return spanFound(a, b, 'EVENT', 'mentions.name.event', 2);
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
    if (cues.centerNouns.has(w[n - 1]) && (cues.venueWords.has(w[n - 2]) || placePreposition(ctx, a))) return spanFound(a, b, 'FAC', 'mentions.name.venue', 3);
  }
  if (head) return spanFound(a, b, 'ORG', 'mentions.name.org-head', 3);
  // "the Air Force for Acquisition": an office's portfolio after the body it belongs to
  const forAt = w.indexOf('for');
  if (forAt >= 2 && isStateBody(ctx, a, a + forAt - 1)) return { first: a, last: a + forAt - 1, type: 'ORG', rule: 'mentions.name.org-head', strength: 3 };
  const lastW = w[n - 1];
  if (n >= 2 && cues.adminSuffixes.has(lastW)) return spanFound(a, b, 'GPE', 'mentions.name.admin-suffix', 3);
  if (n >= 2 && cues.geoSuffixes.has(lastW)) return spanFound(a, b, 'LOC', 'mentions.name.geo-suffix', 3);
  if (n >= 3 && cues.geoPrefixes.has(w[0]) && w[1] === 'of') return spanFound(a, b, 'LOC', 'mentions.name.geo-prefix', 3);
  // "Delta IV", "Atlas V": a model; "Elizabeth II" keeps its first name and is a person
  if (n === 2 && ROMAN.test(tokens[b].text) && !lex.firstNames.has(w[0])) return spanFound(a, b, 'PRODUCT', 'mentions.name.model', 2);
  // "Dreamliners": a product's plural
  if (n === 1 && key.endsWith('s') && lex.products.has(key.slice(0, -1))) return spanFound(a, b, 'PRODUCT', 'mentions.name.product', 2);
  // "Sadyr Japarov", "Emomali Rahmonov": a given name and a family name with a Slavic or Central Asian ending
  if (n === 2 && !isCommonWord(lex, w[0]) && !isAcronym(tokens[a].text) && endsWithAny(w[1], cues.familyEndings) && !lookupPlaces(s).length) return spanFound(a, b, 'PERSON', 'mentions.name.family-ending', 3);
  // Chinese and Korean names: a family name and a hyphenated given name ("Lai Ching-te", "Tsai Ing-wen", "Moon Jae-in")
  if (n === 2 && /^\p{Lu}\p{Ll}{1,5}$/u.test(tokens[a].text) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[b].text)) return spanFound(a, b, 'PERSON', 'mentions.name.east-asian', 3);
  if (n >= 2 && n <= 4 && lex.firstNames.has(w[0]) && !lex.companies.has(w[0]) && !w.slice(1).some(x => /^(of|for|&|and)$/.test(x))) {
    return spanFound(a, b, 'PERSON', 'mentions.name.first-name', 3);
  }
  // a place name, lowercase facility word after it: "the Kant airfield"
  const facN = lowercaseFacilityAfter(ctx, b);
  // a venue in a state or a large city is not named after it: "its Michigan center" (but "the Moscone West center")
  const works = facN === 1 && cues.worksNouns.has(tokens[b + 1].text);
  if (facN && !countryByDemonym(s) && !countryByName(s) && !(works && placeStrong(lookupPlaces(s)))) {
    return { first: a, last: b + facN, type: 'FAC', rule: 'mentions.name.place-facility', strength: 2 };
  }
  // an acronym is a law's name before "act" ("the CARS act"), else more often a body's
  const made = n <= 4 ? productContext(tokens, a, b) : undefined;
  if (made && (made === 'LAW' || !isAcronym(s))) return spanFound(a, b, made, 'mentions.name.product-context', 2);
  if (n >= 2 && cues.shipPrefixes.has(tokens[a].lower) && tokens[a].text === tokens[a].text.toUpperCase() || n <= 4 && vesselBefore(ctx, a)) return spanFound(a, b, 'PRODUCT', 'mentions.name.vessel', 3);
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
    if (lex.lastNames.has(key) || endsWithAny(key, cues.surnameEndings) && !isCommonWord(lex, key)) return spanFound(a, b, 'PERSON', 'mentions.name.speaker', 2);
  }
  if (places.length) {
    const prev = prevWord(ctx, a);
    const next = tokens[b + 1]?.lower ?? '';
    const wordLike = n === 1 && isCommonWord(lex, key);
    if ((wordLike ? cues.strongLocatives : cues.locatives).has(prev) || cues.adminSuffixes.has(next) || !wordLike && (placeStrong(places) || places.some(p => p.kind !== 'city'))) {
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
    if (camelSurname(s)) return speechAfter(ctx, b) || speechBefore(ctx, a) ? spanFound(a, b, 'PERSON', 'mentions.name.speaker', 1) : undefined;
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
  if (ctx.lex.orgHeads.has(head) || ctx.lex.orgHeads.has(long.slice(-2).join(' ')) || nameCues().adminSuffixes.has(head) || nameCues().geoSuffixes.has(head)) return false;
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
