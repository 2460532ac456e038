// A very long text is extracted section by section: cut at paragraph breaks into sections of about
// SECTION_CHARS, each run through the pipeline alone, its items shifted back to the whole text's offsets
// and appended. The pipeline's working layers (~170 bytes a token, a 4 MB report's 800k tokens) then
// exist for one section at a time, so memory is bounded by the section, not the text. A news report is
// far shorter and runs whole; what a long text loses is what crosses a cut: a short name or pronoun
// whose full name is in an earlier section, a story's home state or narrative date read per section.
// Entities of the same id (the slug of their name) and type are one across sections.
import type { AgreementFact, DossierDocument, Entity, FacilityFact, Fact, ProposalFact } from '../document/types.ts';
import { mergeRepeats } from '../stages/facts/agreements.ts';
import { settleCurrent } from '../stages/facts/facilities.ts';

/** Texts longer than this are cut into sections of about this length (UTF-16 units). */
export const SECTION_CHARS = 256 * 1024;

/** Where a text is cut: [start, end) of each section, in order, covering the text. A cut falls after a
 * blank line (a paragraph break) in the second half of the section's span, else after a line break,
 * else after a space; with none, at the span's end. Each window is scanned once: linear in the text. */
export function sectionBounds(text: string, size = SECTION_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutBefore(text, start + (size >> 1), start + size);
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/** The best cut in (lo, hi]: just after a paragraph break, else a line break, else a space, else hi. */
function cutBefore(text: string, lo: number, hi: number): number {
  let line = -1, space = -1;
  for (let i = hi - 1; i > lo; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (line < 0) line = i + 1;
      // a blank line: only spaces, tabs or carriage returns back to the line break before
      let j = i - 1;
      while (j > lo && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j--;
      if (text.charCodeAt(j) === 10) return i + 1;
    } else if (space < 0 && (c === 32 || c === 9)) space = i + 1;
  }
  if (line > 0) return line;
  if (space > 0) return space;
  // no break at all: not inside a surrogate pair
  const c = text.charCodeAt(hi);
  return c >= 0xdc00 && c <= 0xdfff ? hi - 1 : hi;
}

/** Appends one section's document (extracted from text.slice(offset)) to the whole text's: its offsets
 * shifted by `offset`, its indices into sentences, quotes and events by those already there, an entity
 * already there by id kept (its new aliases added), facts merged (see mergeFacts). */
export function appendSection(whole: DossierDocument, part: DossierDocument, offset: number): void {
  const sentencesBefore = whole.sentences.length, quotesBefore = whole.quotes.length, eventsBefore = whole.events.length;
  shiftSpans(part, offset);
  append(whole.sentences, part.sentences);
  append(whole.mentions, part.mentions);
  append(whole.times, part.times);
  for (const q of part.quotes) {
    if (q.parent !== undefined) q.parent += quotesBefore;
    whole.quotes.push(q);
  }
  for (const e of part.events) {
    if (e.sentence !== undefined) e.sentence += sentencesBefore;
    if (e.quote !== undefined) e.quote += quotesBefore;
    whole.events.push(e);
  }
  mergeEntities(whole.entities, part);
  if (part.facts?.length) whole.facts = mergeFacts(whole.facts ?? [], part.facts, eventsBefore, quotesBefore, whole.published);
  if (part.messages?.length) append((whole.messages ??= []), part.messages);
}

/** Every {start, end} of numbers below the document's layers moved by `offset` (spans, cues, antecedents,
 * a time's basis, evidence): the contract's offsets are all such pairs. An object two items share (a quote's
 * speaker span, copied by reference to the quote it continues) is moved once. */
function shiftSpans(part: DossierDocument, offset: number): void {
  const seen = new WeakSet<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) { for (const x of v) visit(x); return; }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') { o.start += offset; o.end += offset; }
    for (const k in o) if (k !== 'text') visit(o[k]);
  };
  for (const layer of [part.sentences, part.mentions, part.entities, part.times, part.quotes, part.events, part.facts]) visit(layer);
}

/** The facts of both, in the facts stage's order (facilities, agreements, proposals): a facility of the
 * same id is one (its history and evidence added), agreements merged as the stage merges repeats within a
 * text, then numbered again, as are proposals. */
