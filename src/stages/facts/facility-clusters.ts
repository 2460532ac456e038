// Groups facility phrases into facilities: a named facility gathers its names;
// "second", "one more", "new" phrases are the facility not yet in place; "the base"
// goes to the facility last spoken of (or, in a proposal, to the proposed one).
import type { Doc } from '../../document/doc.ts';
import type { FacilityMention } from './facility-mentions.ts';
import { words } from './words.ts';

export interface FacilityCluster {
  index: number;
  mentions: FacilityMention[];
  /** entity id of the named facility */
  entity?: string;
  novel: boolean;
  similar: boolean;
  facilityType: string;
  /** rule ids of the linking decisions */
  links: string[];
}

const PROPOSAL_WORDS = /\b(?:propos\w*|suggest\w*|wants?|wanted|ask\w*|request\w*|offer\w*|call\w* for|urg\w*|situat\w*)\b/i;
const PREDICATE_BEFORE = /\b(?:is|was|are|were|as|become|became|making the facility|making it)\s+$/i;

export function clusterFacilities(doc: Doc, mentions: FacilityMention[]): { clusters: FacilityCluster[]; clusterOf: Map<FacilityMention, FacilityCluster> } {
  const clusters: FacilityCluster[] = [];
  const clusterOf = new Map<FacilityMention, FacilityCluster>();
  let lastTouched: FacilityCluster | undefined;

  const create = (m: FacilityMention, rule: string): FacilityCluster => {
    const c: FacilityCluster = {
      index: clusters.length, mentions: [], entity: m.named?.entity, novel: m.novel, similar: m.similar,
      facilityType: m.facilityType === 'anaphor' ? 'facility' : m.facilityType, links: [rule],
    };
    clusters.push(c);
    return c;
  };
  const join = (c: FacilityCluster, m: FacilityMention, rule: string) => {
    c.mentions.push(m);
    clusterOf.set(m, c);
    if (!c.links.includes(rule)) c.links.push(rule);
    if (moreSpecific(m.facilityType, c.facilityType)) c.facilityType = m.facilityType;
    lastTouched = c;
  };
  const latest = (pred: (c: FacilityCluster) => boolean) => {
    let best: FacilityCluster | undefined, at = -1;
    for (const c of clusters) {
      const last = c.mentions[c.mentions.length - 1];
      if (last && pred(c) && last.start > at) { best = c; at = last.start; }
    }
    return best;
  };
  const novelCluster = () => latest(c => c.novel);

  for (const m of mentions) {
    if (m.plural) continue; // "its military bases": a class of facilities, not one
    const sentence = doc.sentences[m.sentence];
    const before = doc.text.slice(sentence.start, m.start);
    if (m.named || m.label) {
      const key = keyOf(m);
      const c = clusters.find(c => c.mentions.some(x => keyOf(x) === key))
        ?? (m.named ? adoptAnonymous(clusters, m) : undefined) ?? create(m, 'facts.facility.named');
      c.entity ??= m.named?.entity;
      join(c, m, 'facts.facility.named');
    } else if (m.novel || m.facilityType === 'anaphor') {
      join(novelCluster() ?? create(m, 'facts.facility.novel'), m, 'facts.facility.novel');
    } else if (m.similar) {
      join(create(m, 'facts.facility.similar'), m, 'facts.facility.similar');
    } else if (m.existing) {
      join(latest(c => !c.novel && !c.similar) ?? create(m, 'facts.facility.existing'), m, 'facts.facility.existing');
    } else if (PREDICATE_BEFORE.test(before) && lastTouched) {
      join(lastTouched, m, 'facts.facility.predicate');            // "it is a military air base"
    } else if (m.determiner && m.determiner !== 'a' && m.determiner !== 'an') {
      const proposed = PROPOSAL_WORDS.test(before) ? novelCluster() : undefined;
      const target = proposed ?? latest(c => !c.novel) ?? lastTouched ?? create(m, 'facts.facility.definite');
      join(target, m, proposed ? 'facts.facility.proposed-definite' : 'facts.facility.definite');
    } else {
      // an indefinite phrase next to a named facility in the same sentence speaks of it
      const named = mentions.find(o => o.named && o.sentence === m.sentence && o !== m);
      if (named && clusterOf.has(named)) join(clusterOf.get(named)!, m, 'facts.facility.same-sentence');
      else if (named) { const c = create(m, 'facts.facility.same-sentence'); join(c, m, 'facts.facility.same-sentence'); }
      else join(create(m, 'facts.facility.indefinite'), m, 'facts.facility.indefinite');
    }
  }
  mergeAnonymousIntoNamed(clusters, clusterOf);
  mergeSited(doc, mentions, clusters, clusterOf);
  mergeNamesOfOne(clusters, clusterOf);
  return { clusters: clusters.filter(c => c.mentions.length), clusterOf };
}

