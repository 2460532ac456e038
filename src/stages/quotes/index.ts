// Placeholder until the quotes layer is built: provides the layer, empty.
import type { Stage } from '../../pipeline/stage.ts';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['entities', 'times'],
  provides: ['quotes'],
  run() {},
};
