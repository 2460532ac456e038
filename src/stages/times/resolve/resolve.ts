// Turns candidates into TIMEX3 values and calendar ranges. What the words said (`known`)
// stays apart from what was inferred (`implied`), and `basis` says what the inference
// rests on: the publication date, or an earlier expression of the story (the narrative),
// so "June 24" after "June 19-24 this year" takes that year, and "the following day"
// counts from the last day the story named.
import type { Cand, DateSpec } from '../candidate.ts';
import type { TokenView } from '../scanner.ts';
import {
  addDays, addMonths, dayDiff, dayRange, daysInMonth, iso, isoWeek, monthRange, pad, seasonRange, validDay,
  weekdayOf, weekRange, yearsRange, type Range, type Ymd, SEASON_MONTHS,
} from './calendar.ts';
import { tenseAround, type Tense } from './tense.ts';

export interface Resolved {
  value: string;
  range?: Range;
  known: string[];
  implied: string[];
  basis?: 'published' | 'narrative';
  basisAt?: number; // index of the candidate the inference rests on
}

/** What one resolution works on: the spec, its candidate, and what the inference rests on. */
interface Ctx { spec: DateSpec; c: Cand; idx: number; sentence: number; known: string[]; basis?: Resolved['basis']; basisAt?: number }

interface Anchor { day?: Ymd; year?: number; month?: Ymd; sentence: number; cand: number; grain: string }

export class Resolver {
  private lastDay?: Anchor;     // last expression that named a day
  private lastMonth?: Anchor;   // last expression that named a month with its year
  private lastYear?: Anchor;    // last expression that named a year
  private lastYearEnd = -1;     // the token after it
  private lastRange?: { start: Ymd; end: Ymd; sentence: number; cand: number };
  private lastPeriod?: { value: string; range?: Range; at: number };  // last month, quarter, week or day named

  constructor(private readonly v: TokenView, private readonly ref: Ymd | undefined) {}

