// A candidate event: the record a trigger's pattern built, with what the sentence reader
// needs to choose among candidates (its trigger, the words it used, its actors).
import type { EventRecord } from '../../document/types.ts';
import type { Actor } from './actors.ts';

export interface Candidate {
  record: EventRecord;
  trigger: number;
  /** last token the trigger's pattern matched */
  end: number;
  /** tokens a governor verb used, which cannot trigger events of their own */
  uses: number[];
  sourceActor: Actor;
  targetActor: Actor;
  symmetric: boolean;
}

