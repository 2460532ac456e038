// Placeholder until the events layer is built: provides the layer, empty.
import type { Stage } from '../../pipeline/stage.ts';

export const eventsStage: Stage = {
  name: 'events',
  requires: ['entities', 'times', 'quotes'],
  provides: ['events'],
  run() {},
};
