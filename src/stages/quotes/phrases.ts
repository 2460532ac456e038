// Token-level phrase finders shared by the direct and indirect readers: the speaker
// phrase before or after a speech verb, the cue phrase around it, and the addressee
// or medium after "told". All walks are bounded, so the stage stays linear.
import type { Doc, Token } from '../../document/doc.ts';
import { functionWords } from '../../data/lexicon.ts';
import {
  AUXILIARIES, CLAUSE_OPENERS, LISTENER_GROUPS, LISTENER_MEDIA, CLAUSE_WORDS, DETERMINERS, DOCUMENT_SOURCES, GO_VERBS, PARTICIPLE_ASIDES, WEEKDAYS, PERSON_NOUNS, PERSONAL_PRONOUNS, SPEAKER_MODIFIERS, SPEECH_VERBS,
} from './lexicon.ts';
const PASSIVE_BE = functionWords('passive-be');
const MEDIUM_STOPS = functionWords('medium-stop');
const TRAILING_CONNECTORS = functionWords('trailing-connector');
const RELATIVE_PRONOUNS = functionWords('relative-pronoun');
const TITLE_CONNECTORS = functionWords('title-connector');

export interface TokenRange { first: number; last: number }

const MAX_SPEAKER_TOKENS = 12;

// hot: called for most tokens, so they avoid allocating and regexes where ASCII decides
export const lower = (t: Token) => {
  if (t.kind === 'punct') return t.text;
  const c = t.text.charCodeAt(0);
  return c >= 97 && c <= 122 ? t.text : t.lower;
};
export const isCapitalized = (t: Token) => {
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};
export const isSpeechVerb = (t: Token) => t.kind === 'word' && SPEECH_VERBS.has(t.text);

