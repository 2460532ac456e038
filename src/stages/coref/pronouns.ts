// Third-person pronouns (data/coref/pronouns.tsv) resolved to a person or a body named before:
//   coref.pronoun.subject    "Atambayev told journalists he had asked Putin" → he = Atambayev
//   coref.pronoun.object     "Atambayev met Putin and thanked him" → him = Putin
//   coref.pronoun.previous   "According to him, …" → the subject of the nearest sentence before naming one
//   coref.pronoun.cataphora  "During his visit to Moscow, Kyrgyz Prime Minister Sapar Isakov …"
//   coref.pronoun.topic      a biography's "He" after a stretch naming no one, or naming someone only once in passing:
//                            the one person the text is about
//   coref.pronoun.body…      it/its/they/their: body-pronouns.ts
import { wordKinds, wordSet, wordsOfKind } from '../../data/lexicon.ts';
import { bodyFor } from './body-pronouns.ts';
import type { Gender } from '../mentions/lexicon.ts';
import { agrees } from './genders.ts';
import { salient, type CorefContext, type CorefStep, type Referent, type Resolution } from './context.ts';

export interface PronounInfo { gender: Gender; person: boolean; body: boolean; plural: boolean; object: boolean; possessive: boolean; reflexive: boolean }

let table: Map<string, PronounInfo> | undefined;
function pronouns(): Map<string, PronounInfo> {
  if (table) return table;
  table = new Map();
  for (const [w, k] of wordKinds('coref/pronouns.tsv')) {
    const person = k.includes('person-m') || k.includes('person-f');
    table.set(w, {
      gender: k.includes('person-m') ? 'm' : k.includes('person-f') ? 'f' : '-', person, body: k.includes('body'),
      plural: k.includes('plural'), object: k.includes('object'), possessive: k.includes('possessive'), reflexive: k.includes('reflexive'),
    });
  }
  return table;
}

// an opening adverbial before a possessive pronoun whose person is named later in the sentence; the words after which a
// subject pronoun opens a clause of its own
const FRONTED = wordsOfKind('coref/pronoun-context.tsv', 'fronted');
/** How many sentences back a pronoun looks for its person or body. */
const PERSON_REACH = 3;
const SPEECH = wordSet('lexicon/speech-verbs.txt');
const QUOTE_MARKS = wordsOfKind('coref/pronoun-context.tsv', 'quote-mark');

export const thirdPersonPronoun: CorefStep = (c, i) => {
  const tok = c.t[i];
  if (tok.kind !== 'word' || tok.text.length > 10) return undefined;
  const p = pronouns().get(tok.lower);
  if (!p) return undefined;
  const found = p.person ? personFor(c, i, p) : bodyFor(c, i, p);
  return found && { first: i, last: i, kind: 'pronoun', ...found };
};

export type Found = Omit<Resolution, 'first' | 'last' | 'kind'>;

/** he/she/his/her: first among the people named; only when none is at hand, among the names guessed to be organizations
 * ("Tosui Nakarai", "Higuchi": a name the name finder did not know), which the pronoun then shows to be a person. */
function personFor(c: CorefContext, i: number, p: PronounInfo): Found | undefined {
  return personIn(c, c.people, i, p, true) ?? guessedPerson(c, i, p);
}

function guessedPerson(c: CorefContext, i: number, p: PronounInfo): Found | undefined {
  const f = personIn(c, c.maybePeople, i, p, false);
  return f && { ...f, rule: f.rule.replace('coref.pronoun.', 'coref.pronoun.guessed-') };
}

