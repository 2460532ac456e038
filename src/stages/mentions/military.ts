// Military units and facilities by their shape: "999th Air Base" and "5th Air Army" are
// units (ORG), "Kant Air Base", "Camp Bastion", "Fort Bragg", "Incirlik airfield" are places (FAC).
import type { EntityType } from '../../document/types.ts';

const ORDINAL_START = /^\d+(?:st|nd|rd|th)$/;
const UNIT_HEADS = new Set([
  'army', 'armies', 'division', 'brigade', 'regiment', 'battalion', 'fleet', 'squadron', 'wing', 'corps', 'group',
  'base', 'flotilla', 'command', 'company', 'detachment', 'district', 'guards',
]);
const FACILITY_TAILS: string[][] = [
  ['air', 'base'], ['airbase'], ['naval', 'base'], ['military', 'base'], ['air', 'station'], ['naval', 'station'],
  ['airfield'], ['air', 'field'], ['airport'], ['international', 'airport'], ['base'], ['barracks'], ['cosmodrome'],
  ['spaceport'], ['port'], ['harbor'], ['harbour'], ['dam'], ['power', 'plant'], ['nuclear', 'power', 'plant'],
  ['prison'], ['bridge'], ['tunnel'], ['pipeline'], ['refinery'], ['stadium'], ['arena'], ['palace'], ['square'],
  ['embassy'], ['consulate'], ['hospital'], ['station'], ['terminal'], ['plant'], ['factory'], ['mine'], ['canal'],
];
const FACILITY_HEADS = new Set(['camp', 'fort', 'forward operating base']);

export interface ShapeMatch { type: EntityType; kind: string; rule: string }

/** words: the lowercase words of a capitalized run. */
export function militaryShape(words: string[]): ShapeMatch | undefined {
  if (words.length >= 2 && ORDINAL_START.test(words[0]) && UNIT_HEADS.has(words[words.length - 1])) {
    return { type: 'ORG', kind: 'military', rule: 'mentions.name.military-unit' };
  }
  if (words.length >= 2 && FACILITY_HEADS.has(words[0])) return { type: 'FAC', kind: 'facility', rule: 'mentions.name.camp-fort' };
  const tail = facilityTail(words, 1);
  if (tail) return { type: 'FAC', kind: 'facility', rule: 'mentions.name.facility' };
  return undefined;
}

/** How many trailing words name a kind of facility ("Air Base" → 2), leaving at least `keep` words before. */
export function facilityTail(words: string[], keep: number): number {
  let best = 0;
  for (const tail of FACILITY_TAILS) {
    if (words.length - tail.length < keep) continue;
    let ok = true;
    for (let k = 0; k < tail.length && ok; k++) ok = words[words.length - tail.length + k] === tail[k];
    if (ok && tail.length > best) best = tail.length;
  }
  return best;
}

/** Lowercase facility words that may follow a place name and make it a facility: "the Kant airfield". */
export const LOWERCASE_FACILITY: string[][] = [
  ['air', 'base'], ['airbase'], ['airfield'], ['airport'], ['naval', 'base'], ['military', 'base'], ['air', 'field'],
  ['cosmodrome'], ['power', 'plant'], ['nuclear', 'plant'], ['dam'], ['refinery'],
  // crossings and landmarks named after people or towns: "the Simón Bolívar bridge", "the Rafah crossing"
  ['bridge'], ['border', 'crossing'], ['crossing'], ['checkpoint'], ['stadium'], ['square'], ['tunnel'], ['canal'],
  // venues: "the Moscone West center" (a plant is the facts stage's: "the St. Thomas plant")
  ['center'], ['centre'], ['arena'],
];
