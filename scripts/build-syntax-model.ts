// tsx scripts/build-syntax-model.ts: writes the tagger's compact form (data/models/pos-tagger.bin) from
// its text (pos-tagger.txt.gz) and the POS lexicon, the form the syntax stage reads at start-up. `npm run
// train:syntax` runs it after training; run it alone after editing either file by hand.
import { writeFileSync } from 'node:fs';
import { DATA_DIR } from '../src/data/files.ts';
import { TAGGER_BINARY, serializeTaggerModel, taggerModelFromText } from '../src/stages/syntax/tagger.ts';

/** The compact form's bytes as made from the shipped text model (uncompressed: the stage maps its arrays as they are). */
export function compactTaggerBytes(): Buffer {
  return serializeTaggerModel(taggerModelFromText());
}

export function writeCompactTagger(): number {
  const bytes = compactTaggerBytes();
  writeFileSync(DATA_DIR + TAGGER_BINARY, bytes);
  return bytes.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote data/${TAGGER_BINARY}: ${(writeCompactTagger() / 1024).toFixed(0)} KB`);
}
