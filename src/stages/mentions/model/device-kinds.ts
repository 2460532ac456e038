// A kind of device written in capitals ("the world's most-sold MP3 Player", "a USB Device", "DVD
// Players"): a technical word that is never a name (never-name in data/lexicon/name-cues.tsv: "MP3",
// "USB", "DVD", "GPS") and a product's noun (product-noun, product-after: "player", "phone", "device"),
// nothing else. The tagger reads the capitals as a company's; a maker's or a model's name has a word of
// its own ("Creative Zen Player", "PC World").
import type { Doc } from '../../../document/doc.ts';
import { nameCues } from '../lexicon.ts';
import type { TaggedSpan } from './tagger.ts';

/** The tagger's spans without those that name a kind of device. */
export function withoutDeviceKinds(doc: Doc, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter(s => !deviceKind(doc, s));
}

function deviceKind(doc: Doc, s: TaggedSpan): boolean {
  if (s.first === s.last) return false;
  const cues = nameCues();
  let technical = false, product = false;
  for (let k = s.first; k <= s.last; k++) {
    const w = doc.tokens[k].lower;
    if (cues.productNouns.has(w) || cues.productAfter.has(w)) product = true;
    else if (cues.neverNames.has(w) && !cues.articles.has(w)) technical = true;
    else return false;
  }
  return technical && product;
}
