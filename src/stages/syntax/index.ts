// The syntax stage: part-of-speech tags (PTB and Universal), lemmas and base phrases for every
// sentence, the shared ground of the names, quotes and events stages. It only adds token fields
// and the `chunks` working layer; the models are read once per process (at pipeline build, or on
// first use).
import type { Stage } from '../../pipeline/stage.ts';
import type { Chunk, Doc } from '../../document/doc.ts';
import { tagEntries, taggerModel, uposOf, wordEntry, type WordEntry } from './tagger.ts';
import { lemmaTables, lemmatize, wordForm } from './lemmatizer.ts';
import { chunkSentence } from './chunker.ts';

/** Tags, lemmatizes and chunks a document whose tokens and sentences are set. A word type's UPOS and
 *  lemma under each tag are worked out once, kept with the tagger's entry for the word. */
export function annotateSyntax(doc: Doc): void {
  const m = taggerModel();
  const lemmas = lemmaTables();
  const toks = doc.tokens;
  const tags: string[] = new Array(toks.length);
  const es: WordEntry[] = [], got: number[] = [];
  const chunks: Chunk[] = [];
  for (let i = 0; i < toks.length;) {
    const sentence = toks[i].sentence;
    let e = i;
    for (; e < toks.length && toks[e].sentence === sentence; e++) es[e - i] = wordEntry(m, toks[e].text);
    tagEntries(m, es, e - i, toks[i].text, got);
    for (let k = i; k < e; k++) {
      const tok = toks[k], tag = got[k - i], w = es[k - i];
      tok.tag = tags[k] = m.tags[tag];
      let lemma = w.lemma[tag];
      if (lemma === undefined) {
        lemma = w.lemma[tag] = lemmatize(wordForm(tok.text), m.tags[tag], lemmas);
        w.upos[tag] = uposOf(m, tok.text, tag);
      }
      tok.upos = w.upos[tag];
      tok.lemma = lemma;
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
