// The quotes layer: who said what, to whom, through which medium, and when.
// Direct quotations come from their marks (marks.ts) and are attributed by the clause
// around them (direct.ts); reported speech comes from speech verbs (indirect.ts).
// Speakers are entities (speakers.ts); the words naming them stay on the quote as
// speakerSpan, so a quote keeps its attribution even when no entity resolves.
import type { Doc } from '../../document/doc.ts';
import { spanOf } from '../../document/doc.ts';
import type { Quote, Span } from '../../document/types.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { attributionAfter, attributionBefore, attributionInside, isFirstPerson, type Attribution } from './direct.ts';
import { findReported } from './indirect.ts';
import { findMarkedQuotes, type MarkedQuote } from './marks.ts';
import { lower, objectAfter, rangeSpan, tokenAt, type TokenRange } from './phrases.ts';
import { addresseeAt, mediumAt, mentionsIn, resolveSpeaker, speakerIndex, type SpeakerIndex } from './speakers.ts';
import { dateQuotes } from './timing.ts';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['entities', 'coref', 'times'],
  provides: ['quotes'],
  run(doc) {
    doc.quotes = extractQuotes(doc);
  },
};

interface Draft {
  quote: Quote;
  speakerRange?: TokenRange;
  viaRange?: TokenRange;
  objectRange?: TokenRange;
  /** how much the attribution's shape is trusted (after the quote > before it > reported speech) */
  weight?: number;
  clause?: { start: number; end: number };
  /** for nested quotes: the draft of the quotation that holds it */
  parentDraft?: Draft;
  marked?: MarkedQuote;
}

export function extractQuotes(doc: Doc): Quote[] {
  const ix = speakerIndex(doc);
  const marked = findMarkedQuotes(doc.text);
  const paragraphOf = paragraphIndexer(doc.text);
  const drafts: Draft[] = [];
  const byMarked = new Map<MarkedQuote, Draft>();
  const top = marked.filter(q => q.depth === 0);

  for (let k = 0; k < top.length; k++) {
    const q = top[k];
    const nextOpen = top[k + 1]?.open ?? Infinity;
    const prevClose = k > 0 ? Math.max(top[k - 1].close, top[k - 1].end) + 1 : 0;
    // "Starmer said: 'We will not back down.'": a colon before the mark introduces the quotation, whatever follows it
    const introduced = /:\s*$/.test(doc.text.slice(Math.max(0, q.open - 4), q.open)) ? attributionBefore(doc, q, prevClose) : null;
    const a = introduced ?? attributionAfter(doc, q, nextOpen) ?? attributionBefore(doc, q, prevClose);
    // a split quotation: “A,” he said, “b…” is one quotation in two parts
    const prev = drafts[drafts.length - 1];
    if (!a && prev?.marked && prev.clause && prev.quote.kind === 'direct' && /^\p{Ll}/u.test(doc.text[q.start] ?? '')
        && prev.marked.close >= 0 && onlyAttributionBetween(doc, prev, q)) {
      const pq = prev.quote;
      pq.parts = [...(pq.parts ?? [{ start: pq.start, end: pq.end }]), ...(q.parts ?? [{ start: q.start, end: q.end }])];
      Object.assign(pq, spanOf(doc.text, pq.start, q.end));
      byMarked.set(q, prev);
      continue;
    }
    // a scare quote or a title, not speech: short, unattributed, no sentence punctuation inside;
    // or short and part of a noun phrase (the "iconic" Ford Falcon, OS "Snow Leopard" within 90 days)
    const words = wordCount(doc.text, q);
    if (!a && (words < 4 || (words < 8 && !/[.!?,]$/.test(doc.text.slice(q.start, q.end))))) continue;
    // ("We acted early," Marin said: a short quotation ending in its own comma or stop is speech)
    if (words < 4 && !/[.!?,]$/.test(doc.text.slice(q.start, q.end)) && insideNounPhrase(doc.text, q)) continue;
    const d = makeDraft(doc, q, a, 'direct');
    drafts.push(d);
    byMarked.set(q, d);
  }

  // quotations inside quotations: "I said, 'If you…'"
  for (const q of marked) {
    if (q.depth === 0 || q.parent === undefined) continue;
    const parentDraft = byMarked.get(marked[q.parent]);
    if (!parentDraft) continue;
    const a = attributionInside(doc, q, marked[q.parent]);
    if (!a) continue;
    const d = makeDraft(doc, q, a, 'nested');
    d.parentDraft = parentDraft;
    drafts.push(d);
    byMarked.set(q, d);
  }

  // reported speech, outside the quotations found
  // (only quotations kept as speech bound reported clauses: "the so-called “death grip”" does not)
  const kept = new Set(drafts.map(d => d.marked).filter(Boolean));
  const inQuote = tokenFlags(doc, marked.filter(q => q.depth === 0 && (kept.has(q) || byMarked.has(q))));
  let lastReportedEnd = -1;
  for (const r of findReported(doc, i => inQuote[i] === 1 || inQuote[i] === 2, i => inQuote[i] === 2)) {
    if (r.start < lastReportedEnd) continue; // found in order: one report per stretch of text
    lastReportedEnd = r.end;
    const quote: Quote = { ...spanOf(doc.text, r.start, r.end), kind: 'indirect', cue: r.cue, rule: r.rule };
    drafts.push({ quote, clause: r.clause, speakerRange: r.speaker, objectRange: r.addressee, weight: 0.9 });
  }

  // speakers in reading order, so a pronoun can lean on the quotation before it
  drafts.sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  let previous: { speaker: string; end: number } | undefined;
  for (const d of drafts) {
    resolveDraft(doc, ix, d, previous);
    if (d.quote.speaker) previous = { speaker: d.quote.speaker, end: d.quote.end };
  }

  // unattributed quotations take the speaker of an attributed neighbour in the same paragraph
  // (or the paragraph before, when the quotation opens its own)
  const direct = drafts.filter(d => d.marked && !d.parentDraft);
  for (let k = 0; k < direct.length; k++) {
    const d = direct[k];
    if (d.quote.cue) continue;
    const p = paragraphOf(d.quote.start);
    const prev = direct[k - 1], next = direct[k + 1];
    const neighbour = [prev, next].find(n => n?.quote.cue && paragraphOf(n.quote.start) === p)
      ?? (prev?.quote.cue && paragraphOf(prev.quote.end) === p - 1 && startsParagraph(doc.text, d.marked!.open) ? prev : undefined);
    if (!neighbour) continue;
    const nq = neighbour.quote;
    if (nq.speaker) d.quote.speaker = nq.speaker;
    if (nq.speakerSpan) d.quote.speakerSpan = nq.speakerSpan;
    d.quote.confidence = round((nq.confidence ?? 0.5) * 0.7);
    d.quote.rule = 'quotes.direct.neighbour';
    d.clause = neighbour.clause;
  }

  drafts.sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  const index = new Map(drafts.map((d, i) => [d, i]));
  for (const d of drafts) {
    if (d.parentDraft && index.has(d.parentDraft)) d.quote.parent = index.get(d.parentDraft);
  }
  dateQuotes(doc, drafts);
  inheritVia(doc, drafts.map(d => d.quote));
  return drafts.map(d => d.quote);
}

