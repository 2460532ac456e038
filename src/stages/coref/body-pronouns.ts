// it/its/they/their resolved to an organization or a state (c.bodies), never to a person:
//   coref.pronoun.body           "Boeing said on Monday that it would appeal", "NATO and its allies" → the body that is
//                                the subject of the sentence (its first noun phrase)
//   coref.pronoun.body-previous  "Boeing lost the contract. It said …", "… Its shares fell" → the body that was the subject
//                                of the sentence before, when the pronoun opens its own sentence
// Where the subject is anything else ("The cycle at Auckland Castle … its production"), the pronoun is left alone:
// "it" is mostly a thing, a fact or nothing ("it is true").
import { wordSet, wordsOfKind } from '../../data/lexicon.ts';
import type { CorefContext, Referent } from './context.ts';
import type { Found, PronounInfo } from './pronouns.ts';

const CLAUSE_OPENERS = wordsOfKind('coref/pronoun-context.tsv', 'clause-opener');
const SPEECH = wordSet('lexicon/speech-verbs.txt');

export function bodyFor(c: CorefContext, i: number, p: PronounInfo): Found | undefined {
  if (p.object && !p.possessive) return undefined; // them, itself: too often a thing or a group of people
  const s = c.t[i].sentence;
  const here = subjectBody(c, s);
  if (here && here.token < i) {
    if (!agrees(here, p)) return undefined;
    // "it"/"they" as a subject: only where a clause of its own opens ("said it would", "and it")
    if (!p.possessive && !CLAUSE_OPENERS.has(c.t[i - 1]?.lower ?? '') && !SPEECH.has(c.t[i - 1]?.lower ?? '')) return undefined;
    return { entity: here.entity, antecedent: here, rule: 'coref.pronoun.body' };
  }
  // the pronoun opens its sentence (or its first noun phrase): the subject of the sentence before
  const np = c.firstNP.get(s);
  if (!np || i < np.start || i >= np.end || s === 0) return undefined;
  const before = subjectBody(c, s - 1);
  if (!before || !agrees(before, p)) return undefined;
  return { entity: before.entity, antecedent: before, rule: 'coref.pronoun.body-previous' };
}

/** The body named in the first noun phrase of sentence s (after any opening adverbial), when one is. */
function subjectBody(c: CorefContext, s: number): Referent | undefined {
  const np = c.firstNP.get(s);
  if (!np) return undefined;
  for (let k = c.bodies.length - 1; k >= 0; k--) {
    const r = c.bodies[k];
    if (r.sentence < s) break;
    if (r.sentence === s && r.token >= np.start && r.token < np.end) {
      // a capitalized word the name finder only guessed to be an organization ("SSS", "CoM") is too often a thing
      return r.entity.rule?.includes('unknown') ? undefined : r;
    }
  }
  return undefined;
}

/** it/its: an organization or a place; they/their: an organization (a body spoken of as its people) or a state. */
function agrees(r: Referent, p: PronounInfo): boolean {
  return p.plural ? r.entity.type === 'ORG' || r.entity.kind === 'country' : true;
}
