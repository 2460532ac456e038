// A title inside a person's name the tagger read is where two names meet: what stands before
// it is the body the person serves ("Airbus President Louis Gallois", "Aer Lingus Chief
// Executive Dermot Mannion"), what follows is the person. A person's span that ends in a
// title ("former Chrysler President") names only the body. The tagger learned from sets
// where such runs are rare and reads the whole run as one person; this refiner cuts it.
// A title opening the span ("President Obama") is left as it is: the rest is the person.
import type { Doc } from '../../../document/doc.ts';
import type { NameLexicon } from '../lexicon.ts';
import { isCommonWord } from '../cues.ts';
import { countryByDemonym, countryByName, lookupPlaces } from '../world.ts';
import type { TaggedSpan } from './tagger.ts';

/** The tagger's person spans cut at a title inside them; other spans pass through. Linear in the tokens of the spans. */
export function splitAtTitles(doc: Doc, spans: readonly TaggedSpan[], lex: NameLexicon): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const toks = doc.tokens;
  for (const s of spans) {
    if (s.type !== 'PER' || s.first === s.last) { out.push(s); continue; }
    // the first title phrase after the span's first token (the longest phrase from each place)
    let ta = -1, tb = -1;
    for (let k = s.first + 1; k <= s.last && ta < 0; k++) {
      if (!lex.titleFirstWords.has(toks[k].lower)) continue;
      let key = '';
      for (let e = k; e <= s.last && e - k < lex.titleMaxWords; e++) {
        key = e === k ? toks[e].lower : key + ' ' + toks[e].lower;
        if (lex.titles.has(key)) { ta = k; tb = e; }
      }
    }
    if (ta < 0) { out.push(s); continue; }
    // the body before the title: not when it is only everyday words ("Assistant Secretary")
    // or honorifics and titles ("My Lord the Chief Justice"); joining words at its end are not part of it
    let end = ta - 1;
    while (end > s.first && (toks[end].kind !== 'word' || toks[end].text === toks[end].lower)) end--;
    let body = false, everyday = false;
    for (let k = s.first; k <= end; k++) {
      const w = toks[k].lower;
      if (toks[k].kind !== 'word' || lex.honorifics.has(w) || lex.titleFirstWords.has(w) || lex.titleLastWords.has(w)) continue;
      if (isCommonWord(lex, w)) everyday = true; else body = true;
    }
    // titles and honorifics alone ("Lord the Chief Justice"): not this refiner's to cut (see plausible() in refine.ts)
    if (!body && !everyday && tb === s.last) { out.push(s); continue; }
    if (body) {
      const text = doc.text.slice(toks[s.first].start, toks[end].end);
      const place = end === s.first && (countryByName(text) || countryByDemonym(text) || lookupPlaces(text).length > 0);
      out.push({ first: s.first, last: end, type: place ? 'LOC' : 'ORG', margin: s.margin });
    }
    if (tb < s.last) out.push({ first: tb + 1, last: s.last, type: 'PER', margin: s.margin });
  }
  return out;
}
