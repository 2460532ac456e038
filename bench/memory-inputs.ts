// The memory bench's inputs, made once from the bench corpus: a 4 MB single report (the corpus texts
// joined by blank lines) and a 20 MB JSONL batch ({id, text, published} a line).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './corpus.ts';

/** The inputs, written once into `dir`: a 4 MB single report and a 20 MB JSONL batch. */
export function makeInputs(dir: string): { report: string; batch: string } {
  mkdirSync(dir, { recursive: true });
  const report = join(dir, 'report-4mb.txt');
  const batch = join(dir, 'batch-20mb.jsonl');
  if (!exists(report)) writeFileSync(report, corpus(4e6).map(d => d.text).join('\n\n'));
  if (!exists(batch)) writeFileSync(batch, corpus(20e6).map(d => JSON.stringify({ id: d.id, text: d.text, published: d.published })).join('\n') + '\n');
  return { report, batch };
}

function exists(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}

