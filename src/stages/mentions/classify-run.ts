// A capitalized run split into names: sentence-initial words, months, demonyms, titles and honorifics
// come off its edges; a title, a maker or an owner inside it splits it; what remains goes to the name steps (rules/preset.ts).
import type { EntityType } from '../../document/types.ts';
import { isCapWord, type Chunk } from './chunks.ts';
import { nameCues } from './lexicon.ts';
import { countryByDemonym, countryByName, knownOrganization, lookupPlaces, seatOfGovernment, worldRegion } from './world.ts';
import { classifyName } from './rules/preset.ts';
import { isStateBody, knownStart, listedName, orgHead, wholeKnown } from './known.ts';
import { atSentenceStart, fold, honorificAt, isAcronym, isCommonWord, placeStrong, speechAfter, textOf, titleAt, titleBefore, words } from './cues.ts';
import type { Ctx, Found } from './names.ts';

// capitalized words never names alone (never-name) and title words that cut a run (title-mid-stop): data/lexicon/name-cues.tsv

// a capitalized name glued to a participle ("Saudi-led", "Moscow-based"; hyphen-participle in data/lexicon/name-cues.tsv): [whole, name] or null
const NAME_BEFORE_HYPHEN = /^[\p{Lu}][\p{L}.&]*$/u;
function hyphenSuffix(text: string): [string, string] | null {
  const k = text.indexOf('-');
  if (k < 1 || !nameCues().hyphenParticiples.has(text.slice(k + 1))) return null;
  const name = text.slice(0, k);
  return NAME_BEFORE_HYPHEN.test(name) ? [text, name] : null;
}

