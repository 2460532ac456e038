// Which names were typed from a cue and which were guessed: the refiners that make a document
// agree with itself (repeats.ts, coordination.ts) let a name known from a cue type its guessed
// namesakes and neighbours, never the other way.
import { RULE } from '../rules/ids.ts';

/** The ids the tagger and its refiners write (the rules' own ids are in rules/ids.ts). */
export const TAGGER_RULE = 'mentions.name.tagger';
export const REPEAT_RULE = 'mentions.name.repeat';

/** The rules that guess from capitals alone: the tagger's context outweighs them. */
export const CAPITALS_RULES: ReadonlySet<string> = new Set([RULE.unknownCapitalized, RULE.acronym]);
// names guessed from capitals alone, by the tagger, or from another mention of the same words
const WEAK: ReadonlySet<string> = new Set([...CAPITALS_RULES, TAGGER_RULE, REPEAT_RULE]);
// rules whose type comes from a cue, not from capitals alone; a town's name the gazetteer matched
// ("Chase" is a town too) and a name typed from its other mentions are not evidence
const NOT_EVIDENCE: ReadonlySet<string> = new Set([...WEAK, RULE.gazetteer, RULE.sameDocument]);

/** The rule id before any "+refinement" a refiner appended. */
export function baseRule(rule: string): string {
  const plus = rule.indexOf('+');
  return plus < 0 ? rule : rule.slice(0, plus);
}

/** A guess: the rule id (before any "+refinement") is one of the weak ones. */
export function isWeak(rule: string): boolean { return WEAK.has(baseRule(rule)); }

/** Typed from a cue: a rule that saw something beyond capitals. */
export function hasEvidence(rule: string): boolean { return !NOT_EVIDENCE.has(baseRule(rule)); }
