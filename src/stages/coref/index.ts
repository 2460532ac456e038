// The coreference stage: pronouns and descriptions linked to the people and bodies named before
// them, each kept as a mention (`kind: 'pronoun' | 'nominal'`, `entity`, `antecedent`, `rule`).
// Shortened names ("Atambayev", "USAF", "Northrop") are joined to their entity earlier, while the
// entities stage merges names (entities/merge.ts: coref.surname, coref.acronym, coref.org-short);
// an acronym with no expansion in brackets ("GM" after "General Motors") is joined here (short-names.ts).
//
// One pass in reading order: names enter the candidate lists as they are read, and at each token
// the steps of the preset below are tried in order; the first that recognizes an anaphor there
// resolves it and the walk goes on after it. A resolved anaphor becomes a candidate itself, so a
// chain "Isakov … he … the premier … his" holds.
import type { Doc } from '../../document/doc.ts';
import type { Mention } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { wordKinds, wordSet } from '../../data/lexicon.ts';
import { nameLexicon, type Gender } from '../mentions/lexicon.ts';
import { indexTokens, type TokenIndex } from '../entities/tokens.ts';
import { remember, type CorefContext, type CorefStep } from './context.ts';
import { appositionHead, describedReferent } from './described.ts';
import { personGenders } from './genders.ts';
import { joinAcronyms } from './short-names.ts';
import { thirdPersonPronoun } from './pronouns.ts';
import { officeDescription } from './titles.ts';

/** The steps, in the order they are tried at a token. */
export const COREF_PRESET: readonly CorefStep[] = [
  thirdPersonPronoun, // he/she/his/her/they/it/its: one token, cheapest, and the most frequent anaphor
  officeDescription,  // "the Kyrgyz premier", "Russian official": before the generic descriptions, which would take "the president" as anyone
  describedReferent,  // "the company", "the 45-year-old", "the group"
];

export function resolveCoreference(doc: Doc): Mention[] {
  const lex = nameLexicon();
  const ix = indexTokens(doc, doc.mentions);
  const c: CorefContext = {
    doc, t: doc.tokens, lex, ix, byId: new Map(doc.entities.map(e => [e.id, e])),
    genders: personGenders(doc, lex, doc.entities), people: [], bodies: [], maybePeople: [], firstPerson: new Map(), firstBody: new Map(), firstMaybe: new Map(), added: [], personCounts: new Map(), firstNP: firstNounPhrases(doc, ix), inTime: timeTokens(doc),
  };
  const names = doc.mentions.filter(m => m.kind === 'name' && m.entity);
  const t = doc.tokens;
  let ni = 0;
  for (let i = 0; i < t.length; i++) {
    while (ni < names.length && names[ni].start <= t[i].start) {
      const m = names[ni++];
      const e = c.byId.get(m.entity!);
      // a demonym ("Irish low cost airline, Ryanair") names a state's people, not the state as a referent
      if (e && m.type !== 'NORP') remember(c, e, c.ix.tokenAt(m.start), m.start, m.end, 'name', appositionHead(c, m.end));
    }
    for (const step of COREF_PRESET) {
      const r = step(c, i);
      if (!r) continue;
      if (r.entity) {
        const start = t[r.first].start, end = t[r.last].end;
        c.added.push({
          start, end, text: doc.text.slice(start, end), type: r.entity.type, kind: r.kind, entity: r.entity.id, rule: r.rule,
          ...(r.antecedent ? { antecedent: { start: r.antecedent.start, end: r.antecedent.end } } : {}),
        });
        // a person of unknown gender takes the gender of the first he/she/his/her resolved to them
        if (r.kind === 'pronoun' && (c.genders.get(r.entity.id) ?? '-') === '-') {
          const g = pronounGender(t[r.first].lower);
          if (g !== '-') c.genders.set(r.entity.id, g);
        }
        // a subject pronoun or a description keeps its referent salient for the sentences after
        if (r.kind === 'nominal' || isSubjectPronoun(t[r.first].lower)) remember(c, r.entity, r.first, start, end, r.kind);
      }
      i = r.last;
      break;
    }
  }
  return c.added;
}

