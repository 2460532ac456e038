// Reported speech without marks. Three shapes, each anchored on a speech verb or
// "according to" outside any quotation:
//   X said (that) CLAUSE / X told Y (that) CLAUSE / X was quoted as saying CLAUSE
//   CLAUSE, X said. / CLAUSE, said X. / CLAUSE, according to X.
//   According to X, CLAUSE
// The content is the reported clause only, cut before a quotation that follows it,
// a dash, or a trailing ", adding …" / ", according to …".
import { datelineLength } from '../segment/dateline.ts';
import type { Doc } from '../../document/doc.ts';
import type { Span } from '../../document/types.ts';
import { spanOf } from '../../document/doc.ts';
import {
  BARE_CLAUSE_VERBS, LISTENER_VERBS, CLAUSE_STOPS, DIRECT_ONLY_VERBS, FINITE_AUXILIARIES, LISTENER_PREPOSITIONS, SUBORDINATORS, TELL_VERBS, PARTICIPLE_CUES, PERSONAL_PRONOUNS, SPEECH_VERBS, THAT_ONLY_VERBS,
} from './lexicon.ts';
import {
  cuePhrase, isCapitalized, isPassive, isSpeechVerb, lower, objectAfter, sentenceSubject, speakerAfter, speakerBefore, type TokenRange,
} from './phrases.ts';
import { functionWords } from '../../data/lexicon.ts';
const SUBJECT_OPENERS = functionWords('subject-opener');
const TRAILING_CONJUNCTIONS = functionWords('trailing-conjunction');

export interface Reported {
  start: number;
  end: number;
  cue: Span;
  speaker?: TokenRange;
  addressee?: TokenRange;
  clause: { start: number; end: number };
  rule: string;
}

const SENTENCE_STOPS = new Set(['.', '!', '?', ':', ';']);
const STOP_CHARS = new Set(['.', '!', '?', '"', '“', '”', '«', '»', '„', ':']);

