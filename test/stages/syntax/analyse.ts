// The segment and syntax stages over a text, for the syntax tests.
import { createDoc, type Doc } from '../../../src/document/doc.ts';
import { segmentStage } from '../../../src/stages/segment/index.ts';
import { annotateSyntax } from '../../../src/stages/syntax/index.ts';

export function analyse(text: string): Doc {
  const doc = createDoc(text, { id: 'test' });
  segmentStage.run(doc, { warn() {} });
  annotateSyntax(doc);
  return doc;
}

/** Chunks as "[KIND words ^head]" ("-pass" marks a passive VP). */
export function chunkShapes(doc: Doc): string[] {
  return doc.chunks.map((c) => `[${c.kind}${c.passive ? '-pass' : ''} ${doc.tokens.slice(c.start, c.end).map((t) => t.text).join(' ')} ^${doc.tokens[c.head].text}]`);
}
