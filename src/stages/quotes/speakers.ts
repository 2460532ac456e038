// From a speaker phrase to an entity: the mention covering it (names, and pronouns or
// descriptions the coreference layer resolved), else our own narrow fallbacks: a pronoun
// goes to the subject of the nearest earlier sentence naming a person, a description
// ("the Kyrgyz premier", "Russian official") to the person whose office and country fit.
import { sentenceIndexAt, type Doc } from '../../document/doc.ts';
import type { Entity, Mention } from '../../document/types.ts';
import { BODY_NOUNS, FIRST_PERSON, MEDIA_NAMES, MEDIA_WORDS, NOT_NAME_WORDS, OFFICE_TITLES, PERSON_NOUNS, STATE_BODY_NOUNS, STATE_REPRESENTATIVES } from './lexicon.ts';
import { functionWords, wordAlternation } from '../../data/lexicon.ts';

// "minister of transport for Indonesia": a body right after these is the place in a title (function-words.tsv)
let placeInTitleRe: RegExp | undefined;
const PLACE_IN_TITLE = () => (placeInTitleRe ??= new RegExp(`\\b${wordAlternation('lexicon/function-words.tsv', 'title-place-preposition')}\\s+(?:the\\s+)?$`, 'i'));
const BODY_PRONOUNS = functionWords('body-pronoun');
const PERSON_PRONOUNS = functionWords('person-pronoun');

export interface Resolved { entity?: string; confidence: number; how: string }

export interface SpeakerIndex {
  doc: Doc;
  /** capitalized name word → entities whose name or alias holds it (built on first use) */
  byWord?: Map<string, Entity[]>;
  entities: Map<string, Entity>;
  /** mentions sorted by start */
  mentions: Mention[];
}

export { mentionsIn };

export function speakerIndex(doc: Doc): SpeakerIndex {
  return { doc, entities: new Map(doc.entities.map(e => [e.id, e])), mentions: [...doc.mentions].sort((a, b) => a.start - b.start) };
}

const isIso3 = (id: string) => /^[A-Z]{3}$/.test(id);

function typeOf(ix: SpeakerIndex, m: Mention): string {
  return ix.entities.get(m.entity ?? '')?.type ?? m.type;
}

/** Mentions that lie inside [start, end). */
function mentionsIn(ix: SpeakerIndex, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  const ms = ix.mentions;
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].end <= start) lo = mid + 1; else hi = mid; }
  for (let k = Math.max(0, lo - 3); k < ms.length && ms[k].start < end; k++) {
    if (ms[k].end > start && ms[k].start < end) out.push(ms[k]);
  }
  return out;
}