/** `inQuote(i)`: is token i inside (or a mark of) a direct quotation? `isOpenMark(i)`: does a quotation open at token i? */
export function findReported(doc: Doc, inQuote: (i: number) => boolean, isOpenMark: (i: number) => boolean): Reported[] {
  const tk = doc.tokens;
  const out: Reported[] = [];
  const sentenceFirst: number[] = [];
  const sentenceLast: number[] = [];
  for (let i = 0; i < tk.length; i++) {
    const s = tk[i].sentence;
    if (sentenceFirst[s] === undefined) sentenceFirst[s] = i;
    sentenceLast[s] = i;
  }

  /** content from token `from` to the sentence's end, cut as described above; null if it holds a quotation at once */
  const forwardContent = (from: number): { start: number; end: number } | null => {
    if (from >= tk.length) return null;
    const s = tk[from].sentence;
    let last = sentenceLast[s];
    for (let k = from; k <= last; k++) {
      if (isOpenMark(k) || inQuote(k)) { if (k - from < 3) return null; last = k - 1; break; }
      const w = lower(tk[k]);
      if ((tk[k].text === '–' || tk[k].text === '—' || tk[k].text === ';') && k > from) { last = k - 1; break; }
      if (tk[k].text === ',' && k > from + 2 && tk[k + 1] && (PARTICIPLE_CUES.has(lower(tk[k + 1])) ||
        (lower(tk[k + 1]) === 'according' && lower(tk[k + 2] ?? tk[k]) === 'to') ||
        (isSpeechVerb(tk[k + 1]) && !DIRECT_ONLY_VERBS.has(lower(tk[k + 1]))))) { last = k - 1; break; }
      if (w === 'and' && k > from && tk[k + 1] && isOpenMark(k + 1)) { last = k - 1; break; }
    }
    while (last >= from && (STOP_CHARS.has(tk[last].text) || tk[last].text === ',' || TRAILING_CONJUNCTIONS.has(lower(tk[last])))) last--;
    if (last - from < 3) return null;
    return { start: tk[from].start, end: tk[last].end };
  };

  /** content from the clause start before the boundary comma at token `comma` */
  const backwardContent = (comma: number): { start: number; end: number } | null => {
    const s = tk[comma].sentence;
    let first = sentenceFirst[s];
    for (let k = comma - 1; k >= first; k--) if (inQuote(k) || isOpenMark(k) || SENTENCE_STOPS.has(tk[k].text)) { first = k + 1; break; }
    let last = comma - 1;
    // "ANKARA, Jan 11 (Reuters) - Turkey and Greece will …, the ministry said": the dateline is not said
    if (first === sentenceFirst[s]) {
      const skip = tk[first].start + datelineLength(doc.text, tk[first].start);
      while (first <= last && tk[first].start < skip) first++;
    }
    while (first <= last && [',', '(', '—', '–'].includes(tk[first].text)) first++;
    if (last - first < 3) return null;
    return { start: tk[first].start, end: tk[last].end };
  };

  for (let v = 0; v < tk.length; v++) {
    const text = tk[v].text;
    if (tk[v].kind !== 'word' || !(SPEECH_VERBS.has(text) || text === 'according' || text === 'According') || inQuote(v)) continue;
    const word = lower(tk[v]);
    const s = tk[v].sentence;
    const sLast = sentenceLast[s];

    // According to X, CLAUSE  /  CLAUSE, according to X.
    if (word === 'according' && tk[v + 1] && lower(tk[v + 1]) === 'to') {
      const sp = speakerAfter(doc, v + 2, sLast);
      if (!sp) continue;
      const cue = spanOf(doc.text, tk[v].start, tk[sp.last].end);
      const after = sp.last + 1;
      if (after <= sLast && tk[after].text === ',') {
        const content = forwardContent(after + 1);
        if (content) out.push({ ...content, cue, speaker: sp, clause: { start: cue.start, end: cue.end }, rule: 'quotes.indirect.according-to' });
      } else if (v > 0 && tk[v - 1].text === ',' && tk[v - 1].sentence === s) {
        const content = backwardContent(v - 1);
        if (content) out.push({ ...content, cue, speaker: sp, clause: { start: cue.start, end: tk[sLast].end }, rule: 'quotes.indirect.according-to' });
      }
      continue;
    }
    const participle = PARTICIPLE_CUES.has(word);
    if (isPassive(doc, v)) continue;
    if (!isSpeechVerb(tk[v]) || (DIRECT_ONLY_VERBS.has(word) && word !== 'quoted' && !participle)) continue;

    // CLAUSE, said X.
    // ("told" takes its listener after it, so ", X, told RIA Novosti" is never this shape)
    if (v > 0 && tk[v - 1].text === ',' && tk[v - 1].sentence === s && !PARTICIPLE_CUES.has(word) && !TELL_VERBS.has(word)) {
      const sp = speakerAfter(doc, v + 1, sLast);
      if (sp && sp.last >= sLast - 1 - trailingLength(doc, sp.last + 1, sLast)) {
        const content = backwardContent(v - 1);
        if (content) {
          out.push({ ...content, cue: spanOf(doc.text, tk[v].start, tk[v].end), speaker: sp, clause: { start: tk[v].start, end: tk[sLast].end }, rule: 'quotes.indirect.inverted' });
          continue;
        }
      }
    }

    // "Boeing challenged the award …, claiming the evaluation was skewed": the participle's subject is the sentence's
    // "The Kremlin called the move outrageous and said …": a second predicate shares the sentence's subject
    const coordinated = lower(tk[v - 1] ?? tk[v]) === 'and' && v - 1 > sentenceFirst[s];
    const sp = (participle && tk[v - 1]?.text === ',') || coordinated ? sentenceSubject(doc, v) : speakerBefore(doc, v, sentenceFirst[s]);
    if (!sp) continue;
    const cueRange = cuePhrase(doc, v);
    if (word === 'quoted' && cueRange.first === v) continue; // "RIA Novosti quoted him": only with marks
    const cue = spanOf(doc.text, tk[cueRange.first].start, tk[cueRange.last].end);
    let j = cueRange.last + 1;
    let addressee: TokenRange | undefined;
    if (LISTENER_VERBS.has(word) && j <= sLast && lower(tk[j]) !== 'that') {
      const obj = objectAfter(doc, j, sLast);
      if (obj) { addressee = obj; j = obj.last + 1; }
      else if (TELL_VERBS.has(word)) continue;
    }

    // CLAUSE, X said.  (the subject is preceded by the boundary comma, and little follows the verb)
    const beforeSubject = sp.first - 1;
    if (!participle && beforeSubject >= sentenceFirst[s] && tk[beforeSubject].text === ',' && trailingLength(doc, j, sLast) >= 0) {
      const content = backwardContent(beforeSubject);
      // '"…," Tokayev told lawmakers, TASS reported': the medium relays the quotation; its attribution is no content
      if (content && attributionOfQuote(doc, content.start, isOpenMark, inQuote)) continue;
      if (content) {
        out.push({ ...content, cue, speaker: sp, addressee, clause: { start: tk[sp.first].start, end: tk[sLast].end }, rule: 'quotes.indirect.inverted' });
        continue;
      }
    }

    // X said (that) CLAUSE
    let sawThat = false;
    for (let k = j; k <= sLast && k - j <= 8; k++) {
      // ("agreed to a ceasefire that took effect …": after "agree to" an object and its relative clause, not speech)
      const objectFirst = k > j && /^agree/.test(word) && lower(tk[j]) === 'to';
      if (lower(tk[k]) === 'that' && !objectFirst && (k === j || LISTENER_PREPOSITIONS.has(lower(tk[j])) || isTimeAt(doc, tk[j].start))) { sawThat = true; j = k + 1; break; }
      if (tk[k].text === ',' || STOP_CHARS.has(tk[k].text)) break;
    }
    if (!sawThat) {
      // skip a time expression right after the verb: "said on Monday the plan…"
      const t = timeStartingAt(doc, tk[j]?.start ?? -1);
      if (t) { while (j <= sLast && tk[j].end <= t.end) j++; }
      if (word === 'saying' || word === 'quoted') { /* "was quoted as saying" takes a bare clause */ }
      else if (THAT_ONLY_VERBS.has(word)) continue;
      else if (!BARE_CLAUSE_VERBS.has(word) && !participle && !(tk[j] && (PERSONAL_PRONOUNS.has(lower(tk[j])) || lower(tk[j]) === 'there'))) continue;
    }
    if (j > sLast) continue;
    while (j <= sLast && tk[j].text === ',') j++;
    if (j > sLast || !startsClause(doc, j, sawThat)) continue;
    // "Atambayev said he told Putin that…": the inner reporting clause is the quote
    if (reportsAgain(doc, j, sLast)) continue;
    const content = forwardContent(j);
    if (!content) continue;
    out.push({ ...content, cue, speaker: sp, addressee, clause: { start: tk[sp.first].start, end: content.start }, rule: sawThat ? 'quotes.indirect.that-clause' : 'quotes.indirect.bare-clause' });
  }
  return out;
}

