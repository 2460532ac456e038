// Words inside a run the tagger read that say it names an organization, whatever type the
// tagger gave it (it learned from biographies, travel guides and Wikipedia, where a capitalized
// run is seldom a company's):
// - a company the word lists know, followed by a country or place: the company's branch there
//   ("Ford Australia", "GM Europe", "Toyota Motor Europe" aside: that one the rules find);
// - an organization noun opening the run, capitalized only because it opens the sentence or a
//   headline ("Automaker GM", "Airline Qantas"): the noun is not part of the name, which is an
//   organization;
// - initials alone ("ANA", "NPD") read as a person's name, or as a place no list knows by them ("SIA"): an organization's;
// - a town's name then a capitalized plural ("Boston Bruins"), or "the" and a plural read as a place ("the Beatles"): a team or a band;
// - a person's name that ends in an everyday noun ("Piotrkowska Street"): the type the tagger ranked next;
// - a person's name right after a company's site ("the assembly plant Automobile Craiova") or a holding
//   in ("a 25 percent share in Aer Lingus"): the company's.
import type { Doc } from '../../../document/doc.ts';
import { nameCues, type NameLexicon } from '../lexicon.ts';
import { countryByDemonym, countryByName, lookupPlaces, worldRegion } from '../world.ts';
import type { TaggedSpan } from './tagger.ts';

/** The tagger's spans with these two cues read as organizations; the others unchanged. */
export function organizationCues(doc: Doc, spans: readonly TaggedSpan[], lex: NameLexicon): TaggedSpan[] {
  const toks = doc.tokens;
  return spans.map(s => {
    if (s.first === s.last) {
      const w = toks[s.first].text;
      if (isAcronym(w) && (s.type === 'PER' || s.type === 'LOC' && !placeInitials(w))) return { ...s, type: 'ORG' };
      // "the Beatles", "the Stooges": a plural after "the" that no place list knows, read as a place, is a band or a team
      return s.type === 'LOC' && s.first > 0 && toks[s.first - 1].lower === 'the' && isGroupPlural(toks[s.first], lex) && !knownPlace(w) ? { ...s, type: 'ORG' } : s;
    }
    const first = toks[s.first];
    if (s.type === 'PER' && companyCueBefore(toks, s)) return { ...s, type: 'ORG' };
    // "Automaker GM": the organization noun opens its sentence (or follows a mark), the name comes after it
    const opens = s.first === 0 || toks[s.first - 1].sentence !== first.sentence || toks[s.first - 1].kind === 'punct';
    if (opens && lex.orgNouns.has(first.lower) && toks[s.first + 1].kind === 'word') return { ...s, first: s.first + 1, type: 'ORG' };
    if (s.type !== 'ORG' && isTeamName(toks, s, lex)) return { ...s, type: 'ORG' };
    if (s.type === 'PER' && s.alt && endsInEverydayNoun(toks, s, lex)) return { ...s, type: s.alt };
    if (s.type === 'ORG' || s.last !== s.first + 1) return s;
    // "Ford Australia": a known company, then a country, region or place
    const rest = toks[s.last].text;
    if (lex.companies.has(first.lower) && (countryByName(rest) || worldRegion(rest) || lookupPlaces(rest).length)) return { ...s, type: 'ORG' };
    return s;
  });
}

/** "the assembly plant Automobile Craiova", "a share in Aer Lingus": a company's site, or a holding and "in" (data/lexicon/name-cues.tsv: company-site, holding-noun), right before the span, in its sentence. */
function companyCueBefore(toks: Doc['tokens'], s: TaggedSpan): boolean {
  const prev = toks[s.first - 1], sent = toks[s.first].sentence;
  if (!prev || prev.sentence !== sent) return false;
  const cues = nameCues();
  if (cues.companySites.has(prev.lower)) return true;
  // "a 25 percent share in Aer Lingus": one holds shares in a company, not in a person
  const noun = toks[s.first - 2];
  return prev.lower === 'in' && !!noun && noun.sentence === sent && cues.holdingNouns.has(noun.lower);
}

/**
 * "Boston Bruins", "Fremantle Dockers", "Rochester Jeffersons": a town's name then a capitalized plural that is
 * no family's name nor a kind of place ("Grand Rapids", "Fountain Hills" are places) names a team.
 */
function isTeamName(toks: Doc['tokens'], s: TaggedSpan, lex: NameLexicon): boolean {
  const first = toks[s.first], last = toks[s.last];
  if (!isGroupPlural(last, lex) || !knownPlace(first.text)) return false;
  // read as a person: only where the plural is of an everyday word ("Buffalo Bisons"; "Jensen Ackles" is a man)
  if (s.type === 'PER' && !lex.common.has(last.lower.slice(0, -1))) return false;
  // the whole run a known place: "Sioux Falls", "Palm Springs"
  let text = first.text;
  for (let k = s.first + 1; k <= s.last; k++) text += (toks[k].start > toks[k - 1].end ? ' ' : '') + toks[k].text;
  return !lookupPlaces(text).length;
}

/** A capitalized plural that is no family's name, no people ("Americans") and no kind of place ("Islands", "Hills"). */
function isGroupPlural(t: Doc['tokens'][number], lex: NameLexicon): boolean {
  const w = t.lower;
  if (t.kind !== 'word' || w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || t.text === w) return false;
  if (lex.lastNames.has(w) || lex.firstNames.has(w) || lex.famous.has(w) || countryByDemonym(t.text)) return false;
  const cues = nameCues();
  return !(cues.geoSuffixes.has(w) || cues.adminSuffixes.has(w) || lex.orgHeads.has(w));
}

const knownPlace = (w: string) => !!countryByName(w) || lookupPlaces(w).length > 0;

/**
 * Initials the world lists know as a place: a country's ("UK", "DRC") or another name of a place ("NYC");
 * not a place spelled with the same letters ("SIA" is not Sịa, Vietnam).
 */
function placeInitials(w: string): boolean {
  if (countryByName(w)) return true;
  const folded = fold(w);
  return lookupPlaces(w).some(p => p.name === w || fold(p.name) !== folded);
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** "ANA", "NPD", "SIA": two to five capitals alone are an organization's initials far more often than a person's. */
function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 5) return false;
  for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); if (c < 65 || c > 90) return false; }
  return true;
}

/**
 * "Piotrkowska Street", "Henga Scenic Reserve", "Cobra Starship": a person's name does not end in an
 * everyday English noun that is no one's name; a run that does takes the type the tagger ranked next.
 */
function endsInEverydayNoun(toks: Doc['tokens'], s: TaggedSpan, lex: NameLexicon): boolean {
  const t = toks[s.last], w = t.lower;
  if (t.kind !== 'word' || w.length < 3 || !lex.common.has(w) || lex.lastNames.has(w) || lex.firstNames.has(w) || lex.famous.has(w)) return false;
  // an epithet ("Peter the Great") or a people ("Native Americans") ends a person's name
  if (toks[s.last - 1].text === toks[s.last - 1].lower || countryByDemonym(t.text) || lex.titleLastWords.has(w)) return false;
  return t.tag === undefined || t.tag === 'NN' || t.tag === 'NNS' || t.tag === 'NNP' || t.tag === 'NNPS';
}