  /** Resolves the candidates in text order; `undefined` for one that cannot be placed. */
  resolveAll(cands: Cand[]): (Resolved | undefined)[] {
    const out: (Resolved | undefined)[] = new Array(cands.length);
    // clock times take their day from the sentence, so they wait for the dates around them
    const later: number[] = [];
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (c.value !== undefined) { out[i] = fixedValue(c, this.ref); continue; }
      if (c.spec?.hour !== undefined && c.spec.base === 'narr') { later.push(i); continue; }
      out[i] = c.spec?.base === 'narr' && c.spec.yearOffset !== undefined ? this.samePeriod(c) : this.resolveOne(c, i);
      const r = out[i];
      if (r && c.type === 'DATE' && /^\d{4}-(\d\d|Q\d|H\d|W\d\d|SP|SU|FA|WI)/.test(r.value)) this.lastPeriod = { value: r.value, range: r.range, at: i };
    }
    for (const i of later) out[i] = this.clockFromSentence(cands, out, i);
    return out;
  }

  /** "the same period last year": the story's last period, shifted by whole years. */
  private samePeriod(c: Cand): Resolved | undefined {
    const shift = c.spec!.yearOffset!;
    const p = this.lastPeriod;
    const shiftYear = (x: string) => pad(+x.slice(0, 4) + shift, 4) + x.slice(4);
    if (p) {
      const value = p.value.split('/')[0];
      return {
        value: shiftYear(value.slice(0, value.indexOf('T') > 0 ? value.indexOf('T') : undefined)),
        range: p.range && { start: shiftYear(p.range.start), end: shiftYear(p.range.end) },
        known: ['offset'], implied: ['year', 'month'], basis: 'narrative', basisAt: p.at,
      };
    }
    if (!this.ref) return undefined;
    const y = this.ref.y + shift;
    return { value: `${y}-${pad(this.ref.m)}`, range: monthRange(y, this.ref.m), known: ['offset'], implied: ['year', 'month'], basis: 'published' };
  }

  private sentenceOf(c: Cand): number { return this.v.tokens[c.s].sentence; }

  private tense(c: Cand): Tense { return tenseAround(this.v, c.s, c.e); }

  private resolveOne(c: Cand, idx: number): Resolved | undefined {
    const spec = c.spec!;
    const sentence = this.sentenceOf(c);
    const r = this.resolveSpec(spec, c, idx, sentence);
    if (!r) return undefined;
    if (c.until && r.day) {
      const u = this.resolveSpec({ ...c.until, year: c.until.year ?? r.day.y }, c, idx, sentence);
      if (u?.day && dayDiff(u.day, r.day) > 0) {
        r.res.value = `${iso(r.day)}/${iso(u.day)}`;
        r.res.range = { start: iso(r.day), end: iso(u.day) };
        this.lastRange = { start: r.day, end: u.day, sentence, cand: idx };
        this.lastDay = { day: u.day, sentence, cand: idx, grain: 'D' };
      }
    }
    if (c.mod && r.res.range) r.res.range = narrowByMod(r.res.range, c.mod);
    return r.res;
  }

  /** Resolves a spec; also records it as the narrative's latest day, month or year. */
  private resolveSpec(spec: DateSpec, c: Cand, idx: number, sentence: number): { res: Resolved; day?: Ymd } | undefined {
    const known = knownParts(spec);
    const ref = this.ref;
    const x: Ctx = { spec, c, idx, sentence, known };
    let year = spec.year;
    if (year === undefined && spec.yearOffset !== undefined) {
      if (!ref) return undefined;
      year = ref.y + spec.yearOffset; x.basis = 'published';
    }

    // "the last day of the year", "the first day of March"
    if (spec.dayOf !== undefined) {
      if (!ref) return undefined;
      x.basis = 'published';
      let y = ref.y, m = spec.month ?? ref.m;
      if (spec.month !== undefined) y = this.inferYear(spec.month, undefined, c, sentence)?.year ?? ref.y;
      if (spec.dayOfUnit === 'Y') m = spec.dayOf > 0 ? 1 : 12;
      const d = spec.dayOf > 0 ? 1 : daysInMonth(y, m);
      return this.dayResult(x, { y, m, d }, spec.month !== undefined ? ['year', 'day'] : ['year', 'month', 'day']);
    }
    // a day of a range the text gave earlier: "the last day of his trip"
    if (spec.base === 'range-end' || spec.base === 'range-start') {
      const lr = this.lastRange;
      if (!lr || sentence - lr.sentence > 3) return undefined;
      x.basis = 'narrative'; x.basisAt = lr.cand;
      return this.dayResult(x, spec.base === 'range-end' ? lr.end : lr.start, ['year', 'month', 'day']);
    }

    // counted from the story's own time: "the following day", "the previous year", "that year"
    if (spec.base === 'narr' && spec.hour === undefined) {
      const off = spec.offset ?? 0;
      if (spec.grain === 'D') {
        const a = this.lastDay ?? (ref ? { day: ref, cand: -1 } as Anchor : undefined);
        if (!a?.day) return undefined;
        x.basis = a.cand >= 0 ? 'narrative' : 'published'; x.basisAt = a.cand >= 0 ? a.cand : undefined;
        return this.dayResult(x, addDays(a.day, off), ['year', 'month', 'day']);
      }
      if (spec.grain === 'Y') {
        const y = this.lastYear?.year ?? ref?.y;
        if (y === undefined) return undefined;
        x.basis = this.lastYear ? 'narrative' : 'published'; x.basisAt = this.lastYear?.cand;
        const yy = y + off;
        return this.record(x, { value: String(yy), range: yearsRange(yy, yy), known, implied: ['year'] }, undefined, undefined, yy);
      }
      if (spec.grain === 'M') {
        const a = this.lastMonth?.month ?? this.lastDay?.day ?? ref;
        if (!a) return undefined;
        x.basis = this.lastMonth || this.lastDay ? 'narrative' : 'published';
        const m = addMonths({ ...a, d: 1 }, off);
        return this.record(x, { value: `${pad(m.y, 4)}-${pad(m.m)}`, range: monthRange(m.y, m.m), known, implied: ['year', 'month'] }, undefined, m, m.y);
      }
      if (spec.grain === 'W') {
        const a = this.lastDay?.day ?? ref;
        if (!a) return undefined;
        x.basis = this.lastDay ? 'narrative' : 'published';
        const w = isoWeek(addDays(a, 7 * off));
        return this.record(x, { value: `${w.y}-W${pad(w.w)}`, range: weekRange(w.y, w.w), known, implied: ['year', 'week'] });
      }
      return undefined;
    }

    // a weekday: the one before a past-tense report's date, after a future one's
    if (spec.weekday !== undefined && spec.day === undefined) {
      if (!ref) return undefined;
      x.basis = 'published';
      const d = this.weekdayDate(spec.weekday, spec.offset, this.tense(c));
      return this.dayResult(x, d, ['year', 'month', 'day']);
    }

    // shifted from the publication date: "last week", "next month", "three days ago", "the last quarter"
    if (spec.base === 'ref' && spec.year === undefined) {
      if (!ref) return undefined;
      x.basis = 'published';
      const off = spec.offset ?? 0;
      switch (spec.grain) {
        case 'D': return this.dayResult(x, addDays(ref, off), ['year', 'month', 'day']);
        case 'W': case 'WE': {
          const w = isoWeek(addDays(ref, 7 * off));
          const we = spec.grain === 'WE';
          return this.record(x, { value: `${w.y}-W${pad(w.w)}${we ? '-WE' : ''}`, range: weekRange(w.y, w.w, we), known, implied: ['year', 'week'] });
        }
        case 'M': {
          if (spec.month !== undefined) {
            // "last June", "next March", "this June"
            let y = ref.y;
            if (off < 0) y = spec.month < ref.m ? ref.y : ref.y - 1;
            else if (off > 0) y = spec.month > ref.m ? ref.y : ref.y + 1;
            return this.record(x, { value: `${pad(y, 4)}-${pad(spec.month)}`, range: monthRange(y, spec.month), known, implied: ['year'] }, undefined, { y, m: spec.month, d: 1 }, y);
          }
          const m = addMonths({ ...ref, d: 1 }, off);
          return this.record(x, { value: `${pad(m.y, 4)}-${pad(m.m)}`, range: monthRange(m.y, m.m), known, implied: ['year', 'month'] }, undefined, m, m.y);
        }
        case 'Y': {
          const y = ref.y + off;
          if (spec.fiscal) return this.record(x, { value: `FY${y}`, range: yearsRange(y, y), known, implied: ['year'] }, undefined, undefined, y);
          return this.record(x, { value: String(y), range: yearsRange(y, y), known, implied: ['year'] }, undefined, undefined, y);
        }
        case 'Q': {
          const total = ref.y * 4 + Math.floor((ref.m - 1) / 3) + off;
          const y = Math.floor(total / 4), q = total - y * 4 + 1;
          return this.record(x, { value: `${y}-Q${q}`, range: monthRange(y, q * 3 - 2, q * 3), known, implied: ['year', 'quarter'] }, undefined, undefined, y);
        }
        case 'H': {
          const total = ref.y * 2 + (ref.m > 6 ? 1 : 0) + off;
          const y = Math.floor(total / 2), h = total - y * 2 + 1;
          return this.record(x, { value: `${y}-H${h}`, range: monthRange(y, h * 6 - 5, h * 6), known, implied: ['year', 'half'] });
        }
        case 'S': {
          const season = spec.season!;
          const [a, b] = SEASON_MONTHS[season];
          let y = ref.y;
          const endM = season === 'WI' ? 14 : b, refM = ref.m < 3 && season === 'WI' ? ref.m + 12 : ref.m;
          if (off < 0) y = refM > endM ? ref.y : ref.y - 1;
          else if (off > 0) y = refM < a ? ref.y : ref.y + 1;
          if (season === 'WI' && ref.m < 3 && off === 0) y = ref.y - 1;
          return this.record(x, { value: `${y}-${season}`, range: seasonRange(y, season), known, implied: ['year'] });
        }
        case 'DE': {
          const dcd = Math.floor(ref.y / 10) + off;
          return this.record(x, { value: String(dcd), range: yearsRange(dcd * 10, dcd * 10 + 9), known, implied: ['decade'] });
        }
        case 'CE': {
          const ce = Math.floor(ref.y / 100) + off;
          return this.record(x, { value: String(ce), range: yearsRange(ce * 100, ce * 100 + 99), known, implied: ['century'] });
        }
      }
      return undefined;
    }

    switch (spec.grain) {
      case 'D': {
        const implied: string[] = [];
        if (year === undefined) {
          const inferred = this.inferYear(spec.month!, spec.day, c, sentence);
          if (!inferred) return undefined;
          year = inferred.year; x.basis = inferred.basis; x.basisAt = inferred.at;
          implied.push('year');
        }
        if (!validDay(year, spec.month!, spec.day!)) return undefined;
        return this.dayResult(x, { y: year, m: spec.month!, d: spec.day! }, implied);
      }
      case 'M': {
        const implied: string[] = [];
        if (year === undefined) {
          const inferred = this.inferYear(spec.month!, undefined, c, sentence);
          if (!inferred) return undefined;
          year = inferred.year; x.basis = inferred.basis; x.basisAt = inferred.at;
          implied.push('year');
        }
        const m = { y: year, m: spec.month!, d: 1 };
        const res = this.record(x, { value: `${pad(year, 4)}-${pad(spec.month!)}`, range: monthRange(year, spec.month!), known, implied }, undefined, m, year);
        if (implied.length === 0) this.lastMonth = { month: m, sentence, cand: idx, grain: 'M' };
        return res;
      }
      case 'Y': {
        if (year === undefined) return undefined;
        if (spec.fiscal) return this.record(x, { value: `FY${year}`, range: yearsRange(year, year), known, implied: [] }, undefined, undefined, year);
        return this.record(x, { value: String(year), range: yearsRange(year, year), known, implied: [] }, undefined, undefined, year);
      }
      case 'W': {
        if (spec.weekOfMonth !== undefined && spec.month !== undefined) {
          const implied: string[] = [];
          if (year === undefined) {
            const inferred = this.inferYear(spec.month, undefined, c, sentence);
            if (!inferred) return undefined;
            year = inferred.year; x.basis = inferred.basis; x.basisAt = inferred.at; implied.push('year');
          }
          const w = isoWeek(weekOfMonthMonday(year, spec.month, spec.weekOfMonth));
          return this.record(x, { value: `${w.y}-W${pad(w.w)}`, range: weekRange(w.y, w.w), known, implied }, undefined, undefined, year);
        }
        if (year === undefined || spec.week === undefined) return undefined;
        return this.record(x, { value: `${year}-W${pad(spec.week)}`, range: weekRange(year, spec.week), known, implied: [] }, undefined, undefined, year);
      }
      case 'Q': case 'H': case 'S': {
        const implied: string[] = [];
        if (year === undefined) {
          // a year just named in the same sentence ("in 2005, and in the fourth quarter") holds; else publication
          const near = this.lastYear && this.lastYear.sentence === sentence && c.s - this.lastYearEnd <= 8;
          const y = near ? this.lastYear!.year : ref?.y;
          if (y === undefined) return undefined;
          x.basis = near ? 'narrative' : 'published';
          year = y; implied.push('year');
          // "reported a loss for the fourth quarter" in October: last year's fourth quarter
          if (x.basis === 'published' && ref) {
            const [m1, m2] = spec.grain === 'Q' ? [spec.quarter! * 3 - 2, spec.quarter! * 3] : spec.grain === 'H' ? [spec.half! * 6 - 5, spec.half! * 6] : SEASON_MONTHS[spec.season!];
            const tense = this.tense(c);
            // a quarter or half is reported once it is over; a season may be told while it runs
            if (tense === 'past' && (spec.grain === 'S' ? m1 > ref.m : m2 >= ref.m)) year--;
            else if (tense === 'future' && m2 < ref.m && spec.season !== 'WI') year++;
          }
        }
        if (spec.grain === 'Q') return this.record(x, { value: `${year}-Q${spec.quarter}`, range: monthRange(year, spec.quarter! * 3 - 2, spec.quarter! * 3), known, implied }, undefined, undefined, year);
        if (spec.grain === 'H') return this.record(x, { value: `${year}-H${spec.half}`, range: monthRange(year, spec.half! * 6 - 5, spec.half! * 6), known, implied }, undefined, undefined, year);
        return this.record(x, { value: `${year}-${spec.season}`, range: seasonRange(year, spec.season!), known, implied }, undefined, undefined, year);
      }
      case 'DE': return this.record(x, { value: String(spec.decade), range: yearsRange(spec.decade! * 10, spec.decade! * 10 + 9), known, implied: [] });
      case 'CE': return this.record(x, { value: pad(spec.century!), range: yearsRange(spec.century! * 100, spec.century! * 100 + 99), known, implied: [] });
    }
    return undefined;
  }

  /** Notes a resolved date as the story's latest day, month or year, and fills in its basis. */
  private record(x: Ctx, res: Resolved, day?: Ymd, month?: Ymd, y?: number): { res: Resolved; day?: Ymd } {
    const { spec, sentence, idx } = x;
    const explicit = x.known.includes('year') || spec.yearOffset !== undefined || spec.base === 'ref' && (spec.grain === 'Y' || spec.grain === 'M');
    if (day) this.lastDay = { day, sentence, cand: idx, grain: 'D' };
    if (month && explicit) this.lastMonth = { month: day ?? month, sentence, cand: idx, grain: day ? 'D' : 'M' };
    if (y !== undefined && (explicit || day)) { this.lastYear = { year: y, sentence, cand: idx, grain: 'Y' }; this.lastYearEnd = x.c.e; }
    res.basis = res.basis ?? x.basis;
    if (res.basisAt === undefined && x.basisAt !== undefined) res.basisAt = x.basisAt;
    return { res, day };
  }

  private dayResult(x: Ctx, d: Ymd, implied: string[]): { res: Resolved; day?: Ymd } {
    const spec = x.spec;
    let value = iso(d);
    if (spec.partOfDay) value += 'T' + spec.partOfDay;
    if (spec.hour !== undefined) value += `T${pad(spec.hour)}:${pad(spec.minute ?? 0)}${zoneSuffix(spec.zone)}`;
    return this.record(x, { value, range: dayRange(d), known: x.known, implied }, d, { y: d.y, m: d.m, d: 1 }, d.y);
  }

  /**
   * The year of a month (and day) the text gave without one. From the publication date: the
   * nearest such date, or, when that is months away, the one the sentence's tense points to.
   * A story told in another year ("On September 22, 2003 … On October 23") moves it to that
   * year, unless the date lies within weeks of publication (news about the days around it).
   */
  private inferYear(month: number, day: number | undefined, c: Cand, sentence: number): { year: number; basis: 'published' | 'narrative'; at?: number } | undefined {
    const pick = (y: number): Ymd => ({ y, m: month, d: day ?? 15 });
    const nearest = (base: Ymd): { y: number; dist: number } => {
      let best = base.y, bestDist = Infinity;
      for (const y of [base.y - 1, base.y, base.y + 1]) {
        const dist = Math.abs(dayDiff(pick(y), base));
        if (dist < bestDist) { best = y; bestDist = dist; }
      }
      return { y: best, dist: bestDist };
    };
    const ref = this.ref;
    let fromRef: { y: number; dist: number } | undefined;
    if (ref) {
      fromRef = nearest(ref);
      if (fromRef.dist > 62) {
        const tense = this.tense(c);
        const diff = dayDiff(pick(fromRef.y), ref);
        if (tense === 'past' && diff > 0) fromRef.y--;
        else if (tense === 'future' && diff < 0) fromRef.y++;
        fromRef.dist = Math.abs(dayDiff(pick(fromRef.y), ref));
      }
    }
    const a = this.lastMonth && sentence - this.lastMonth.sentence <= 2 && (!ref || this.lastMonth.month!.y !== ref.y) ? this.lastMonth : undefined;
    // a full date in this or the last sentence sets the story's time; a month-year only when publication is far
    if (a && (!fromRef || fromRef.dist > 45 || a.grain === 'D' && sentence - a.sentence <= 1)) {
      const anchorDay = day !== undefined && a.grain === 'D' ? a.month! : { ...a.month!, d: 15 };
      return { year: nearest(anchorDay).y, basis: 'narrative', at: a.cand };
    }
    if (!fromRef) return undefined;
    return { year: fromRef.y, basis: 'published' };
  }

  private weekdayDate(weekday: number, offset: number | undefined, tense: Tense): Ymd {
    const ref = this.ref!;
    const today = weekdayOf(ref);
    const back = (today - weekday + 7) % 7;      // days back to the latest such weekday (0: today)
    const fwd = (weekday - today + 7) % 7;
    if (offset !== undefined && offset < 0) return addDays(ref, -(back || 7));
    if (offset !== undefined && offset > 0) return addDays(ref, fwd || 7);
    if (back === 0) return ref;
    return tense === 'future' ? addDays(ref, fwd) : addDays(ref, -back);
  }

  /** A clock time's day: a day named near it in its sentence (or the one before), else the publication date. */
  private clockFromSentence(cands: Cand[], out: (Resolved | undefined)[], i: number): Resolved | undefined {
    const c = cands[i];
    const sentence = this.sentenceOf(c);
    let day: string | undefined;
    let basis: Resolved['basis'] = 'published';
    let basisAt: number | undefined;
    let bestDist = Infinity;
    for (let j = i - 1; j >= 0 && j >= i - 8 && this.sentenceOf(cands[j]) >= sentence - 1; j--) {
      const r = out[j];
      const dist = (sentence - this.sentenceOf(cands[j])) * 1000 + (c.s - cands[j].e);
      if (r && /^\d{4}-\d{2}-\d{2}/.test(r.value) && dist < bestDist) { day = r.value.slice(0, 10); bestDist = dist; basis = 'narrative'; basisAt = j; }
    }
    for (let j = i + 1; j < cands.length && j <= i + 8 && this.sentenceOf(cands[j]) === sentence; j++) {
      const r = out[j];
      const dist = cands[j].s - c.e;
      if (r && /^\d{4}-\d{2}-\d{2}/.test(r.value) && dist < bestDist) { day = r.value.slice(0, 10); bestDist = dist; basis = 'narrative'; basisAt = j; }
    }
    if (!day && this.ref) day = iso(this.ref);
    const spec = c.spec!;
    const clock = `T${pad(spec.hour!)}:${pad(spec.minute ?? 0)}${zoneSuffix(spec.zone)}`;
    const known = knownParts(spec);
    if (!day) return { value: `XXXX-XX-XX${clock}`, known, implied: [] };
    return { value: day + clock, range: { start: day, end: day }, known, implied: ['year', 'month', 'day'], basis, basisAt };
  }
}

