// Capitals and seats of government used for their state: "Bishkek proposes …", "but Moscow does
// not seek …", "handing over the Kant airfield to Moscow", "Moscow's position". A capital as
// a place stays a place: "his visit to Moscow", "20 km east of Bishkek", "What does Bishkek need".
import type { Token } from '../../document/doc.ts';
import type { Mention } from '../../document/types.ts';
import { seatOfGovernment } from '../mentions/world.ts';
import type { Registry } from './merge.ts';
import type { TokenIndex } from './tokens.ts';
import { entityWords } from './words.ts';

const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', ';', ':', '“', '"', '(', ...entityWords('clause-opener')]);
const AUX = entityWords('acting-aux');
// verbs that are not actions when a place name precedes them: "Moscow based", "Bishkek city"
const NOT_VERB = entityWords('not-verb');
const TRANSFER = entityWords('transfer');
const ACTOR_OBJECT_VERBS = entityWords('actor-object-verb');
const WITH_NOUNS = entityWords('with-noun');
const POSSESSED = entityWords('possessed');
const TRAVEL_NOUNS = entityWords('travel-noun');

export function markMetonymy(r: Registry, ix: TokenIndex): void {
  const t = r.doc.tokens;
  for (const m of r.doc.mentions) {
    if (m.kind !== 'name' || (m.type !== 'GPE' && m.type !== 'ORG' && m.type !== 'FAC' && m.type !== 'LOC')) continue;
    const seat = seatOfGovernment(m.text);
    if (!seat || !m.entity) continue;
    const e = r.byId.get(m.entity);
    if (!e || e.kind === 'country') continue;
    const first = ix.tokenAt(m.start), last = ix.tokenAt(m.end - 1);
    const rule = actorUse(t, first, last, seat.kind === 'building');
    if (!rule) continue;
    m.metonymFor = seat.iso3;
    e.metonymFor = seat.iso3;
    r.notes.set(m, rule);
  }
}

function word(t: Token | undefined): string { return t ? t.lower : ''; }

function actorUse(t: Token[], first: number, last: number, building: boolean): string | undefined {
  const s = t[first].sentence;
  const prev = first > 0 && t[first - 1].sentence === s ? t[first - 1] : undefined;
  let p = first - 1;
  if (prev && /^the$/i.test(prev.text)) p--;
  const before = p >= 0 && t[p].sentence === s ? t[p] : undefined;
  const next = t[last + 1]?.sentence === s ? t[last + 1] : undefined;
  // subject: at a clause start, followed by a verb
  const clauseStart = !before || CLAUSE_OPENERS.has(word(before));
  if (clauseStart && next && next.kind === 'word' && /^[a-z]/.test(next.text) && !NOT_VERB.has(word(next))) {
    const w = word(next);
    if (AUX.has(w) || /(?:s|ed)$/.test(w) && !/(?:ss|us|is)$/.test(w)) return 'entities.metonymy.subject';
  }
  // possessive: "Moscow's position"
  if (next && /^['’]s$/i.test(next.text) && POSSESSED.has(word(t[last + 2]))) return 'entities.metonymy.possessive';
  // object of a transfer: "handing over the airfield to Moscow"
  if (before && /^(to|from)$/.test(word(before))) {
    for (let k = p - 1; k >= 0 && k >= p - 8 && t[k].sentence === s; k--) {
      if (TRAVEL_NOUNS.has(word(t[k]))) return undefined;
      if (TRANSFER.has(word(t[k]))) return 'entities.metonymy.transfer-object';
    }
  }
  // the object of what states do to one another: "accuses Stockholm of …", "urged Beijing to …", "warned Washington"
  if (before && ACTOR_OBJECT_VERBS.has(word(before))) return 'entities.metonymy.object';
  // "relations with Moscow", "talks with Washington"
  if (before && /^(with|between)$/.test(word(before)) && WITH_NOUNS.has(word(t[p - 1]))) return 'entities.metonymy.partner';
  if (building && next && next.kind === 'word' && /^[a-z]/.test(next.text)) return 'entities.metonymy.seat';
  return undefined;
}

export function isMetonymic(m: Mention): boolean { return !!m.metonymFor; }
