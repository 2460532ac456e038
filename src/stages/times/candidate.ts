// What an extractor proposes: a token span and what the words say about the time,
// before any inference. The resolver turns a DateSpec into a TIMEX3 value.
import type { TimexType } from '../../document/types.ts';

/** Granularity of a date: year, month, day, ISO week, quarter, half, season, decade, century. */
export type Grain = 'Y' | 'M' | 'D' | 'W' | 'Q' | 'H' | 'S' | 'DE' | 'CE' | 'WE';

export interface DateSpec {
  grain: Grain;
  year?: number;
  month?: number;
  day?: number;
  /** ISO weekday 1–7 when a weekday name was said */
  weekday?: number;
  quarter?: number;
  half?: number;
  /** ISO week number, with `year` */
  week?: number;
  /** the first (1) or last (-1) day of the month or year (`dayOfUnit`) */
  dayOf?: number;
  dayOfUnit?: 'M' | 'Y';
  /** nth full week of `month` (-1: the last) */
  weekOfMonth?: number;
  season?: string;
  decade?: number;     // 199 for the 1990s
  century?: number;    // 19 for the 20th century (1900s)
  fiscal?: boolean;
  /** a shift of the reference, in units of `grain` ("last week" → -1) */
  offset?: number;
  /** what the spec is relative to: the publication date, the narrative, or a previous range */
  base?: 'abs' | 'ref' | 'narr' | 'range-end' | 'range-start';
  /** year given as a relative shift ("the first quarter of last year") */
  yearOffset?: number;
  /** clock time */
  hour?: number;
  minute?: number;
  zone?: number;       // minutes east of UTC
  partOfDay?: string;  // MO AF EV NI
}

export interface Cand {
  /** token range [s, e) */
  s: number;
  e: number;
  type: TimexType;
  rule: string;
  spec?: DateSpec;
  /** the second date of a range ("June 19-24", "from 2003 to 2005") */
  until?: DateSpec;
  /** a value fixed by the extractor (durations, sets, PRESENT_REF…) */
  value?: string;
  mod?: string;
  /** character offsets when they differ from the tokens' (set by refiners) */
  start?: number;
  end?: number;
}
