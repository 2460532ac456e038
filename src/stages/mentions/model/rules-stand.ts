// Rule names whose reading the tagger may not change: where the words themselves, or a word list,
// say what the name is, the rules' name stands with its type and bounds, whatever the tagger read
// over it (another type, another span, or no name: the tagger learned from biographies, travel
// guides and Wikipedia, where such names are rare):
// - a facility or an installation by its own words: a facility's head or tail the rules know
//   ("Camp Lemonnier", "Kant Air Base": facility-head, facility-tail in data/lexicon/name-cues.tsv),
//   or a military installation's words (data/facts/facility-names.tsv: "Babenhausen Kaserne",
//   "Aschaffenburg Family Housing", "Naval Air Station Keflavik"), which the facts layer reads as
//   facilities only where the name is an organization's or a facility's;
// - an organization the word lists know ("Aer Lingus", "Korean Air": companies.txt, company-countries.tsv);
// - a product or a work the rules read from the noun right after it ("Brent crude", "the GarageBand program":
//   product-after, work-after in name-cues.tsv): a person's name does not stand bare before such a noun
//   (one writes "Higuchi's novel"), so the tagger's person there is not one.
// - an organization the rules read before a lowercase noun saying what it is ("the ruling Georgian Dream
//   party", "the Wagner group": org-nouns.tsv, name-cue);
// - a place the rules read in a dateline ("THE HAGUE, March 17 (Reuters) -"): the tagger never saw
//   capitals-only datelines in its training text.
// A name only the tagger read, as a person or a place, whose words make it a facility is a facility
// ("Babenhausen Kaserne" is no person).
import { sentenceIndexAt, type Doc } from '../../../document/doc.ts';
import { lowerBound } from '../../../document/spans.ts';
import { datelineLength } from '../../segment/dateline.ts';
import type { Mention } from '../../../document/types.ts';
import { installationType } from '../../../data/installations.ts';
import { nameCues, type NameLexicon } from '../lexicon.ts';
import { RULE } from '../rules/ids.ts';
import { militaryShape } from '../military.ts';
import { TAGGER_RULE, baseRule } from './evidence.ts';

/** The refined names (sorted by start) with the rules' names that stand put back over whatever overlapped them. */
export function keepStandingRules(doc: Doc, rules: readonly Mention[], refined: readonly Mention[], lex: NameLexicon): Mention[] {
  refined = refined.map(m => baseRule(m.rule) === TAGGER_RULE && m.type !== 'ORG' && m.type !== 'FAC' && facilityWords(m.text) ? { ...m, type: 'FAC', rule: m.rule + '+facility-words' } : m);
  const stand = rules.filter(r => standsAlone(doc, r, lex)).sort((a, b) => a.start - b.start);
  if (!stand.length) return [...refined];
  const kept = new Set(stand);
  const out: Mention[] = [];
  // rule names do not overlap one another: their ends rise with their starts, so one pointer serves
  let k = 0;
  for (const m of refined) {
    if (kept.has(m)) continue;
    while (k < stand.length && stand[k].end <= m.start) k++;
    if (k < stand.length && stand[k].start < m.end) continue;
    out.push(m);
  }
  out.push(...stand);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function standsAlone(doc: Doc, r: Mention, lex: NameLexicon): boolean {
  if (r.kind !== 'name') return false;
  if ((r.type === 'PRODUCT' || r.type === 'WORK_OF_ART') && r.rule === RULE.productContext) return kindNounAfter(doc, r);
  if ((r.type === 'FAC' || r.type === 'ORG') && facilityWords(r.text)) return true;
  if (r.type === 'GPE' || r.type === 'LOC') return inDateline(doc, r);
  if (r.type !== 'ORG') return false;
  const key = r.text.toLowerCase();
  return lex.companies.has(key) || lex.companyCountry.has(key) || lex.orgNouns.has(tokenAfter(doc, r)?.text ?? '');
}

/** Whether the name lies in the dateline that opens its sentence. */
function inDateline(doc: Doc, r: Mention): boolean {
  const s = doc.sentences[sentenceIndexAt(doc, r.start)];
  if (!s || r.start - s.start > 40) return false;
  const n = datelineLength(doc.text, s.start);
  return n > 0 && r.end <= s.start + n;
}

/** A facility's head or tail, or an installation's words, with a word of the name's own besides. */
function facilityWords(text: string): boolean {
  return militaryShape(text.toLowerCase().split(' ').filter(Boolean))?.type === 'FAC' || !!installationType(text);
}

/** The token right after the name, in its sentence. */
function tokenAfter(doc: Doc, r: Mention): Doc['tokens'][number] | undefined {
  const toks = doc.tokens;
  const at = lowerBound(toks, r.end);
  const next = toks[at], last = toks[at - 1];
  return next && last && next.sentence === last.sentence ? next : undefined;
}

/** Whether the token right after the name, in its sentence, is a product's or a work's noun ("crude", "program"). */
function kindNounAfter(doc: Doc, r: Mention): boolean {
  const next = tokenAfter(doc, r);
  if (!next) return false;
  const cues = nameCues();
  // the lists are lower case: "Brent Crude" in a Title Case line is the same noun
  return cues.productAfter.has(next.lower) || cues.workAfter.has(next.lower);
}