function mergeFacts(kept: Fact[], added: Fact[], eventsBefore: number, quotesBefore: number, published: string | undefined): Fact[] {
  const facilities = kept.filter((f): f is FacilityFact => f.kind === 'facility');
  const byId = new Map(facilities.map(f => [f.id, f]));
  let agreements = kept.filter((f): f is AgreementFact => f.kind === 'agreement');
  const proposals = kept.filter((f): f is ProposalFact => f.kind === 'proposal');
  for (const f of added) {
    if (f.kind === 'facility') {
      const same = byId.get(f.id);
      if (same) mergeFacility(same, f, published);
      else { facilities.push(f); byId.set(f.id, f); }
    } else if (f.kind === 'agreement') agreements.push(f);
    else {
      if (f.events) f.events = f.events.map(i => i + eventsBefore);
      if (f.quotes) f.quotes = f.quotes.map(i => i + quotesBefore);
      proposals.push(f);
    }
  }
  agreements = mergeRepeats(agreements);
  agreements.forEach((f, i) => { f.id = `agreement-${i + 1}`; });
  proposals.forEach((f, i) => { f.id = `proposal-${i + 1}`; });
  return [...facilities, ...agreements, ...proposals];
}

/** A facility told of again in a later section: its history and evidence added, what it lacked filled, and its
 * status settled again from the whole history, as the facts stage settles it (settleCurrent). */
function mergeFacility(kept: FacilityFact, later: FacilityFact, published: string | undefined): void {
  append(kept.history, later.history);
  append(kept.evidence, later.evidence);
  if (kept.host === undefined && later.host !== undefined) kept.host = later.host;
  if (kept.operator === undefined && later.operator !== undefined) { kept.operator = later.operator; kept.operatorInferred = later.operatorInferred; }
  settleCurrent(kept, published);
}

/** The fields that hold an entity's id (mentions, quotes, events, facts): renamed with the entity. */
const ENTITY_REFERENCES = new Set(['entity', 'metonymFor', 'speaker', 'via', 'addressee', 'affiliation', 'source', 'target', 'location',
  'by', 'host', 'operator', 'locatedIn', 'parties', 'proposer']);

// per whole document: an entity by the id its section gave it and its type, so one renamed for a clash (georgia
// the country, then georgia a person as "georgia-2") is found again by the later sections that name it
const entityKeys = new WeakMap<Entity[], Map<string, Entity>>();
const entityKey = (id: string, type: string) => `${id}\u0000${type}`;

/** A section's entities into the whole's: one of the same id and type is the same entity (its aliases, roles
 * and what it lacked added); one whose id is taken by an entity of another type takes a free id, and the
 * section's references to it follow. */
function mergeEntities(into: Entity[], part: DossierDocument): void {
  let byKey = entityKeys.get(into);
  if (!byKey) { byKey = new Map(into.map(x => [entityKey(x.id, x.type), x])); entityKeys.set(into, byKey); }
  const taken = new Set(into.map(x => x.id));
  const partIds = new Set(part.entities.map(e => e.id));
  const renamed = new Map<string, string>();
  for (const x of part.entities) {
    const key = entityKey(x.id, x.type);
    const kept = byKey.get(key);
    if (kept) {
      if (kept.id !== x.id) renamed.set(x.id, kept.id);
      mergeEntity(kept, x);
      continue;
    }
    if (taken.has(x.id)) {
      let n = 2;
      while (taken.has(`${x.id}-${n}`) || partIds.has(`${x.id}-${n}`)) n++;
      renamed.set(x.id, `${x.id}-${n}`);
      x.id = `${x.id}-${n}`;
    }
    into.push(x); byKey.set(key, x); taken.add(x.id);
  }
  if (renamed.size) renameReferences(part, renamed);
}

function mergeEntity(kept: Entity, later: Entity): void {
  for (const a of later.aliases ?? []) {
    if (a !== kept.name && !kept.aliases?.includes(a)) (kept.aliases ??= []).push(a);
  }
  for (const r of later.roles ?? []) {
    if (!kept.roles?.some(k => k.title === r.title && k.country === r.country)) (kept.roles ??= []).push(r);
  }
  if (kept.country === undefined && later.country !== undefined) kept.country = later.country;
  if (kept.kind === undefined && later.kind !== undefined) kept.kind = later.kind;
  if (kept.geo === undefined && later.geo !== undefined) kept.geo = later.geo;
}

/** Entity ids in the section's layers (the fields of ENTITY_REFERENCES, strings or lists of them) renamed. */
function renameReferences(part: DossierDocument, renamed: ReadonlyMap<string, string>): void {
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v) visit(x); return; }
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const x = o[k];
      if (ENTITY_REFERENCES.has(k)) {
        if (typeof x === 'string') o[k] = renamed.get(x) ?? x;
        else if (Array.isArray(x)) o[k] = x.map(y => (typeof y === 'string' ? renamed.get(y) ?? y : y));
      } else if (k !== 'text') visit(x);
    }
  };
  for (const layer of [part.mentions, part.quotes, part.events, part.facts, part.entities]) visit(layer);
}

/** push(...items) without spreading a long array into arguments */
function append<T>(into: T[], items: readonly T[]): void {
  for (const x of items) into.push(x);
}
