// Colours listed as a product's finishes ("It comes in two colors: Black (2 GHz model only) and White"):
// capitalized like names, and read as a person ("White", a surname) by the tagger. A one-word span that
// is a colour word (colour in data/lexicon/name-cues.tsv), with another colour word near it in the same
// sentence, is a colour. A colour inside a longer name ("Jack White", "Red Army") is a span of its own
// words and stays.
import type { Doc } from '../../../document/doc.ts';
import { nameCues } from '../lexicon.ts';
import type { TaggedSpan } from './tagger.ts';

// how far the other colour may be, in tokens: "Black (2 GHz model only) and White" is eight
const NEAR = 10;

/** The tagger's spans without colours listed with another colour. */
export function withoutColours(doc: Doc, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const colours = nameCues().colours;
  return spans.filter(s => !(s.first === s.last && colours.has(doc.tokens[s.first].lower) && colourNear(doc, s.first, colours)));
}

function colourNear(doc: Doc, i: number, colours: ReadonlySet<string>): boolean {
  const toks = doc.tokens, sent = toks[i].sentence;
  for (let k = Math.max(0, i - NEAR); k <= i + NEAR && k < toks.length; k++) {
    if (k !== i && toks[k].sentence === sent && colours.has(toks[k].lower)) return true;
  }
  return false;
}
