// Places joined by a hyphen ("Singapore-Sydney route", "Austria-Hungary", "Dallas-Fort Worth"): a
// route, a border, a union or a metropolitan area, a place however the tagger typed it (it reads the
// capitals and the hyphen as a company's double name, "Rolls-Royce"). Each part must be a place the
// world lists know well (a country, a region or a big town), so a company named after small towns
// ("Mercedes-Benz": Mercedes is a town of Uruguay) keeps its type.
import type { Doc } from '../../../document/doc.ts';
import { placeStrong } from '../cues.ts';
import { countryByName, lookupPlaces } from '../world.ts';
import type { TaggedSpan } from './tagger.ts';

/** The tagger's spans, those written as places joined by hyphens typed a place. */
export function hyphenedPlaces(doc: Doc, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => s.type !== 'LOC' && isPlacePair(doc.text.slice(doc.tokens[s.first].start, doc.tokens[s.last].end)) ? { ...s, type: 'LOC' } : s);
}

function isPlacePair(text: string): boolean {
  const parts = text.split('-');
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every(p => p.length > 1 && p.charAt(0) !== p.charAt(0).toLowerCase() && (!!countryByName(p) || placeStrong(lookupPlaces(p))));
}
