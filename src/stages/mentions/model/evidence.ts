// Which names were typed from a cue and which were guessed: the refiners that make a document
// agree with itself (repeats.ts, coordination.ts) let a name known from a cue type its guessed
// namesakes and neighbours, never the other way.
import { TAGGER_RULE } from './refine.ts';

export const REPEAT_RULE = 'mentions.name.repeat';

// names guessed from capitals alone, by the tagger, or from another mention of the same words
const WEAK = new Set(['mentions.name.unknown-capitalized', 'mentions.name.acronym', TAGGER_RULE, REPEAT_RULE]);
// rules whose type comes from a cue, not from capitals alone; a town's name the gazetteer matched
// ("Chase" is a town too) and a name typed from its other mentions are not evidence
const NOT_EVIDENCE = new Set([...WEAK, 'mentions.name.gazetteer', 'mentions.name.same-document']);

/** A guess: the rule id (before any "+refinement") is one of the weak ones. */
export function isWeak(rule: string): boolean { return WEAK.has(rule.split('+')[0]); }

/** Typed from a cue: a rule that saw something beyond capitals. */
export function hasEvidence(rule: string): boolean { return !NOT_EVIDENCE.has(rule.split('+')[0]); }
