// What the fact readers ask of the other layers: which mentions, times and
// entities lie in a stretch of text, and which state an actor stands for.
import { lowerBound, within } from '../../document/spans.ts';
import type { Doc } from '../../document/doc.ts';
import type { Entity, Mention, TimeExpression } from '../../document/types.ts';

const ISO3 = /^[A-Z]{3}$/;
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const ACTOR_TYPES = new Set(['PERSON', 'GPE', 'ORG', 'NORP']);

export class FactContext {
  readonly doc: Doc;
  private readonly entities: Map<string, Entity>;

  constructor(doc: Doc) {
    this.doc = doc;
    this.entities = new Map(doc.entities.map(e => [e.id, e]));
  }

  entity(id: string | undefined): Entity | undefined {
    return id ? this.entities.get(id) : undefined;
  }

  /** Mentions wholly inside [start, end), in text order (binary search: layers are sorted by start). */
  mentionsIn(start: number, end: number): Mention[] {
    return within(this.doc.mentions, start, end);
  }

  timesIn(start: number, end: number): TimeExpression[] {
    return within(this.doc.times, start, end);
  }

  /** The state an actor or place mention stands for: metonymy first, then its entity's country. */
  countryOf(m: Mention | undefined): string | undefined {
    if (!m) return undefined;
    if (m.metonymFor) return m.metonymFor;
    const e = this.entity(m.entity);
    if (e?.metonymFor && m.type !== 'GPE') return e.metonymFor;
    if (e?.country) return e.country;
    if (m.entity && ISO3.test(m.entity)) return m.entity;
    return undefined;
  }

  isPlace(m: Mention): boolean {
    return PLACE_TYPES.has(m.type) && m.kind === 'name';
  }

  isActor(m: Mention): boolean {
    return ACTOR_TYPES.has(m.type);
  }

  /** The actor a clause is about: the nearest actor mention before `at`, within [from, at). */
  subjectBefore(from: number, at: number): Mention | undefined {
    let best: Mention | undefined;
    for (const m of within(this.doc.mentions, from, at)) {
      if (this.isActor(m) && m.type !== 'NORP' && (m.entity || m.kind === 'name')) best = m;
    }
    return best;
  }

  /**
   * The subject, else what a subject "it"/"they" stands for: the first state or organization of the
   * sentence before ("Kyrgyzstan has had a Russian base … And now it wants a second one").
   */
  subjectOrAntecedent(sentence: number, at: number): Mention | undefined {
    const s = this.doc.sentences[sentence];
    const own = this.subjectBefore(s.start, at);
    if (own || sentence === 0) return own;
    if (!/\b(?:it|they)\s+(?:\w+\s+){0,2}$/i.test(this.doc.text.slice(s.start, at))) return undefined;
    const prev = this.doc.sentences[sentence - 1];
    for (const m of within(this.doc.mentions, prev.start, prev.end)) {
      if ((m.type === 'GPE' || m.type === 'ORG') && m.entity) return m;
    }
    return undefined;
  }

  /** The first actor mention starting within [at, limit). */
  actorAfter(at: number, limit: number): Mention | undefined {
    const ms = this.doc.mentions;
    for (let i = lowerBound(ms, at); i < ms.length && ms[i].start < limit; i++) {
      if (this.isActor(ms[i]) && ms[i].type !== 'NORP') return ms[i];
    }
    return undefined;
  }

  /** Entity id an actor mention refers to: its entity, else its state. */
  actorId(m: Mention | undefined): string | undefined {
    if (!m) return undefined;
    if (m.metonymFor) return m.metonymFor;
    return m.entity ?? this.countryOf(m);
  }

  /** The DATE a stretch of text is governed by: the first DATE/TIME value in it. */
  dateIn(start: number, end: number): TimeExpression | undefined {
    return this.timesIn(start, end).find(t => (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value));
  }

  /** The narrative date at `at`: the last calendar DATE before it, else the publication date. */
  narrativeDate(at: number): string | undefined {
    return this.timeIndex().lastDate[lowerBound(this.doc.times, at)] ?? this.doc.published;
  }

  /** Whether a time expression holds offset `at` strictly inside it (the comma of "September 22, 2003"). */
  insideTime(at: number): boolean {
    return this.timeIndex().maxEnd[lowerBound(this.doc.times, at)] > at;
  }

  private firsts = new Map<string, Map<string, unknown>>();
  /** One table per question, built on first use: the first item (in the given order) under each of its keys. */
  private firstBy<T, V>(table: string, items: readonly T[], keys: (item: T) => (string | undefined)[], value: (item: T) => V, key: string): V | undefined {
    let m = this.firsts.get(table) as Map<string, V> | undefined;
    if (!m) {
      m = new Map();
      for (const x of items) for (const k of keys(x)) if (k !== undefined && !m.has(k)) m.set(k, value(x));
      this.firsts.set(table, m);
    }
    return m.get(key);
  }

  /** The first mention (in text order) of an entity: one table for the report, not a walk per question. */
  firstMentionOf(entity: string): Mention | undefined {
    return this.firstBy('mention', this.doc.mentions, m => [m.entity], m => m, entity);
  }

  /** The first nationality mention (in text order) standing for a state, by its entity or by metonymy. */
  firstNationalityOf(iso3: string): Mention | undefined {
    return this.firstBy('nationality', this.doc.mentions, m => (m.type === 'NORP' ? [m.entity, m.metonymFor] : []), m => m, iso3);
  }

  /** The first person quoted (in the quotes' order) who belongs to a state: who speaks for it in this report. */
  firstQuotedPersonOf(country: string): string | undefined {
    return this.firstBy('quoted', this.doc.quotes, q => {
      const speaker = this.entity(q.speaker);
      return speaker?.type === 'PERSON' ? [speaker.country] : [];
    }, q => this.entity(q.speaker)!.id, country);
  }

  private times?: { lastDate: (string | undefined)[]; maxEnd: number[] };
  /** Over the times sorted by start, for each k, what the first k hold: the last calendar DATE's value and the
   * furthest end. Built once, so a question about an offset is a binary search, not a walk from the start
   * (a walk per proposal and per comma grew with the square of a long report). */
  private timeIndex(): { lastDate: (string | undefined)[]; maxEnd: number[] } {
    if (this.times) return this.times;
    const times = this.doc.times;
    const lastDate: (string | undefined)[] = [undefined], maxEnd = [-1];
    for (let k = 0; k < times.length; k++) {
      const t = times[k];
      lastDate.push(t.type === 'DATE' && /^\d{4}-\d{2}/.test(t.value) ? t.value : lastDate[k]);
      maxEnd.push(Math.max(maxEnd[k], t.end));
    }
    return (this.times = { lastDate, maxEnd });
  }

  /** When a stretch of text happened: its own date, "now" → the publication date, else the narrative date. */
  governingDate(start: number, end: number): string | undefined {
    const own = this.dateIn(start, end);
    if (own) return own.value;
    if (this.timesIn(start, end).some(t => t.value === 'PRESENT_REF')) return this.doc.published;
    return this.narrativeDate(start);
  }

  sentenceBounds(index: number): { start: number; end: number } {
    return this.doc.sentences[index];
  }
}

/** The first calendar value of a TIMEX3 value: an interval "A/B" → A. */
export function startOfValue(value: string): string {
  return value.split('/')[0];
}
