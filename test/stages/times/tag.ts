// Test helper: the times of one text, run through the real segmenter and the times stage.
import { createDoc } from '../../../src/document/doc.ts';
import type { TimeExpression } from '../../../src/document/types.ts';
import { segmentStage } from '../../../src/stages/segment/index.ts';
import { timesStage } from '../../../src/stages/times/index.ts';

const ctx = { warn() {} };

/** `published` null: a document without a publication date. */
export function tag(text: string, published: string | null = '2017-10-10'): TimeExpression[] {
  const doc = createDoc(text, { id: 't', published: published ?? undefined });
  segmentStage.run(doc, ctx);
  timesStage.run(doc, ctx);
  for (const t of doc.times) if (text.slice(t.start, t.end) !== t.text) throw new Error(`offsets of "${t.text}"`);
  return doc.times;
}

/** "text=value" for each expression, the compact form the tests compare. */
export function values(text: string, published?: string | null): string[] {
  return tag(text, published).map((t) => `${t.text}=${t.value}`);
}

/** The one expression whose text is `span`. */
export function find(text: string, span: string, published?: string): TimeExpression {
  const t = tag(text, published).find((x) => x.text === span);
  if (!t) throw new Error(`no time "${span}" in: ${values(text, published).join(' | ')}`);
  return t;
}
