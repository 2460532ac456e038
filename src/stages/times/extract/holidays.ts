// Fixed-date holidays: "Christmas", "Christmas Eve", "New Year's Day", "Halloween" →
// a month and day whose year is inferred like any yearless date. Only when a date-like
// word frames them: "Christmas sales" is a season of trade, not a day.
import type { Cand } from '../candidate.ts';
import type { TokenView } from '../scanner.ts';
import { plainYearAt } from './common.ts';
import { functionWords } from '../../../data/lexicon.ts';

const FRAMES = functionWords('holiday-frame');

export function holiday(v: TokenView, i: number): Cand | undefined {
  const w = v.at(i);
  let month: number, day: number, e: number;
  if (w === 'christmas' && v.capitalized(i)) {
    const next = v.at(i + 1);
    if (next === 'eve') { month = 12; day = 24; e = i + 2; }
    else { month = 12; day = 25; e = next === 'day' ? i + 2 : i + 1; }
  } else if (w === 'new' && v.at(i + 1) === 'year' && (v.raw(i + 2) === "'s" || v.raw(i + 2) === '’s') && (v.at(i + 3) === 'day' || v.at(i + 3) === 'eve') && v.capitalized(i)) {
    [month, day] = v.at(i + 3) === 'day' ? [1, 1] : [12, 31]; e = i + 4;
  } else if (w === 'halloween') { month = 10; day = 31; e = i + 1; }
  else if (w === 'valentine' && (v.raw(i + 1) === "'s" || v.raw(i + 1) === '’s') && v.at(i + 2) === 'day') { month = 2; day = 14; e = i + 3; }
  else return undefined;
  // "Christmas Island", "Christmas Day Parade" are names
  if (v.capitalized(e) && v.tokens[e]?.kind === 'word' && v.sameSentence(i, e)) return undefined;
  const year = plainYearAt(v, e);
  if (year === undefined && !FRAMES.has(v.at(i - 1)) && e === i + 1) return undefined;
  return { s: i, e: year !== undefined ? e + 1 : e, type: 'DATE', rule: 'times.holiday', spec: { grain: 'D', month, day, year } };
}
