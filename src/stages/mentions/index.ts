// The mentions layer: names (PERSON, NORP, ORG, GPE, LOC, FAC) and amounts (MONEY, PERCENT,
// QUANTITY, CARDINAL, ORDINAL) proposed from the tokens. Spans the times layer claimed
// (dates, years, "May") are left to it. Coreference and entity ids come in the entities stage.
import type { Doc } from '../../document/doc.ts';
import type { Mention } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { nameLexicon, type NameLexicon } from './lexicon.ts';
import { findNames } from './names.ts';
import { findNumbers } from './numbers.ts';
import { refineNames } from './model/refine.ts';
import { addRepeats } from './model/repeats.ts';
import { coordinate } from './model/coordination.ts';
import { nameModel, tagNames, type TaggedSpan } from './model/tagger.ts';
import { spacedHyphenCompanies } from './model/spaced-hyphen.ts';
import { withoutColours } from './model/colours.ts';
import { withoutTermInitials } from './model/term-initials.ts';
import { withoutDeviceKinds } from './model/device-kinds.ts';
import { openingTypes } from './model/opening-type.ts';
import { keepStandingRules } from './model/rules-stand.ts';
import { titleLineNames } from './model/title-lines.ts';
import { verbObjects } from './model/verb-objects.ts';
import { repeatsWithoutNonNames } from './model/repeat-guard.ts';
import { withoutTerms } from './model/terms.ts';
import { countryByName, lookupPlaces } from './world.ts';
import { phoenixLists } from '../../data/phoenix.ts';

export function findMentions(doc: Doc): Mention[] {
  const lex = nameLexicon();
  const all = [...namesOf(doc, lex), ...findNumbers(doc)];
  const times = doc.times;
  const free = all.filter(m => !overlapsAny(m, times));
  free.sort((a, b) => a.start - b.start || b.end - a.end);
  // names first, then amounts: an amount inside a name ("5th" of "5th Air Army") yields
  const out: Mention[] = [];
  for (const m of free) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      if (isAmount(prev) && !isAmount(m) && m.end >= prev.end) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The rules' names, refined by the tagger where a model is present, in this order: newsSpans (below); verbObjects (an unknown
 * word the tagger read as a place after "sued", "told": a person or an organization); withoutTerms (a term spelled
 * out beside its short form, "Server Message Block (SMB)", is no name); refineNames (the tagger's
 * spans, themselves refined in refine.ts, combined with the rules'); keepStandingRules (a facility's or an
 * installation's name by its words, an organization a list knows, a product before its kind's noun: the rules' reading stands); titleLineNames
 * (in a Title Case line, the tagger's names need support besides capitals; the rules' names there stand); coordinate
 * (names joined by and/or share a type); addRepeats (the document agrees with itself); repeatsWithoutNonNames
 * (no copy where the words around say it is no name: "Turkey sandwiches"); openingTypes (a guess opening a sentence,
 * "Qantas plans …" read as a person, takes the type the document gives the same words elsewhere).
 */
export function namesOf(doc: Doc, lex = nameLexicon()): Mention[] {
  const rules = findNames(doc, lex);
  const model = nameModel();
  if (!model) return rules;
  const tagged = tagNames(doc, rules, lex, model);
  const spans = withoutTerms(doc, rules, verbObjects(doc, newsSpans(doc, tagged.spans, rules, lex)), lex);
  const refined = titleLineNames(doc, rules, keepStandingRules(doc, rules, refineNames(doc, rules, spans, lex), lex), lex);
  return openingTypes(doc, repeatsWithoutNonNames(doc, addRepeats(doc, coordinate(doc, refined), tagged.features, lex), lex));
}

/**
 * The tagger's spans corrected where news text says otherwise (it learned from biographies, travel
 * guides and Wikipedia), before refine.ts weighs them against the rules, in this order:
 * - a listed company written with a spaced hyphen ("Wal - Mart") is that company, not "Wal" a person;
 * - a colour listed with another colour ("in Black and White") is no name, unless a person's longer name ends in it;
 * - initials in brackets after a system's words no one reads as a name ("Reporting System (ACARS)") are a term's;
 * - a kind of device in capitals ("MP3 Player") is no name.
 */
function newsSpans(doc: Doc, spans: readonly TaggedSpan[], rules: readonly Mention[], lex: NameLexicon): TaggedSpan[] {
  return withoutDeviceKinds(doc, withoutTermInitials(doc, withoutColours(doc, spacedHyphenCompanies(doc, spans, lex), rules), rules));
}

function isAmount(m: Mention): boolean {
  return m.type === 'CARDINAL' || m.type === 'ORDINAL' || m.type === 'QUANTITY' || m.type === 'PERCENT' || m.type === 'MONEY';
}

/** times are sorted by start: a linear merge would do, a scan with early exit is enough here */
function overlapsAny(m: Mention, spans: { start: number; end: number }[]): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].end <= m.start) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < spans.length && spans[k].start < m.end; k++) if (spans[k].end > m.start) return true;
  return false;
}

export const mentionsStage: Stage = {
  name: 'mentions',
  // times: spans the times layer claimed are left to it; syntax: the name tagger reads the parts of speech
  // (without them, as in a pipeline cut short, it reads names it was never trained to read)
  requires: ['sentences', 'times', 'syntax'],
  provides: ['mentions'],
  // the lexicon, the gazetteer and (with the tagger) the Phoenix lists load here, once, not inside the first document
  // (the facility gazetteer loads when a document first needs one: most never do, and start-up pays for it)
  init() { nameLexicon(); if (nameModel()) phoenixLists(); lookupPlaces('Moscow'); countryByName('Russia'); },
  run(doc) { doc.mentions = findMentions(doc); },
};
