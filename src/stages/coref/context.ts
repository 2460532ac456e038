// What the coreference steps share while they walk a document once, in reading order: the
// people and bodies named so far (the candidates an anaphor may point back to), each person's
// gender, and the mentions resolved so far.
import type { Doc, Token } from '../../document/doc.ts';
import type { Entity, Mention, MentionKind } from '../../document/types.ts';
import type { Gender, NameLexicon } from '../mentions/lexicon.ts';
import type { TokenIndex } from '../entities/tokens.ts';

/** A mention an anaphor may point back to. */
export interface Referent {
  entity: Entity;
  sentence: number;
  /** its first token */
  token: number;
  start: number;
  end: number;
  /** the first referent of its kind in its sentence: news puts the subject first */
  subject: boolean;
  kind: MentionKind;
  /** the head noun of an apposition after the name ("NPD Group, a market research firm" → firm) */
  described?: string;
}

export interface CorefContext {
  doc: Doc;
  t: Token[];
  lex: NameLexicon;
  ix: TokenIndex;
  byId: Map<string, Entity>;
  genders: Map<string, Gender>;
  /** people named or resolved so far, in reading order */
  people: Referent[];
  /** organizations, places and states named so far (isThing; isBody for the descriptions: news media carry a story, they are not its actors) */
  bodies: Referent[];
  /** names only guessed to be organizations (mayBePerson), in reading order: a he/she with no person at hand may mean one */
  maybePeople: Referent[];
  /** sentence → token of its first person / body / guessed name */
  firstPerson: Map<number, number>;
  firstBody: Map<number, number>;
  firstMaybe: Map<number, number>;
  added: Mention[];
  /** sentence → its first noun phrase (token range, end exclusive, and its head) outside a prepositional phrase: where its subject is */
  firstNP: Map<number, { start: number; end: number; head: number }>;
  /** is token k inside a time expression ("Apple today launched")? */
  inTime: (k: number) => boolean;
  /** how often each person was named or referred to so far, with the two leaders (counts only grow, so two suffice) */
  personCounts: Map<string, { n: number; last: Referent }>;
  topPerson?: string;
  runnerUp?: string;
}

/** A found anaphor: its tokens [first, last], and the entity it refers to with the rule that decided. */
/** (`entity` absent: the words are a description nothing named before fits; they are consumed, not linked.) */
export interface Resolution { first: number; last: number; entity?: Entity; rule: string; antecedent?: Referent; kind: 'pronoun' | 'nominal' }

/** One step of the preset: at token i, an anaphor resolved, or nothing. */
export type CorefStep = (c: CorefContext, i: number) => Resolution | undefined;

export function isBody(e: Entity): boolean {
  return (e.type === 'ORG' && e.kind !== 'media') || (e.type === 'GPE' && e.kind === 'country');
}

/** What it/its may refer to besides bodies: news media ("NBC … its best broadcasters") and places ("Łódź … its centre"). */
export function isThing(e: Entity): boolean {
  return e.type === 'ORG' || e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC';
}

/** A capitalized name the name finder only guessed to be an organization ("Tosui Nakarai", "Higuchi"): it may be a person. */
export function mayBePerson(e: Entity): boolean {
  return e.type === 'ORG' && (!e.kind || e.kind === 'org') && !!e.rule?.startsWith('mentions.name.unknown-capitalized');
}

/** Records a name, pronoun or nominal as a referent later anaphors may point back to. */
export function remember(c: CorefContext, entity: Entity, token: number, start: number, end: number, kind: MentionKind, described?: string): void {
  const s = c.t[token].sentence;
  if (entity.type === 'PERSON') {
    const r: Referent = { entity, sentence: s, token, start, end, kind, described, subject: !c.firstPerson.has(s) || c.firstPerson.get(s) === token };
    c.people.push(r);
    if (!c.firstPerson.has(s)) c.firstPerson.set(s, token);
    count(c, r);
  } else if (isThing(entity)) {
    c.bodies.push({ entity, sentence: s, token, start, end, kind, described, subject: !c.firstBody.has(s) || c.firstBody.get(s) === token });
    if (!c.firstBody.has(s)) c.firstBody.set(s, token);
    if (mayBePerson(entity)) {
      c.maybePeople.push({ entity, sentence: s, token, start, end, kind, described, subject: !c.firstMaybe.has(s) || c.firstMaybe.get(s) === token });
      if (!c.firstMaybe.has(s)) c.firstMaybe.set(s, token);
    }
  }
}

function count(c: CorefContext, r: Referent): void {
  const id = r.entity.id;
  const x = c.personCounts.get(id);
  if (x) { x.n++; x.last = r; } else c.personCounts.set(id, { n: 1, last: r });
  const n = c.personCounts.get(id)!.n;
  const top = c.topPerson ? c.personCounts.get(c.topPerson)!.n : 0;
  if (id === c.topPerson) return;
  if (n > top) { c.runnerUp = c.topPerson; c.topPerson = id; }
  else if (!c.runnerUp || id === c.runnerUp || n > c.personCounts.get(c.runnerUp)!.n) c.runnerUp = id;
}

/** The referent the text most likely continues with among `list`, from the sentence of token i back `reach` sentences:
 * in i's own sentence the subject (else the latest), before it the subject of the nearest sentence holding one. */
export function salient(c: CorefContext, list: Referent[], i: number, reach: number, ok: (r: Referent) => boolean): Referent | undefined {
  const s = c.t[i].sentence;
  let k = list.length - 1;
  while (k >= 0 && list[k].token >= i) k--;
  while (k >= 0 && s - list[k].sentence <= reach) {
    const sentence = list[k].sentence;
    let subject: Referent | undefined, earliest: Referent | undefined;
    for (; k >= 0 && list[k].sentence === sentence; k--) {
      if (!ok(list[k])) continue;
      earliest = list[k]; // walking backwards: ends on the earliest
      if (list[k].subject) subject = list[k];
    }
    const pick = subject ?? earliest;
    if (pick) return pick;
  }
  return undefined;
}
