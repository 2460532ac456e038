// Step 3b, interview turns: a report laid out as questions and answers ("What first attracted you to
// researching ants?" then the answer's paragraphs) quotes its interviewee in every answer paragraph
// and its interviewer in every question, with no marks and no cue. Such a layout is recognized by
// three or more question paragraphs, each followed by an answer, a third of which address "you",
// after an introduction that says "interview" or names a news medium; the
// interviewee is the one the introduction presents (intervieweeOf), the interviewer the medium
// named before the first question (Wikinews).
import { wordAlternation, wordKinds, writtenAlternation } from '../../data/lexicon.ts';
import { spanOf } from '../../document/doc.ts';
import type { Doc } from '../../document/doc.ts';
import type { Entity, Mention, Offsets } from '../../document/types.ts';
import { inReadingOrder, type Draft, type QuoteStep } from './draft.ts';
import { mediumAt, mentionsIn } from './speakers.ts';

interface Paragraph { start: number; end: number; question: boolean }

const MIN_QUESTIONS = 3;
/** A question longer than this is a statement with a question in it, not an interviewer's turn. */
const MAX_QUESTION = 700;
const ADDRESSES_YOU = /\byou(?:r|rs|rself)?\b/i;
// photo captions and credits between the turns are not speech (interview-cues.tsv: caption-label, case kept)
let captionRe: RegExp | undefined;
const CAPTION = () => (captionRe ??= new RegExp(`(?:^|\\s)${writtenAlternation('quotes/interview-cues.tsv', 'caption-label')}:\\s|^File photo\\b`));

export const findInterviewTurns: QuoteStep = w => {
  if (!mayHoldQuestions(w.doc.text)) return; // most reports: no question closes two paragraphs
  const paragraphs = paragraphsOf(w.doc.text);
  const { first: firstQuestion, count } = questionRun(paragraphs);
  if (firstQuestion < 0) return;
  const intro = paragraphs[firstQuestion].start;
  const interviewer = interviewerOf(w, intro);
  // the introduction says it is an interview, or names the medium it was given to: questions and answers
  // elsewhere (a court's opinion, a FAQ) are not turns of speech. When it says both ("Wikinews interviewed
  // Tina McKenzie"), two answered questions suffice; else three, a third of them addressed to "you"
  const saysInterview = /\binterview/i.test(w.doc.text.slice(0, intro));
  if (!interviewer && !saysInterview) return;
  const you = questionsToYou(w.doc.text, paragraphs);
  if (interviewer && saysInterview ? count < 2 || you.you < 1 : count < MIN_QUESTIONS || you.you < 2 || you.you * 3 < you.all) return;
  const interviewee = intervieweeOf(w.doc, intro);
  // what the earlier steps found inside the turns stays, but a turn is the quotation of its paragraph
  // (a paragraph that is one marked quotation already is one; a quotation left open across paragraphs does not count)
  // (drafts by start, walked once with the paragraphs: a long transcript must not cost paragraphs × drafts)
  const byStart = w.drafts.map(d => d.quote).sort((a, b) => a.start - b.start);
  let from = 0;
  const covered = (p: Paragraph) => {
    while (from < byStart.length && byStart[from].start < p.start - 1) from++;
    for (let j = from; j < byStart.length && byStart[j].start <= p.end + 1; j++) {
      const q = byStart[j];
      if (q.end <= p.end + 1 && (q.end - q.start) * 5 >= (p.end - p.start) * 4) return true;
    }
    return false;
  };
  for (let k = firstQuestion; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (CAPTION().test(w.doc.text.slice(p.start, p.end)) || isCaption(w, p) || covered(p)) continue;
    const who = p.question ? interviewer : interviewee?.entity ? interviewee : undefined;
    const d: Draft = {
      quote: { ...spanOf(w.doc.text, p.start, p.end), kind: 'direct', rule: p.question ? 'quotes.interview.question' : 'quotes.interview.answer' },
      weight: 0.8,
    };
    if (who) {
      d.quote.speaker = who.entity!.id;
      d.quote.speakerSpan = spanOf(w.doc.text, who.mention.start, who.mention.end);
      d.quote.speakerKind = who.entity!.type === 'PERSON' ? 'person' : 'organization';
      d.quote.confidence = 0.8;
    } else if (!p.question && interviewee) {
      // "Wikinews interviewed one of the owners of a New York City bar": a described interviewee
      d.quote.speakerSpan = spanOf(w.doc.text, interviewee.mention.start, interviewee.mention.end);
      d.quote.speakerKind = 'described';
    }
    w.drafts.push(d);
  }
  w.drafts.sort(inReadingOrder);
};