function makeDraft(doc: Doc, q: MarkedQuote, a: Attribution | null, how: 'direct' | 'nested'): Draft {
  const quote: Quote = {
    ...spanOf(doc.text, q.start, q.end), kind: 'direct',
    rule: how === 'nested' ? 'quotes.direct.nested' : a ? `quotes.direct.${a.how}` : 'quotes.direct.unattributed',
  };
  if (q.parts) quote.parts = q.parts;
  const d: Draft = { quote, marked: q };
  if (!a) return d;
  quote.cue = a.cue;
  d.clause = a.clause;
  d.speakerRange = a.speaker;
  d.viaRange = a.via;
  d.objectRange = a.addressee;
  d.weight = (a.how === 'after' ? 1 : 0.95) * (a.subjectOfSentence ? 0.85 : 1);
  return d;
}

/** Fills speaker, via and addressee from the phrases an attribution found. */
function resolveDraft(doc: Doc, ix: SpeakerIndex, d: Draft, previous: { speaker: string; end: number } | undefined) {
  const q = d.quote;
  const weight = d.weight ?? 1;
  if (d.speakerRange) {
    const s = rangeSpan(doc, d.speakerRange);
    q.speakerSpan = spanOf(doc.text, s.start, s.end);
    if (d.parentDraft && isFirstPerson(doc, d.speakerRange)) {
      // "I said, 'If you…'": the speaker of the enclosing quotation
      if (d.parentDraft.quote.speaker) q.speaker = d.parentDraft.quote.speaker;
      q.confidence = round((d.parentDraft.quote.confidence ?? 0.5) * 0.95);
      addresseeFromParent(doc, ix, d.parentDraft, d);
    } else {
      const r = resolveSpeaker(ix, s.start, s.end, { previous });
      if (r.entity) q.speaker = r.entity;
      q.confidence = round(r.entity ? r.confidence * weight : 0.3 * weight);
    }
  } else if (q.cue) {
    q.confidence = 0;
  }
  if (d.viaRange) {
    const s = rangeSpan(doc, d.viaRange);
    q.viaSpan = spanOf(doc.text, s.start, s.end);
    const m = mediumAt(ix, s.start, s.end);
    const id = m.entity ?? addresseeAt(ix, s.start, s.end);
    if (id && id !== q.speaker) q.via = id;
  }
  if (d.objectRange) {
    const object = d.objectRange;
    const s = rangeSpan(doc, object);
    const m = mediumAt(ix, s.start, s.end);
    if (m.medium) {
      q.viaSpan = spanOf(doc.text, s.start, s.end);
      if (m.entity && m.entity !== q.speaker) q.via = m.entity;
    } else {
      const id = addresseeAt(ix, s.start, s.end);
      const word = lower(doc.tokens[object.first]);
      if (!['reporters', 'journalists', 'me', 'us'].includes(word)) q.addresseeSpan = spanOf(doc.text, s.start, s.end);
      if (id && id !== q.speaker) q.addressee = id;
    }
  }
  if (!q.viaSpan && d.clause && q.cue) mediumInClause(doc, ix, q, d.clause);
}

