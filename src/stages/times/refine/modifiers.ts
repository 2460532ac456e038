// Refiners that look around a proposed span: modifiers that belong in it ("early October",
// "the end of this year", "late 2012" → mod START/END/MID), the relation word before it
// (`anchor`: since, in, on, by…), and a weekday joined to the date it names
// ("Tuesday, September 22, 2003").
import type { Cand, Grain } from '../candidate.ts';
import type { TokenView } from '../scanner.ts';
import { timeValues } from '../lexicon.ts';
import { functionWords } from '../../../data/lexicon.ts';

const SINGLE_MOD = timeValues('single-mod');
const PHRASE_MOD = timeValues('phrase-mod');
const APPROX_BEFORE_DATE = timeValues('approx-before-date');

const PERIOD_NOUNS = timeValues('period-noun') as ReadonlyMap<string, Grain>;

/** "the beginning of the year", "the end of the month": the period is the publication date's. */
export function periodOfReference(v: TokenView, i: number): Cand | undefined {
  if (v.at(i) !== 'the') return undefined;
  let k = i + 1;
  if (v.at(k) === 'very') k++;
  const mod = PHRASE_MOD.get(v.at(k));
  if (!mod || v.at(k + 1) !== 'of' || v.at(k + 2) !== 'the') return undefined;
  const grain = PERIOD_NOUNS.get(v.at(k + 3) as 'year');
  if (!grain || v.at(k + 4) === 'of') return undefined;
  return { s: i, e: k + 4, type: 'DATE', rule: 'times.relative.period-of-reference', mod, spec: { grain, offset: 0, base: 'ref' } };
}

/** Takes "early", "the end of", "the very beginning of", "around" into DATE spans that allow them. */
export function absorbModifiers(v: TokenView, cands: Cand[]): void {
  let floor = 0; // a modifier may not reach into the previous candidate
  for (const c of cands) {
    if (c.type === 'DATE' && c.spec && c.mod === undefined) {
      let s = c.s;
      const w = v.at(s - 1);
      if (SINGLE_MOD.has(w) && s - 1 >= floor && v.sameSentence(s - 1, s)) {
        const mod = SINGLE_MOD.get(w);
        s--;
        if (mod) c.mod = mod;
        if (v.at(s - 1) === 'the' && s - 1 >= floor) s--;
      } else if (w === 'of' && s - 2 >= floor) {
        let k = s - 2;
        const mod = PHRASE_MOD.get(v.at(k));
        if (mod) {
          if (v.at(k - 1) === 'very') k--;
          if (v.at(k - 1) === 'the' && k - 1 >= floor) k--;
          s = k; c.mod = mod;
        }
      } else if (APPROX_BEFORE_DATE.has(w) && s - 1 >= floor && (c.spec.grain === 'Y' || c.spec.grain === 'DE')) {
        c.mod = APPROX_BEFORE_DATE.get(w); s--;
      }
      c.s = s;
    }
    floor = c.e;
  }
}

/** A weekday right before the date it names is one expression: "Tuesday, September 22, 2003". */
export function joinWeekdays(v: TokenView, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i], n = cands[i + 1];
    if (n && c.rule === 'times.relative.weekday' && n.spec?.day !== undefined && n.spec.month !== undefined &&
        (n.s === c.e || n.s === c.e + 1 && v.at(c.e) === ',')) {
      out.push({ ...n, s: c.s, spec: { ...n.spec, weekday: c.spec!.weekday }, rule: n.rule + '+weekday' });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

const ANCHORS = functionWords('anchor');

/** The relation word right before the span, if any ("since 1991" → since; "as of May" → as of). */
export function anchorWord(v: TokenView, c: Cand): string | undefined {
  const w = v.at(c.s - 1);
  if (!v.sameSentence(c.s - 1, c.s)) return undefined;
  if (w === 'of' && v.at(c.s - 2) === 'as') return 'as of';
  if (w === 'to' && (v.at(c.s - 2) === 'prior' || v.at(c.s - 2) === 'up')) return v.at(c.s - 2) + ' to';
  return ANCHORS.has(w) ? w : undefined;
}
