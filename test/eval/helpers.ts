// Builds small system documents by hand, so each scoring convention can be checked alone.
import type { DossierDocument, EventRecord, Mention, Quote, TimeExpression } from '../../src/document/types.ts';
import type { GoldDocument } from '../../src/eval/gold.ts';

export function systemDoc(text: string, layers: Partial<DossierDocument> = {}): DossierDocument {
  return { id: 'sys', text, sentences: [], mentions: [], entities: [], times: [], quotes: [], events: [], ...layers };
}

/** A mention over the first occurrence (or the nth) of `words` in `text`. */
export function mention(text: string, words: string, type: Mention['type'], extra: Partial<Mention> = {}, nth = 0): Mention {
  const start = indexOfNth(text, words, nth);
  return { start, end: start + words.length, text: words, type, kind: 'name', rule: 'test', ...extra };
}

export function time(text: string, words: string, type: TimeExpression['type'], value: string): TimeExpression {
  const start = indexOfNth(text, words, 0);
  return { start, end: start + words.length, text: words, type, value, rule: 'test' };
}

export function quote(text: string, words: string, speaker?: string): Quote {
  const start = indexOfNth(text, words, 0);
  return { start, end: start + words.length, text: words, kind: 'direct', speaker, rule: 'test' };
}

export function event(code: string, source?: string, target?: string): EventRecord {
  return { code, source, target, trigger: { start: 0, end: 0, text: '' }, rule: 'test' };
}

export function span(text: string, words: string, nth = 0) {
  const start = indexOfNth(text, words, nth);
  return { start, end: start + words.length, text: words };
}

function indexOfNth(text: string, words: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`"${words}" not found in the test text`);
  }
  return at;
}

/** The gold document read as if a system had produced it: every metric should then be perfect. */
export function goldAsSystem(gold: GoldDocument): DossierDocument {
  const isoIds = new Set<string>();
  const events = (gold.events ?? []).filter(e => !e.optional).map(e => {
    isoIds.add(e.source_country!); isoIds.add(e.target_country!);
    return event(e.code.split('|')[0], e.source_country, e.target_country);
  });
  const speakers = new Map<string, string>();
  const quotes = (gold.quotes ?? []).map(q => {
    const id = q.speaker_text ? q.speaker_text.toLowerCase().replace(/\W+/g, '-') : undefined;
    if (id) speakers.set(id, q.speaker_text!);
    return { start: q.start, end: q.end, text: gold.text.slice(q.start, q.end), kind: 'direct' as const, speaker: id, rule: 'gold' };
  });
  return systemDoc(gold.text, {
    mentions: (gold.mentions ?? []).map(m => ({
      start: m.start, end: m.end, text: gold.text.slice(m.start, m.end), kind: 'name' as const, rule: 'gold',
      type: m.type.split('|')[0].replace('LOC_ANY', 'GPE') as Mention['type'],
    })),
    times: (gold.times ?? []).map(t => ({
      start: t.start, end: t.end, text: gold.text.slice(t.start, t.end), rule: 'gold',
      type: t.type as TimeExpression['type'], value: t.value.split('|')[0],
    })),
    quotes,
    events,
    entities: [...speakers].map(([id, name]) => ({ id, name, type: 'PERSON' as const })),
  });
}
