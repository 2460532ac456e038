// Descriptions by what someone or something is (data/coref/nominal-heads.tsv, kinds person-any,
// company, body), and by age:
//   coref.nominal.person   "the 45-year-old", "the biologist" → the person the text is about
//   coref.nominal.company  "the company", "the Seattle-based planemaker" → the latest company named
//   coref.nominal.body     "the group", "the university" → the latest organization named
// "The company's", "the group said" count; "the company Apple" (a name follows) and "the group of"
// (a new group is being described) do not.
import type { Token } from '../../document/doc.ts';
import { wordKinds } from '../../data/lexicon.ts';
import { salient, type CorefStep } from './context.ts';

let kinds: ReadonlyMap<string, readonly string[]> | undefined;
const headKinds = () => (kinds ??= wordKinds('coref/nominal-heads.tsv'));

/** How many sentences back a description looks for what it describes. */
const PERSON_REACH = 3;
const BODY_REACH = 3;

const AGE = /^\d{1,3}-year-old$/;
const isModifier = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !headKinds().has(t.lower);

export const describedReferent: CorefStep = (c, i) => {
  const t = c.t;
  const w0 = t[i].text;
  if (w0 !== 'the' && w0 !== 'The') return undefined;
  const s = t[i].sentence;
  // the head: right after "the", or after one lower-case modifier ("the Seattle-based planemaker": one capitalized one too)
  let k = i + 1;
  let kind: readonly string[] | undefined;
  let age = false;
  for (let step = 0; step < 2 && t[k] && t[k].sentence === s; step++, k++) {
    if (AGE.test(t[k].lower)) { age = true; break; }
    kind = headKinds().get(t[k].lower);
    if (kind) break;
    if (!(isModifier(t[k]) || (step === 0 && /^\p{Lu}[\p{L}]*-based$/u.test(t[k].text)))) return undefined;
  }
  if (!age && !kind) return undefined;
  const next = t[k + 1];
  // a name or "of" after it: a pre-modifier ("the company Apple") or a new referent ("the group of seven")
  if (next && next.sentence === s && ((next.kind === 'word' && /^\p{Lu}/u.test(next.text)) || next.text === 'of' || headKinds().has(next.lower))) return undefined;
  const base = { first: i + 1, last: k, kind: 'nominal' as const };
  if (age || kind!.includes('person-any')) {
    const r = salient(c, c.people, i, PERSON_REACH, () => true);
    return { ...base, rule: 'coref.nominal.person', entity: r?.entity, antecedent: r };
  }
  if (kind!.includes('company')) {
    const r = salient(c, c.bodies, i, BODY_REACH, x => x.entity.type === 'ORG' && (x.entity.kind === 'company' || !x.entity.kind));
    return { ...base, rule: 'coref.nominal.company', entity: r?.entity, antecedent: r };
  }
  if (kind!.includes('body')) {
    const r = salient(c, c.bodies, i, BODY_REACH, x => x.entity.type === 'ORG');
    return { ...base, rule: 'coref.nominal.body', entity: r?.entity, antecedent: r };
  }
  return undefined;
};
