// Military units and facilities by their shape: "999th Air Base" and "5th Air Army" are
// units (ORG), "Kant Air Base", "Camp Bastion", "Fort Bragg", "Incirlik airfield" are places (FAC).
import type { EntityType } from '../../document/types.ts';
import { nameCues } from './lexicon.ts';

const ORDINAL_START = /^\d+(?:st|nd|rd|th)$/;
// unit heads, facility heads and facility tails (unit-head, facility-head, facility-tail): data/lexicon/name-cues.tsv

export interface ShapeMatch { type: EntityType; kind: string; rule: string }

/** words: the lowercase words of a capitalized run. */
export function militaryShape(words: string[]): ShapeMatch | undefined {
  if (words.length >= 2 && ORDINAL_START.test(words[0]) && nameCues().unitHeads.has(words[words.length - 1])) {
    return { type: 'ORG', kind: 'military', rule: 'mentions.name.military-unit' };
  }
  if (words.length >= 2 && nameCues().facilityHeads.has(words[0])) return { type: 'FAC', kind: 'facility', rule: 'mentions.name.camp-fort' };
  const tail = facilityTail(words, 1);
  if (tail) return { type: 'FAC', kind: 'facility', rule: 'mentions.name.facility' };
  return undefined;
}

/** How many trailing words name a kind of facility ("Air Base" → 2), leaving at least `keep` words before. */
export function facilityTail(words: string[], keep: number): number {
  let best = 0;
  for (const tail of nameCues().facilityTails) {
    if (words.length - tail.length < keep) continue;
    let ok = true;
    for (let k = 0; k < tail.length && ok; k++) ok = words[words.length - tail.length + k] === tail[k];
    if (ok && tail.length > best) best = tail.length;
  }
  return best;
}

/** Lowercase facility words that may follow a place name and make it a facility: "the Kant airfield" (lowercase-facility in data/lexicon/name-cues.tsv). */
export function lowercaseFacilities(): readonly (readonly string[])[] { return nameCues().lowercaseFacilities; }
