// Rules and tagger together: the rules' names stand where the tagger reads a name of a
// compatible type over them (they carry finer types and boundaries the other stages rely
// on); where the tagger reads another type, its reading wins; where it reads a name the
// rules missed, that name is added; a weak rule guess it reads no name over is dropped. A
// tagger span that is a title alone, one letter, or a common word opening a sentence is not a name.
import type { Doc } from '../../../document/doc.ts';
import { lowerBound } from '../../../document/spans.ts';
import type { EntityType, Mention } from '../../../document/types.ts';
import { countryByName, lookupPlaces } from '../world.ts';
import type { TaggedSpan } from './tagger.ts';
import type { TagType } from './features.ts';
import type { NameLexicon } from '../lexicon.ts';
import { isCommonWord, placeStrong } from '../cues.ts';
import { nameCues } from '../lexicon.ts';
import { splitAtTitles } from './titles.ts';
import { organizationCues } from './org-cues.ts';
import { withoutNonNames } from './not-names.ts';
import { hyphenedPlaces } from './place-pairs.ts';
import { CAPITALS_RULES, TAGGER_RULE, baseRule } from './evidence.ts';
import { RULE } from '../rules/ids.ts';


/** How far the tagger's reading goes (the defaults are what cross-validation chose: trusting the whole Viterbi path beats any margin; see data/models/README.md). */
export interface RefinePolicy {
  /** add names the rules missed */
  add: boolean;
  /** the rule guesses the tagger may retype when it reads another type over them */
  retypeRules: ReadonlySet<string>;
  /** drop these rule guesses when the tagger reads no name over them */
  dropRules: ReadonlySet<string>;
  /** the least margin (best label's score over the next) for the tagger to add a name */
  minMargin: number;
  /** the least margin for the tagger to retype a rule's guess */
  retypeMargin: number;
}


// a town's name matched by the gazetteer alone ("Chase", "Spence" are towns too): the tagger's context may retype it
const RETYPABLE: ReadonlySet<string> = new Set([...CAPITALS_RULES, RULE.gazetteer, RULE.sameDocument]);

// dropped where the tagger reads no name over them: the guesses from capitals, and a town's name the gazetteer
// alone matched ("Formica" the ants, "Flora", "Viking" are towns too)
const DROPPABLE: ReadonlySet<string> = new Set([...CAPITALS_RULES, RULE.gazetteer]);

export const DEFAULT_POLICY: RefinePolicy = { add: true, retypeRules: RETYPABLE, dropRules: DROPPABLE, minMargin: -Infinity, retypeMargin: -Infinity };

let policy = DEFAULT_POLICY;
/** Sets the policy for this process (the training script compares policies by cross-validation). */
export function useRefinePolicy(p: RefinePolicy): void { policy = p; }

// works and products guessed from context or from the same words elsewhere, not from a list or a vessel's noun
const GUESSED_WORKS: ReadonlySet<string> = new Set([RULE.productContext, RULE.sameDocument, RULE.model]);
// the least margin for the tagger's person to replace such a guess (cross-validation: 0 loses a team's name on
// WikiGold, 2 to 5 gain the same persons on gum-dev and lose nothing, 10 gains nothing)
const PERSON_OVER_WORK = 3;

const PLACE = new Set<EntityType>(['GPE', 'LOC', 'FAC']);
// rule names the tagger does not judge: it learns only people, organizations and places
const TAGGED = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);

function compatible(t: TagType, e: EntityType): boolean {
  return t === 'PER' ? e === 'PERSON' : t === 'ORG' ? e === 'ORG' || e === 'FAC' : PLACE.has(e);
}

function entityType(t: TagType, text: string): EntityType {
  if (t === 'PER') return 'PERSON';
  if (t === 'ORG') return 'ORG';
  return countryByName(text) || lookupPlaces(text).length ? 'GPE' : 'LOC';
}