/** "said in an interview with Reuters", "told state TV": a medium named in the attribution clause. */
function mediumInClause(doc: Doc, ix: SpeakerIndex, q: Quote, clause: { start: number; end: number }) {
  const from = Math.max(clause.start, q.cue!.end);
  for (const m of mentionsIn(ix, from, clause.end)) {
    if (m.start < from || m.end > clause.end || !m.entity) continue;
    if (q.speakerSpan && m.start < q.speakerSpan.end && q.speakerSpan.start < m.end) continue;
    const med = mediumAt(ix, m.start, m.end);
    if (med.medium && med.entity && med.entity !== q.speaker) {
      q.via = med.entity;
      q.viaSpan = spanOf(doc.text, m.start, m.end);
      return;
    }
  }
}

/** "Karasin was quoted as saying" names no medium: it is the one the speaker just talked to. */
function inheritVia(doc: Doc, quotes: Quote[]) {
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    if (q.via || !q.cue || !/quoted as saying|quoted by/i.test(q.cue.text) || !q.speaker) continue;
    for (let j = k - 1; j >= 0 && q.start - quotes[j].end < 600; j--) {
      if (quotes[j].speaker === q.speaker && quotes[j].via) { q.via = quotes[j].via; break; }
    }
  }
}

/** "Atambayev said he told Putin that … 'If you…'": the listener of the enclosing report. */
function addresseeFromParent(doc: Doc, ix: SpeakerIndex, parent: Draft, d: Draft) {
  const tk = doc.tokens;
  const open = parent.marked?.open ?? parent.quote.start;
  const openTok = tokenAt(tk, open);
  const sentence = tk[openTok]?.sentence;
  for (let k = openTok - 1; k >= 0 && tk[k].sentence === sentence; k--) {
    if (!['told', 'tells', 'asked'].includes(lower(tk[k]))) continue;
    const obj = objectAfter(doc, k + 1, openTok - 1);
    if (!obj) continue;
    const s = rangeSpan(doc, obj);
    const id = addresseeAt(ix, s.start, s.end);
    d.quote.addresseeSpan = spanOf(doc.text, s.start, s.end);
    if (id && id !== d.quote.speaker) d.quote.addressee = id;
    return;
  }
}

/** Is the text between two quotations only the attribution of the first ("," he said, ")? */
function onlyAttributionBetween(doc: Doc, prev: Draft, q: MarkedQuote): boolean {
  const between = doc.text.slice(prev.marked!.close + 1, q.open);
  return between.length < 80 && !/[.!?\n]/.test(between) && /,\s*$/.test(between);
}

/** 1 for tokens inside a quotation's content or marks, 2 for a token that opens one. */
function tokenFlags(doc: Doc, marked: MarkedQuote[]): Uint8Array {
  const flags = new Uint8Array(doc.tokens.length);
  for (const q of marked) {
    if (q.depth !== 0) continue;
    const last = q.close >= 0 ? q.close + 1 : q.end;
    for (let i = tokenAt(doc.tokens, q.open); i < doc.tokens.length && doc.tokens[i].start < last; i++) flags[i] = 1;
    const o = tokenAt(doc.tokens, q.open);
    if (o < flags.length) flags[o] = 2;
  }
  return flags;
}

/** A short quotation read as a name or a scare quote: "the" before it, or a word right after it. */
function insideNounPhrase(text: string, q: MarkedQuote): boolean {
  const before = text.slice(Math.max(0, q.open - 5), q.open).toLowerCase();
  if (/\b(?:the|a|an|its|their|his|her|so-called|dubbed|named|called)\s$/.test(before)) return true;
  if (q.close < 0) return false;
  return /^\s+[\p{L}\d]/u.test(text.slice(q.close + 1, q.close + 3));
}

/** Words in a quotation, counted up to 8 (all that the callers ask). */
function wordCount(text: string, q: MarkedQuote): number {
  let n = 0, inWord = false;
  for (let i = q.start; i < q.end && n < 8; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function startsParagraph(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

function paragraphIndexer(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset: number) => {
    let lo = 0, hi = breaks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (breaks[mid] < offset) lo = mid + 1; else hi = mid; }
    return lo;
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

export type { Span };
