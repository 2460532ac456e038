// The mentions layer: names (PERSON, NORP, ORG, GPE, LOC, FAC) and amounts (MONEY, PERCENT,
// QUANTITY, CARDINAL, ORDINAL) proposed from the tokens. Spans the times layer claimed
// (dates, years, "May") are left to it. Coreference and entity ids come in the entities stage.
import type { Doc } from '../../document/doc.ts';
import type { Mention } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { nameLexicon } from './lexicon.ts';
import { findNames } from './names.ts';
import { findNumbers } from './numbers.ts';
import { refineNames } from './model/refine.ts';
import { addRepeats } from './model/repeats.ts';
import { coordinate } from './model/coordination.ts';
import { nameModel, tagNames } from './model/tagger.ts';
import { countryByName, lookupPlaces } from './world.ts';
import { phoenixLists } from '../../data/phoenix.ts';
import { lookupFacility } from '../../data/facilities.ts';

export function findMentions(doc: Doc): Mention[] {
  const lex = nameLexicon();
  const all = [...namesOf(doc, lex), ...findNumbers(doc)];
  const times = doc.times;
  const free = all.filter(m => !overlapsAny(m, times));
  free.sort((a, b) => a.start - b.start || b.end - a.end);
  // names first, then amounts: an amount inside a name ("5th" of "5th Air Army") yields
  const out: Mention[] = [];
  for (const m of free) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      if (isAmount(prev) && !isAmount(m) && m.end >= prev.end) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The rules' names, refined by the tagger where a model is present. */
export function namesOf(doc: Doc, lex = nameLexicon()): Mention[] {
  const rules = findNames(doc, lex);
  const model = nameModel();
  if (!model) return rules;
  const tagged = tagNames(doc, rules, lex, model);
  return addRepeats(doc, coordinate(doc, refineNames(doc, rules, tagged.spans, lex)), tagged.features, lex);
}

function isAmount(m: Mention): boolean {
  return m.type === 'CARDINAL' || m.type === 'ORDINAL' || m.type === 'QUANTITY' || m.type === 'PERCENT' || m.type === 'MONEY';
}

/** times are sorted by start: a linear merge would do, a scan with early exit is enough here */
function overlapsAny(m: Mention, spans: { start: number; end: number }[]): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].end <= m.start) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < spans.length && spans[k].start < m.end; k++) if (spans[k].end > m.start) return true;
  return false;
}

export const mentionsStage: Stage = {
  name: 'mentions',
  // times: spans the times layer claimed are left to it
  requires: ['sentences', 'times'],
  provides: ['mentions'],
  // the lexicon, the gazetteer, the facilities and (with the tagger) the Phoenix lists load here, once, not inside the first document
  init() { nameLexicon(); if (nameModel()) phoenixLists(); lookupPlaces('Moscow'); countryByName('Russia'); lookupFacility('Manas Air Base'); },
  run(doc) { doc.mentions = findMentions(doc); },
};
