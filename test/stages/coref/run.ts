// Runs the pipeline up to the coreference stage on a text.
import { buildPipeline, type Pipeline } from '../../../src/pipeline/pipeline.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { createDoc, type Doc } from '../../../src/document/doc.ts';

let pipeline: Pipeline | undefined;

export function runToCoref(text: string): Doc {
  pipeline ??= buildPipeline(newsEnglishStages(), { only: ['coref'] });
  const doc = createDoc(text, { id: 't', published: '2017-10-10' });
  pipeline.run(doc);
  return doc;
}
