// The library API: extract(text, meta) → the document contract.
import { createDoc, findOffsetErrors, toContract } from './document/doc.ts';
import type { DocumentMeta, DossierDocument } from './document/types.ts';
import { DossierError } from './errors.ts';
import { buildPipeline, type Deadline, type Pipeline } from './pipeline/pipeline.ts';
import { newsEnglishStages } from './pipeline/presets/news-en.ts';
import { isCalendarDate } from './document/calendar.ts';
import { createEventsStage } from './stages/events/index.ts';
import { appendSection, sectionBounds } from './pipeline/sections.ts';

export type * from './document/types.ts';
export { DossierError, ERRORS } from './errors.ts';
export { buildPipeline } from './pipeline/pipeline.ts';
export { newsEnglishStages } from './pipeline/presets/news-en.ts';

let shared: Pipeline | undefined;

/** The default pipeline, built once per process (stages load their data on build). */
export function defaultPipeline(): Pipeline {
  return (shared ??= buildPipeline(newsEnglishStages()));
}

export interface ExtractOptions extends DocumentMeta {
  pipeline?: Pipeline;
  /** a folder of PETRARCH dictionaries (verbs, actors, agents, discards) the events stage codes with */
  dictionaries?: string;
  /** a time budget for extraction in the caller's own thread, where nothing can stop a stage midway: the
   * pipeline checks it before each stage and throws `error()` once performance.now() is past `at` */
  deadline?: Deadline;
  /** texts longer than this (UTF-16 units) are extracted section by section (pipeline/sections.ts); 256 K by default */
  sectionChars?: number;
}

const withDictionaries = new Map<string, Pipeline>();
/** The default pipeline whose events stage codes with another dictionary set, built once per folder. */
function dictionaryPipeline(dir: string): Pipeline {
  let p = withDictionaries.get(dir);
  if (!p) {
    p = buildPipeline(newsEnglishStages().map((s) => (s.name === 'events' ? createEventsStage({ dictionaries: dir }) : s)));
    withDictionaries.set(dir, p);
  }
  return p;
}

export function extract(text: string, options: ExtractOptions = {}): DossierDocument {
  if (options.published !== undefined && !isCalendarDate(options.published)) {
    throw new DossierError('BAD_DATE', `published "${options.published}" is not a calendar date of the form YYYY-MM-DD`);
  }
  const doc = createDoc(text, {
    id: options.id ?? contentId(text), title: options.title, published: options.published, url: options.url,
  });
  const pipeline = options.pipeline ?? (options.dictionaries !== undefined ? dictionaryPipeline(options.dictionaries) : defaultPipeline());
  const bounds = sectionBounds(text, options.sectionChars);
  let out: DossierDocument;
  if (bounds.length === 1) {
    pipeline.run(doc, { deadline: options.deadline });
    out = toContract(doc);
  } else {
    // a very long text, a section at a time (see pipeline/sections.ts): its working layers are never all held
    out = toContract(doc);
    for (const [start, end] of bounds) {
      const part = createDoc(text.slice(start, end), { id: doc.id, title: doc.title, published: doc.published, url: doc.url });
      appendSection(out, toContract(pipeline.run(part, { deadline: options.deadline })), start);
    }
  }
  const bad = findOffsetErrors(out);
  if (bad.length) throw new DossierError('OFFSETS', `${bad.length} item(s) do not match the text, first: ${bad[0]}`, out.id);
  return out;
}

/** A stable short id from the text, for documents that come without one. */
export function contentId(text: string): string {
  // FNV-1a over UTF-16 units: fast, dependency-free, stable across runs
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return 'doc-' + h.toString(16).padStart(8, '0');
}
