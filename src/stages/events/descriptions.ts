// Actors named by a definite description and no name: "the government", "the federal
// government", "the Prime Minister", "the firm", "the automaker". News writes them once the
// story has named the state or the company; they act as often as the names do.
import type { Actor, Chunk } from './actors.ts';
import { eventTable, eventWords } from './lexicon.ts';

/** Heads of descriptions that stand for a state's institutions, with their CAMEO sector. */
const STATE_HEADS: Record<string, string> = eventTable('state-head');
/** Heads two words long: "the Prime Minister", "the foreign ministry". */
const STATE_PAIRS: Record<string, string> = eventTable('state-pair-head');
/** the first words of the two-word heads: a pair is put together only after one of them */
const PAIR_FIRST = new Set(Object.keys(STATE_PAIRS).map((p) => p.split(' ')[0]));
const PERSON_HEADS = eventWords('state-person-head');

/** Heads of descriptions that stand for a company named elsewhere in the story. */
const COMPANY_HEADS = eventWords('company-head');

/** Plural heads: several companies of the story's state ("the automakers", "the banks"). */
const COMPANIES_HEADS = eventWords('companies-head');
/** "government loans", "federal aid": the state as the giver, named by a modifier of the money it gives. */
const STATE_MODIFIER = eventWords('state-modifier');
const AID_NOUN = eventWords('aid-noun');

/** Modifiers a description may carry between "the" and its head. */
const MODIFIER = /^[a-z][a-z-]*$/;
const MAX_MODIFIERS = 3;

/** What may follow a description's head; anything else makes the head a modifier ("the company website"). */
const FOLLOWER = new Set<string>([',', '.', ';', ':', "'", ')', '"', '”', '-', '–', '—', ...eventWords('head-follower')]);

export type DescriptionKind = 'state' | 'company' | 'companies';

/** Resolves a description to the actor it stands for, or undefined when the story has none. */
export type DescriptionResolver = (kind: DescriptionKind, sector: string, at: number, person: boolean) => Actor | undefined;

/**
 * Chunks for the definite descriptions of one sentence that no mention covers. `covered[i]`
 * is true for tokens inside a mention or a named chunk.
 */
export function descriptionChunks(
  lower: string[], first: number, last: number, covered: (i: number) => boolean, resolve: DescriptionResolver,
): Chunk[] {
  const out: Chunk[] = [];
  for (let i = first; i <= last; i++) {
    if (STATE_MODIFIER.has(lower[i]) && AID_NOUN.has(lower[i + 1] ?? '') && i + 1 <= last && !covered(i) && lower[i - 1] !== 'the') {
      const actor = resolve('state', 'GOV', i, false);
      if (actor) out.push({ first: i, last: i, actor, possessive: false, pronoun: false });
      continue;
    }
    if (lower[i] !== 'the' || covered(i)) continue;
    let k = i + 1;
    let head: { kind: DescriptionKind; sector: string; person: boolean; end: number } | undefined;
    for (let n = 0; k <= last && n <= MAX_MODIFIERS && !covered(k); k++, n++) {
      const w = lower[k];
      const pair = PAIR_FIRST.has(w) && k + 1 <= last && !covered(k + 1) ? w + ' ' + lower[k + 1] : '';
      if (pair && STATE_PAIRS[pair]) { head = { kind: 'state', sector: STATE_PAIRS[pair], person: PERSON_HEADS.has(pair), end: k + 1 }; break; }
      if (STATE_HEADS[w]) { head = { kind: 'state', sector: STATE_HEADS[w], person: PERSON_HEADS.has(w), end: k }; break; }
      if (COMPANY_HEADS.has(w)) { head = { kind: 'company', sector: 'BUS', person: false, end: k }; break; }
      if (COMPANIES_HEADS.has(w)) { head = { kind: 'companies', sector: 'BUS', person: false, end: k }; break; }
      if (!MODIFIER.test(w)) break;
    }
    if (!head) continue;
    const next = lower[head.end + 1];
    // "the government of Canada", "the company website", "the firm Magna": not a description standing alone
    // (a word in -s may be a verb: "the company plans", "the government says")
    if (next !== undefined && head.end < last && (next === 'of' || !FOLLOWER.has(next)) && !/^([a-z]+(ed|ly|s)|[\d$€£].*)$/.test(next)) continue;
    if (covered(head.end + 1)) continue;
    const actor = resolve(head.kind, head.sector, i, head.person);
    if (!actor) { i = head.end; continue; }
    const possessive = lower[head.end + 1] === "'s" || lower[head.end + 1] === '’s';
    out.push({ first: i, last: head.end, actor, possessive, pronoun: false });
    i = head.end;
  }
  return out;
}
