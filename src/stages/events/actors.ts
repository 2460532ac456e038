// Actors: the mentions of a sentence grouped into chunks ("Kyrgyz Prime Minister Sapar Isakov",
// "the Russian government"), each resolved to an entity, its country and its CAMEO sector.
import type { Doc, Token } from '../../document/doc.ts';
import type { Entity, Mention } from '../../document/types.ts';
import { wordTable } from '../../data/lexicon.ts';
import { eventAlternation, eventTable, eventWords } from './lexicon.ts';

export interface Actor {
  entity: string;
  country?: string;
  sector?: string;
  /** a place (country, city, region) rather than an agent: "visit to Moscow" */
  place: boolean;
  /** a person: used for cataphora and he/she */
  person: boolean;
}

export interface Chunk {
  /** token indices, inclusive */
  first: number;
  last: number;
  actor: Actor;
  /** followed by possessive 's, or a possessive pronoun (his, its) */
  possessive: boolean;
  pronoun: boolean;
  /** the second state of a hyphenated pair: "Kyrgyz-Tajik" */
  partner?: Actor;
}

const ACTOR_TYPES = new Set(['PERSON', 'NORP', 'ORG', 'GPE', 'LOC', 'FAC']);
const PLACE_KINDS = new Set(['country', 'city', 'region', 'district', 'area', 'facility']);

/** Head nouns that give a NORP or country its sector: "Russian troops", "the Kyrgyz government". */
export const SECTOR_NOUNS: Record<string, string> = eventTable('sector-noun');

/** Nouns that end a descriptor before a name: "Russian flag carrier Aeroflot". */
export const DESCRIPTOR_HEAD = eventWords('descriptor-head');

/** Words that make a company name a modifier of the next: "Airbus rival Boeing", "Airbus parent company EADS". */
const RELATION_HEAD = eventWords('relation-head');
/** Heads a state's possessive gives its sector to, past modifiers: "France's investigative agency", "Germany's economy minister". */
const POSSESSED_SECTOR: Record<string, string> = eventTable('possessed-sector');

const KIND_SECTOR: Record<string, string> = wordTable({
  government: 'GOV', military: 'MIL', media: 'MED', 'armed-group': 'REB', igo: 'IGO', party: 'PTY', company: 'BUS',
});

const MIL_TITLE = new RegExp(`\\b${eventAlternation('military-title')}\\b`, 'i');
const GOV_TITLE = new RegExp(`\\b${eventAlternation('government-title')}\\b`, 'i');

export function sectorOfTitle(title: string): string | undefined {
  if (MIL_TITLE.test(title)) return 'MIL';
  if (GOV_TITLE.test(title)) return 'GOV';
  return undefined;
}

const ISO3 = /^[A-Z]{3}$/;

/** The actor an entity is when a mention of it acts. */
export function actorOfEntity(e: Entity | undefined, id: string, metonymFor?: string, entities?: Map<string, Entity>): Actor {
  if (metonymFor) return { entity: id, country: metonymFor, sector: 'GOV', place: false, person: false };
  const kind = e?.kind;
  // "European Commission President Ursula von der Leyen": an office in an international body acts for no state
  if (e?.type === 'PERSON' && e.roles?.some(r => r.organization && entities?.get(r.organization)?.kind === 'igo')) {
    return { entity: id, country: undefined, sector: 'IGO', place: false, person: true };
  }
  const isCountry = kind === 'country' || (ISO3.test(id) && (!e || e.type === 'GPE' || e.type === 'NORP'));
  const country = isCountry ? id : e?.country ?? e?.roles?.find(r => r.country)?.country;
  let sector = kind ? KIND_SECTOR[kind] : undefined;
  const person = e?.type === 'PERSON' || kind === 'person';
  if (person && !sector) for (const r of e?.roles ?? []) { sector = sectorOfTitle(r.title); if (sector) break; }
  const place = isCountry || (kind !== undefined && PLACE_KINDS.has(kind)) || (!kind && (e?.type === 'GPE' || e?.type === 'LOC' || e?.type === 'FAC'));
  return { entity: id, country, sector, place, person };
}

/** CAMEO actor code: country plus sector ("RUSGOV"), or the sector alone for an IGO. */
export function actorCode(a: Actor | undefined): string | undefined {
  if (!a) return undefined;
  if (a.place && !a.sector) return a.country;
  if (!a.country) return a.sector === 'IGO' ? 'IGO' : undefined;
  return a.country + (a.sector ?? '');
}

const PRIORITY = (m: Mention, a: Actor) =>
  (a.person ? 50 : 0) + (m.type === 'ORG' ? 40 : 0) + (m.metonymFor ? 35 : 0) + (m.kind !== 'name' ? 5 : 0) +
  (!a.place && m.type !== 'NORP' ? 20 : 0) + (a.place ? 10 : 0);

