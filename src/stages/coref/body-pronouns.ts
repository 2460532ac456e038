// it/its/they/their resolved to an organization or a state (c.bodies), never to a person:
//   coref.pronoun.body           "Boeing said on Monday that it would appeal", "NATO and its allies" → the body that is
//                                the subject of the sentence (its first noun phrase)
//   coref.pronoun.body-previous  "Boeing lost the contract. It said …", "… Its shares fell", "Tulsa is in Oklahoma. It is …"
//                                → the body or place that was the subject of the sentence before, when the pronoun opens
//                                its own sentence (it/they before anything but a speech verb: a place only)
//   coref.pronoun.body-joined    "Airbus and its CEO Ralph Crosby" → the body named right before "and" or a comma
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
  const joined = p.possessive ? joinedTo(c, i) : undefined;
  if (joined && agrees(joined, p)) return { entity: joined.entity, antecedent: joined, rule: 'coref.pronoun.body-joined' };
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
  // "It is …", "It will seat 200" after a company: mostly its product or nothing; a place is the topic a guide goes on
  // with ("Tulsa is in Oklahoma. It is also called T-town"), and "It said" is the body speaking
  if (!p.possessive && before.entity.type === 'ORG' && !SPEECH.has(c.t[i + 1]?.lower ?? '')) return undefined;
  return { entity: before.entity, antecedent: before, rule: 'coref.pronoun.body-previous' };
}

/** "Airbus and its CEO", "NATO, its allies": the body named right before "and" or a comma. */
function joinedTo(c: CorefContext, i: number): Referent | undefined {
  const w = c.t[i - 1]?.text;
  if ((w !== 'and' && w !== ',') || i < 2) return undefined;
  const r = c.bodies[c.bodies.length - 1];
  return r && r.end === c.t[i - 2].end && r.sentence === c.t[i].sentence && !r.entity.rule?.includes('unknown') ? r : undefined;
}

/** The body that heads the first noun phrase of sentence s (after any opening adverbial), when one does:
 * "Boeing", "United States airframer Boeing"; not "UAW workers" or "Boeing's newest aircraft". */
function subjectBody(c: CorefContext, s: number): Referent | undefined {
  const np = c.firstNP.get(s);
  if (!np) return undefined;
  for (let k = c.bodies.length - 1; k >= 0; k--) {
    const r = c.bodies[k];
    if (r.sentence < s) break;
    if (r.sentence === s && r.token >= np.start && r.token < np.end && headsPhrase(c, r, np.end)) {
      // a capitalized word the name finder only guessed to be an organization ("SSS", "CoM") is too often a thing
      return r.entity.rule?.includes('unknown') ? undefined : r;
    }
  }
  return undefined;
}

/** No common noun follows the name in its phrase ("UAW workers", "Boeing's newest aircraft"); a time may ("Apple today"). */
function headsPhrase(c: CorefContext, r: Referent, end: number): boolean {
  for (let k = c.ix.tokenAt(r.end - 1) + 1; k < end; k++) {
    const w = c.t[k];
    if (w.upos === 'NOUN' && !c.inTime(k)) return false;
  }
  return true;
}

/** it/its: an organization or a place; they/their: an organization (a body spoken of as its people) or a state. */
function agrees(r: Referent, p: PronounInfo): boolean {
  return p.plural ? r.entity.type === 'ORG' || r.entity.kind === 'country' : true;
}