function zoneSuffix(zone: number | undefined): string {
  if (zone === undefined) return '';
  if (zone === 0) return 'Z';
  const a = Math.abs(zone);
  return `${zone < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function knownParts(spec: DateSpec): string[] {
  const k: string[] = [];
  if (spec.century !== undefined) k.push('century');
  if (spec.decade !== undefined) k.push('decade');
  if (spec.year !== undefined) k.push('year');
  if (spec.yearOffset !== undefined || spec.offset !== undefined) k.push('offset');
  if (spec.quarter !== undefined) k.push('quarter');
  if (spec.half !== undefined) k.push('half');
  if (spec.week !== undefined) k.push('week');
  if (spec.season !== undefined) k.push('season');
  if (spec.month !== undefined) k.push('month');
  if (spec.day !== undefined) k.push('day');
  if (spec.weekday !== undefined) k.push('weekday');
  if (spec.partOfDay !== undefined) k.push('partOfDay');
  if (spec.hour !== undefined) k.push('time');
  if (spec.zone !== undefined) k.push('zone');
  return k;
}

/** Values fixed by the extractor: durations, sets and the PRESENT/PAST/FUTURE references. */
function fixedValue(c: Cand, ref: Ymd | undefined): Resolved {
  if (c.type !== 'DATE') return { value: c.value!, known: [], implied: [] };
  const today = ref ? iso(ref) : undefined;
  let range: Range | undefined;
  // "in the past" and "from now on" have no calendar range: an end the words do not give is no
  // date, and a placeholder one (0001-01-01, 9999-12-31) would reach every program that reads ranges
  if (today && c.value === 'PRESENT_REF') range = { start: today, end: today };
  return { value: c.value!, range, known: [], implied: [], basis: range ? 'published' : undefined };
}

/** early/mid/late narrow a range to its first, middle or last third. */
function narrowByMod(r: Range, mod: string): Range {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return r;
  const a = parseYmd(r.start), b = parseYmd(r.end);
  const span = dayDiff(b, a) + 1;
  if (span < 3) return r;
  const third = Math.floor(span / 3);
  if (mod === 'START') return { start: r.start, end: iso(addDays(a, third - 1)) };
  if (mod === 'MID') return { start: iso(addDays(a, third)), end: iso(addDays(a, span - third - 1)) };
  return { start: iso(addDays(b, -(third - 1))), end: r.end };
}

function parseYmd(s: string): Ymd { return { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) }; }

export { daysInMonth };

/** Monday of the nth full Monday–Sunday week inside a month (n = -1: the last). */
function weekOfMonthMonday(y: number, m: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, (8 - weekdayOf(first)) % 7 + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const sunday = addDays(last, -(weekdayOf(last) % 7));
  return addDays(sunday, -6);
}