/** "Hill (right) with fellow candidate Buddy Roemer.", "This map shows …": a photo's caption, not an answer. */
function isCaption(w: Parameters<QuoteStep>[0], p: Paragraph): boolean {
  const cues = wordKinds('quotes/interview-cues.tsv');
  const text = w.doc.text;
  const opening = /^(\p{L}+)\s+(\p{L}+)/u.exec(text.slice(p.start, p.start + 40));
  if (opening && (cues.get(opening[1].toLowerCase())?.includes('caption-start') || cues.get(`${opening[1]} ${opening[2]}`.toLowerCase())?.includes('caption-start'))) return true;
  const name = mentionsIn(w.ix, p.start, p.start + 1).find(m => m.start === p.start && m.kind === 'name' && m.type === 'PERSON');
  if (!name) return false;
  const next = /^\s*(\(|\p{L}+)/u.exec(text.slice(name.end, name.end + 16))?.[1]?.toLowerCase() ?? '';
  return cues.get(next)?.includes('caption-after-name') ?? false;
}

/** Two or more paragraphs end in a question mark (a cheap scan before splitting paragraphs). */
function mayHoldQuestions(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) {
    let k = i + 1;
    while (k < text.length && (text[k] === '"' || text[k] === '”' || text[k] === ' ')) k++;
    if ((k >= text.length || text[k] === '\n') && ++n >= 2) return true;
  }
  return false;
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start, e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      const last = text[e - 1] === '"' || text[e - 1] === '”' ? text[e - 2] : text[e - 1];
      out.push({ start: s, end: e, question: last === '?' && e - s <= MAX_QUESTION });
    }
    start = end + 1;
  }
  return out;
}

/** The first question of a question-and-answer run (-1 when there is none) and how many questions have an answer after them. */
function questionRun(ps: Paragraph[]): { first: number; count: number } {
  let first = -1, count = 0;
  for (let k = 0; k + 1 < ps.length; k++) {
    if (!ps[k].question || ps[k + 1].question) continue;
    if (first < 0) first = k;
    count++;
  }
  return { first, count };
}

/** Questions of an interview address the interviewee: how many say "you", of how many. */
function questionsToYou(text: string, ps: Paragraph[]): { you: number; all: number } {
  const qs = ps.filter(p => p.question);
  return { you: qs.filter(p => ADDRESSES_YOU.test(text.slice(p.start, p.end))).length, all: qs.length };
}

/**
 * The interviewee, among the names before the first question: the one the words around it
 * introduce ("Wikinews interviews X", "X tells Wikinews"; a person the name finder took for an
 * organization counts here), else a person named in the title, else the person named most often.
 * A photo credit ("Image: X") names no interviewee.
 */
