// Step 4, find speakers: the phrases a cue found become entities, in reading order so a pronoun
// can lean on the quotation before it. The words stay on the quote (speakerSpan, viaSpan,
// addresseeSpan) even when no entity resolves; speakers.ts turns a phrase into an entity.
import type { Doc } from '../../document/doc.ts';
import { spanOf } from '../../document/doc.ts';
import type { Quote } from '../../document/types.ts';
import { describeSpeaker } from './affiliation.ts';
import { isFirstPerson } from './direct.ts';
import { sourcesBehindMedium } from './relayed.ts';
import { lower, objectAfter, rangeSpan, tokenAt } from './phrases.ts';
import { addresseeAt, mediumAt, mentionsIn, resolveSpeaker, type SpeakerIndex } from './speakers.ts';
import { inReadingOrder, round, type Draft, type QuoteStep } from './draft.ts';
import { NOT_ADDRESSEES, speechWords } from './lexicon.ts';
const ADDRESSEE_VERBS = speechWords('addressee-verb');

export const findSpeakers: QuoteStep = w => {
  w.drafts.sort(inReadingOrder);
  let previous: { speaker: string; end: number } | undefined;
  for (const d of w.drafts) {
    resolveDraft(w.doc, w.ix, d, previous);
    if (d.quote.speaker) previous = { speaker: d.quote.speaker, end: d.quote.end };
  }
};

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
      describeSpeaker(ix, q, s.start, s.end);
      sourcesBehindMedium(doc, ix, q);
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
      if (!NOT_ADDRESSEES.has(word)) q.addresseeSpan = spanOf(doc.text, s.start, s.end);
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

/** "Atambayev said he told Putin that … 'If you…'": the listener of the enclosing report. */
function addresseeFromParent(doc: Doc, ix: SpeakerIndex, parent: Draft, d: Draft) {
  const tk = doc.tokens;
  const open = parent.marked?.open ?? parent.quote.start;
  const openTok = tokenAt(tk, open);
  const sentence = tk[openTok]?.sentence;
  for (let k = openTok - 1; k >= 0 && tk[k].sentence === sentence; k--) {
    if (!ADDRESSEE_VERBS.has(lower(tk[k]))) continue;
    const obj = objectAfter(doc, k + 1, openTok - 1);
    if (!obj) continue;
    const s = rangeSpan(doc, obj);
    const id = addresseeAt(ix, s.start, s.end);
    d.quote.addresseeSpan = spanOf(doc.text, s.start, s.end);
    if (id && id !== d.quote.speaker) d.quote.addressee = id;
    return;
  }
}
