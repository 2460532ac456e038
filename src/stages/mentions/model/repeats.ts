// A name said once is the same name again: where the document already names someone or
// something (by the rules or the tagger), a later capitalized word or run with the same
// words, or a person's surname alone ("Galois", "Chomsky said"), is that name again.
// The tagger reads each place on its own; this refiner makes the document agree with itself.
import type { Doc } from '../../../document/doc.ts';
import type { EntityType, Mention } from '../../../document/types.ts';
import type { Candidates } from './features.ts';
import { nameCues, type NameLexicon } from '../lexicon.ts';
import { REPEAT_RULE, baseRule, hasEvidence, isWeak } from './evidence.ts';
import { RULE } from '../rules/ids.ts';

export { REPEAT_RULE };

/** The types the tagger learns (people, organizations, places): the names repeats and opening types weigh. */
export const NAMED: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
const MAX_WORDS = 6;

/** Adds the repeats of the document's names that no mention covers yet; mentions come sorted by start. */
export function addRepeats(doc: Doc, names: Mention[], tf: Candidates, lex: NameLexicon): Mention[] {
  const toks = doc.tokens;
  // the token span of each name, and what the document calls each word sequence
  const covered = new Uint8Array(toks.length);
  // every reading of a name votes; the readings with evidence (a rule that saw a cue, not a guess from
  // capitals) also vote apart, and where a name has any, they decide its type for the whole document
  const votes = new Map<string, Map<EntityType, number>>();
  const sure = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, t: EntityType, strong = false) => {
    for (const into of strong ? [votes, sure] : [votes]) {
      let v = into.get(key);
      if (!v) into.set(key, v = new Map());
      v.set(t, (v.get(t) ?? 0) + 1);
    }
  };
  // works and products the rules typed only by copying another mention's guess, by their words
  const copiedWorks = new Map<string, number>();
  let i = 0;
  for (const m of names) {
    while (i < toks.length && toks[i].end <= m.start) i++;
    let j = i;
    while (j < toks.length && toks[j].start < m.end) covered[j++] = 1;
    if (!NAMED.has(m.type) || j - i > MAX_WORDS || j === i) {
      if (isCopiedWork(m) && j > i && j - i <= MAX_WORDS) { const key = keyOf(doc, i, j - 1); copiedWorks.set(key, (copiedWorks.get(key) ?? 0) + 1); }
      continue;
    }
    // a name's words exactly (not a name cut inside a token)
    if (toks[i].start !== m.start || toks[j - 1].end !== m.end) continue;
    // an organization noun right before a name says what it is: "airline Aer Lingus", "retailer Best Buy"
    const cued = m.type === 'ORG' && i > 0 && toks[i - 1].sentence === toks[i].sentence && lex.orgNouns.has(toks[i - 1].lower);
    const strong = cued || hasEvidence(m.rule);
    vote(keyOf(doc, i, j - 1), m.type, strong);
    // a person's surname alone: "Noam Chomsky" … "Chomsky"
    if (m.type === 'PERSON' && j - i >= 2 && isCapitalized(toks[j - 1].text)) vote(toks[j - 1].lower, 'PERSON');
    // an organization without the words that say what kind it is: "Aer Lingus Group PLC" … "Aer Lingus"
    if (m.type === 'ORG' && strong) {
      let e = j - 1;
      while (e > i && (isSuffixHead(lex, toks[e].lower) || toks[e].kind === 'punct')) e--;
      if (e < j - 1 && e >= i && isCapitalized(toks[e].text)) vote(keyOf(doc, i, e), 'ORG', true);
    }
  }
  if (!votes.size) return names;
  function retypeCopiedWork(doc: Doc, toks: Doc['tokens'], i: number, m: Mention): void {
    let j = i;
    while (j < toks.length && toks[j].start < m.end) j++;
    if (j === i || toks[i].start !== m.start || toks[j - 1].end !== m.end) return;
    const key = keyOf(doc, i, j - 1);
    const v = votes.get(key);
    if (v && winner(v) === 'PERSON' && v.get('PERSON')! >= (copiedWorks.get(key) ?? 0)) { m.type = 'PERSON'; m.rule += '+repeat-type'; }
  }
  // one name, one type: a weak guess takes the type most of the same name's mentions have; a work's or
  // product's name copied from a guess ("Higuchi" after "Higuchi's novels") is the person most mentions say,
  // where they are at least as many as the copies
  i = 0;
  for (const m of names) {
    while (i < toks.length && toks[i].end <= m.start) i++;
    if (isCopiedWork(m)) { retypeCopiedWork(doc, toks, i, m); continue; }
    if (!NAMED.has(m.type) || !isWeak(m.rule)) continue;
    let j = i;
    while (j < toks.length && toks[j].start < m.end) j++;
    if (j === i || toks[i].start !== m.start || toks[j - 1].end !== m.end) continue;
    const key = keyOf(doc, i, j - 1);
    const v = sure.get(key) ?? votes.get(key);
    const w = v && winner(v);
    if (w && w !== m.type && v.get(w)! > (v.get(m.type) ?? 0) && !samePlace(w, m.type)) { m.type = w; m.rule += '+repeat-type'; }
  }
  const added: Mention[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (covered[k] || tf.mask[k] !== 1 || !isCapitalized(toks[k].text)) continue;
    // the longest known sequence from here, within the sentence and over uncovered tokens
    let best = -1, type: EntityType | undefined;
    let key = '';
    for (let e = k; e < toks.length && e - k < MAX_WORDS && !covered[e] && toks[e].sentence === toks[k].sentence; e++) {
      key = e === k ? toks[e].lower : key + ' ' + toks[e].lower;
      const v = sure.get(key) ?? votes.get(key);
      if (v) { best = e; type = winner(v); }
    }
    if (best < 0 || !type) continue;
    // one common word opening a sentence, or after an article opening it, is too weak a cue: "No" once read as a
    // name is not a name everywhere, nor is "The Agreement", "The Island"
    if (best === k && lex.common.has(toks[k].lower) && (k === 0 || toks[k - 1].sentence !== toks[k].sentence || openingArticle(toks, k - 1))) continue;
    // a repeat is a whole capitalized run: "Washington Post" is not a repeat of "Washington"
    if (best + 1 < toks.length && tf.mask[best + 1] === 1 && toks[best + 1].sentence === toks[k].sentence) continue;
    // … but an article opening the sentence is no part of the run: "The UAW's \"jobs bank\""
    if (k > 0 && tf.mask[k - 1] === 1 && toks[k - 1].sentence === toks[k].sentence && !openingArticle(toks, k - 1)) continue;
    const start = toks[k].start, end = toks[best].end;
    added.push({ start, end, text: doc.text.slice(start, end), type, kind: 'name', rule: REPEAT_RULE });
    k = best;
  }
  if (!added.length) return names;
  return [...names, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}


