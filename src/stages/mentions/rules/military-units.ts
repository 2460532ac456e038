// Military units and facilities by their shape (../military.ts): "5th Air Army" (ORG), "Camp Bastion",
// "Kant Air Base" (FAC).
import { militaryShape } from '../military.ts';
import { RULE } from './ids.ts';
import { found, type NameStep } from './step.ts';

export const unitOrBase: NameStep = {
  id: 'military-shape', words: 'several', rules: [RULE.militaryUnit, RULE.campFort, RULE.facility],
  apply(_ctx, { a, b, n, words }) {
    const shape = n >= 2 ? militaryShape(words) : undefined;
    return shape ? found(a, b, shape.type, shape.rule, 3) : undefined;
  },
};
