// tsx scripts/build-syntax-model.ts: writes the tagger's compact form (data/models/pos-tagger.bin.gz) from
// its text (pos-tagger.txt.gz) and the POS lexicon, the form the syntax stage reads at start-up. `npm run
// train:syntax` runs it after training; run it alone after editing either file by hand.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DATA_DIR } from '../src/data/files.ts';
import { TAGGER_BINARY, serializeTaggerModel, taggerModelFromText } from '../src/stages/syntax/tagger.ts';

/** The compact form's bytes (gzipped) as made from the shipped text model. */
export function compactTaggerBytes(): Buffer {
  return gzipSync(serializeTaggerModel(taggerModelFromText()), { level: 9 });
}

export function writeCompactTagger(): number {
  const gz = compactTaggerBytes();
  writeFileSync(DATA_DIR + TAGGER_BINARY, gz);
  return gz.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote data/${TAGGER_BINARY}: ${(writeCompactTagger() / 1024).toFixed(0)} KB`);
}