/** Split a run into names: leading demonyms, titles and honorifics come off; the rest is classified. */
export function classifyRun(ctx: Ctx, c: Chunk): Found[] {
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
    const country = countryByName(tokens[a].text) && !nameCues().notCountryAfter.has(fold(tokens[b + 1]?.text ?? ''));
    const titled = titleAt(ctx, a, b) > 0 || honorificAt(ctx, a, b) > 0;
    // "Reading the statement aloud": a gerund before a determiner is a verb even where Reading is a town
    const verbal = /^(the|a|an|his|her|their|its|this|that|these|those|our|my|your|to|it|them|him)$/i.test(tokens[a + 1]?.text ?? '') && a === b;
    if (isCommonWord(lex, w) && !isName && !titled && !country && !countryByDemonym(tokens[a].text) && (!ctx.known.has(w) || verbal)
      && !(a < b && knownStart(ctx, a, b)) && !(a < b && placeStrong(lookupPlaces(textOf(ctx, a, a + 1))))) a++;
    else if (country === false && countryByName(tokens[a].text) && a === b) return out; // "Turkey sandwiches …"
  }
  // drop months, weekdays and never-names at the edges (times claims dates)
  while (a <= b && (nameCues().neverNames.has(fold(tokens[a].text)) || (nameCues().calendarWords.has(fold(tokens[a].text)) && !(a > c.first && lex.firstNames.has(fold(tokens[a - 1].text)))))) a++;
  let z = b;
  while (z >= a && (nameCues().calendarWords.has(fold(tokens[z].text)) && !(z > a && lex.firstNames.has(fold(tokens[z - 1].text))) || nameCues().neverNames.has(fold(tokens[z].text)))) z--;
  if (a > z) return out;
  let personCue = titleBefore(ctx, a, z);
  let titled = false, portfolio = false;
  // peel demonyms, titles, honorifics off the left
  while (a <= z) {
    // "European Commissioner", "Arab League envoy": a group's adjective peels like a demonym
    const dem = countryByDemonym(tokens[a].text) || nameCues().norpGroups.has(fold(tokens[a].text));
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
    const hy = hyphenSuffix(tokens[a].text);
    const type = hy ? typeOfWords(ctx, hy[1]) : undefined;
    if (hy && type) return [...out, { first: a, last: a, type, rule: 'mentions.name.hyphen-prefix', strength: 1, start: tokens[a].start, end: tokens[a].start + hy[1].length }];
  }
  // "New York City-based": the participle ends a longer name, which is the place or owner, not part of a name
  if (z > a) {
    const hy = hyphenSuffix(tokens[z].text);
    if (hy) {
      const name = textOf(ctx, a, z - 1) + ' ' + hy[1];
      const type = typeOfWords(ctx, name) ?? 'ORG';
      return [...out, { first: a, last: z, type, rule: 'mentions.name.hyphen-prefix', strength: 1, start: tokens[a].start, end: tokens[z].start + hy[1].length }];
    }
    // "Kremlin-owned Unified Aircraft": the owner, then the name
    const lead = hyphenSuffix(tokens[a].text);
    const leadType = lead ? typeOfWords(ctx, lead[1]) : undefined;
    if (lead && leadType) {
      out.push({ first: a, last: a, type: leadType, rule: 'mentions.name.hyphen-prefix', strength: 1, start: tokens[a].start, end: tokens[a].start + lead[1].length });
      const rest = classifyName(ctx, a + 1, z, false);
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
        const body = classifyName(ctx, a, p - 1, false);
        return body ? [...out, body] : out;
      }
      if (p + nt > z || z - (p + nt) > 3) continue;
      // "General Motors" keeps its title word; "Alabama Governor Bob Riley" does not, nor does a title of
      // two words before a name ("Aer Lingus Chief Executive Dermot Mannion")
      if (nameCues().titleMidStops.has(fold(tokens[p].text)) && !leftKnown && !lookupPlaces(textOf(ctx, a, p - 1)).length
        && !(nt >= 2 && z - (p + nt) >= 1)) continue;
      const left = classifyName(ctx, a, p - 1, false);
      if (left) out.push(left);
      let q = p + nt, cue = true;
      while (q <= z && /^(of|for|the|and)$/.test(tokens[q].text)) { q++; cue = false; }
      const right = q <= z ? classifyName(ctx, q, z, cue) : undefined;
      if (right) out.push(right);
      return out;
    }
  }
  // "Air Force James Roche", "Air Force Communications Bill Bodie": an organization, then a person
  const given = fold(tokens[z - 1]?.text ?? ''), family = fold(tokens[z].text);
  if (z - a >= 2 && !personCue && knownStart(ctx, a, z - 2) && !listedName(ctx, a, z) && isCapWord(tokens[z - 1])
    && (lex.firstNames.has(given) && !lex.common.has(given) || lex.famous.has(family) || lex.lastNames.has(family) && !lex.common.has(family))
    && !wholeKnown(ctx, a, z - 1) && !(lex.orgHeads.has(family) && !lex.firstNames.has(given))) {
    const org = classifyName(ctx, a, z - 2, false);
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
  if (z === a + 1 && lex.companies.has(fold(tokens[z].text)) && !wholeKnown(ctx, a, z) && placeStrong(lookupPlaces(tokens[a].text))) {
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
      if (isMaker && k < z && nameCues().eventHeads.has(fold(tokens[z].text))) {
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
  const f = classifyName(ctx, a, z, personCue);
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

function splitHyphen(ctx: Ctx, i: number, parts: string[]): Found[] {
  const t = ctx.tokens[i];
  return [
    { first: i, last: i, type: 'NORP', rule: 'mentions.name.demonym-pair', strength: 3, start: t.start, end: t.start + parts[0].length },
    { first: i, last: i, type: 'NORP', rule: 'mentions.name.demonym-pair', strength: 3, start: t.end - parts[1].length, end: t.end },
  ];
}

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

/** Where a person's name of two or three words ends the run from..z, after an office's portfolio: at a given
 * name, else the last two words if the last is not a common word (a given name the lists lack); -1 if none. */
function personAtEnd(ctx: Ctx, from: number, z: number): number {
  let q = Math.max(from, z - 2);
  while (q < z && !ctx.lex.firstNames.has(fold(ctx.tokens[q].text))) q++;
  if (q < z) return q;
  return z - 1 >= from && !isCommonWord(ctx.lex, fold(ctx.tokens[z].text)) ? z - 1 : -1;
}
