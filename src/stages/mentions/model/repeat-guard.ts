// A repeat (repeats.ts) copies a name's words to their other places; where the words around such a
// place say they are no name there (not-names.ts: "Turkey sandwiches" after "Turkey", "US dollars"
// after "US", a brand opening in lower case, a name an apposition calls a product), the copy is
// dropped, as the tagger's own reading there would be.
import type { Doc } from '../../../document/doc.ts';
import type { Mention } from '../../../document/types.ts';
import type { NameLexicon } from '../lexicon.ts';
import { REPEAT_RULE } from './evidence.ts';
import { withoutNonNames } from './not-names.ts';

/** The names (sorted by start) without the repeats the words around them say are no names. */
export function repeatsWithoutNonNames(doc: Doc, names: readonly Mention[], lex: NameLexicon): Mention[] {
  const toks = doc.tokens;
  const out: Mention[] = [];
  let i = 0;
  for (const m of names) {
    while (i < toks.length && toks[i].end <= m.start) i++;
    if (m.rule !== REPEAT_RULE) { out.push(m); continue; }
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].start < m.end) j++;
    if (withoutNonNames(doc, [{ first: i, last: j, type: 'LOC', margin: 0 }], lex).length) out.push(m);
  }
  return out;
}
