// Whose forces sit at a place: "its remaining troops stationed at", "U.S. forces based at". Read by the
// facility reader (who runs it) and by the hand-back wordings (troops stationed there that will leave).
import type { Mention } from '../../document/types.ts';
import type { FactContext } from './context.ts';
import { alternation } from './words.ts';

let stationedRe: RegExp | undefined;
/** "its remaining troops stationed at", "U.S. forces based at": the state whose forces sit at what follows. */
export function stationedAt(ctx: FactContext, from: number, at: number): { owner: Mention } | undefined {
  const before = ctx.doc.text.slice(Math.max(from, at - 100), at);
  stationedRe ??= new RegExp(`((?:[\\w.'’-]+\\s+){0,3}?)${alternation('forces-noun')}\\s+(?:\\w+\\s+){0,2}?${alternation('stationed-participle')}\\s+(?:at|in)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?$`, 'iu');
  const r = stationedRe.exec(before);
  if (!r) return undefined;
  const start = at - before.length + r.index;
  const owner = ctx.mentionsIn(start, start + r[1].length).find(x => (x.type === 'GPE' || x.type === 'NORP' || x.type === 'ORG') && ctx.countryOf(x));
  return owner ? { owner } : undefined;
}
