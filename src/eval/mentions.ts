// Mentions: strict (same start, end and type) and relaxed (overlap and a compatible type).
// Places the corpus does not split further are LOC_ANY; a FAC may be read as ORG or as a place.
import type { Mention } from '../document/types.ts';
import type { GoldMention, GoldSpan } from './gold.ts';
import { alternatives, measure, overlaps, scoreRelaxed, type Measure, type ScoreError } from './measure.ts';

const PLACE = ['GPE', 'LOC', 'FAC'];
const PRONOUNS = new Set(('me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
  'himself herself itself themselves who whom whose this that these those').split(' '));

/** The system types a gold type accepts exactly: LOC_ANY stands for any place; "A|B" for either. */
export function strictTypes(goldType: string): string[] {
  return alternatives(goldType).flatMap(t => (t === 'LOC_ANY' ? PLACE : [t]));
}

/** The system types a gold type accepts when spans only overlap: places together, ORG with FAC. */
export function compatibleTypes(goldType: string): Set<string> {
  const out = new Set<string>();
  for (const t of alternatives(goldType)) {
    if (t === 'LOC_ANY' || PLACE.includes(t)) PLACE.forEach(p => out.add(p));
    if (t === 'ORG') out.add('FAC');
    if (t === 'FAC') out.add('ORG');
    out.add(t);
  }
  return out;
}

/** Whether a system mention type is one the corpus annotates (its `scope`). */
export function inScope(type: string, scope: string[] | undefined): boolean {
  if (!scope?.length) return true;
  return scope.some(s => compatibleTypes(s).has(type));
}

/** Names only: pronouns and nominals are scored by no mention metric. */
export function countedSystemMentions(mentions: Mention[], scope: string[] | undefined): Mention[] {
  return mentions.filter(m => m.kind !== 'pronoun' && m.kind !== 'nominal'
    && !isPronoun(m.text) && inScope(m.type, scope));
}

/** "he", "They"; but "US" is a country, not "us". */
function isPronoun(text: string): boolean {
  return PRONOUNS.has(text.toLowerCase()) && text !== text.toUpperCase();
}

export interface MentionScores {
  strict: Measure; relaxed: Measure; errors: ScoreError[];
  /** relaxed counts per type group (PERSON, ORG, place, …): gold items by their type, system items by theirs */
  byType: Record<string, Measure>;
}

/** The group a type is reported under: every place type is "place"; "A|B" goes under A. */
export function typeGroup(type: string): string {
  const t = alternatives(type)[0] ?? type;
  return t === 'LOC_ANY' || PLACE.includes(t) ? 'place' : t;
}

/** Relaxed counts split by type group: a wrong system item counts against its own type's precision. */
function countsByType(right: Set<Mention>, wrong: Mention[], required: GoldMention[], missed: Set<GoldMention>): Record<string, Measure> {
  const c = new Map<string, [number, number, number, number]>();
  const at = (t: string) => { let v = c.get(t); if (!v) c.set(t, v = [0, 0, 0, 0]); return v; };
  for (const s of right) { const v = at(typeGroup(s.type)); v[0]++; v[1]++; }
  for (const s of wrong) at(typeGroup(s.type))[1]++;
  for (const g of required) { const v = at(typeGroup(g.type)); v[3]++; if (!missed.has(g)) v[2]++; }
  return Object.fromEntries([...c].sort().map(([t, v]) => [t, measure(v[0], v[1], v[2], v[3])]));
}

export function scoreMentions(docId: string, system: Mention[], gold: GoldMention[], scope: string[] | undefined, ignore: GoldSpan[] = []): MentionScores {
  const sys = countedSystemMentions(system, scope);
  const goldNames = gold.filter(g => g.kind !== 'pronoun' && g.kind !== 'nominal');
  const ignored = (s: Mention) => ignore.some(i => overlaps(s, i));
  const relaxedMatch = (s: Mention, g: GoldMention) => overlaps(s, g) && compatibleTypes(g.type).has(s.type);
  const strict = scoreRelaxed(sys, goldNames, {
    matches: (s, g) => s.start === g.start && s.end === g.end && strictTypes(g.type).includes(s.type),
    excuses: relaxedMatch,
  }, ignored);
  const relaxed = scoreRelaxed(sys, goldNames, { matches: relaxedMatch }, ignored);
  const errors: ScoreError[] = [
    ...relaxed.missed.map(g => ({
      doc: docId, kind: 'FN' as const, start: g.start, end: g.end, text: g.text ?? '', label: g.type,
      other: sys.filter(s => overlaps(s, g)).map(s => `${s.text}/${s.type}`).join(', ') || undefined,
    })),
    ...relaxed.wrong.map(s => ({
      doc: docId, kind: 'FP' as const, start: s.start, end: s.end, text: s.text, label: `${s.type} ${s.rule}`,
      other: goldNames.filter(g => overlaps(s, g)).map(g => `${g.text}/${g.type}`).join(', ') || undefined,
    })),
    // found, but with other boundaries or type: what strict F1 loses
    ...strict.missed.filter(g => !relaxed.missed.includes(g)).map(g => ({
      doc: docId, kind: 'FN' as const, metric: 'strict', start: g.start, end: g.end, text: g.text ?? '', label: g.type,
      other: sys.filter(s => overlaps(s, g)).map(s => `${s.text}/${s.type}`).join(', '),
    })),
  ];
  const right = new Set([...relaxed.found.values()].flat());
  const byType = countsByType(right, relaxed.wrong, [...relaxed.found.keys()], new Set(relaxed.missed));
  return { strict: strict.measure, relaxed: relaxed.measure, errors, byType };
}