/** "its air base at Manas airport": a base said to be at a named facility is that facility. */
function mergeSited(doc: Doc, mentions: FacilityMention[], clusters: FacilityCluster[], clusterOf: Map<FacilityMention, FacilityCluster>): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [m, site] = [mentions[i], mentions[i + 1]];
    // "The Transit Center at Manas International Airport": a name of generic words only is no other facility either
    const generic = !!m.named && isGeneric(m.named.text);
    if ((m.named && !generic) || !site.named || !/^\s+(?:at|in)\s+(?:the\s+)?$/i.test(doc.text.slice(m.end, site.start))) continue;
    const from = clusterOf.get(m), into = clusterOf.get(site);
    if (!from || !into || from === into || from.novel || (from.entity && !generic)) continue;
    for (const x of from.mentions) { into.mentions.push(x); clusterOf.set(x, into); }
    into.mentions.sort((a, b) => a.start - b.start);
    into.links.push('facts.facility.sited-at');
    if (MILITARY.has(from.facilityType) && !MILITARY.has(into.facilityType)) into.facilityType = from.facilityType;  // an air base at an airport is an air base
    from.mentions = [];
  }
  void clusters;
}

/** The names a cluster's mentions give its facility, lower case. */
function namesOf(c: FacilityCluster): string[] {
  const out: string[] = [];
  for (const m of c.mentions) {
    if (m.named) out.push(m.named.text.toLowerCase());
    if (m.label) out.push(m.label.toLowerCase());
    for (const a of m.alsoKnownAs ?? []) out.push(a.toLowerCase());
  }
  return out;
}

/**
 * One facility under several names: the same name typed twice ("Transit Center"), a bracketed abbreviation
 * ("MK Air Base" for "Mihail Kogalniceanu (MK) Air Base"), the tail of a longer name ("the International
 * Airport" after "Manas International Airport"), or a name that opens a longer one ("Mihail Kogalniceanu Air
 * Base Passenger Transit Center": a part of the base). A shorter name goes to the one facility it fits.
 */
function mergeNamesOfOne(clusters: FacilityCluster[], clusterOf: Map<FacilityMention, FacilityCluster>): void {
  for (const c of clusters) {
    if (!c.mentions.length || c.novel || c.similar) continue;
    const own = namesOf(c);
    if (!own.length) continue;
    // a tail only when said after the longer name and not of generic words alone ("the Transit Center" may be any)
    const later = (o: FacilityCluster) => o.mentions[0].start < c.mentions[0].start;
    const fits = clusters.filter(o => o !== c && o.mentions.length && !o.novel && !o.similar && namesOf(o).some(n =>
      own.some(w => n === w || (n.endsWith(' ' + w) && later(o) && !isGeneric(w)) || (w.startsWith(n + ' ') && n.split(' ').length >= 3)
        || sameDistinctive(n, w))));
    if (fits.length !== 1) continue;
    const into = fits[0];
    for (const m of c.mentions) { into.mentions.push(m); clusterOf.set(m, into); }
    into.mentions.sort((a, b) => a.start - b.start);
    into.links.push('facts.facility.names-of-one');
    c.mentions = [];
  }
}

/** "Manas" and "the Manas Transit Center": the same words once the generic ones (transit, center, air, base…) are set aside. */
function sameDistinctive(a: string, b: string): boolean {
  const generic = words('generic-name-word');
  const key = (x: string) => x.replace(/^the\s+/, '').split(/\s+/).filter(w => !generic.has(w)).join(' ');
  const ka = key(a);
  return ka.length > 0 && ka === key(b);
}

function isGeneric(name: string): boolean {
  const generic = words('generic-name-word');
  return name.toLowerCase().split(/\s+/).every(w => generic.has(w));
}

/** "the existing military base" said before any name: when one named facility of that kind exists, it is that one. */
function mergeAnonymousIntoNamed(clusters: FacilityCluster[], clusterOf: Map<FacilityMention, FacilityCluster>): void {
  const named = clusters.filter(c => c.entity);
  if (named.length !== 1) return;
  const into = named[0];
  for (const c of clusters) {
    if (c === into || c.entity || c.novel || c.similar || !compatible(c.facilityType, into.facilityType)) continue;
    for (const m of c.mentions) { into.mentions.push(m); clusterOf.set(m, into); }
    into.links.push('facts.facility.anonymous-into-named');
    c.mentions = [];
  }
  into.mentions.sort((a, b) => a.start - b.start);
}

function keyOf(m: FacilityMention): string | undefined {
  if (m.named?.entity) return m.named.entity;
  return m.label?.toLowerCase().replace(/^the\s+/, '');
}

/** An unnamed facility spoken of before its name appears ("a Russian military base … the Kant airfield"). */
function adoptAnonymous(clusters: FacilityCluster[], m: FacilityMention): FacilityCluster | undefined {
  const candidates = clusters.filter(c => !c.entity && !c.novel && !c.similar && c.mentions.length);
  const sameSentence = candidates.find(c => c.mentions.some(x => x.sentence === m.sentence) && compatible(c.facilityType, m.facilityType));
  if (sameSentence) return sameSentence;
  // from afar, only the same kind: a name that says no kind ("the Kremlin") does not take "the power plant"
  return candidates.length === 1 && sameKind(candidates[0].facilityType, m.facilityType) ? candidates[0] : undefined;
}

function sameKind(a: string, b: string): boolean {
  return a === b || (MILITARY.has(a) && MILITARY.has(b) && a !== 'facility' && b !== 'facility');
}

const MILITARY = words('military-or-facility-type');

function compatible(a: string, b: string): boolean {
  return a === b || (MILITARY.has(a) && MILITARY.has(b)) || a === 'facility' || b === 'facility';
}

function moreSpecific(candidate: string, current: string): boolean {
  const rank = (t: string) => (t === 'anaphor' ? 0 : t === 'facility' ? 1 : t === 'base' ? 2 : t === 'airfield' ? 3 : 4);
  return rank(candidate) > rank(current);
}