/** A name only guessed to be an organization that he/she/his/her refers back to is a person ("Tosui Nakarai … him"):
 * the entity, its names and the pronouns become PERSON (rule +coref.person-by-pronoun). */
function retypeGuessedPeople(doc: Doc, added: Mention[]): void {
  const people = new Set<string>();
  for (const m of added) if (m.rule.startsWith('coref.pronoun.guessed-') && m.entity) people.add(m.entity);
  if (!people.size) return;
  for (const e of doc.entities) if (people.has(e.id)) { e.type = 'PERSON'; e.kind = 'person'; }
  for (const m of doc.mentions) {
    if (!m.entity || !people.has(m.entity)) continue;
    m.type = 'PERSON';
    m.rule = `${m.rule}+coref.person-by-pronoun`;
  }
  for (const m of added) if (m.entity && people.has(m.entity)) m.type = 'PERSON';
}

function timeTokens(doc: Doc): (k: number) => boolean {
  const inside = new Uint8Array(doc.tokens.length);
  let k = 0;
  for (const x of [...doc.times].sort((a, b) => a.start - b.start)) {
    while (k < doc.tokens.length && doc.tokens[k].end <= x.start) k++;
    for (let j = k; j < doc.tokens.length && doc.tokens[j].start < x.end; j++) inside[j] = 1;
  }
  return j => inside[j] === 1;
}

/** Each sentence's first noun phrase; a chunk that starts with a name counts as one whatever its tag ("Boeing/VB said"). */
function firstNounPhrases(doc: Doc, ix: TokenIndex): Map<number, { start: number; end: number; head: number }> {
  const out = new Map<number, { start: number; end: number; head: number }>();
  for (const ch of doc.chunks ?? []) {
    if (ch.kind !== 'NP' && (ch.kind === 'PP' || !ix.startingAt(ch.start))) continue;
    const s = doc.tokens[ch.start].sentence;
    // a chunk the tagger missed as a noun phrase ("Boeing/VB said") has the name as its head
    if (!out.has(s)) out.set(s, { start: ch.start, end: ch.end, head: ch.kind === 'NP' ? ch.head : ch.start });
  }
  // a name right after it, or after a comma, is the phrase's own name ("United States airframer Boeing", "Irish airline, Ryanair,")
  const t = doc.tokens;
  for (const np of out.values()) {
    const k = t[np.end]?.text === ',' ? np.end + 1 : np.end;
    const m = k < t.length && t[k].sentence === t[np.start].sentence ? ix.startingAt(k) : undefined;
    if (m && m.kind === 'name' && m.type !== 'NORP') { np.end = ix.tokenAt(m.end - 1) + 1; np.head = np.end - 1; }
  }
  return out;
}

let genderOf: ReadonlyMap<string, Gender> | undefined;
function pronounGender(w: string): Gender {
  if (!genderOf) {
    const m = new Map<string, Gender>();
    for (const [p, k] of wordKinds('coref/pronouns.tsv')) m.set(p, k.includes('person-m') ? 'm' : k.includes('person-f') ? 'f' : '-');
    genderOf = m;
  }
  return genderOf.get(w) ?? '-';
}

let subjects: ReadonlySet<string> | undefined;
function isSubjectPronoun(w: string): boolean {
  if (!subjects) subjects = new Set([...wordKinds('coref/pronouns.tsv')].filter(([, k]) => k.includes('subject')).map(([w]) => w));
  return subjects.has(w);
}

export const corefStage: Stage = {
  name: 'coref',
  requires: ['sentences', 'syntax', 'times', 'mentions', 'entities'], // syntax: parts of speech and noun phrases; times: "Apple today"
  // it adds pronoun and nominal mentions, and folds an acronym's entity into its full name's
  provides: ['coref', 'mentions', 'entities'],
  init() { nameLexicon(); wordSet('coref/name-suffixes.txt'); wordKinds('coref/pronouns.tsv'); wordKinds('coref/nominal-heads.tsv'); wordKinds('coref/nominal-context.tsv'); },
  run(doc) {
    joinAcronyms(doc); // first: a pronoun's antecedent should be the one entity, not its acronym apart
    const added = resolveCoreference(doc);
    retypeGuessedPeople(doc, added);
    if (added.length) doc.mentions = [...doc.mentions, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
  },
};