const PASSIVE_AUXILIARIES = functionWords('passive-auxiliary');
/** "he had been assured that", "was told": the subject is the listener, not the speaker ("was quoted as" is read apart). */
export function isPassive(doc: Doc, v: number): boolean {
  const w = lower(doc.tokens[v]);
  if (w === 'quoted' || w === 'cited' || !w.endsWith('ed') && w !== 'told') return false;
  const prev = doc.tokens[v - 1];
  return !!prev && PASSIVE_AUXILIARIES.has(lower(prev));
}
const isPoss = (t: Token | undefined) => !!t && /^['’][sS]$/.test(t.text);

/** First token index whose end is past `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].end <= offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The speaker phrase ending just before the speech verb at `verb` (auxiliaries and one
 * comma skipped, and a relative clause: "Patty Murray, who hails from…, said"), not
 * reaching before token `min`. */
export function speakerBefore(doc: Doc, verb: number, min: number): TokenRange | null {
  const tk = doc.tokens;
  let b = verb - 1;
  while (b >= min && tk[b].kind === 'word' && AUXILIARIES.has(lower(tk[b]))) b--;
  // "Apple on Friday announced"
  if (b - 1 >= min && WEEKDAYS.has(tk[b].text) && lower(tk[b - 1]) === 'on') b -= 2;
  while (b >= min && tk[b].kind === 'word' && AUXILIARIES.has(lower(tk[b]))) b--;
  if (b >= min && tk[b].text === ',') {
    const rel = relativeClauseStart(tk, b, min);
    if (rel >= 0) b = rel - 1;
    else if (b - 1 >= min && (isCapitalized(tk[b - 1]) || PERSON_NOUNS.has(lower(tk[b - 1])))) b--;
  }
  if (b < min || tk[b].sentence !== tk[verb].sentence) return null;
  // "Apple Inc. announced", "William Clay Ford Jr. said"
  const end = b;
  if (tk[b].text === '.' && b - 1 >= min && isCapitalized(tk[b - 1]) && tk[b - 1].end === tk[b].start) b--;
  const head = tk[b];
  const headLower = lower(head);
  if (PERSONAL_PRONOUNS.has(headLower)) return { first: b, last: b };
  const domain = head.kind === 'word' && b - 2 >= min && tk[b - 1].text === '.' && tk[b - 1].end === head.start && isCapitalized(tk[b - 2]);
  if (!(isCapitalized(head) || PERSON_NOUNS.has(headLower) || domain)) return null;
  if (CLAUSE_OPENERS.has(head.text) && b === min) return null;
  let a = b;
  let hasTitle = PERSON_NOUNS.has(headLower);
  let hasOf = false;
  for (let k = b - 1; k >= min && b - k < MAX_SPEAKER_TOKENS; k--) {
    const t = tk[k];
    const w = lower(t);
    if (t.sentence !== head.sentence) break;
    if (t.text === ',') {
      // an apposition: "Russian Deputy Foreign Minister, Grigory Karasin" / "Tom LaSorda, the president of Chrysler"
      const before = tk[k - 1];
      if (!before || k - 1 < min || !isCapitalized(before) || CLAUSE_OPENERS.has(before.text)) break;
      const titleBefore = PERSON_NOUNS.has(lower(before));
      // "…October, Kyrgyz Prime Minister Sapar Isakov" is complete: a title then a name
      const complete = hasTitle && !hasOf && isCapitalized(tk[b]) && !PERSON_NOUNS.has(lower(tk[b]));
      if (!(titleBefore || hasTitle) || complete) break;
      a = k; hasTitle = false; hasOf = false; continue;
    }
    if (isCapitalized(t)) { if (CLAUSE_OPENERS.has(t.text)) break; a = k; if (PERSON_NOUNS.has(w)) hasTitle = true; continue; }
    if (isPoss(t) || t.text === '-' || t.text === '&' || t.text === '.') { a = k; continue; }
    if (t.kind === 'number') { a = k; continue; }
    if (DETERMINERS.has(w)) {
      a = k;
      if (hasTitle && tk[k - 1]?.text === ',' && k - 2 >= min && isCapitalized(tk[k - 2])) continue;
      break;
    }
    if (PERSON_NOUNS.has(w) || SPEAKER_MODIFIERS.has(w)) { a = k; if (PERSON_NOUNS.has(w)) hasTitle = true; if (w === 'of' || w === 'at' || w === 'for') hasOf = true; continue; }
    // "minister of transport for Indonesia"
    if (t.kind === 'word' && k - 2 >= min && lower(tk[k - 1]) === 'of' && PERSON_NOUNS.has(lower(tk[k - 2]))) { a = k; continue; }
    // "Tajikistan's border service": one modifier between a possessive and the head
    if (t.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && hasTitle && k === b - 1 && isPoss(tk[k - 1])) { a = k; continue; }
    // "the software giant", "the state broadcaster": one modifier between the article and the head
    if (t.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && hasTitle && k - 1 >= min && DETERMINERS.has(lower(tk[k - 1])) && k === b - 1) { a = k - 1; break; }
    // "the island's defence ministry", "the company's chief executive": a described owner before a possessive
    if (t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && isPoss(tk[k + 1]) && k - 1 >= min && DETERMINERS.has(lower(tk[k - 1]))) { a = k - 1; break; }
    break;
  }
  while (a < b && (tk[a].text === ',' || TITLE_CONNECTORS.has(lower(tk[a])) || CLAUSE_OPENERS.has(tk[a].text))) a++;
  if (isPoss(tk[b])) return null; // "the company's claims": the verb was a noun
  return { first: a, last: end };
}

/** At a comma before a verb: the comma that opens ", who …," if there is one (bounded look-back). */

function relativeClauseStart(tk: Token[], comma: number, min: number): number {
  for (let k = comma - 1; k > min && comma - k < 30; k--) {
    if (tk[k].sentence !== tk[comma].sentence) return -1;
    if (tk[k].text === ',' && tk[k + 1] && RELATIVE_PRONOUNS.has(lower(tk[k + 1]))) return k;
    // a title aside ending in a common noun: "Art Levinson, chairman of Genentech and a member of the board, adds"
    if (tk[k].text === ',' && tk[k + 1] && isCapitalized(tk[k - 1]) && PERSON_NOUNS.has(lower(tk[k + 1])) && /^\p{Ll}/u.test(tk[comma - 1].text)) return k;
    // an affiliation aside: "Ben Reitzes, with Barclays Capital, estimated", "Smith, from Ford, said"
    if (tk[k].text === ',' && tk[k + 1] && (lower(tk[k + 1]) === 'with' || lower(tk[k + 1]) === 'from') && isCapitalized(tk[k + 2] ?? tk[k]) && isCapitalized(tk[k - 1])) return k;
    // a participle aside: "Erdoğan, speaking in Ankara, said …", "the minister, writing on Telegram, said …"
    if (tk[k].text === ',' && tk[k + 1] && /^[a-z]+ing$/.test(tk[k + 1].text) && PARTICIPLE_ASIDES.has(lower(tk[k + 1]))) return k;
    if (['.', ';', '"', '“', '”'].includes(tk[k].text)) return -1;
  }
  return -1;
}

/** The subject of a sentence, for a participle cue (", saying …") that has none of its own:
 * the noun phrase at the start of the main clause (an opening adverbial is skipped). */
export function sentenceSubject(doc: Doc, at: number): TokenRange | null {
  const tk = doc.tokens;
  const s = tk[at].sentence;
  let first = at;
  while (first > 0 && tk[first - 1].sentence === s) first--;
  let from = first;
  // opening adverbials, one or more: "While introducing iPhone 4, at the annual conference, Jobs started …"
  for (let n = 0; n < 3 && from < at && (CLAUSE_OPENERS.has(tk[from].text) || /^\p{Ll}/u.test(tk[from].text)); n++) {
    while (from < at && tk[from].text !== ',') from++;
    from++;
  }
  if (from >= at) return null;
  const np = speakerAfter(doc, from, at - 1);
  if (!np) return null;
  // the phrase must be followed by a verb-like lower-case word, not be the object of one;
  // an apposition between them is part of the subject ("Ryanair CEO, Michael O' Leary, justified")
  let after = np.last + 1;
  if (tk[after]?.text === ',') {
    let k = after + 1;
    while (k < at && k - after < 8 && tk[k].text !== ',') k++;
    if (tk[k]?.text === ',' && k < at && isCapitalized(tk[after + 1])) after = k + 1;
  }
  const next = tk[after];
  if (!next || !/^\p{Ll}/u.test(next.text)) return null;
  return after > np.last + 1 ? { first: np.first, last: after - 2 } : np;
}

/** The speaker phrase starting at token `from` ("said Karasin", "according to him"). */
export function speakerAfter(doc: Doc, from: number, max: number): TokenRange | null {
  const tk = doc.tokens;
  if (from > max || from >= tk.length) return null;
  const first = tk[from];
  const w = lower(first);
  if (PERSONAL_PRONOUNS.has(w)) return { first: from, last: from };
  let last = -1;
  for (let k = from; k <= max && k - from < MAX_SPEAKER_TOKENS; k++) {
    const t = tk[k];
    const lw = lower(t);
    if (t.sentence !== first.sentence) break;
    if (k === from && DETERMINERS.has(lw)) continue; // "The company", "An additional email"
    if (isCapitalized(t)) { last = k; continue; }
    if (isPoss(t) || t.text === '-' || t.text === '&' || (t.text === '.' && k > from && tk[k - 1].end === t.start && /^\p{Lu}$/u.test(tk[k - 1].text))) { last = k; continue; }
    // "Apple Inc. CEO Steve Jobs": an abbreviation's stop inside a run of names goes on to the next name
    if (t.text === '.' && k > from && tk[k - 1].end === t.start && isCapitalized(tk[k - 1]) && tk[k + 1]?.sentence === t.sentence && isCapitalized(tk[k + 1])) continue;
    if (k === from && DETERMINERS.has(lw)) continue;
    if (PERSON_NOUNS.has(lw) || SPEAKER_MODIFIERS.has(lw)) {
      // "the vice president and chairman of Chrysler LLC Jim Press": a second title joins the first
      const titleNext = tk[k + 1] && lw === 'and' && (PERSON_NOUNS.has(lower(tk[k + 1])) || SPEAKER_MODIFIERS.has(lower(tk[k + 1])));
      if (TITLE_CONNECTORS.has(lw) && !titleNext && !(tk[k + 1] && (isCapitalized(tk[k + 1]) || DETERMINERS.has(lower(tk[k + 1]))))) break;
      if (PERSON_NOUNS.has(lw)) last = k;
      continue;
    }
    if (DETERMINERS.has(lw) && k > from && lower(tk[k - 1]) === 'of') continue;
    // "a statement from the Iranian foreign ministry": the document's author follows "from"
    if (lw === 'from' && k > from && DOCUMENT_SOURCES.has(lower(tk[k - 1]))) {
      if (DETERMINERS.has(lower(tk[k + 1] ?? tk[k]))) k++;
      continue;
    }
    // "German economy minister Rainer Bruederle": a lower-case word inside a title
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && tk[k + 1] && PERSON_NOUNS.has(lower(tk[k + 1])) && !CLAUSE_WORDS.has(lw)) continue;
    // "the general secretary of the British union Unite, Tony Woodley": the name in apposition
    if (t.text === ',' && last >= 0 && tk[k + 1] && isCapitalized(tk[k + 1]) && !CLAUSE_OPENERS.has(tk[k + 1].text)) {
      let n = k + 1;
      while (n <= max && isCapitalized(tk[n])) n++;
      if (n - 1 > k && (n > max || ['.', ',', ';'].includes(tk[n].text) || tk[n].sentence !== first.sentence)) { last = n - 1; k = n - 1; continue; }
    }
    break;
  }
  if (last < 0) return null;
  while (last > from && TRAILING_CONNECTORS.has(lower(tk[last]))) last--;
  return { first: from, last };
}