function intervieweeOf(doc: Doc, end: number): { entity?: Entity; mention: Offsets } | undefined {
  const cues = wordKinds('quotes/interview-cues.tsv');
  const has = (phrase: string, kind: string) => cues.get(phrase)?.includes(kind) ?? false;
  const wordsBefore = (at: number) => doc.text.slice(Math.max(0, at - 24), at).toLowerCase().trim().split(/\s+/);
  const titleEnd = doc.text.indexOf('\n');
  const byId = new Map(doc.entities.map(e => [e.id, e]));
  const counts = new Map<string, { n: number; mention: Mention }>();
  let introduced: Mention | undefined, inTitle: Mention | undefined;
  for (const m of doc.mentions) {
    if (m.start >= end) break;
    const e = m.entity ? byId.get(m.entity) : undefined;
    if (m.kind !== 'name' || !e) continue;
    const w = wordsBefore(m.start);
    if (has(w.at(-1) ?? '', 'credit')) continue;
    const person = e.type === 'PERSON', unknownBody = e.type === 'ORG' && (!e.kind || e.kind === 'org') && e.rule?.includes('unknown') === true;
    if (!introduced && (person || unknownBody)) {
      const next = /^\s*([\p{L}]+)/u.exec(doc.text.slice(m.end, m.end + 16))?.[1]?.toLowerCase() ?? '';
      if (has(w.at(-1) ?? '', 'before') || has(w.slice(-2).join(' '), 'before') || has(next, 'after')) introduced = m;
    }
    if (!person) continue;
    if (!inTitle && (titleEnd < 0 || m.start < titleEnd)) inTitle = m;
    const c = counts.get(e.id);
    if (c) { c.n++; if (m.text.length > c.mention.text.length) c.mention = m; } else counts.set(e.id, { n: 1, mention: m });
  }
  let most: Mention | undefined, n = 0;
  for (const c of counts.values()) if (c.n > n) { n = c.n; most = c.mention; }
  // "Frank Messina: An Interview with …": the title names its interviewee before the colon, whatever the name was taken for
  const title = doc.text.slice(0, titleEnd < 0 ? end : titleEnd);
  const colon = title.indexOf(':');
  if (!introduced && colon > 0 && /\binterview/i.test(title.slice(colon))) {
    introduced = doc.mentions.find(m => m.kind === 'name' && m.entity && m.end <= colon && byId.get(m.entity)?.kind !== 'country');
  }
  // "Wikinews interviewed one of the owners": the interviewee is unnamed, and the person most talked about is not them
  const unnamed = introduced ? undefined : unnamedInterviewee(doc, end, has);
  if (unnamed) return { mention: unnamed };
  const pick = introduced ?? inTitle ?? most;
  return pick && { entity: byId.get(pick.entity!)!, mention: pick };
}

// the description's end: "about", "on" … (interview-cues.tsv: description-end), a comma or the sentence's end
let descriptionEndRe: RegExp | undefined;
const DESCRIPTION_END = () => (descriptionEndRe ??= new RegExp(`\\s${wordAlternation('quotes/interview-cues.tsv', 'description-end')}\\s|[,.;:\\n]`));

/** An interview cue followed by a description and no person's name: "interviewed one of the owners of a New York City bar"
 * (the description's words, up to "about", a comma or the sentence's end). */
function unnamedInterviewee(doc: Doc, end: number, has: (phrase: string, kind: string) => boolean): Offsets | undefined {
  const intro = doc.text.slice(0, end);
  for (const m of intro.matchAll(/\b(\p{L}+)\s+(?=(\p{L}+))/gu)) {
    if (!has(m[1].toLowerCase(), 'before') || !/^\p{Ll}/u.test(m[2]) || has(m[2].toLowerCase(), 'not-description')) continue;
    const from = m.index + m[0].length;
    if (doc.mentions.some(x => x.type === 'PERSON' && x.kind === 'name' && x.start >= from && x.start < from + 60)) continue;
    const stop = DESCRIPTION_END().exec(intro.slice(from, from + 120));
    return { start: from, end: from + (stop ? stop.index : Math.min(120, intro.length - from)) };
  }
  return undefined;
}

/** The medium named before the questions ("tells Wikinews", "spoke to Wikinews"): its first mention. */
function interviewerOf(w: Parameters<QuoteStep>[0], end: number): { entity: Entity; mention: Mention } | undefined {
  for (const m of w.ix.mentions) {
    if (m.start >= end) break;
    if (!m.entity || m.kind !== 'name') continue;
    const med = mediumAt(w.ix, m.start, m.end);
    const e = med.medium && med.entity ? w.ix.entities.get(med.entity) : undefined;
    if (e) return { entity: e, mention: m };
  }
  return undefined;
}