/** An article ("The", "A") first in its sentence. */
function openingArticle(toks: Doc['tokens'], i: number): boolean {
  return (i === 0 || toks[i - 1].sentence !== toks[i].sentence) && nameCues().articles.has(toks[i].lower);
}

/** A work's or product's name the rules typed only from another mention of the same words. */
function isCopiedWork(m: Mention): boolean {
  return (m.type === 'PRODUCT' || m.type === 'WORK_OF_ART') && baseRule(m.rule) === RULE.sameDocument;
}

/** A word that ends a company's name and says it is one: "Group", "PLC", "Inc" (not "University": "Ohio State" is a state too). */
function isSuffixHead(lex: NameLexicon, w: string): boolean {
  const h = lex.orgHeads.get(w);
  return !!h && h.position !== 'prefix' && h.kind === 'company';
}

function samePlace(a: EntityType, b: EntityType): boolean {
  return (a === 'GPE' || a === 'LOC' || a === 'FAC') && (b === 'GPE' || b === 'LOC' || b === 'FAC');
}

function keyOf(doc: Doc, a: number, b: number): string {
  let s = doc.tokens[a].lower;
  for (let k = a + 1; k <= b; k++) s += ' ' + doc.tokens[k].lower;
  return s;
}

function winner(v: Map<EntityType, number>): EntityType {
  let best: EntityType | undefined, n = 0;
  for (const [t, c] of v) if (c > n) { best = t; n = c; }
  return best!;
}

function isCapitalized(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}
