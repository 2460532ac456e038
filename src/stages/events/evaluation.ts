// Evaluative adjectives after a copula: '"GM's behaviour towards Germany is completely
// unacceptable," said German economy minister Rainer Bruederle' is a criticism (111) of GM by the
// speaker. The target is the first actor of the clause's subject; the source the quotation's
// speaker, else the subject of the clause that reports it ("Germany said GM's conduct was …").
import type { Chunk } from './actors.ts';
import { eventWords, type Pattern } from './lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { Match } from './match.ts';
import type { Doc } from '../../document/doc.ts';
import { isAdverb } from './adverbs.ts';

/** What the evaluative reading needs of the sentence reader (which calls it). */
export interface EvaluationContext {
  readonly doc: Doc;
  readonly first: number;
  readonly lower: string[];
  readonly all: Chunk[];
  readonly quoteAt: (number | undefined)[];
  actorOf(entity: string): Chunk['actor'];
  lastSubjectBefore(i: number, sameClause?: boolean): Chunk | undefined;
  build(i: number, m: Match, source: Chunk | undefined, target: Chunk | undefined, turn: undefined, uses: number[], symmetric: boolean): Candidate | undefined;
}

const COPULA = eventWords('copula');
/** Where the clause holding the copula begins. */
const CLAUSE_START = new Set<string>(['"', '“', '”', ';', ':', ...eventWords('evaluation-clause-start')]);

export function evaluationEvent(r: EvaluationContext, i: number, pattern: Pattern): Candidate | undefined {
  let q = i - 1;
  while (q > r.first && isAdverb(r.lower[q])) q--;
  if (!COPULA.has(r.lower[q])) return undefined;
  let k = q - 1;
  while (k >= r.first && !CLAUSE_START.has(r.lower[k])) k--;
  const target = r.all.find(c => c.first > k && c.last < q && !c.pronoun);
  if (!target) return undefined;
  const qIdx = r.quoteAt[i];
  const speaker = qIdx !== undefined ? r.doc.quotes[qIdx]?.speaker : undefined;
  const source: Chunk | undefined = speaker
    ? { first: i, last: i, actor: r.actorOf(speaker), possessive: false, pronoun: true }
    : r.lastSubjectBefore(k + 1);
  return r.build(i, { pattern, end: i, actors: [] }, source, target, undefined, [], false);
}