/** Rule names (sorted by start) refined by the tagger's spans (sorted by token). */
export function refineNames(doc: Doc, ruleNames: readonly Mention[], spans: readonly TaggedSpan[], lex: NameLexicon): Mention[] {
  spans = hyphenedPlaces(doc, withoutNonNames(doc, organizationCues(doc, splitAtTitles(doc, spans, lex), lex), lex)).filter(s => plausible(doc, s, lex));
  const rules = [...ruleNames].sort((a, b) => a.start - b.start || b.end - a.end);
  const toks = doc.tokens;
  const spanAt = (s: TaggedSpan) => ({ start: toks[s.first].start, end: toks[s.last].end });
  const out: Mention[] = [];
  const used = new Uint8Array(spans.length);
  // the rules' names the tagger read as names of the same type
  const confirmed = new Set<Mention>();
  let lo = 0;
  for (const r of rules) {
    while (lo < spans.length && toks[spans[lo].last].end <= r.start) lo++;
    const over: number[] = [];
    for (let k = lo; k < spans.length && toks[spans[k].first].start < r.end; k++) over.push(k);
    for (const k of over) used[k] = 1;
    // an organization noun right before a rule's organization ("retailer Best Buy", "airline Aer Lingus") outweighs the tagger's reading
    // "Higuchi's novel", "Abba Theodorus" … "Theodorus": a work or product guessed from the words around it (or
    // from another mention) that the tagger surely reads as a person's whole name is that person
    const person = !TAGGED.has(r.type) && GUESSED_WORKS.has(r.rule) ? over.find(k => spans[k].type === 'PER' && spans[k].margin >= PERSON_OVER_WORK
      && toks[spans[k].first].start === r.start && toks[spans[k].last].end === r.end) : undefined;
    if (person !== undefined) { out.push(tagged(doc, spans[person], spanAt(spans[person]))); continue; }
    if (!TAGGED.has(r.type) || r.type === 'ORG' && orgNounBefore(doc, r, lex)) { out.push(r); continue; }
    if (!over.length) { if (!policy.dropRules.has(r.rule) || shortFormAfterName(doc, r, out, confirmed)) out.push(r); continue; }
    if (over.some(k => compatible(spans[k].type, r.type))) { out.push(r); confirmed.add(r); continue; }
    const sure = over.filter(k => spans[k].margin >= policy.retypeMargin);
    if (!(policy.retypeRules.has(r.rule) || townAsOrgShort(r, sure.map(k => spans[k]))) || !sure.length) { out.push(r); continue; }
    for (const k of sure) out.push(tagged(doc, spans[k], spanAt(spans[k])));
  }
  if (policy.add) {
    for (let k = 0; k < spans.length; k++) {
      if (used[k] || spans[k].margin < policy.minMargin) continue;
      out.push(tagged(doc, spans[k], spanAt(spans[k])));
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // spans added over one another (a retyped rule name and a new one): the first stands
  const kept: Mention[] = [];
  for (const m of out) {
    const p = kept[kept.length - 1];
    if (p && m.start < p.end && m.rule === TAGGER_RULE) continue;
    kept.push(m.type === 'PERSON' && namedAfterPerson(m) ? { ...m, type: 'FAC', rule: m.rule + '+place-head' } : m);
  }
  return kept;
}

/**
 * "Penske Automotive Group (PAG)", "Worldwide Developers Conference (WWDC)": initials in brackets right
 * after a name the tagger also read as one are that name's short form, whatever it reads over them alone.
 */
function shortFormAfterName(doc: Doc, r: Mention, kept: readonly Mention[], confirmed: ReadonlySet<Mention>): boolean {
  const before = kept[kept.length - 1];
  if (!before || !confirmed.has(before) || !/^[A-Z][A-Z.&-]{1,7}$/.test(r.text)) return false;
  const gap = r.start - before.end;
  return gap >= 1 && gap <= 3 && doc.text.slice(before.end, r.start).trim() === '(' && doc.text.charAt(r.end) === ')';
}

// person names guessed from a given name or capitals alone (not from a title before: "Judge Shanlyn Park")
const PERSON_GUESSES: ReadonlySet<string> = new Set([...CAPITALS_RULES, TAGGER_RULE, RULE.firstName, RULE.sameDocument]);

/** "Cal Anderson Park", "Alfred Phillips House", "Bobby Morris Playfield": a person's name guessed, then a place's head, names the place. */
function namedAfterPerson(m: Mention): boolean {
  if (!PERSON_GUESSES.has(baseRule(m.rule))) return false;
  const space = m.text.lastIndexOf(' ');
  if (space < 0) return false;
  const last = m.text.slice(space + 1);
  return last.charAt(0) !== last.charAt(0).toLowerCase() && nameCues().placeAfterPerson.has(last.toLowerCase());
}

/**
 * "Montreal", "Houston", "Ohio" read as organizations only because the document names a body after them
 * ("Montreal Canadiens", "Houston Cougars"): where the tagger reads the word alone as a place and the world
 * lists know it as a big town, a region or a country, the place stands.
 */
function townAsOrgShort(r: Mention, over: readonly TaggedSpan[]): boolean {
  return r.rule === RULE.orgShort && over.length === 1 && over[0].type === 'LOC' && (!!countryByName(r.text) || placeStrong(lookupPlaces(r.text)));
}

/** Whether the word right before a mention, in its sentence, is an organization noun ("retailer", "airline") or a company's site ("plant"). */
function orgNounBefore(doc: Doc, m: Mention, lex: NameLexicon): boolean {
  const toks = doc.tokens;
  const at = lowerBound(toks, m.start);
  const prev = toks[at - 1], first = toks[at];
  return !!prev && !!first && first.start === m.start && prev.sentence === first.sentence && (lex.orgNouns.has(prev.lower) || nameCues().companySites.has(prev.text));
}

/** Not a name, whatever the tagger read: a title alone ("Secretary of Defense"), one letter, a common word opening a sentence, a word never a name ("SUV"). */
function plausible(doc: Doc, s: TaggedSpan, lex: NameLexicon): boolean {
  const toks = doc.tokens;
  if (s.first === s.last) {
    const t = toks[s.first];
    if (t.text.length === 1) return false;
    const before = s.first > 0 && toks[s.first - 1].sentence === t.sentence ? toks[s.first - 1] : undefined;
    // first in its sentence, or after an opening quote or bracket: the capital says nothing
    const opens = !before || before.kind === 'punct' && before.text !== ',' && before.text !== ';' && before.text !== '&';
    if (opens && isCommonWord(lex, t.lower)) return false;
    // a short word cut by a point before a number abbreviates a noun of counting: "No. 1", "Vol. 2", "Fig. 3"
    const dot = toks[s.first + 1], num = toks[s.first + 2];
    if (t.text.length <= 3 && dot?.text === '.' && dot.start === t.end && num?.kind === 'number' && num.sentence === t.sentence) return false;
  }
  let key = '', allTitle = true, allNever = true;
  const never = nameCues().neverNames;
  for (let k = s.first; k <= s.last; k++) {
    const w = toks[k].lower;
    key = k === s.first ? w : key + ' ' + w;
    if (!(lex.titleFirstWords.has(w) || lex.titleLastWords.has(w) || lex.honorifics.has(w) || toks[k].kind !== 'word' || w === 'of')) allTitle = false;
    if (toks[k].kind === 'word' && !never.has(w)) allNever = false;
  }
  // words the rules never read as a name ("SUV", "Podcasts", "Website", units): no name however capitalized
  if (allNever) return false;
  // a product the word lists name ("iOS", "Windows Vista") is no person, organization or place
  return !allTitle && !lex.titles.has(key) && !lex.products.has(key);
}

function tagged(doc: Doc, s: TaggedSpan, at: { start: number; end: number }): Mention {
  const text = doc.text.slice(at.start, at.end);
  return { start: at.start, end: at.end, text, type: entityType(s.type, text), kind: 'name', rule: TAGGER_RULE };
}
