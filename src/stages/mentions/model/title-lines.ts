// A Title Case line of its own (a headline, a byline: "United States Closing Four Army Sites in Germany",
// "DoD Announces Installation Realignment in Germany") capitalizes its verbs and nouns, so its capitals
// say little: the rules read no name there from capitals alone (names.ts, isHeadline; rules/capitals.ts).
// The tagger reads capitals too, and there it reads "Closing Four Army Sites" as an organization. In such
// a line a name only the tagger read as an organization or a place that holds an everyday word ("Closing",
// "Sites", "Announces") stands only where something besides capitals supports it (a name of no everyday
// word, "Domenico Ghirlandaio" in a caption, "Bruna Anastacio" in an affiliation's line, is a name by its
// words; a person's, "Frank Messina: An Interview with …", is read from a given name and a surname):
// - the lists know it (a country, a place of the gazetteer, a company, a famous person);
// - the document names it outside such lines ("Heaven Sent Gaming" in the text under its title);
// - it fills its line, or the part of it between marks ("Universidad Nacional de Educación a
//   Distancia, Spain", "Rock and Roll Hall of Fame and Museum": an affiliation's or a place's line).
// Where the tagger read over a rule's name there that a cue typed, the rules' name stands as they read it.
// A line ending in a sentence's mark (". ? !", a quote's or a bracket's close aside) is a sentence, whatever its capitals.
import type { Doc, Token } from '../../../document/doc.ts';
import type { Mention } from '../../../document/types.ts';
import { lowerBound } from '../../../document/spans.ts';
import type { NameLexicon } from '../lexicon.ts';
import { isHeadline } from '../names.ts';
import { fold, isCommonWord } from '../cues.ts';
import { countryByName, lookupPlaces } from '../world.ts';
import { TAGGER_RULE, baseRule, hasEvidence } from './evidence.ts';

const SENTENCE_END = /^[.?!]$/;
// marks that may close a sentence after its own mark: '."', '.)'
const CLOSERS = /^["”'’)\]]$/;

/** The refined names (sorted by start) without the tagger's unsupported names in Title Case lines; the rules' names there stand. */
export function titleLineNames(doc: Doc, rules: readonly Mention[], refined: readonly Mention[], lex: NameLexicon): Mention[] {
  const toks = doc.tokens;
  const lines = titleLineSentences(doc, lex);
  if (!lines.size) return [...refined];
  const sentenceOf = (m: Mention) => toks[lowerBound(toks, m.start)]?.sentence ?? -1;
  // the names the document gives outside Title Case lines, by their folded text
  const elsewhere = new Set<string>();
  for (const m of refined) if (!lines.has(sentenceOf(m))) elsewhere.add(fold(m.text));
  const out: Mention[] = [];
  const present = new Set(refined);
  let r = 0;
  for (const m of refined) {
    if (baseRule(m.rule) !== TAGGER_RULE || !lines.has(sentenceOf(m))) { out.push(m); continue; }
    while (r < rules.length && rules[r].end <= m.start) r++;
    // the tagger read over rule names one of which a cue typed: they stand as the rules read them (a town's
    // name copied from elsewhere, "Messina" in "Frank Messina: An Interview …", is no such cue)
    let cued = false;
    for (let k = r; k < rules.length && rules[k].start < m.end; k++) if (hasEvidence(rules[k].rule)) cued = true;
    if (cued) {
      for (let k = r; k < rules.length && rules[k].start < m.end; k++) if (!present.has(rules[k])) { out.push(rules[k]); present.add(rules[k]); }
      continue;
    }
    if (m.type === 'PERSON' || !everyday(m.text, lex) || known(m.text, lex) || elsewhere.has(fold(m.text)) || fillsItsPart(doc, m)) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The sentences that are Title Case lines of their own: the rules' headline test, no sentence mark at the end, a line break or the text's end after. */
function titleLineSentences(doc: Doc, lex: NameLexicon): Set<number> {
  const toks = doc.tokens, text = doc.text;
  const out = new Set<number>();
  for (let i = 0; i < toks.length;) {
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].sentence === toks[i].sentence) j++;
    const next = j + 1 < toks.length ? toks[j + 1].start : text.length;
    let last = j;
    while (last > i && CLOSERS.test(toks[last].text)) last--;
    if (!SENTENCE_END.test(toks[last].text) && (next === text.length || text.slice(toks[j].end, next).includes('\n')) && isHeadline(toks, i, j, lex)) out.add(toks[i].sentence);
    i = j + 1;
  }
  return out;
}

function everyday(text: string, lex: NameLexicon): boolean {
  for (const w of text.toLowerCase().split(/[\s-]+/)) if (w && isCommonWord(lex, w)) return true;
  return false;
}

function known(text: string, lex: NameLexicon): boolean {
  const key = text.toLowerCase();
  return !!countryByName(text) || lookupPlaces(text).length > 0 || lex.companies.has(key) || lex.companyCountry.has(key) || lex.famous.has(key);
}

/** Whether the name runs from its line's start or a mark to its line's end or a mark. */
function fillsItsPart(doc: Doc, m: Mention): boolean {
  const toks = doc.tokens;
  const a = lowerBound(toks, m.start);
  let b = a;
  while (b + 1 < toks.length && toks[b + 1].start < m.end) b++;
  const before = toks[a - 1], after = toks[b + 1];
  const edge = (t: Token | undefined, other: Token) => !t || t.sentence !== other.sentence || t.kind === 'punct';
  return edge(before, toks[a]) && edge(after, toks[b]);
}

