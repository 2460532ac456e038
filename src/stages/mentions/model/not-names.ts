// Spans the tagger reads as a person, organization or place that the words say are something
// else (it learned from biographies, travel guides and Wikipedia, where such words are rare):
// - a word opening in lower case with a capital inside ("iCloud", "iLife", "eHow"): a product's or
//   a website's brand, unless the word lists know it as a company ("eBay");
// - a name an apposition calls a product ("Automator, a graphical scripting interface"): the
//   product nouns of data/lexicon/name-cues.tsv (product-noun);
// - a country's name before a noun that makes it an attribute ("US dollars", "Turkey sandwiches":
//   not-country-after, the same words the rules read, rules/world-names.ts);
// - a word alone that is a weekday's or a month's plural ("on Tuesdays and Fridays": calendar-word): a time.
import type { Doc } from '../../../document/doc.ts';
import { isOrgNoun, nameCues, type NameLexicon } from '../lexicon.ts';
import { countryByName } from '../world.ts';
import type { TaggedSpan } from './tagger.ts';
import { isAsciiLower, isAsciiUpper } from '../cues.ts';

// how many words an apposition may hold between its article and its noun ("a graphical scripting interface")
const APPOSITION_WORDS = 4;

/** The tagger's spans without those that name a product or an attribute. */
export function withoutNonNames(doc: Doc, spans: readonly TaggedSpan[], lex: NameLexicon): TaggedSpan[] {
  return spans.filter(s => !(brandWord(doc, s, lex) || productApposition(doc, s, lex) || countryAsAttribute(doc, s) || calendarPlural(doc, s)));
}

/** "iCloud", "eHow": one word, a lower-case letter then a capital. */
function brandWord(doc: Doc, s: TaggedSpan, lex: NameLexicon): boolean {
  if (s.first !== s.last) return false;
  const w = doc.tokens[s.first].text;
  if (w.length < 3 || !isAsciiLower(w.charCodeAt(0)) || !isAsciiUpper(w.charCodeAt(1))) return false;
  return !lex.companies.has(w.toLowerCase());
}

/** "Automator, a graphical scripting interface, …": a comma, an article, a few words, a product noun. */
function productApposition(doc: Doc, s: TaggedSpan, lex: NameLexicon): boolean {
  const toks = doc.tokens, sent = toks[s.last].sentence;
  const comma = toks[s.last + 1], art = toks[s.last + 2];
  if (comma?.text !== ',' || !art || art.sentence !== sent || !(art.lower === 'a' || art.lower === 'an')) return false;
  const nouns = nameCues().productNouns;
  for (let k = s.last + 3; k <= s.last + 2 + APPOSITION_WORDS && k < toks.length; k++) {
    const t = toks[k];
    // one noun phrase: "an aerospace and technology campus" is two, and not this name's
    if (t.sentence !== sent || t.kind !== 'word' || t.tag === 'CC') return false;
    if (nouns.has(t.lower)) {
      // the noun heads the apposition ("a graphical scripting interface that …"), no noun after it ("a software company")
      const next = toks[k + 1];
      return !next || next.sentence !== sent || next.kind !== 'word' || !(next.tag?.startsWith('NN') || isOrgNoun(lex, next.lower));
    }
  }
  return false;
}

/** "US dollars": one word, a country's name, then a noun that makes it an attribute. */
function countryAsAttribute(doc: Doc, s: TaggedSpan): boolean {
  if (s.first !== s.last) return false;
  const t = doc.tokens[s.first], next = doc.tokens[s.first + 1];
  return !!next && next.sentence === t.sentence && nameCues().notCountryAfter.has(next.lower) && !!countryByName(t.text);
}

/** "Tuesdays": one word, a calendar word's plural. */
function calendarPlural(doc: Doc, s: TaggedSpan): boolean {
  if (s.first !== s.last) return false;
  const w = doc.tokens[s.first].lower;
  return w.length > 4 && w.endsWith('s') && nameCues().calendarWords.has(w.slice(0, -1));
}
