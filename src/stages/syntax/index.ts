// The syntax stage: part-of-speech tags (PTB and Universal), lemmas and base phrases for every
// sentence, the shared ground of the names, quotes and events stages. It only adds token fields
// and the `chunks` working layer; the models are read once per process (at pipeline build, or on
// first use).
import type { Stage } from '../../pipeline/stage.ts';
import type { Chunk, Doc } from '../../document/doc.ts';
import { taggerModel, tagIndices, uposOf, type TaggerModel } from './tagger.ts';
import { lemmaTables, lemmatize, wordForm, type LemmaTables } from './lemmatizer.ts';
import { chunkSentence } from './chunker.ts';

/** A word type's UPOS and lemma by tag index, worked out once (bounded cache). */
const byWord = new Map<string, { upos: string[]; lemma: string[] }>();
const CACHE_LIMIT = 20_000;

function uposAndLemma(m: TaggerModel, lemmas: LemmaTables, text: string, tag: number): [string, string] {
  let e = byWord.get(text);
  if (!e) {
    if (byWord.size >= CACHE_LIMIT) byWord.clear();
    e = { upos: [], lemma: [] };
    byWord.set(text, e);
  }
  let lemma = e.lemma[tag];
  if (lemma === undefined) {
    lemma = e.lemma[tag] = lemmatize(wordForm(text), m.tags[tag], lemmas);
    e.upos[tag] = uposOf(m, text, tag);
  }
  return [e.upos[tag], lemma];
}

/** Tags, lemmatizes and chunks a document whose tokens and sentences are set. */
export function annotateSyntax(doc: Doc): void {
  const m = taggerModel();
  const lemmas = lemmaTables();
  const toks = doc.tokens;
  const tags: string[] = new Array(toks.length);
  const words: string[] = [];
  const chunks: Chunk[] = [];
  for (let i = 0; i < toks.length;) {
    let e = i;
    while (e < toks.length && toks[e].sentence === toks[i].sentence) e++;
    words.length = 0;
    for (let k = i; k < e; k++) words.push(toks[k].text);
    const got = tagIndices(m, words);
    for (let k = i; k < e; k++) {
      const tok = toks[k], tag = got[k - i];
      tok.tag = tags[k] = m.tags[tag];
      [tok.upos, tok.lemma] = uposAndLemma(m, lemmas, tok.text, tag);
    }
    chunkSentence(toks, tags, i, e, chunks);
    i = e;
  }
  doc.chunks = chunks;
}

export const syntaxStage: Stage = {
  name: 'syntax',
  requires: ['sentences'],
  provides: ['syntax'],
  init() { taggerModel(); lemmaTables(); },
  run(doc) { annotateSyntax(doc); },
};
