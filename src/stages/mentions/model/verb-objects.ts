// The object of a verb of legal or hiring action ("IBM sued Papermaster", "police arrested Okafor")
// or of a verb whose object is a person ("told Smith") is a person or an organization, never a
// place. The tagger, which learned places from travel guides, reads an unknown word there as a
// place; where no place list knows the word (one word: a known town stays a place for the rules
// and the other refiners to judge), it takes the type the tagger ranked next, or is no name.
// The verbs: actor-object-verb and person-object-verb in data/lexicon/name-cues.tsv.
import type { Doc } from '../../../document/doc.ts';
import { nameCues } from '../lexicon.ts';
import { countryByName, lookupPlaces } from '../world.ts';
import type { TaggedSpan } from './tagger.ts';

/** The tagger's spans with an unknown one-word place right after such a verb retyped (or dropped). */
export function verbObjects(doc: Doc, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const toks = doc.tokens;
  const cues = nameCues();
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const verb = toks[s.first - 1], t = toks[s.first];
    if (s.type !== 'LOC' || s.first !== s.last || !verb || verb.sentence !== t.sentence
      || !(cues.actorObjectVerbs.has(verb.lower) || cues.personObjectVerbs.has(verb.lower))
      || countryByName(t.text) || lookupPlaces(t.text).length) { out.push(s); continue; }
    if (s.alt === 'PER' || s.alt === 'ORG') out.push({ ...s, type: s.alt });
  }
  return out;
}
