// Attribution of a quotation found by its marks: the clause after it (", Karasin was
// quoted as saying", ", said Karasin", "RIA Novosti quoted him as saying"), else the
// clause before it ("The Kyrgyz president added:", "Atambayev said that, if Tajikistan “…"),
// else the attributed quotation next to it in the same paragraph.
import type { Doc } from '../../document/doc.ts';
import type { Span } from '../../document/types.ts';
import { spanOf } from '../../document/doc.ts';
import { DETERMINERS, DIRECT_ONLY_VERBS, DOCUMENT_NOUNS, FIRST_PERSON, PARTICIPLE_CUES, SPEECH_VERBS, speechWords } from './lexicon.ts';
import type { MarkedQuote } from './marks.ts';
import {
  cuePhrase, isPassive, isSpeechVerb, lower, objectAfter, rangeSpan, sentenceSubject, speakerAfter, speakerBefore, tokenAt, type TokenRange,
} from './phrases.ts';
import { functionWords } from '../../data/lexicon.ts';
const TELL_FORMS = speechWords('tell-form');
const BE_BEFORE_QUOTED = functionWords('be-before-quoted');
const ADVERBS_BEFORE_VERB = speechWords('adverb-before-quoted');

export interface Attribution {
  cue: Span;
  speaker?: TokenRange;
  via?: TokenRange;
  addressee?: TokenRange;
  /** where the attribution clause lies, for the quote's governing time */
  clause: { start: number; end: number };
  how: 'after' | 'before' | 'inside';
  /** the speaker is the sentence's subject, taken for a participle cue (", saying …") */
  subjectOfSentence?: boolean;
}

/** Token bounds [first, last] of the text between two offsets, within one sentence. */
function tokensBetween(doc: Doc, from: number, to: number): { first: number; last: number } {
  const first = tokenAt(doc.tokens, from);
  let last = tokenAt(doc.tokens, to) - 1;
  while (last >= first && doc.tokens[last].start >= to) last--;
  return { first, last };
}

const SKIP_LEAD = new Set([',', '—', '–', '-', ';', 'and', 'but']);

/** The attribution clause after the closing mark, up to the sentence's end or the next quotation. */
export function attributionAfter(doc: Doc, q: MarkedQuote, nextOpen: number): Attribution | null {
  if (q.close < 0) return null;
  const tk = doc.tokens;
  const closeTok = tokenAt(tk, q.close);
  if (closeTok >= tk.length) return null;
  const sentence = tk[closeTok].sentence;
  let first = closeTok + 1;
  let last = first;
  while (last < tk.length && tk[last].sentence === sentence && tk[last].start < nextOpen) last++;
  last--;
  while (first <= last && SKIP_LEAD.has(lower(tk[first]))) first++;
  if (first > last) {
    // a line per sentence: the attribution is the next line, alone ("said Stephen Harper, Prime Minister of Canada.")
    const next = tk[first];
    if (!next || next.start >= nextOpen || !(isSpeechVerb(next) || /^\p{Lu}/u.test(next.text))) return null;
    let end = first;
    while (end + 1 < tk.length && tk[end + 1].sentence === next.sentence) end++;
    if (end - first > 16) return null;
    const a = parseAfter(doc, first, end, nextOpen);
    return a && (isSpeechVerb(next) || a.speaker?.first === first) ? a : null;
  }
  return parseAfter(doc, first, last, nextOpen);
}

