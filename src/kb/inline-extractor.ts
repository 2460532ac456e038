// Extraction in the caller's own thread: for --workers 0, tests, and `dossier extract` on a small input,
// where starting a worker (a second isolate loading the same code and data) costs more than the text.
// Nothing can stop a stage midway here, so the time budget is checked before each stage: a document
// past it fails by name once the stage that crossed it ends. The pipeline's modules are loaded by the
// first document, not by whoever makes the extractor.
import type { DocumentMeta } from '../document/types.ts';
import type { OutputFormat } from '../format/output-formats.ts';
import type { PageText } from '../io/html.ts';
import { DEFAULT_TIMEOUT_SECONDS, checkWithinBudget, serializeWithinBudget, timedOut } from './extract-budget.ts';
import type { DocumentOutput, Extractor } from './pool.ts';

export class InlineExtractor implements Extractor {
  readonly capacity = 1;
  private readonly timeoutSeconds: number;

  constructor(options: { timeoutSeconds?: number } = {}) {
    this.timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  }

  async extractJson(text: string, meta: DocumentMeta, where: string): Promise<string> {
    const { extract } = await import('../index.ts');
    return serializeWithinBudget(extract(text, { ...meta, deadline: this.deadline(where) }), text.length, where);
  }

  /** Extracted when it is written (pipe), so a document waiting its turn holds only its text. */
  extractOutput(text: string, meta: DocumentMeta, where: string, format: OutputFormat): DocumentOutput {
    return {
      pipe: async write => {
        const [{ extract }, { documentChunks }] = await Promise.all([import('../index.ts'), import('../format/document-output.ts')]);
        const doc = extract(text, { ...meta, deadline: this.deadline(where) });
        const compact = checkWithinBudget(doc, text.length, where, format === 'jsonl');
        for (const chunk of documentChunks(doc, format, compact)) await write(chunk);
      },
    };
  }

  async readPage(html: string): Promise<PageText> { return (await import('../io/html.ts')).htmlToDocument(html); }
  async close() {}

  private deadline(where: string) {
    const seconds = this.timeoutSeconds;
    return { at: performance.now() + seconds * 1000, error: () => timedOut(where, seconds) };
  }
}
