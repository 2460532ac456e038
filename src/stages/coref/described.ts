// Descriptions by what someone or something is (data/coref/nominal-heads.tsv, kinds person-any,
// company, body), and by age:
//   coref.nominal.person   "the 45-year-old", "the biologist" → the person the text is about
//   coref.nominal.company  "the company", "the Seattle-based planemaker" → the latest company named
//   coref.nominal.body     "the group", "the university" → the latest organization named
//   coref.nominal.predicate "Theodorus was the new leader of the Koinonia" → the subject it is said of
//   coref.nominal.apposition  "NPD Group, a market research firm … The firm said" → the name that description was given to
// "The company's", "the group said" count; "the company Apple" (a name follows) and "the group of"
// (a new group is being described) do not.
import type { Token } from '../../document/doc.ts';
import { wordKinds, wordsOfKind } from '../../data/lexicon.ts';
import { isBody, salient, type CorefContext, type CorefStep, type Referent } from './context.ts';

let kinds: ReadonlyMap<string, readonly string[]> | undefined;
const headKinds = () => (kinds ??= wordKinds('coref/nominal-heads.tsv'));
let copulas: ReadonlySet<string> | undefined;
const COPULAS = () => (copulas ??= wordsOfKind('coref/nominal-context.tsv', 'copula'));

/** How many sentences back a description looks for what it describes. */
const PERSON_REACH = 3;
const BODY_REACH = 3;

/** Words from "the" to the head, the head included ("the new de facto leader"). */
const MODIFIERS = 4;

const AGE = /^\d{1,3}-year-old$/;
// a modifier is a lower-case content word (the syntax stage's tag, where it ran): not "that" or "the" ("the jury that the victim")
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'VERB', 'NUM', 'ADV', 'X']);
const isModifier = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !headKinds().has(t.lower)
  && (!t.upos || MODIFIER_POS.has(t.upos));

/** "NPD Group, a market research firm": the head of a description in apposition right after a name ending at `end`. */
export function appositionHead(c: CorefContext, end: number): string | undefined {
  const t = c.t;
  const k = c.ix.tokenAt(end);
  if (t[k]?.text !== ',' || !t[k + 1] || !/^(?:a|an|the)$/.test(t[k + 1].lower)) return undefined;
  for (let j = k + 2; j < t.length && j - k <= 6 && t[j].sentence === t[k].sentence; j++) {
    if (headKinds().has(t[j].lower)) return t[j].lower;
    if (t[j].kind !== 'word') return undefined;
  }
  return undefined;
}

/** The referent whose apposition used this very head ("the firm" after "NPD Group, a market research firm"), within reach. */
function describedAs(list: Referent[], i: number, sentence: number, head: string): Referent | undefined {
  for (let k = list.length - 1; k >= 0 && sentence - list[k].sentence <= BODY_REACH; k--) {
    if (list[k].token < i && list[k].described === head) return list[k];
  }
  return undefined;
}

export const describedReferent: CorefStep = (c, i) => {
  const t = c.t;
  const w0 = t[i].text;
  if (w0 !== 'the' && w0 !== 'The') return undefined;
  const s = t[i].sentence;
  // the head: right after "the", or after up to MODIFIERS - 1 lower-case modifiers ("the ambitious young man"; "the Seattle-based planemaker": one capitalized one too)
  let k = i + 1;
  let kind: readonly string[] | undefined;
  let age = false;
  for (let step = 0; step < MODIFIERS && t[k] && t[k].sentence === s; step++, k++) {
    if (AGE.test(t[k].lower)) { age = true; break; }
    // the tokenizer's "45" "-" "year-old"
    if (t[k].kind === 'number' && t[k + 1]?.text === '-' && t[k + 2]?.lower === 'year-old') { k += 2; age = true; break; }
    kind = headKinds().get(t[k].lower);
    if (kind) break;
    if (!(isModifier(t[k]) || (step === 0 && /^\p{Lu}[\p{L}]*-based$/u.test(t[k].text)))) return undefined;
  }
  if (!age && !kind) return undefined;
  const next = t[k + 1];
  // after a copula the description says what the subject is ("Theodorus was the new leader of the Koinonia"), so "of" may follow
  const predicate = !!t[i - 1] && t[i - 1].sentence === s && COPULAS().has(t[i - 1].lower);
  // a name or "of" after it: a pre-modifier ("the company Apple") or a new referent ("the group of seven")
  if (next && next.sentence === s && ((next.kind === 'word' && /^\p{Lu}/u.test(next.text)) || (next.text === 'of' && !predicate) || headKinds().has(next.lower))) return undefined;
  const base = { first: i + 1, last: k, kind: 'nominal' as const };
  const apposed = kind ? describedAs(kind.includes('person-any') ? c.people : c.bodies, i, s, t[k].lower) : undefined;
  if (apposed) return { ...base, rule: 'coref.nominal.apposition', entity: apposed.entity, antecedent: apposed };
  if (age || kind!.includes('person-any') || (predicate && kind!.some(x => x.startsWith('person-')))) {
    // a predicate may also be said of a name only guessed to be an organization, in its own sentence ("Pachomius was the …")
    const r = salient(c, c.people, i, PERSON_REACH, () => true) ?? (predicate ? salient(c, c.maybePeople, i, 0, () => true) : undefined);
    return { ...base, rule: predicate ? 'coref.nominal.predicate' : 'coref.nominal.person', entity: r?.entity, antecedent: r };
  }
  if (kind!.includes('company')) {
    const r = salient(c, c.bodies, i, BODY_REACH, x => x.entity.type === 'ORG' && (x.entity.kind === 'company' || !x.entity.kind) && isBody(x.entity));
    return { ...base, rule: 'coref.nominal.company', entity: r?.entity, antecedent: r };
  }
  if (kind!.includes('body')) {
    const r = salient(c, c.bodies, i, BODY_REACH, x => x.entity.type === 'ORG' && isBody(x.entity));
    return { ...base, rule: 'coref.nominal.body', entity: r?.entity, antecedent: r };
  }
  return undefined;
};