/** A reported clause starts with a subject-like word, or anything after "that". */
function startsClause(doc: Doc, j: number, sawThat: boolean): boolean {
  const t = doc.tokens[j];
  if (sawThat) return t.kind !== 'punct' || t.text === '"' || t.text === '“';
  const w = lower(t);
  if (PERSONAL_PRONOUNS.has(w) || SUBJECT_OPENERS.has(w)) return true;
  if (isCapitalized(t) || t.kind === 'number') return true;
  // a bare noun subject: "Boeing say airlines demand … are required" — a finite verb follows soon
  if (t.kind !== 'word' || CLAUSE_STOPS.has(w)) return false;
  for (let k = j + 1; k < doc.tokens.length && k - j <= 10 && doc.tokens[k].sentence === t.sentence; k++) {
    if (FINITE_AUXILIARIES.has(lower(doc.tokens[k]))) return true;
    if ([',', '.', ';', ':', '"', '“'].includes(doc.tokens[k].text)) return false;
  }
  return false;
}

/** Does a reporting clause start at token j ("he told Putin that…")? */
function reportsAgain(doc: Doc, j: number, last: number): boolean {
  for (let v = j + 1; v <= last && v - j <= 6; v++) {
    if (!isSpeechVerb(doc.tokens[v]) || DIRECT_ONLY_VERBS.has(lower(doc.tokens[v])) || isPassive(doc, v)) continue;
    const sp = speakerBefore(doc, v, j);
    return !!sp && sp.first === j;
  }
  return false;
}

/** How many tokens from j to last are a short tail ("RIA Novosti in an interview", "on Monday"). */
function trailingLength(doc: Doc, j: number, last: number): number {
  // "…, the ministry said, as Beijing launched …": a subordinate clause after a comma ends the attribution
  for (let k = j; k < last && k - j < 12; k++) {
    if (doc.tokens[k].text === ',' && SUBORDINATORS.has(lower(doc.tokens[k + 1]))) { last = k - 1; break; }
  }
  const n = last - j;
  if (n < 0) return 0;
  if (n > 10) return -1;
  for (let k = j; k <= last; k++) if (lower(doc.tokens[k]) === 'that' || FINITE_AUXILIARIES.has(lower(doc.tokens[k]))) return -1;
  return n;
}

/** Content that starts right after a quotation's closing mark and reports speech: the quotation's own attribution. */
function attributionOfQuote(doc: Doc, start: number, isOpenMark: (i: number) => boolean, inQuote: (i: number) => boolean): boolean {
  const tk = doc.tokens;
  let k = 0, hi = tk.length;
  while (k < hi) { const mid = (k + hi) >> 1; if (tk[mid].start < start) k = mid + 1; else hi = mid; }
  const prev = tk[k - 1];
  if (!prev || !/^[”"’']$/.test(prev.text) || isOpenMark(k - 1) || !(inQuote(k - 2) || /[”"]/.test(prev.text))) return false;
  for (let q = k; q < tk.length && q - k < 6; q++) if (SPEECH_VERBS.has(tk[q].text)) return true;
  return false;
}

function isTimeAt(doc: Doc, offset: number): boolean {
  return !!timeStartingAt(doc, offset);
}

function timeStartingAt(doc: Doc, offset: number) {
  if (offset < 0) return undefined;
  // "on Monday": the expression may start after a preposition (binary search: times are sorted)
  const times = doc.times;
  let lo = 0, hi = times.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (times[mid].start < offset) lo = mid + 1; else hi = mid; }
  const t = times[lo];
  return t && t.start <= offset + 4 ? t : undefined;
}
