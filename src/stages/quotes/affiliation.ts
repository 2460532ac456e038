// Who a speaker phrase names, and for whom they speak: the person ("Tom LaSorda, the president of
// Chrysler" → a person, affiliation Chrysler), a body speaking as itself ("Boeing said"), or an
// unnamed person described ("a senior official", "a Boeing spokesman": described, affiliation
// Boeing). The body is kept apart from the speaker, so the person is never replaced by it.
import type { Quote } from '../../document/types.ts';
import { BODY_NOUNS, PERSON_NOUNS } from './lexicon.ts';
import { mentionsIn, type SpeakerIndex } from './speakers.ts';

const isBody = (type: string | undefined, kind: string | undefined) => type === 'ORG' ? kind !== 'media' : type === 'GPE' && kind === 'country';

export function describeSpeaker(ix: SpeakerIndex, q: Quote, start: number, end: number): void {
  const speaker = q.speaker ? ix.entities.get(q.speaker) : undefined;
  const words = ix.doc.text.slice(start, end).toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  // the bodies named inside the phrase, nearest the end first ("the president of Chrysler")
  let body: string | undefined;
  for (const m of mentionsIn(ix, start, end)) {
    const e = m.entity ? ix.entities.get(m.entity) : undefined;
    if (e && e.id !== q.speaker && isBody(e.type, e.kind)) body = e.id;
  }
  if (speaker?.type === 'PERSON') {
    q.speakerKind = 'person';
    if (body) q.affiliation = body;
  } else if (PERSON_NOUNS.has(head) && !BODY_NOUNS.has(head)) {
    q.speakerKind = 'described';
    const of = speaker && isBody(speaker.type, speaker.kind) ? speaker.id : body;
    if (of) q.affiliation = of;
  } else if (speaker && isBody(speaker.type, speaker.kind)) {
    q.speakerKind = 'organization';
  }
}
