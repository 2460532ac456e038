// Clock times: "at 3 p.m.", "18:00 UTC", "6:40 p.m. (GMT +8)", "12:00 UTC Monday",
// "16:00 UTC today", "noon". The day comes from the sentence (resolved later).
import type { Cand } from '../candidate.ts';
import { WEEKDAYS, ZONES, timeNumbers } from '../lexicon.ts';
import type { TokenView } from '../scanner.ts';
import { functionWords } from '../../../data/lexicon.ts';

const MERIDIEM = timeNumbers('meridiem');
const CLOCK_BEFORE = functionWords('clock-before');
/** "noon", "midnight" → the hour they name. */
const CLOCK_WORDS = timeNumbers('clock-word');

export function clockTime(v: TokenView, i: number): Cand | undefined {
  const t = v.at(i);
  let hour: number, minute = 0;
  let k = i + 1;
  let m: RegExpExecArray | null;
  let explicit = false;
  if ((m = /^(\d{1,2}):(\d{2})$/.exec(t))) {
    hour = +m[1]; minute = +m[2];
  } else if (/^\d{1,2}$/.test(t) && v.isDigits(i)) {
    hour = +t;
  } else if (CLOCK_WORDS.has(t) && (CLOCK_BEFORE.has(v.at(i - 1)))) {
    return withDay(v, i + 1, { s: i, e: i + 1, type: 'TIME', rule: 'times.clock.noon', spec: { grain: 'D', base: 'narr', hour: CLOCK_WORDS.get(t)!, minute: 0 } });
  } else return undefined;
  if (hour > 24 || minute > 59) return undefined;
  // "3 p.m.", "3pm"
  const mer = MERIDIEM.get(v.at(k));
  if (mer !== undefined) {
    if (hour > 12 || hour === 0) return undefined;
    hour = (hour % 12) + mer;
    k++; explicit = true;
  } else if (v.at(k) === "o'clock") { k++; explicit = true; }
  // time zone: "UTC", "GMT", "(GMT +8)", "EST"
  let zone: number | undefined;
  let j = k;
  const paren = v.at(j) === '(';
  if (paren) j++;
  const z = ZONES.get(v.at(j));
  if (z !== undefined && v.raw(j) === v.raw(j).toUpperCase()) {
    zone = z; j++;
    if ((v.at(j) === '+' || isMinus(v.at(j))) && /^\d{1,2}(:\d\d)?$/.test(v.at(j + 1))) {
      const [h, mm = '0'] = v.at(j + 1).split(':');
      zone = (isMinus(v.at(j)) ? -1 : 1) * (+h * 60 + +mm);
      j += 2;
    }
    if (paren) { if (v.at(j) !== ')') return undefined; j++; }
    k = j; explicit = true;
  }
  if (!explicit && !(m && CLOCK_BEFORE.has(v.at(i - 1)) && v.at(i - 1) !== 'to' && v.at(i - 1) !== 'and')) return undefined;
  if (v.at(k) === 'local' && v.at(k + 1) === 'time') { k += 2; explicit = true; }
  if (!explicit && v.at(k) === 'hours') explicit = true;
  return withDay(v, k, { s: i, e: k, type: 'TIME', rule: 'times.clock.time', spec: { grain: 'D', base: 'narr', hour, minute, zone } });
}

/** "12:00 UTC Monday", "16:00 UTC today", "midnight Thursday" are one expression. */
function withDay(v: TokenView, k: number, c: Cand): Cand {
  const spec = c.spec!;
  const next = v.at(k);
  if (WEEKDAYS.has(next) && v.capitalized(k)) { spec.weekday = WEEKDAYS.get(next); spec.base = 'ref'; k++; }
  else if (next === 'today' || next === 'tonight') { spec.offset = 0; spec.base = 'ref'; k++; }
  else if (next === 'yesterday') { spec.offset = -1; spec.base = 'ref'; k++; }
  else if (next === 'tomorrow') { spec.offset = 1; spec.base = 'ref'; k++; }
  c.e = k;
  return c;
}

function isMinus(t: string): boolean { return t === '-' || t === '−' || t === '–'; }
