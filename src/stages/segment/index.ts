import type { Stage } from '../../pipeline/stage.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  provides: ['tokens', 'sentences'],
  run(doc) {
    doc.tokens = tokenize(doc.text);
    doc.sentences = splitSentences(doc.text, doc.tokens);
  },
};
