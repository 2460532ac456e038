// Colours listed as a product's finishes ("It comes in two colors: Black (2 GHz model only) and White"):
// capitalized like names, and read as a person ("White", a surname) by the tagger. A one-word span that
// is a colour word (colour in data/lexicon/name-cues.tsv) joined to another capitalized colour word by
// "and", "or", a comma, a semicolon or a slash (an aside in brackets between them aside) is a colour. A colour near
// another in other words is no list ("Tom White threw to Bill Green. White found Green open"; "Brown,
// in a grey suit"), and a word that ends a person's longer name in the document is that person's
// surname ("Jack White" … "White and Green"). A colour inside a longer name ("Red Army") is a span of
// its own words and stays.
import type { Doc } from '../../../document/doc.ts';
import type { Mention } from '../../../document/types.ts';
import { nameCues } from '../lexicon.ts';
import type { TaggedSpan } from './tagger.ts';
import { startsAsciiUpper } from '../cues.ts';

// a list's joiners: "Black and White", "Red, Green", "Black/White", "White; Black or African American" (a form's categories)
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',', ';', '/', '&']);
// the longest aside in brackets skipped between two listed colours: "(2 GHz model only)" is six tokens
const ASIDE = 8;

/** The tagger's spans without colours listed with another colour; rule names give the document's persons. */
export function withoutColours(doc: Doc, spans: readonly TaggedSpan[], rules: readonly Mention[] = []): TaggedSpan[] {
  const colours = nameCues().colours;
  const toks = doc.tokens;
  let surnames: Set<string> | undefined;
  return spans.filter(s => {
    if (s.first !== s.last || !colours.has(toks[s.first].lower) || !listed(doc, s.first, colours)) return true;
    surnames ??= personSurnames(doc, spans, rules);
    return surnames.has(toks[s.first].lower);
  });
}

/** Whether a capitalized colour word is joined to token i by a joiner, on either side. */
function listed(doc: Doc, i: number, colours: ReadonlySet<string>): boolean {
  const toks = doc.tokens, sent = toks[i].sentence;
  const at = (k: number) => (k >= 0 && k < toks.length && toks[k].sentence === sent ? toks[k] : undefined);
  const colourAt = (k: number) => { const t = at(k); return !!t && colours.has(t.lower) && startsAsciiUpper(t.text); };
  // rightwards: [aside] joiner Colour
  let k = i + 1;
  if (at(k)?.text === '(') k = closeOf(doc, k, sent, 1) + 1;
  if (k > i && JOINERS.has(at(k)?.lower ?? '') && colourAt(k + 1)) return true;
  // leftwards: Colour [aside] joiner
  k = i - 1;
  if (!JOINERS.has(at(k)?.lower ?? '')) return false;
  k--;
  if (at(k)?.text === ')') k = closeOf(doc, k, sent, -1) - 1;
  return k < i - 1 && colourAt(k);
}

/** The bracket matching the one at k, searched in direction dir within ASIDE tokens of the sentence, or -2 (no match: nothing joins). */
function closeOf(doc: Doc, k: number, sent: number, dir: 1 | -1): number {
  const toks = doc.tokens, want = dir === 1 ? ')' : '(';
  for (let n = 1, j = k + dir; n <= ASIDE && j >= 0 && j < toks.length && toks[j].sentence === sent; n++, j += dir) {
    if (toks[j].text === want) return j;
  }
  return -2;
}

/** The last words of the document's persons named in two words or more, lower case (tagger's spans and rules' names). */
function personSurnames(doc: Doc, spans: readonly TaggedSpan[], rules: readonly Mention[]): Set<string> {
  const toks = doc.tokens, out = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.last > s.first) out.add(toks[s.last].lower);
  for (const r of rules) {
    const space = r.text.lastIndexOf(' ');
    if (r.type === 'PERSON' && space > 0) out.add(r.text.slice(space + 1).toLowerCase());
  }
  return out;
}