function parseAfter(doc: Doc, first: number, last: number, _nextOpen: number): Attribution | null {
  const tk = doc.tokens;
  const clauseEnd = tk[last].end;
  const clause = { start: tk[first].start, end: clauseEnd };

  // "…," according to Smith.
  if (lower(tk[first]) === 'according' && first + 1 <= last && lower(tk[first + 1]) === 'to') {
    const sp = speakerAfter(doc, first + 2, last);
    if (!sp) return null;
    return { cue: spanOf(doc.text, tk[first].start, tk[sp.last].end), speaker: sp, clause, how: 'after' };
  }
  // "…," said Smith.
  if (isSpeechVerb(tk[first])) {
    let from = first + 1;
    while (from <= last && ADVERBS_BEFORE_VERB.has(lower(tk[from]))) from++;
    const sp = speakerAfter(doc, from, last);
    if (sp) return withObjects(doc, { cue: spanOf(doc.text, tk[first].start, tk[first].end), speaker: sp, clause, how: 'after' }, first, sp.last + 1, last);
  }
  // "…," Karasin was quoted as saying. / RIA Novosti quoted him as saying.
  for (let v = first + 1; v <= last && v - first <= 14; v++) {
    if (!isSpeechVerb(tk[v])) continue;
    const sp = speakerBefore(doc, v, first);
    if (!sp || sp.first !== first) return null;
    const word = lower(tk[v]);
    if ((word === 'quoted' || word === 'cited') && !BE_BEFORE_QUOTED.has(lower(tk[v - 1]))) {
      const obj = objectAfter(doc, v + 1, last);
      if (obj && tk[obj.last + 2] && lower(tk[obj.last + 1]) === 'as' && obj.last + 2 <= last) {
        return { cue: spanOf(doc.text, tk[v].start, tk[obj.last + 2].end), speaker: obj, via: sp, clause, how: 'after' };
      }
      return null;
    }
    const cue = cuePhrase(doc, v);
    return withObjects(doc, { cue: spanOf(doc.text, tk[cue.first].start, tk[cue.last].end), speaker: sp, clause, how: 'after' }, v, cue.last + 1, last);
  }
  return null;
}

/** A document noun ("a letter", "a statement") a few words before token v, in the same clause. */
function documentBefore(doc: Doc, v: number, first: number): boolean {
  for (let k = v - 1; k >= first && v - k <= 8; k--) {
    const t = doc.tokens[k];
    if (t.text === ',' || t.text === ';') return false;
    if (DOCUMENT_NOUNS.has(lower(t)) && k > first && DETERMINERS.has(lower(doc.tokens[k - 1]))) return true;
  }
  return false;
}

