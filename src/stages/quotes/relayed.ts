// A medium that reports what unnamed sources told it is the quote's `via`, not its speaker:
//   "Citing people familiar with the situation, The Wall Street Journal reported that …"
//   "The New York Times reported that someone familiar with the situation said …"
// The sources are kept as a described speaker (speakerSpan, speakerKind 'described').
import { spanOf } from '../../document/doc.ts';
import type { Doc } from '../../document/doc.ts';
import type { Quote } from '../../document/types.ts';
import { isSpeechVerb, lower, tokenAt } from './phrases.ts';
import type { SpeakerIndex } from './speakers.ts';

/** How far into the reported clause a source's own speech verb may stand ("someone familiar with the situation said"). */
const SOURCE_WORDS = 8;

export function sourcesBehindMedium(doc: Doc, ix: SpeakerIndex, q: Quote): void {
  const medium = q.speaker ? ix.entities.get(q.speaker) : undefined;
  if (medium?.kind !== 'media' || !q.cue) return;
  const tk = doc.tokens;
  const cueTok = tokenAt(tk, q.cue.start);
  const s = tk[cueTok]?.sentence;
  // "Citing X, <medium> reported": the sentence opens with the sources
  let first = cueTok;
  while (first > 0 && tk[first - 1].sentence === s) first--;
  let sources: { start: number; end: number } | undefined;
  if (lower(tk[first]) === 'citing') {
    let k = first + 1;
    while (k < cueTok && tk[k].text !== ',') k++;
    if (k > first + 1 && k < cueTok) sources = { start: tk[first + 1].start, end: tk[k - 1].end };
  }
  // "<medium> reported that someone familiar with the situation said …": lower-case words, then their speech verb
  if (!sources && q.kind === 'indirect') {
    const from = tokenAt(tk, q.start);
    for (let k = from + 1; k < tk.length && k - from <= SOURCE_WORDS && tk[k].sentence === s; k++) {
      if (tk[k].kind !== 'word' || /^\p{Lu}/u.test(tk[k].text)) break;
      if (isSpeechVerb(tk[k])) { sources = { start: tk[from].start, end: tk[k - 1].end }; break; }
    }
  }
  if (!sources) return;
  q.via = medium.id;
  q.viaSpan = q.speakerSpan;
  q.speakerSpan = spanOf(doc.text, sources.start, sources.end);
  q.speakerKind = 'described';
  delete q.speaker;
  delete q.affiliation;
}
