// Placeholder until the facts layer is built: provides the layer, empty.
import type { Stage } from '../../pipeline/stage.ts';

export const factsStage: Stage = {
  name: 'facts',
  requires: ['events'],
  provides: ['facts'],
  run() {},
};