/** The attribution clause before the opening mark: the first speech verb with a subject. */
export function attributionBefore(doc: Doc, q: MarkedQuote, regionStart: number, quoteStartsSentence = false): Attribution | null {
  const tk = doc.tokens;
  const openTok = tokenAt(tk, q.open);
  if (openTok === 0 || quoteStartsSentence) return null;
  const sentence = tk[openTok].sentence;
  let first = openTok - 1;
  while (first > 0 && tk[first - 1].sentence === sentence && tk[first - 1].start >= regionStart) first--;
  if (tk[first].sentence !== sentence || first >= openTok) return null;
  const last = openTok - 1;
  const clause = { start: tk[first].start, end: tk[last].end };
  let found: Attribution | null = null;
  let foundCueEnd = -1;
  for (let v = first; v <= last; v++) {
    const word = lower(tk[v]);
    if (word === 'according' && lower(tk[v + 1] ?? tk[v]) === 'to') {
      const sp = speakerAfter(doc, v + 2, last);
      if (sp) found = { cue: spanOf(doc.text, tk[v].start, tk[sp.last].end), speaker: sp, clause, how: 'before' };
      continue;
    }
    if (!isSpeechVerb(tk[v])) continue;
    // ", saying “…”" and "justified his choice by saying, “…”": the sentence's subject speaks
    if (isPassive(doc, v)) continue;
    // "X expressed condolences and described him as “…”": a second predicate shares the sentence's subject
    const coordinated = lower(tk[v - 1] ?? tk[v]) === 'and' && v - 1 > first;
    const participle = (PARTICIPLE_CUES.has(word) && (tk[v - 1]?.text === ',' || lower(tk[v - 1] ?? tk[v]) === 'by')) || coordinated;
    let sp = participle ? null : speakerBefore(doc, v, first);
    let subjectOfSentence = false;
    if (participle) {
      // "Steve Jobs unveiled the new products …, saying the company has “been inspired …”"
      sp = sentenceSubject(doc, v);
      subjectOfSentence = !!sp;
    }
    // "Jobs resigned in a letter to Apple's board of directors stating, “…”": a document's participle, its author speaks
    if (!sp && PARTICIPLE_CUES.has(word) && documentBefore(doc, v, first)) {
      sp = sentenceSubject(doc, v);
      subjectOfSentence = !!sp;
    }
    if (sp && PARTICIPLE_CUES.has(word) && DOCUMENT_NOUNS.has(lower(tk[sp.last]))) {
      // "Norm Dicks said …, releasing a statement saying “…”": the statement's author speaks
      const subject = sentenceSubject(doc, v);
      if (subject) { sp = subject; subjectOfSentence = true; }
    }
    if (!sp) continue;
    if ((word === 'quoted' || word === 'cited') && !BE_BEFORE_QUOTED.has(lower(tk[v - 1]))) {
      // "Detik.com quoted Djamal as saying": the object speaks, the subject relays
      const obj = objectAfter(doc, v + 1, last);
      if (obj && lower(tk[obj.last + 1] ?? tk[v]) === 'as' && obj.last + 2 <= last) {
        found = { cue: spanOf(doc.text, tk[v].start, tk[obj.last + 2].end), speaker: obj, via: sp, clause, how: 'before' };
        foundCueEnd = obj.last + 2;
      }
      continue;
    }
    const cue = cuePhrase(doc, v);
    // "Atambayev said he told Putin …": the reporting clause inside another keeps the outer cue
    if (found && (sp.first === foundCueEnd + 1 || (sp.first === foundCueEnd + 2 && lower(tk[foundCueEnd + 1]) === 'that'))) continue;
    foundCueEnd = cue.last;
    // else the nearest cue to the quotation wins: "USAF officials said that …, with UBS analyst David Strauss saying “…”"
    found = withObjects(doc, { cue: spanOf(doc.text, tk[cue.first].start, tk[cue.last].end), speaker: sp, clause, how: 'before', subjectOfSentence }, v, cue.last + 1, last);
  }
  if (!found && tk[last].text === ':') {
    // a transcript or an exchange: "Secretary of the Air Force James Roche: “No, Sir…”"
    let from = first;
    while (from < last && (tk[from].kind === 'punct')) from++;
    const sp = speakerAfter(doc, from, last - 1);
    if (sp && sp.last === last - 1) found = { cue: spanOf(doc.text, tk[last].start, tk[last].end), speaker: sp, clause, how: 'before' };
  }
  return found;
}

/** Inside an enclosing quotation, the cue of a quotation it holds: "I said, 'If you…'". */
export function attributionInside(doc: Doc, q: MarkedQuote, parent: MarkedQuote): Attribution | null {
  const before = attributionBefore(doc, q, parent.start);
  if (before) return { ...before, how: 'inside' };
  const after = attributionAfter(doc, q, parent.end);
  return after ? { ...after, how: 'inside' } : null;
}

/** After "told"/"quoted": the object is a medium (via) or a listener (addressee); a
 * medium may also follow later ("in an interview with Reuters"). */
function withObjects(doc: Doc, a: Attribution, verb: number, from: number, last: number): Attribution {
  const tk = doc.tokens;
  const word = lower(tk[verb]);
  if (TELL_FORMS.has(word)) {
    const obj = objectAfter(doc, from, last);
    if (obj) a.addressee = obj;
  }
  return a;
}

export function isDirectCue(word: string): boolean {
  return SPEECH_VERBS.has(word) || DIRECT_ONLY_VERBS.has(word);
}

export function isFirstPerson(doc: Doc, r: TokenRange | undefined): boolean {
  return !!r && r.first === r.last && FIRST_PERSON.has(lower(doc.tokens[r.first]));
}

export { rangeSpan, tokensBetween };
