// The events stage: CAMEO-coded who did what to whom, read clause by clause.
// Triggers come from the lexicon (data/cameo); actors from the entities layer through
// actor chunks; modality and negation turn codes; time and place come from the clause.
import type { Stage } from '../../pipeline/stage.ts';
import type { Doc } from '../../document/doc.ts';
import type { EventRecord } from '../../document/types.ts';
import { cameoLexicon, type Lexicon } from './lexicon.ts';
import { SentenceReader } from './reader.ts';
import { defaultDictionaries, loadDictionaries, type Dictionaries } from '../../data/petrarch/index.ts';

/** The events stage with a dictionary set: the vendored CAMEO 2.0 and Phoenix ones unless given. */
export function createEventsStage(options: { dictionaries?: string | Dictionaries } = {}): Stage {
  const dict = (): Dictionaries => typeof options.dictionaries === 'string' ? loadDictionaries(options.dictionaries)
    : options.dictionaries ?? defaultDictionaries();
  return {
    name: 'events',
    requires: ['sentences', 'syntax', 'mentions', 'entities', 'times', 'quotes'],
    provides: ['events'],
    init() { cameoLexicon(); dict(); },
    run(doc) { doc.events = extractEvents(doc, cameoLexicon(), dict()); },
  };
}

export const eventsStage: Stage = createEventsStage();

/**
 * Years and decades void a sentence in the Phoenix discards (they were written for historical
 * chronologies); in news they are the dates of the story ("since 2003"), so they are not applied.
 */
const isDateDiscard = (words: readonly string[]) => words.every((w) => /^\d+S?$/.test(w));

/** The events of a document whose tokens, mentions, entities, times and quotes are read. */
export function extractEvents(doc: Doc, lex: Lexicon, dict?: Dictionaries): EventRecord[] {
  const n = doc.tokens.length;
  if (!n) return [];
  const reader = new SentenceReader(doc, lex, dict);
  const out: EventRecord[] = [];
  const sentences: [number, number, number][] = [];
  for (let first = 0; first < n;) {
    const s = doc.tokens[first].sentence;
    let last = first;
    while (last + 1 < n && doc.tokens[last + 1].sentence === s) last++;
    sentences.push([s, first, last]);
    first = last + 1;
  }
  // a discarded sentence (sports results, entertainment) codes no dictionary event; a
  // story-level discard (+ in the list) voids the story's. The hand rules name their own
  // triggers and keep theirs: the list voids "the Beatles' Apple Corps sued Apple Computer".
  const discarded = new Set<number>();
  let storyDiscarded = false;
  if (dict?.discards.size) {
    for (const [s, first, last] of sentences) {
      const words: string[] = [];
      for (let i = first; i <= last; i++) if (doc.tokens[i].kind !== 'punct') words.push(doc.tokens[i].text);
      const d = dict.discards.find(words);
      if (!d || isDateDiscard(d.words)) continue;
      if (d.story) storyDiscarded = true;
      discarded.add(s);
    }
  }
  for (const [s, first, last] of sentences) {
    // an index loop: the arrays returned differ in elements kind, and an iterator over them deoptimized this loop
    const events = reader.readSentence(s, first, last, !storyDiscarded && !discarded.has(s));
    for (let k = 0; k < events.length; k++) out.push(events[k]);
  }
  for (const e of out) if (!e.time) delete e.time;
  return out;
}
