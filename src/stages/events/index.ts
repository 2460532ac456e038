// The events stage: CAMEO-coded who did what to whom, read clause by clause.
// Triggers come from the lexicon (data/cameo); actors from the entities layer through
// actor chunks; modality and negation turn codes; time and place come from the clause.
import type { Stage } from '../../pipeline/stage.ts';
import type { Doc } from '../../document/doc.ts';
import type { EventRecord } from '../../document/types.ts';
import { cameoLexicon, type Lexicon } from './lexicon.ts';
import { SentenceReader } from './reader.ts';

export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'mentions', 'entities', 'times', 'quotes'],
  provides: ['events'],
  init() { cameoLexicon(); },
  run(doc) { doc.events = extractEvents(doc, cameoLexicon()); },
};

/** The events of a document whose tokens, mentions, entities, times and quotes are read. */
export function extractEvents(doc: Doc, lex: Lexicon): EventRecord[] {
  const n = doc.tokens.length;
  if (!n) return [];
  const reader = new SentenceReader(doc, lex);
  const out: EventRecord[] = [];
  for (let first = 0; first < n;) {
    const s = doc.tokens[first].sentence;
    let last = first;
    while (last + 1 < n && doc.tokens[last + 1].sentence === s) last++;
    for (const e of reader.readSentence(s, first, last)) out.push(e);
    first = last + 1;
  }
  for (const e of out) if (!e.time) delete e.time;
  return out;
}
