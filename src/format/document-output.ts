// A document as `dossier extract` writes it, in chunks: json (two-space indented), jsonl (one line,
// its newline added by the writer), text (for a person, control characters made visible) or gdelt
// (tab-separated event rows). Made where the document is (the extraction worker), so only text
// crosses to the writing thread, and JSON a chunk at a time: the document is emptied as it is
// written, so a large one is never held twice.
import type { DossierDocument } from '../document/types.ts';
import { toGdeltTsv } from './gdelt.ts';
import { jsonChunks } from './json-pieces.ts';
import { terminalSafe } from './terminal.ts';
import { formatText } from './text.ts';
import type { OutputFormat } from './output-formats.ts';

export type { OutputFormat } from './output-formats.ts';

/** The document's output in chunks. `compact`, when the caller already made JSON.stringify(doc), is written
 * as it is for jsonl. The document is emptied as its JSON is written: the caller drops it afterwards. */
export function* documentChunks(doc: DossierDocument, format: OutputFormat, compact?: string): Generator<string> {
  if (format === 'text') yield terminalSafe(formatText(doc), { keepNewlines: true });
  else if (format === 'gdelt') yield toGdeltTsv([doc]);
  else if (format === 'jsonl' && compact !== undefined) yield compact;
  else yield* jsonChunks(doc, { pretty: format === 'json', release: true });
}
