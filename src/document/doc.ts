// The working document the stages share. It holds the contract layers plus
// working layers (tokens) that never reach the JSON, and checks spans on write.
import type {
  DossierDocument, Fact, Message, Span,
} from './types.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** text.toLowerCase(), computed once: every stage compares words in lower case */
  lower: string;
  kind: 'word' | 'number' | 'punct';
  /** index of the sentence that holds it */
  sentence: number;
  /** Penn Treebank tag (NN, NNP, VBD, VBN, IN, …), from the syntax stage */
  tag?: string;
  /** Universal POS (NOUN, PROPN, VERB, AUX, ADP, …), from the syntax stage */
  upos?: string;
  /** lower-case lemma ("said" → "say", "talks" → "talk"), from the syntax stage */
  lemma?: string;
  /** index into doc.tokens of the syntactic head, -1 for a root (only when the parser runs) */
  head?: number;
  /** Universal Dependencies relation to the head (only when the parser runs) */
  deprel?: string;
}

/**
 * A base phrase from the syntax stage (a working layer, never in the JSON). start/end/head are
 * token indices (end exclusive). A PP covers its preposition and its NP (head: the NP's head);
 * a VP is a verb group ("has been attacked": head the main verb, passive true).
 */
export interface Chunk {
  kind: 'NP' | 'VP' | 'PP' | 'ADJP' | 'ADVP';
  start: number;
  end: number;
  head: number;
  passive?: boolean;
}

/** The contract's layers (all present while stages run) plus the working ones that never reach the JSON. */
export interface Doc extends Omit<DossierDocument, 'facts' | 'messages'> {
  tokens: Token[];
  /** base phrases from the syntax stage, sorted by start (empty until it runs) */
  chunks: Chunk[];
  facts: Fact[];
  messages: Message[];
  /** layers provided so far, by name */
  provided: Set<string>;
}

/**
 * The Doc fields each pipeline layer (a name in a stage's `requires`/`provides`) guards: a stage
 * reads them only if it declares the layer, and assigns them only if it provides it (see
 * src/pipeline/contract.ts). Fields no layer lists (id, text, published, messages…) are open to all.
 */
export const LAYER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  tokens: ['tokens'],
  // segment's tokens come with its sentences: a stage that needs sentences reads both
  sentences: ['sentences', 'tokens'],
  // the syntax stage's working layer; its token fields (tag, upos, lemma, head, deprel) ride on
  // the tokens and are read by whoever reads tokens
  syntax: ['chunks'],
  times: ['times'],
  mentions: ['mentions'],
  entities: ['entities'],
  quotes: ['quotes'],
  events: ['events'],
  facts: ['facts'],
};

export function createDoc(text: string, meta: { id: string; title?: string; published?: string; url?: string }): Doc {
  return {
    id: meta.id, title: meta.title, published: meta.published, url: meta.url, text,
    sentences: [], tokens: [], chunks: [], mentions: [], entities: [], times: [], quotes: [], events: [], facts: [],
    messages: [], provided: new Set(),
  };
}

/** A span of the document's own text; the text is cut here so it always matches. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The index of the sentence holding offset `at` (binary search; sentences are sorted). */
export function sentenceIndexAt(doc: Pick<Doc, 'sentences'>, at: number): number {
  const s = doc.sentences;
  let lo = 0, hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < s[mid].start) hi = mid - 1;
    else if (at >= s[mid].end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, s.length - 1));
}

/** Items whose text no longer matches their offsets: a bug in a stage, reported, never shipped silently. */
export function findOffsetErrors(doc: Pick<DossierDocument, 'text' | 'mentions' | 'times' | 'quotes' | 'events'>): string[] {
  const bad: string[] = [];
  const check = (layer: string, it: Span | undefined) => {
    if (it && doc.text.slice(it.start, it.end) !== it.text) bad.push(`${layer} [${it.start},${it.end}) "${it.text}"`);
  };
  for (const m of doc.mentions) check('mentions', m);
  for (const t of doc.times) check('times', t);
  for (const q of doc.quotes) { check('quotes', q); check('quotes.cue', q.cue); check('quotes.speakerSpan', q.speakerSpan); check('quotes.addresseeSpan', q.addresseeSpan); }
  for (const e of doc.events) check('events.trigger', e.trigger);
  return bad;
}

/** The contract JSON: the working layers (tokens, provided) stay behind. */
export function toContract(doc: Doc): DossierDocument {
  const out: DossierDocument = {
    id: doc.id,
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    ...(doc.published !== undefined ? { published: doc.published } : {}),
    ...(doc.url !== undefined ? { url: doc.url } : {}),
    text: doc.text,
    sentences: doc.sentences,
    mentions: doc.mentions,
    entities: doc.entities,
    times: doc.times,
    quotes: doc.quotes,
    events: doc.events,
    facts: doc.facts,
  };
  if (doc.messages.length) out.messages = doc.messages;
  return out;
}
