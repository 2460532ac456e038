// Sentence boundaries for news text: a stop (. ! ? …) followed by closing quotes or
// brackets and then a capital, a digit or an opening quote ends a sentence, unless the
// stop belongs to an abbreviation; a line break always ends one (headlines, datelines,
// paragraphs); no sentence runs past MAX_SENTENCE_TOKENS. Works on tokens, so it is linear in the text.
import type { Token } from '../../document/doc.ts';
import type { Sentence } from '../../document/types.ts';
import { NUMBER_ABBREVIATIONS, OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.ts';

/** The most tokens one sentence may hold: news sentences run to a hundred words; a longer "sentence" is a
 * list, a table or text without punctuation, and per-sentence work must not grow with the whole text. */
export const MAX_SENTENCE_TOKENS = 300;

const STOPS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    for (let k = first; k <= last; k++) tokens[k].sentence = sentences.length;
    sentences.push({ start: tokens[first].start, end: tokens[last].end });
    first = last + 1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    if (hasLineBreak(text, tokens[i].end, next.start)) { close(i); continue; }
    // a bounded window: text without stops is cut into pieces every later stage reads in bounded time
    if (i - first + 1 >= MAX_SENTENCE_TOKENS) { close(i); continue; }
    const t = tokens[i];
    const isStop = STOPS.has(t.text) || (t.kind === 'word' && t.text.endsWith('.'));
    if (!isStop) continue;
    // take closing quotes and brackets that belong to this sentence
    let last = i;
    while (tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) && tokens[last].end === tokens[last + 1].start) last++;
    const after = tokens[last + 1];
    if (!after) break;
    if (hasLineBreak(text, tokens[last].end, after.start)) { close(last); i = last; continue; }
    if (tokens[last].end === after.start) continue;                       // "3.5", "U.S.-led"
    if (!startsSentence(after)) continue;
    if (t.text === '.' && isAbbreviation(tokens[i - 1], after, t)) continue;
    if (t.kind === 'word' && !SENTENCE_STARTERS.has(after.text)) continue; // "U.S. President"
    close(last);
    i = last;
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}

function startsSentence(t: Token): boolean {
  const c = t.text[0];
  return OPENERS.has(c) || /[\p{Lu}\d]/u.test(c);
}

function isAbbreviation(prev: Token | undefined, after: Token, stop: Token): boolean {
  if (!prev || prev.end !== stop.start || prev.kind !== 'word') return false;
  const w = prev.text;
  if (TITLE_ABBREVIATIONS.has(w)) return true;
  if (NUMBER_ABBREVIATIONS.has(w) && after.kind === 'number') return true;
  if (/^\p{Lu}$/u.test(w)) return !SENTENCE_STARTERS.has(after.text); // initials: "George W. Bush"
  if (OTHER_ABBREVIATIONS.has(w)) return !SENTENCE_STARTERS.has(after.text);
  return false;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13) return true;
  return false;
}
