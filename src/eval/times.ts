// Time expressions, TempEval-3 style: relaxed (overlap) and strict (exact) span F1, and
// value and type F1 over overlapping spans.
import type { TimeExpression } from '../document/types.ts';
import type { GoldSpan, GoldTime } from './gold.ts';
import { alternatives, overlaps, scoreRelaxed, type Measure, type ScoreError } from './measure.ts';

/**
 * Whether a system TIMEX3 value is right for a gold value. Gold "A|B" accepts either; a gold
 * interval "A/B" accepts "A/B", A, or B; a system interval "A/B" is right for a gold A.
 */
export function valueMatches(system: string, gold: string): boolean {
  const sys = system.trim();
  const [sStart] = sys.split('/');
  return alternatives(gold).some(g => {
    if (g === sys) return true;
    const ends = g.split('/');
    if (ends.length === 2 && ends.includes(sys)) return true;
    return sys.includes('/') && sStart === g;
  });
}

/** The gold's types, and DURATION where one of its value alternatives is a duration ("PAST_REF|PXY"). */
function typesOf(g: GoldTime): string[] {
  const types = alternatives(g.type);
  return alternatives(g.value).some(v => /^P(\d|X|T)/.test(v)) ? [...types, 'DURATION'] : types;
}

export interface TimeScores { relaxed: Measure; strict: Measure; value: Measure; type: Measure; errors: ScoreError[] }

export function scoreTimes(docId: string, system: TimeExpression[], gold: GoldTime[], scope: string[] | undefined, ignore: GoldSpan[] = []): TimeScores {
  const sys = scope?.length ? system.filter(t => scope.includes(t.type)) : system;
  const ignored = (s: TimeExpression) => ignore.some(i => overlaps(s, i));
  const excuses = (s: TimeExpression, g: GoldTime) => overlaps(s, g);
  const relaxed = scoreRelaxed<TimeExpression, GoldTime>(sys, gold, { matches: overlaps }, ignored);
  const strict = scoreRelaxed(sys, gold, { matches: (s, g) => s.start === g.start && s.end === g.end, excuses }, ignored);
  const value = scoreRelaxed(sys, gold, { matches: (s, g) => overlaps(s, g) && valueMatches(s.value, g.value), excuses }, ignored);
  const type = scoreRelaxed(sys, gold, { matches: (s, g) => overlaps(s, g) && typesOf(g).includes(s.type), excuses }, ignored);
  const errors: ScoreError[] = [
    ...value.missed.map(g => ({
      doc: docId, kind: 'FN' as const, start: g.start, end: g.end, text: g.text ?? '', label: `${g.type} ${g.value}`,
      other: sys.filter(s => overlaps(s, g)).map(s => `${s.text}=${s.value}`).join(', ') || undefined,
    })),
    ...value.wrong.map(s => ({
      doc: docId, kind: 'FP' as const, start: s.start, end: s.end, text: s.text, label: `${s.type} ${s.value} ${s.rule}`,
      other: gold.filter(g => overlaps(s, g)).map(g => `${g.text}=${g.value}`).join(', ') || undefined,
    })),
    ...[['strict', strict], ['type', type]].flatMap(([metric, scored]) => (scored as typeof strict).missed
      .filter(g => !relaxed.missed.includes(g)).map(g => ({
        doc: docId, kind: 'FN' as const, metric: metric as string, start: g.start, end: g.end, text: g.text ?? '', label: `${g.type} ${g.value}`,
        other: sys.filter(s => overlaps(s, g)).map(s => `${s.text}/${s.type}=${s.value}`).join(', '),
      }))),
  ];
  return { relaxed: relaxed.measure, strict: strict.measure, value: value.measure, type: type.measure, errors };
}