/** Resolves the speaker phrase [start, end) heard at offset `at`. */
export function resolveSpeaker(ix: SpeakerIndex, start: number, end: number, opts: { previous?: { speaker: string; end: number } } = {}): Resolved {
  const text = ix.doc.text.slice(start, end);
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  const inside = mentionsIn(ix, start, end).filter(m => m.entity);
  const persons = inside.filter(m => typeOf(ix, m) === 'PERSON');
  const names = persons.filter(m => m.kind === 'name');
  if (names.length) {
    // "UAW President Ron Gettelfinger and Vice President Gerald Bantom said": the first of people joined by "and"
    let k = names.length - 1;
    while (k > 0 && /\band\b/.test(ix.doc.text.slice(names[k - 1].end, names[k].start)) && names[k - 1].entity !== names[k].entity) k--;
    return { entity: names[k].entity, confidence: 0.95, how: 'name' };
  }
  if (words.length === 1 && FIRST_PERSON.has(head)) return { confidence: 0, how: 'first-person' };
  const personal = words.length === 1 && PERSON_PRONOUNS.has(head);
  // "…," he said: the speaker of the quotation just before, when nobody else was named since
  // (only a person: "he" is never the company quoted before)
  if (personal && opts.previous && ix.entities.get(opts.previous.speaker)?.type === 'PERSON' && !namedSince(ix, opts.previous, start)) {
    return { entity: opts.previous.speaker, confidence: 0.85, how: 'previous-speaker' };
  }
  if (persons.length) return { entity: persons[persons.length - 1].entity, confidence: 0.85, how: 'coreference' };
  if (personal) {
    const e = antecedentPerson(ix, start, opts.previous);
    return e ? { entity: e, confidence: 0.75, how: 'pronoun' } : { confidence: 0, how: 'pronoun-unresolved' };
  }
  // a name the mention layer missed or typed otherwise: "Djamal told reporters"
  if (!inside.length && /^\p{Lu}/u.test(text)) {
    const e = entityByName(ix, text);
    if (e) return { entity: e, confidence: 0.8, how: 'name-match' };
  }
  const bodies = inside.filter(m => m.kind === 'name' && m.type !== 'NORP' && !['NORP', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL', 'QUANTITY'].includes(typeOf(ix, m)));
  const nominalMentions = inside.filter(m => m.kind !== 'name');
  if (nominalMentions.length) return { entity: nominalMentions[nominalMentions.length - 1].entity, confidence: 0.8, how: 'coreference' };
  if (words.length === 1 && BODY_PRONOUNS.has(head)) {
    const e = antecedentBody(ix, start);
    return e ? { entity: e, confidence: 0.5, how: 'pronoun' } : { confidence: 0, how: 'pronoun-unresolved' };
  }
  // "Boeing said", "the Kremlin said", "a Boeing spokesman said", "USAF officials said"
  if (bodies.length) {
    // the head of an apposition, not the place in its title: "Jusman Syafii Djamal, minister of transport for Indonesia"
    const m = bodies.find(b => !PLACE_IN_TITLE().test(ix.doc.text.slice(Math.max(start, b.start - 12), b.start))) ?? bodies[bodies.length - 1];
    return { entity: m.entity, confidence: PERSON_NOUNS.has(head) ? 0.7 : 0.9, how: 'organization' };
  }
  if (PERSON_NOUNS.has(head) && !BODY_NOUNS.has(head)) {
    const e = describedPerson(ix, start, words, inside);
    if (e) return { entity: e, confidence: 0.7, how: 'description' };
  }
  // "the Belgian government said": the state its adjective names
  const norp = inside.find(m => m.type === 'NORP' && m.entity);
  if (norp && STATE_BODY_NOUNS.has(head)) {
    return { entity: norp.entity, confidence: 0.8, how: 'organization' };
  }
  // "Ukrainian officials said", "a Polish army spokesman said": unnamed people speaking for the state
  if (norp && STATE_REPRESENTATIVES.has(head)) {
    return { entity: norp.entity, confidence: 0.6, how: 'state-representatives' };
  }
  if (BODY_NOUNS.has(head) && words[0] === 'the') {
    // "the group said", "the company said": the organization the story is about
    const e = antecedentBody(ix, start);
    if (e) return { entity: e, confidence: 0.5, how: 'description' };
  }
  return { confidence: 0, how: 'unresolved' };
}

/** How far back (in characters) a pronoun or description looks for its person. */
const LOOK_BACK = 4000;

function namedSince(ix: SpeakerIndex, previous: { speaker: string; end: number }, at: number): boolean {
  if (at - previous.end > LOOK_BACK) return true;
  return mentionsIn(ix, previous.end, at).some(m => m.entity && m.kind === 'name' && typeOf(ix, m) === 'PERSON' && m.entity !== previous.speaker);
}

/** An entity whose name holds the capitalized words of `text` ("Djamal" → Jusman Syafii Djamal); persons first. */
function entityByName(ix: SpeakerIndex, text: string): string | undefined {
  const words = (text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter(w => !NOT_NAME_WORDS.has(w));
  if (!words.length) return undefined;
  if (!ix.byWord) {
    ix.byWord = new Map();
    for (const e of ix.entities.values()) {
      for (const w of new Set([e.name, ...(e.aliases ?? [])].join(' ').split(/\s+/))) {
        const list = ix.byWord.get(w) ?? [];
        list.push(e);
        ix.byWord.set(w, list);
      }
    }
  }
  let best: Entity | undefined;
  for (const e of ix.byWord.get(words[words.length - 1]) ?? []) {
    const names = [e.name, ...(e.aliases ?? [])].join(' ').split(/\s+/);
    if (!words.every(w => names.includes(w))) continue;
    if (!best || (e.type === 'PERSON' && best.type !== 'PERSON') || (e.type === best.type && e.name.length > best.name.length)) best = e;
  }
  return best?.id;
}

/** He/she: the speaker of the quotation just before, if no other person was named since;
 * else the first person named in the nearest sentence, going back, that names one. */
function antecedentPerson(ix: SpeakerIndex, at: number, previous?: { speaker: string; end: number }): string | undefined {
  const before = mentionsIn(ix, Math.max(0, at - LOOK_BACK), at).filter(m => m.entity && typeOf(ix, m) === 'PERSON');
  if (!before.length) return undefined;
  const last = before[before.length - 1];
  const s = sentenceIndexAt(ix.doc, last.start);
  const inSentence = before.filter(m => sentenceIndexAt(ix.doc, m.start) === s);
  if (previous && inSentence.some(m => m.entity === previous.speaker)) return previous.speaker;
  return inSentence[0].entity;
}

/** They/it/"the group": the first organization named in the nearest sentence that names one. */
function antecedentBody(ix: SpeakerIndex, at: number): string | undefined {
  // the agency in a dateline ("(Reuters)") files the story; it is not what "the company" refers to
  const before = mentionsIn(ix, Math.max(0, at - LOOK_BACK), at).filter(m => m.entity && m.kind === 'name' && typeOf(ix, m) === 'ORG'
    && ix.entities.get(m.entity)?.kind !== 'media');
  if (!before.length) return undefined;
  const s = sentenceIndexAt(ix.doc, before[before.length - 1].start);
  return before.find(m => sentenceIndexAt(ix.doc, m.start) === s)!.entity;
}

/** "the Kyrgyz premier" → the person whose role says Prime Minister and whose country is KGZ. */
function describedPerson(ix: SpeakerIndex, at: number, words: string[], inside: Mention[]): string | undefined {
  const head = words[words.length - 1];
  const two = words.slice(-2).join(' ');
  const title = OFFICE_TITLES[two] ?? OFFICE_TITLES[head];
  const country = inside.map(m => m.entity!).find(id => isIso3(id)) ?? inside.map(m => ix.entities.get(m.entity!)?.country).find(Boolean);
  const seen = new Map<string, number>(); // person → last mention offset
  for (const m of mentionsIn(ix, Math.max(0, at - 2 * LOOK_BACK), at)) if (m.entity && typeOf(ix, m) === 'PERSON') seen.set(m.entity, m.start);
  let best: string | undefined, bestScore = 0;
  for (const [id, last] of seen) {
    const e = ix.entities.get(id);
    let score = 0;
    if (title && e?.roles?.some(r => r.title.toLowerCase().includes(title))) score += 2;
    if (country && (e?.country === country || e?.roles?.some(r => r.country === country))) score += 2;
    if (country && e?.country && e.country !== country) score -= 3;
    score += last / (at + 1); // recency breaks ties
    if (score > bestScore) { bestScore = score; best = id; }
  }
  return bestScore >= 1 ? best : undefined;
}


/** Is the phrase [start, end) a news medium (by entity kind, or by name)? Returns its entity id if it has one. */
export function mediumAt(ix: SpeakerIndex, start: number, end: number): { medium: boolean; entity?: string } {
  const inside = mentionsIn(ix, start, end).filter(m => m.entity);
  for (const m of inside) {
    const e = ix.entities.get(m.entity!);
    if (e?.kind === 'media') return { medium: true, entity: e.id };
  }
  const text = ix.doc.text.slice(start, end).toLowerCase().replace(/['’]s$/, '');
  if (MEDIA_NAMES.has(text) || MEDIA_NAMES.has(text.replace(/^the /, ''))) {
    return { medium: true, entity: inside.find(m => typeOf(ix, m) === 'ORG')?.entity ?? inside[0]?.entity };
  }
  const words = text.split(/\s+/);
  if (words.length <= 3 && MEDIA_WORDS.has(words[words.length - 1])) return { medium: true, entity: inside[0]?.entity };
  return { medium: false };
}

/** The person or body an addressee phrase names ("told Putin"), if any. */
export function addresseeAt(ix: SpeakerIndex, start: number, end: number): string | undefined {
  const inside = mentionsIn(ix, start, end).filter(m => m.entity && m.kind === 'name' && typeOf(ix, m) !== 'NORP');
  return inside.length ? inside[inside.length - 1].entity : undefined;
}
