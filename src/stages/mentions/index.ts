// Placeholder until the mentions layer is built: provides the layer, empty.
import type { Stage } from '../../pipeline/stage.ts';

export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['sentences'],
  provides: ['mentions'],
  run() {},
};
