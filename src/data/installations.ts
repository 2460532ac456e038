// Proper names that are military installations by their own words: "Babenhausen Kaserne",
// "Aschaffenburg Family Housing", "Naval Air Station Keflavik". The words, where they stand in the
// name and the type they give are in data/facts/facility-names.tsv; lookups go through a Map.
// Read by the facts layer (the facility's type) and by the name tagger's refiners (such a name
// keeps the rules' reading, src/stages/mentions/model/rules-stand.ts).
import { tsvRows } from './lexicon.ts';

let tails: Map<string, string> | undefined, leads: Map<string, string> | undefined;

function tables(): [Map<string, string>, Map<string, string>] {
  if (!tails || !leads) {
    tails = new Map(); leads = new Map();
    for (const [phrase, where, type] of tsvRows('facts/facility-names.tsv')) (where === 'lead' ? leads : tails).set(phrase.toLowerCase(), type);
  }
  return [tails, leads];
}

/** The facility type a name's own words give ("… Kaserne" → barracks), or undefined; the name needs a word of its own besides. */
export function installationType(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  const [tail, lead] = tables();
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const t = tail.get(words.slice(-n).join(' '));
    if (t) return t;
    const l = lead.get(words.slice(0, n).join(' '));
    if (l && /^\p{Lu}/u.test(name.split(/\s+/)[n] ?? '')) return l;
  }
  return undefined;
}
