// Names joined by "and", "or" or a comma are mostly of one kind: "challenged by Lockheed and
// Sikorsky", "Boeing, Airbus and Embraer", "Paris and Lyon". Where one of two coordinated names
// was typed from a cue (a rule that knows it) and the other only guessed from its capitals or by
// the tagger, the guess takes the known name's type. Two guesses, or two known names, stay as they are.
import type { Doc } from '../../../document/doc.ts';
import type { EntityType, Mention } from '../../../document/types.ts';
import { hasEvidence, isWeak } from './evidence.ts';

const NAMED = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
const PLACE = new Set<EntityType>(['GPE', 'LOC', 'FAC']);

/** Retypes a guessed name coordinated with a known one (mentions sorted by start; changed in place). */
export function coordinate(doc: Doc, names: Mention[]): Mention[] {
  for (let k = 0; k + 1 < names.length; k++) {
    const a = names[k], b = names[k + 1];
    if (!NAMED.has(a.type) || !NAMED.has(b.type) || a.type === b.type || PLACE.has(a.type) && PLACE.has(b.type)) continue;
    const between = doc.text.slice(a.end, b.start);
    // a comma alone joins a list ("Boeing, Airbus"), except before a place: "CNRS, France" and "Paris, Texas" say where the first is
    if (!isCoordinator(between) && !(between === ', ' && !PLACE.has(b.type))) continue;
    const [guess, known] = isWeak(a.rule) && hasEvidence(b.rule) ? [a, b] : isWeak(b.rule) && hasEvidence(a.rule) ? [b, a] : [];
    if (!guess || !known) continue;
    guess.type = known.type;
    guess.rule += '+coordination';
  }
  return names;
}

/** " and ", " or ", ", and ": one coordinator between two names (short, so no scan is long). */
function isCoordinator(between: string): boolean {
  if (between.length > 7) return false;
  const t = between.trim();
  return t === 'and' || t === 'or' || t === ', and' || t === ', or';
}
