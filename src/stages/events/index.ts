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
  if (!doc.tokens.length) return [];
  const reader = new SentenceReader(doc, lex, dict);
  const out: EventRecord[] = [];
  const sentences = sentenceRanges(doc);
  const coded = dictionaryCoded(doc, sentences, dict);
  for (let k = 0; k < sentences.length; k += 3) {
    // index loops: the arrays returned differ in elements kind, and an iterator over them deoptimized this loop
    const events = reader.readSentence(sentences[k], sentences[k + 1], sentences[k + 2], coded[k / 3] === 1);
    for (let j = 0; j < events.length; j++) out.push(events[j]);
  }
  for (const e of out) if (!e.time) delete e.time;
  return out;
}

/** Each sentence's number, first and last token, three numbers a sentence. */
function sentenceRanges(doc: Doc): number[] {
  const toks = doc.tokens, n = toks.length;
  const out: number[] = [];
  for (let first = 0; first < n;) {
    const s = toks[first].sentence;
    let last = first;
    while (last + 1 < n && toks[last + 1].sentence === s) last++;
    out.push(s, first, last);
    first = last + 1;
  }
  return out;
}

/**
 * Which sentences (1, in `sentenceRanges` order) the dictionary coder may code. A discarded sentence
 * (sports results, entertainment) codes no dictionary event; a story-level discard (+ in the list)
 * voids the story's. The hand rules name their own triggers and keep theirs: the list voids "the
 * Beatles' Apple Corps sued Apple Computer".
 */
function dictionaryCoded(doc: Doc, sentences: readonly number[], dict?: Dictionaries): Uint8Array {
  const coded = new Uint8Array(sentences.length / 3).fill(1);
  if (!dict?.discards.size) return coded;
  const words: string[] = [];
  for (let k = 0; k < sentences.length; k += 3) {
    words.length = 0;
    for (let i = sentences[k + 1]; i <= sentences[k + 2]; i++) if (doc.tokens[i].kind !== 'punct') words.push(doc.tokens[i].text);
    const d = dict.discards.find(words);
    if (!d || isDateDiscard(d.words)) continue;
    if (d.story) return coded.fill(0);
    coded[k / 3] = 0;
  }
  return coded;
}