function personIn(c: CorefContext, list: Referent[], i: number, p: PronounInfo, named: boolean): Found | undefined {
  const s = c.t[i].sentence;
  const ok = (r: Referent) => agrees(c.genders, r.entity, p.gender);
  const here: Referent[] = [];
  for (let k = list.length - 1; k >= 0 && list[k].sentence === s; k--) if (list[k].token < i && ok(list[k])) here.unshift(list[k]);
  if (named && !here.length && p.possessive) {
    const cat = cataphora(c, i, p);
    if (cat) return cat;
  }
  if (here.length) {
    if (p.object && !p.possessive && !p.reflexive) {
      // "X met Y and thanked him": the object is not the subject when someone else is at hand
      const others = here.filter(r => !r.subject && r.entity !== here[0].entity);
      if (others.length) return { entity: others[others.length - 1].entity, antecedent: others[others.length - 1], rule: 'coref.pronoun.object' };
    }
    const subject = here.find(r => r.subject) ?? here[0];
    return { entity: subject.entity, antecedent: subject, rule: 'coref.pronoun.subject' };
  }
  const before = salient(c, list, i, PERSON_REACH, ok);
  if (before && named && !inAttribution(c, i) && (c.personCounts.get(before.entity.id)?.n ?? 0) <= 1) {
    // someone named once in passing, when the text is about one person, does not take over its "he" (unless in an
    // attribution: a newcomer in news is often quoted next)
    const topic = topicPerson(c, i, ok);
    if (topic && topic.entity !== before.entity) return { entity: topic.entity, antecedent: topic, rule: 'coref.pronoun.topic' };
  }
  if (before) return { entity: before.entity, antecedent: before, rule: 'coref.pronoun.previous' };
  if (!named) return undefined;
  // a story about one person comes back to them after a stretch about something else: the person named most so far,
  // when they lead clearly and were named (or referred to) within the last TOPIC_REACH sentences
  const topic = topicPerson(c, i, ok);
  return topic && { entity: topic.entity, antecedent: topic, rule: 'coref.pronoun.topic' };
}

const TOPIC_REACH = 12;

/** "he said", "told him", "“…,” RIA Novosti quoted him": a pronoun by a speech verb or after a quotation in its sentence
 * names whoever is speaking, however new to the story. */
function inAttribution(c: CorefContext, i: number): boolean {
  if (SPEECH.has(c.t[i + 1]?.lower ?? '') || SPEECH.has(c.t[i - 1]?.lower ?? '')) return true;
  const s = c.t[i].sentence;
  for (let k = i - 1; k >= 0 && c.t[k].sentence === s && i - k <= 40; k--) if (c.t[k].kind === 'punct' && QUOTE_MARKS.has(c.t[k].text)) return true;
  return false;
}

function topicPerson(c: CorefContext, i: number, ok: (r: Referent) => boolean): Referent | undefined {
  const best = c.topPerson ? c.personCounts.get(c.topPerson) : undefined;
  const second = c.runnerUp ? c.personCounts.get(c.runnerUp)!.n : 0;
  if (!best || best.n < 3 || best.n < 2 * second || c.t[i].sentence - best.last.sentence > TOPIC_REACH || !ok(best.last)) return undefined;
  return best.last;
}

/** "During his visit …, Kyrgyz Prime Minister Sapar Isakov suggested": the name comes after. */
function cataphora(c: CorefContext, i: number, p: PronounInfo): Omit<Resolution, 'first' | 'last' | 'kind'> | undefined {
  const t = c.t, s = t[i].sentence;
  const sentStart = c.doc.sentences[s]?.start ?? 0;
  let words = 0, fronted = false;
  for (let k = c.ix.tokenAt(sentStart); k < i; k++) if (t[k].kind === 'word') { words++; if (FRONTED.has(t[k].lower)) fronted = true; }
  if (words > 3 || !fronted) return undefined;
  for (let k = i + 1; k < t.length && t[k].sentence === s; k++) {
    const m = c.ix.startingAt(k);
    if (!m || m.type !== 'PERSON' || !m.entity) continue;
    const e = c.byId.get(m.entity);
    if (e && agrees(c.genders, e, p.gender)) return { entity: e, rule: 'coref.pronoun.cataphora' };
    return undefined;
  }
  return undefined;
}
