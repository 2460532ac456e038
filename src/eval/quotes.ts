// Quotations: content spans overlap (any piece of a discontinuous quote), and speaker
// accuracy on the gold quotes that were found, overall and by kind (direct; indirect, with the
// mixed ones: reported clauses holding quoted words); and, by kind, how many found quotes whose
// gold names a speaker (a person or a body, not "a senior official") got one at all.
import type { DossierDocument, Quote } from '../document/types.ts';
import type { GoldQuote, GoldSpan } from './gold.ts';
import { measure, overlaps, scoreRelaxed, type Measure, type ScoreError } from './measure.ts';

const piecesOf = (q: { start: number; end: number; parts?: { start: number; end: number }[] }) =>
  q.parts?.length ? q.parts : [q];

const overlapLength = (a: GoldSpan, b: GoldSpan) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function quotesOverlap(s: Quote, g: GoldQuote): boolean {
  return piecesOf(s).some(p => piecesOf(g).some(q => overlaps(p, q)));
}

const capitalizedWords = (s: string) => new Set((s.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map(w => w.toLowerCase()));

/** The system speaker is right if it has a mention over the gold speaker span, or its name
 * shares a capitalized word with the gold speaker text. A speaker the gold only describes ("a top
 * administration official") has no entity: a quote that keeps a described speaker whose words
 * overlap the gold's description is right too. */
export function speakerMatches(doc: Pick<DossierDocument, 'mentions' | 'entities'>, speaker: string | undefined, g: GoldQuote, quote?: Quote): boolean {
  if (g.speaker_kind === 'described' && quote?.speakerKind === 'described' && quote.speakerSpan && g.speaker_start !== undefined
      && g.speaker_end !== undefined && overlaps(quote.speakerSpan, { start: g.speaker_start, end: g.speaker_end })) return true;
  if (!speaker) return false;
  if (g.speaker_start !== undefined && g.speaker_end !== undefined) {
    const span = { start: g.speaker_start, end: g.speaker_end };
    if (doc.mentions.some(m => m.entity === speaker && overlaps(m, span))) return true;
  }
  if (g.speaker_text) {
    const goldWords = capitalizedWords(g.speaker_text);
    const entity = doc.entities.find(e => e.id === speaker);
    const names = entity ? [entity.name, ...(entity.aliases ?? [])] : [speaker];
    if (names.some(n => [...capitalizedWords(n)].some(w => goldWords.has(w)))) return true;
  }
  return false;
}

export interface QuoteScores {
  content: Measure; speaker: Measure;
  'speaker-direct': Measure; 'speaker-indirect': Measure;
  'named-direct': Measure; 'named-indirect': Measure;
  errors: ScoreError[];
}

/** The gold names its speaker: a person or a body, not a description or nobody. */
const goldNamesSpeaker = (g: GoldQuote) =>
  (g.speaker_text !== undefined || g.speaker_start !== undefined) && g.speaker_kind !== 'described' && g.speaker_kind !== 'unknown';

export function scoreQuotes(docId: string, doc: Pick<DossierDocument, 'quotes' | 'mentions' | 'entities'>, gold: GoldQuote[], ignore: GoldSpan[] = []): QuoteScores {
  const ignored = (s: Quote) => ignore.some(i => piecesOf(s).some(p => overlaps(p, i)));
  const content = scoreRelaxed(doc.quotes, gold, { matches: quotesOverlap }, ignored);
  const errors: ScoreError[] = [];
  let right = 0, total = 0;
  const byKind = { direct: { right: 0, total: 0, named: 0, withSpeaker: 0 }, indirect: { right: 0, total: 0, named: 0, withSpeaker: 0 } };
  const speakerName = (id: string | undefined) => (id ? doc.entities.find(e => e.id === id)?.name ?? id : '(none)');
  for (const [g, found] of content.found) {
    if (!found.length || (!g.speaker_text && g.speaker_start === undefined)) continue;
    const best = found.reduce((a, b) => (overlapLength(b, g) > overlapLength(a, g) ? b : a));
    total++;
    const k = byKind[g.kind === 'direct' ? 'direct' : 'indirect'];
    k.total++;
    if (goldNamesSpeaker(g)) { k.named++; if (best.speaker) k.withSpeaker++; }
    if (speakerMatches(doc, best.speaker, g, best)) { right++; k.right++; }
    else errors.push({ doc: docId, kind: 'FN', start: g.start, end: g.end, text: clip(g.text ?? ''), label: `speaker ${g.speaker_text}`, other: `system speaker ${speakerName(best.speaker)}` });
  }
  errors.unshift(
    ...content.missed.map(g => ({ doc: docId, kind: 'FN' as const, start: g.start, end: g.end, text: clip(g.text ?? ''), label: `${g.kind ?? ''} ${g.speaker_text ?? ''}`.trim() })),
    ...content.wrong.map(s => ({ doc: docId, kind: 'FP' as const, start: s.start, end: s.end, text: clip(s.text), label: `${s.kind} ${speakerName(s.speaker)} ${s.rule}` })),
  );
  const m = (a: number, b: number) => measure(a, b, a, b);
  return {
    content: content.measure, speaker: m(right, total),
    'speaker-direct': m(byKind.direct.right, byKind.direct.total), 'speaker-indirect': m(byKind.indirect.right, byKind.indirect.total),
    'named-direct': m(byKind.direct.withSpeaker, byKind.direct.named), 'named-indirect': m(byKind.indirect.withSpeaker, byKind.indirect.named),
    errors,
  };
}

const clip = (s: string) => (s.length > 90 ? s.slice(0, 87) + '…' : s);
