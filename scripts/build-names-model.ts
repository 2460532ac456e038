// tsx scripts/build-names-model.ts: writes the name tagger's compact form (data/models/names-perceptron.bin),
// the form the mentions stage reads at start-up, from the model scripts/train-names.ts writes
// (names-perceptron.json). train-names runs it after writing; run it alone after editing the JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { DATA_DIR } from '../src/data/files.ts';
import { compactWeights, parseWeights } from '../src/stages/mentions/model/perceptron.ts';
import { NAME_MODEL_BINARY } from '../src/stages/mentions/model/tagger.ts';

export const NAME_MODEL_JSON = 'models/names-perceptron.json';

/** The compact form's bytes as made from the shipped JSON model. */
export function compactNameModelBytes(): Buffer {
  return compactWeights(parseWeights(readFileSync(DATA_DIR + NAME_MODEL_JSON, 'utf8')));
}

export function writeCompactNameModel(): number {
  const bytes = compactNameModelBytes();
  writeFileSync(DATA_DIR + NAME_MODEL_BINARY, bytes);
  return bytes.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote data/${NAME_MODEL_BINARY}: ${(writeCompactNameModel() / 1024).toFixed(0)} KB`);
}
