// Runs the pipeline up to a stage on a text and returns the working document.
import { buildPipeline, type Pipeline } from '../../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { createDoc, type Doc } from '../../../src/document/doc.ts';
import type { Mention } from '../../../src/document/types.ts';
import assert from 'node:assert/strict';

const pipelines = new Map<string, Pipeline>();

export function runTo(stage: 'mentions' | 'entities', text: string): Doc {
  let p = pipelines.get(stage);
  if (!p) pipelines.set(stage, p = buildPipeline(newsEnglishStages(), { only: [stage] }));
  const doc = createDoc(text, { id: 't', published: '2017-10-10' });
  p.run(doc);
  return doc;
}

/** The name mention whose text is exactly `text` (the n-th one), or undefined. */
export function named(doc: Doc, text: string, nth = 0): Mention | undefined {
  return doc.mentions.filter(m => m.kind === 'name' && m.text === text)[nth];
}

/** Name mentions as "text/TYPE" strings, in order. */
export function names(doc: Doc): string[] {
  return doc.mentions.filter(m => m.kind === 'name').map(m => `${m.text}/${m.type}`);
}

/** Asserts the type of the first name mention of each text (a missing name fails too). */
export function assertTypes(doc: Doc, expected: Record<string, string>): void {
  for (const [text, type] of Object.entries(expected)) assert.equal(named(doc, text)?.type, type, text);
}
