// Placeholder until the times layer is built: provides the layer, empty.
import type { Stage } from '../../pipeline/stage.ts';

export const timesStage: Stage = {
  name: 'times',
  requires: ['sentences'],
  provides: ['times'],
  run() {},
};