const TITLE_WORD = /^[A-Z][a-z]+$/;

/**
 * Chunks of one sentence, left to right. `mentionsByToken` maps a token index to the actor
 * mentions over it; `entities` resolves their ids.
 */
export function sentenceChunks(
  tokens: Token[], first: number, last: number, mentionsAt: (Mention[] | undefined)[], entities: Map<string, Entity>,
  memo: Map<string, Actor> = new Map(),
): Chunk[] {
  const actorOf = (id: string, metonymFor?: string) => {
    const key = metonymFor ? id + '>' + metonymFor : id;
    let a = memo.get(key);
    if (!a) { a = actorOfEntity(entities.get(id), id, metonymFor, entities); memo.set(key, a); }
    return a;
  };
  const chunks: Chunk[] = [];
  let i = first;
  while (i <= last) {
    if (!mentionsAt[i]) { i++; continue; }
    const start = i;
    // "his U.S. counterpart Lloyd Austin", "its rival Boeing": the chunk starts at the pronoun, its actor is the name
    const related = POSSESSIVE_PRONOUN.has(tokens[i].lower) ? relatedName(tokens, i, last, mentionsAt) : -1;
    let end = Math.max(i, related);
    const seen: Mention[] = [];
    let titleText = '';
    let sectorNoun: string | undefined;
    let j = end;
    while (j <= last) {
      const ms = mentionsAt[j];
      if (ms) { for (const m of ms) if (!seen.includes(m)) seen.push(m); end = j; j++; continue; }
      const t = tokens[j].text;
      // a title between a NORP and a name: "Kyrgyz Prime Minister Sapar Isakov"
      if (TITLE_WORD.test(t) && j < last) {
        let k = j;
        while (k <= last && !mentionsAt[k] && TITLE_WORD.test(tokens[k].text) && k - j < 4) k++;
        if (k <= last && mentionsAt[k]) { titleText += wordsBetween(tokens, j, k); j = k; continue; }
      }
      // a descriptor between a state and a name: "Irish national airline Aer Lingus", "U.S. automaker GM"
      if (j === end + 1 && !sectorNoun && /^[a-z]/.test(t) && seen.every(m => m.type === 'NORP' || m.type === 'GPE')) {
        let k = j;
        while (k <= last && !mentionsAt[k] && /^[a-z][a-z-]*$/.test(tokens[k].text) && k - j < 4) k++;
        if (k > j && k <= last && DESCRIPTOR_HEAD.has(tokens[k - 1].text) && mentionsAt[k]?.some(m => m.type === 'ORG' || m.type === 'PERSON')) { titleText += wordsBetween(tokens, j, k); j = k; continue; }
      }
      // a company named as the relation of the next: "Airbus rival Boeing" — the last name is the head
      if (j === end + 1 && seen.every(m => m.type === 'ORG') && /^[a-z]/.test(t)) {
        let k = j;
        while (k <= last && k - j < 2 && !mentionsAt[k] && /^[a-z]+$/.test(tokens[k].text)) k++;
        if (k > j && k <= last && RELATION_HEAD.has(tokens[k - 1].text) && mentionsAt[k]?.some(m => m.type === 'ORG')) { seen.length = 0; j = k; continue; }
      }
      const sec = SECTOR_NOUNS[tokens[j].lower];
      if (sec && !sectorNoun) { sectorNoun = sec; titleText += ' ' + t; end = j; j++; continue; }
      break;
    }
    // pick the head: the mention that best stands for an agent
    let best: { m: Mention; a: Actor; score: number } | undefined;
    let norpCountry: string | undefined;
    for (const m of seen) {
      if (!m.entity) continue;
      const a = actorOf(m.entity, m.metonymFor);
      if (m.type === 'NORP' && a.country) norpCountry ??= a.country;
      const score = PRIORITY(m, a);
      if (!best || score > best.score) best = { m, a, score };
    }
    if (best) {
      const a = { ...best.a };
      a.country ??= norpCountry;
      if (!a.sector) {
        a.sector = (best.m.type === 'NORP' || a.place) && sectorNoun ? sectorNoun : a.person ? sectorOfTitle(titleText + ' ' + best.m.text) : undefined;
        if (a.sector && a.place) a.place = false;
      }
      if (best.m.type === 'NORP' && sectorNoun) a.place = false;
      // the mention names the sector itself: "the US government", "federal government"
      const headWord = best.m.text.split(/\s+/).at(-1)!.toLowerCase();
      if (a.place && SECTOR_NOUNS[headWord]) { a.place = false; a.sector ??= SECTOR_NOUNS[headWord]; }
      const next = tokens[end + 1];
      // the states the chunk's nationality words name: a second one is a pair's partner ("Kyrgyz-Tajik")
      let states = 0, firstState: Actor | undefined, partner: Actor | undefined;
      for (const m of seen) {
        if (m.type !== 'NORP' || !m.entity) continue;
        const x = actorOf(m.entity);
        if (states++ === 0) firstState = x;
        if (!partner && x.country && x.country !== firstState!.country) partner = x;
      }
      // "the government of Canada", "the people of Iraq": the sector noun before "of" opens the chunk
      let from = start;
      const ofSector = start - 2 >= first && !mentionsAt[start - 2] && (tokens[start - 1].text === 'of' || tokens[start - 1].text === 'in') ? SECTOR_NOUNS[tokens[start - 2].lower] : undefined;
      if (ofSector && a.place && a.country) { from = start - 2; a.sector ??= ofSector; a.place = false; }
      // "Barack Obama's administration", "Russia's government": the possessor's state acts
      let to = end;
      let possSector: string | undefined, possEnd = end + 2;
      if (end + 2 <= last && /^['’][sS]$/.test(tokens[end + 1].text) && a.sector !== 'BUS') {
        // past up to two modifiers for a state's own bodies: "France's investigative agency"
        const reach = a.country && a.entity === a.country ? end + 4 : end + 2;
        for (let k = end + 2; k <= Math.min(last, reach) && !mentionsAt[k]; k++) {
          const w = tokens[k].lower;
          possSector = SECTOR_NOUNS[w] ?? (a.entity === a.country ? POSSESSED_SECTOR[w] : undefined);
          if (possSector) {
            possEnd = k;
            // a compound's head is its last noun: "Niger's military rulers", "Russia's government officials"
            while (possEnd + 1 <= last && !mentionsAt[possEnd + 1] && SECTOR_NOUNS[tokens[possEnd + 1].lower]) {
              possEnd++;
              possSector = SECTOR_NOUNS[tokens[possEnd].lower];
            }
            break;
          }
          if (!/^[a-z][a-z-]*$/.test(tokens[k].text)) break;
        }
      }
      if (possSector && a.country && possSector !== 'BUS' && possSector !== 'CVL') {
        to = possEnd;
        a.entity = a.person ? a.country : a.entity; a.sector = possSector; a.place = false; a.person = false;
      }
      const chunk: Chunk = {
        first: from, last: to, actor: a,
        possessive: to === end && ((next !== undefined && end + 1 <= last && /^['’][sS]$/.test(next.text)) || POSSESSIVE_PRONOUN.has(tokens[end].lower)),
        pronoun: best.m.kind === 'pronoun',
      };
      // set after, not spread in: chunks keep the one shape the other chunk makers give them
      if (partner && states === seen.length) chunk.partner = partner;
      chunks.push(chunk);
    }
    i = Math.max(j, start + 1, (chunks.at(-1)?.last ?? 0) + 1);
  }
  return chunks;
}

/** The texts of tokens j..k-1, each after a blank. */
function wordsBetween(tokens: Token[], j: number, k: number): string {
  let out = '';
  for (let q = j; q < k; q++) out += ' ' + tokens[q].text;
  return out;
}

export const POSSESSIVE_PRONOUN = eventWords('possessive-pronoun');
const RELATION_NOUN = eventWords('relation-noun');

/** After a possessive pronoun: the name that a relation noun introduces, within five tokens, else -1. */
function relatedName(tokens: Token[], i: number, last: number, mentionsAt: (Mention[] | undefined)[]): number {
  for (let k = i + 1; k <= Math.min(last, i + 5); k++) {
    const ms = mentionsAt[k];
    if (ms?.some(m => (m.type === 'PERSON' || m.type === 'ORG') && m.kind === 'name') && RELATION_NOUN.has(tokens[k - 1].lower)) return k;
    if (ms ? !ms.every(m => m.type === 'NORP' || m.type === 'GPE') : !/^[a-z][a-z-]*$/.test(tokens[k].text)) return -1;
  }
  return -1;
}

/** Index the actor mentions of a doc by token: token index → mentions that cover it. */
export function mentionsByToken(doc: Doc): (Mention[] | undefined)[] {
  const out: (Mention[] | undefined)[] = new Array(doc.tokens.length);
  let t = 0;
  for (const m of doc.mentions) {
    if (!ACTOR_TYPES.has(m.type)) continue;
    while (t < doc.tokens.length && doc.tokens[t].end <= m.start) t++;
    // mentions are sorted but may nest: scan from a local start
    let k = t;
    while (k > 0 && doc.tokens[k - 1].end > m.start) k--;
    for (; k < doc.tokens.length && doc.tokens[k].start < m.end; k++) (out[k] ??= []).push(m);
  }
  return out;
}
