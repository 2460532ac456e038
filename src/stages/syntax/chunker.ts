// Base phrases from the tags, in one left-to-right pass over a sentence (each token looked at a
// bounded number of times): noun phrases, verb groups, prepositional phrases, adjective and
// adverb phrases. Phrases do not nest and coordination is left to the reader: "Russia and China
// condemned the attack" is NP CC NP VP NP.
//  - NP: (PDT) (DT|PRP$|WP$) then modifiers and nouns (JJ, CD, NN*, POS, $, and a VBN/VBG that
//    precedes a noun: "the armed forces"); "Russia's military" is one NP with head "military".
//    A pronoun, EX, WP or WDT is an NP on its own. Head: the last noun (else number, adjective).
//  - VP: a verb group: auxiliaries (MD, be, have, do, get), adverbs between them, the main verb,
//    a particle right after it ("set up"). "to" + verb opens its own group, so "agreed to reduce"
//    is two VPs, heads "agreed" and "reduce". Passive: a form of be/get before a final VBN.
//    A gerund after a preposition is a VP too ("on strengthening", "of solving tasks").
//  - PP: IN or TO followed by an NP, covering both; head: the NP's head ("by rebels" → rebels).
//  - ADJP: adjectives not followed by a noun ("is very large"); ADVP: adverbs outside the above.
import type { Chunk, Token } from '../../document/doc.ts';

const isNoun = (t: string) => t.charCodeAt(0) === 78 && t !== 'NFP'; // NN NNS NNP NNPS
const isAdj = (t: string) => t === 'JJ' || t === 'JJR' || t === 'JJS';
const isVerb = (t: string) => t.charCodeAt(0) === 86; // VB VBD VBG VBN VBP VBZ
const isAdv = (t: string) => t === 'RB' || t === 'RBR' || t === 'RBS';
const NP_ALONE = new Set(['PRP', 'EX', 'WP', 'WDT']);
const DETERMINER = new Set(['DT', 'PDT', 'PRP$', 'WP$']);
const AUXILIARY = new Set(['be', 'have', 'do', 'get']);
const PASSIVE_AUX = new Set(['be', 'get']);

/** Could this tag go on inside an NP (after its determiner)? */
function nominalPart(tags: readonly string[], i: number, end: number): boolean {
  const t = tags[i];
  if (isNoun(t) || isAdj(t) || t === 'CD' || t === 'POS' || t === '$') return true;
  if (i + 1 >= end) return false;
  const n = tags[i + 1];
  // "the armed forces", "a growing number": only before more of the NP; "very large bases"
  if (t === 'VBN' || t === 'VBG') return isNoun(n) || isAdj(n);
  return isAdv(t) && isAdj(n);
}

/** Ends the NP that starts at i (i is a determiner or a nominal part); returns [end, head]. */
function scanNP(tags: readonly string[], i: number, end: number): [number, number] {
  let k = i;
  if (tags[k] === 'PDT') k++;
  if (k < end && DETERMINER.has(tags[k])) k++;
  let head = -1, fallback = -1, possessive = -1;
  while (k < end && nominalPart(tags, k, end)) {
    const t = tags[k];
    if (isNoun(t)) head = k;
    else if (t === 'CD' || isAdj(t)) fallback = k;
    else if (t === 'POS') possessive = k;
    k++;
  }
  // the possessor is not the head: "Russia's military" (JJ) is about the military
  if (head < possessive && fallback > possessive) head = fallback;
  if (head < 0) head = fallback >= 0 ? fallback : k - 1;
  return [k, head];
}

function scanVP(tags: readonly string[], tokens: readonly Token[], i: number, end: number): { end: number; head: number; passive: boolean } {
  let k = i;
  if (tags[k] === 'TO' || tags[k] === 'IN') k++; // "to" (whatever its tag) before the verb
  let head = -1;
  let sawPassiveAux = false, passive = false;
  while (k < end) {
    const t = tags[k];
    if (t === 'MD' || isVerb(t)) {
      head = k;
      passive = t === 'VBN' && sawPassiveAux;
      const lemma = tokens[k].lemma ?? tokens[k].lower;
      const aux = t === 'MD' || AUXILIARY.has(lemma);
      if (!aux) { k++; break; }
      if (PASSIVE_AUX.has(lemma)) sawPassiveAux = true;
      // an auxiliary goes on to the next verb, over adverbs ("did not say", "was reportedly hit")
      let j = k + 1;
      while (j < end && isAdv(tags[j])) j++;
      if (j < end && (isVerb(tags[j]) || tags[j] === 'MD')) { k = j; continue; }
      k++;
      break;
    }
    break;
  }
  if (k < end && tags[k] === 'RP') k++;
  if (head < 0) { head = i; k = Math.max(k, i + 1); } // always move on
  return { end: k, head, passive };
}

/** Opens the sentence, or a quotation or bracket in it: where "Armed men" can start an NP. */
const OPENER = new Set(['``', '-LRB-', '"', ':']);

/** Appends the base phrases of tokens [from, to) to `out`; tags[i] is token i's tag. */
export function chunkSentence(tokens: readonly Token[], tags: readonly string[], from: number, to: number, out: Chunk[]): void {
  let i = from;
  while (i < to) {
    const t = tags[i];
    const next = i + 1 < to ? tags[i + 1] : '';
    const participle = t === 'VBN' || t === 'VBG';
    // "to" before a verb opens a verb group, however it was tagged (GUM tags some IN)
    const infinitive = (t === 'TO' || t === 'IN' && tokens[i].lower === 'to') && (next === 'VB' || isAdv(next) && i + 2 < to && tags[i + 2] === 'VB');
    if (t === 'MD' || isVerb(t) && !participle || infinitive
        || participle && !(nominalPart(tags, i, to) && (i === from || OPENER.has(tags[i - 1])))) {
      const vp = scanVP(tags, tokens, i, to);
      out.push(vp.passive ? { kind: 'VP', start: i, end: vp.end, head: vp.head, passive: true } : { kind: 'VP', start: i, end: vp.end, head: vp.head });
      i = vp.end;
    } else if (t === 'IN' || t === 'TO') {
      const j = i + 1;
      // a gerund after a preposition heads a clause, not an NP: "of solving tasks"
      if (j < to && tags[j] !== 'VBG' && (DETERMINER.has(tags[j]) || NP_ALONE.has(tags[j]) || nominalPart(tags, j, to))) {
        const [e, head] = NP_ALONE.has(tags[j]) ? [j + 1, j] : scanNP(tags, j, to);
        out.push({ kind: 'PP', start: i, end: e, head });
        i = e;
      } else i++;
    } else if (NP_ALONE.has(t)) {
      out.push({ kind: 'NP', start: i, end: i + 1, head: i });
      i++;
    } else if (DETERMINER.has(t) || nominalPart(tags, i, to)) {
      const [e, head] = scanNP(tags, i, to);
      const adjOnly = !DETERMINER.has(t) && !tags.slice(i, e).some((x) => isNoun(x) || x === 'CD' || x === 'POS' || x === '$');
      out.push({ kind: adjOnly ? 'ADJP' : 'NP', start: i, end: e, head });
      i = e;
    } else if (isAdv(t) || t === 'WRB') {
      let e = i + 1;
      while (e < to && isAdv(tags[e])) e++;
      if (e < to && isAdj(tags[e])) {
        while (e < to && isAdj(tags[e])) e++;
        out.push({ kind: 'ADJP', start: i, end: e, head: e - 1 });
      } else out.push({ kind: 'ADVP', start: i, end: e, head: e - 1 });
      i = e;
    } else i++;
  }
}