/** The object of "told" or "quoted": a pronoun, a name, or a short noun phrase ("journalists", "state TV"). */
export function objectAfter(doc: Doc, from: number, max: number): TokenRange | null {
  const tk = doc.tokens;
  if (from > max || from >= tk.length) return null;
  const w = lower(tk[from]);
  if (PERSONAL_PRONOUNS.has(w) || LISTENER_GROUPS.has(w)) {
    return { first: from, last: from };
  }
  const np = speakerAfter(doc, from, max);
  if (np) return np;
  // "told state TV", "told a news conference"
  let k = from;
  if (DETERMINERS.has(w)) k++;
  let last = -1;
  for (let n = 0; n < 3 && k <= max && k < tk.length && tk[k].kind === 'word'; n++, k++) {
    if (MEDIUM_STOPS.has(lower(tk[k]))) break;
    last = k;
    if (LISTENER_MEDIA.has(lower(tk[k]))) return { first: from, last: k };
  }
  return last >= 0 && last - from < 1 ? { first: from, last } : null;
}

/** Extends a speech verb to its cue phrase: "was quoted as saying", "pointed out". */
export function cuePhrase(doc: Doc, verb: number): TokenRange {
  const tk = doc.tokens;
  let first = verb, last = verb;
  const v = lower(tk[verb]);
  if (v === 'quoted' || v === 'cited') {
    const prev = tk[verb - 1] ? lower(tk[verb - 1]) : '';
    if (PASSIVE_BE.has(prev) && tk[verb + 2] && lower(tk[verb + 1]) === 'as') {
      first = verb - 1; last = verb + 2;
    }
  }
  if ((v === 'pointed' || v === 'spoke') && tk[verb + 1] && lower(tk[verb + 1]) === 'out') last = verb + 1;
  // "went on to say"
  if (verb >= 3 && lower(tk[verb - 1]) === 'to' && lower(tk[verb - 2]) === 'on' && GO_VERBS.has(lower(tk[verb - 3]))) first = verb - 3;
  return { first, last };
}

export const rangeSpan = (doc: Doc, r: TokenRange) => ({ start: doc.tokens[r.first].start, end: doc.tokens[r.last].end });
