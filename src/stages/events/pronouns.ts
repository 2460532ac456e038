// Actors for pronouns the entities layer left unresolved: he/she/his/her from the last person
// named, and I/we/our inside a quotation from its speaker (we → the speaker's country).
import type { Doc } from '../../document/doc.ts';
import type { Entity } from '../../document/types.ts';
import { actorOfEntity, POSSESSIVE_PRONOUN, type Actor, type Chunk } from './actors.ts';
import { eventWords } from './lexicon.ts';

const THIRD_PERSON = eventWords('third-person-pronoun');
const FIRST_SINGULAR = eventWords('first-singular-pronoun');
const FIRST_PLURAL = eventWords('first-plural-pronoun');

/** For each token, the index of the innermost quotation holding it. */
export function quoteIndexByToken(doc: Doc): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(doc.tokens.length);
  const order = doc.quotes.map((q, i) => ({ q, i })).sort((a, b) => (b.q.end - b.q.start) - (a.q.end - a.q.start));
  // widest first, so inner quotations overwrite outer ones
  for (const { q, i } of order) {
    let lo = 0, hi = doc.tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (doc.tokens[mid].end <= q.start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < doc.tokens.length && doc.tokens[k].start < q.end; k++) out[k] = i;
  }
  return out;
}

export function pronounChunks(
  doc: Doc, lower: string[], first: number, last: number, chunks: Chunk[], lastPerson: Actor | undefined,
  quoteAt: (number | undefined)[], entities: Map<string, Entity>, isSubject: (c: Chunk) => boolean = () => false,
): Chunk[] {
  const out: Chunk[] = [];
  let c = 0;
  let person = lastPerson;
  let agent: Actor | undefined;
  // "it" prefers the organization that is a subject: "the company has told the US Treasury that it intends"
  let subjectAgent: Actor | undefined;
  for (let i = first; i <= last; i++) {
    while (c < chunks.length && chunks[c].last < i) {
      const a = chunks[c].actor;
      if (a.person && !chunks[c].pronoun) person = a;
      else if (!a.person && !a.place && !chunks[c].pronoun) { agent = a; if (isSubject(chunks[c])) subjectAgent = a; }
      c++;
    }
    if (c < chunks.length && chunks[c].first <= i) continue; // already an actor mention
    const w = lower[i];
    const possessive = POSSESSIVE_PRONOUN.has(w);
    let actor: Actor | undefined;
    if (THIRD_PERSON.has(w)) actor = person;
    else if ((w === 'it' || w === 'its') && agent) actor = subjectAgent ?? agent; // an organization named earlier in the sentence
    else if (FIRST_SINGULAR.has(w) || FIRST_PLURAL.has(w)) {
      const q = quoteAt[i];
      const speaker = q !== undefined ? doc.quotes[q].speaker : undefined;
      if (speaker) {
        const sp = actorOfEntity(entities.get(speaker), speaker, undefined, entities);
        actor = FIRST_PLURAL.has(w) && sp.country
          ? { entity: sp.country, country: sp.country, sector: sp.sector, place: false, person: false }
          : sp;
      }
    }
    if (actor) out.push({ first: i, last: i, actor, possessive, pronoun: true });
  }
  return out;
}
