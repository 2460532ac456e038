// Placeholder until the entities layer is built: provides the layer, empty.
import type { Stage } from '../../pipeline/stage.ts';

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['mentions'],
  provides: ['entities'],
  run() {},
};
