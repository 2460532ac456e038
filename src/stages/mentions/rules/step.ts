// The two kinds of step the name rules are made of, and what they share. A run step cuts a capitalized
// run (trims its edges, splits off titles, owners, makers) and says when the run is done; a name step
// types one name. Both lists, in the order they run, are in preset.ts.
import type { EntityType } from '../../../document/types.ts';
import type { Place } from '../world.ts';
import { lookupPlaces } from '../world.ts';
import { datelineLength } from '../../segment/dateline.ts';
import { isAcronym } from '../cues.ts';
import { orgHead } from '../known.ts';
import type { Ctx, Found } from '../names.ts';

/** One name to type: tokens a..b and what every step reads of it, made once per name (reused: no step keeps it). */
export interface NameSpan {
  a: number;
  b: number;
  /** the text as written, folded (fold: lower case, ’ as '), its tokens' lowercase words, how many tokens */
  text: string;
  key: string;
  words: string[];
  n: number;
  /** a title or an honorific stood before the name */
  personCue: boolean;
  // read by the first step that asks (orgHeadOf, placesOf), not by every name
  head: string | undefined;
  headRead: boolean;
  places: readonly Place[];
  placesRead: boolean;
}

/**
 * A name step: a Found (the name and its type: later steps do not run), null (not a name: later steps do not
 * run either), or undefined (the step has nothing to say: the next one runs).
 */
export type NameVerdict = Found | null | undefined;

/** A step that can only speak of one word ('one') or of several ('several'), by its own test: the preset skips
 * it for the others (fewer calls, the same verdicts). */
export type WordCount = 'one' | 'several';

export interface NameStep {
  /** what the step reads, unique in the preset */
  readonly id: string;
  readonly words?: WordCount;
  /** the rule ids it may write (none for a step that only says "no name") */
  readonly rules: readonly string[];
  readonly apply: (ctx: Ctx, name: NameSpan) => NameVerdict;
}

/** A capitalized run being cut into names: a..z is what is still to name; out holds the names split off. */
export interface RunState {
  /** the run as chunked (first..last); the trims move a and z inside it */
  first: number;
  last: number;
  a: number;
  z: number;
  /** a title or honorific before a..z makes a person of it; titled: a title was peeled; portfolio: "… for" after it */
  personCue: boolean;
  titled: boolean;
  portfolio: boolean;
  out: Found[];
}

/** The name steps, run over tokens a..b: given to the run steps, so their files need not import the preset. */
export type ClassifyName = (ctx: Ctx, a: number, b: number, personCue: boolean) => Found | undefined;

export interface RunStep {
  readonly id: string;
  /** for the splits: whether a..z, once trimmed, must be one token or several */
  readonly words?: WordCount;
  readonly rules: readonly string[];
  /** true when the run is done (its names are in run.out); false: the next step runs */
  readonly apply: (ctx: Ctx, run: RunState, classifyName: ClassifyName) => boolean;
}

/** The name a..b of the given type. */
export function found(a: number, b: number, type: EntityType, rule: string, strength: number): Found {
  return { first: a, last: b, type, rule, strength };
}

/** A step that types a name of two words or more by its last word, one of a kind of cue words ("Kherson Oblast",
 * "Rome Statute", "G20 Summit"); the cue list is read when the step first runs. */
export function lastWordStep(id: string, rule: string, heads: () => ReadonlySet<string>, type: EntityType, strength: number): NameStep {
  return {
    id, words: 'several', rules: [rule],
    apply: (_ctx, { a, b, n, words }) => n >= 2 && heads().has(words[n - 1]) ? found(a, b, type, rule, strength) : undefined,
  };
}

/** The name's organization head (orgHead), read once. */
export function orgHeadOf(ctx: Ctx, name: NameSpan): string | undefined {
  if (!name.headRead) { name.head = orgHead(ctx, name.a, name.b); name.headRead = true; }
  return name.head;
}

const NO_PLACES: readonly Place[] = [];

/** The places the gazetteer knows by the name, read once: an acronym is not the place spelled the same
 * (GAO is not Gao, Mali) unless it opens a dateline ("KYIV, March 22 (Reuters) -"); two letters name none. */
export function placesOf(ctx: Ctx, name: NameSpan): readonly Place[] {
  if (!name.placesRead) {
    const s = name.text;
    name.places = (isAcronym(s) && !inDateline(ctx, name.a, name.b)) || s.length < 3 ? NO_PLACES : lookupPlaces(s);
    name.placesRead = true;
  }
  return name.places;
}

function inDateline(ctx: Ctx, a: number, b: number): boolean {
  // from the sentence's first token: "THE HAGUE, March 17 (Reuters) -" holds "HAGUE" after an article
  // (only the first three tokens of a sentence can open a dateline: the walk back stops there)
  let first = a;
  while (first > 0 && a - first <= 2 && ctx.tokens[first - 1].sentence === ctx.tokens[a].sentence) first--;
  if (a - first > 2) return false;
  const start = ctx.tokens[first].start;
  const n = datelineLength(ctx.doc.text, start);
  return n > 0 && ctx.tokens[b].end <= start + n;
}
