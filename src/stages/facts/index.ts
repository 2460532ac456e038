// The facts stage: facilities, agreements and proposals read off the mentions,
// times and quotes of one document. Order matters: facilities first (agreements
// and proposals point at them), then proposals (they add "proposed" and
// "declined" to a facility's history), then agreements.
import type { Fact, FacilityFact } from '../../document/facts.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { readAgreements } from './agreements.ts';
import { FactContext } from './context.ts';
import { readFacilityFacts, settleStatus } from './facilities.ts';
import { clusterFacilities } from './facility-clusters.ts';
import { findFacilityMentions } from './facility-mentions.ts';
import { readProposals } from './proposals.ts';
import type { Doc } from '../../document/doc.ts';

export function readFacts(doc: Doc): Fact[] {
  const ctx = new FactContext(doc);
  const mentions = findFacilityMentions(doc, m => ctx.countryOf(m));
  const { clusters, clusterOf } = clusterFacilities(doc, mentions);
  const facilities = readFacilityFacts(ctx, clusters);
  const proposals = readProposals(ctx, facilities, clusters, clusterOf, mentions);
  clusters.forEach((c, i) => settleStatus(ctx, facilities[i], c));
  const facilityAt = (start: number, end: number): FacilityFact | undefined => {
    const m = mentions.find(f => f.start >= start && f.end <= end && clusterOf.has(f));
    return m ? facilities[clusters.indexOf(clusterOf.get(m)!)] : undefined;
  };
  const agreements = readAgreements(ctx, facilityAt);
  return [...facilities, ...agreements, ...proposals];
}

export const factsStage: Stage = {
  name: 'facts',
  requires: ['sentences', 'mentions', 'entities', 'times', 'quotes', 'events'],
  provides: ['facts'],
  run(doc) {
    doc.facts = readFacts(doc);
  },
};
