// The dictionary coder's entry points: a Treebank-parsed sentence (the unit-test records) and
// a document sentence read through the syntax stage's chunks (shallow.ts).
import type { Dictionaries } from '../../../data/petrarch/index.ts';
import { codeSentence, type CodedEvent, type CoderOptions } from './code.ts';
import { parseTreebank } from './tree.ts';

export type { CodedEvent, CoderOptions } from './code.ts';
export { PETRARCH_COMMA_DEFAULTS, type CommaOptions } from './commas.ts';
export { codeSentence } from './code.ts';

/** Codes a sentence given with its Treebank parse; `date` is YYYYMMDD. A discarded sentence codes nothing. `opts`: PETRARCH's coding options (require_dyad, comma_*). */
export function codeTreebankSentence(parse: string, text: string, dict: Dictionaries, date: number | null, opts: Omit<CoderOptions, 'date'> = {}): CodedEvent[] {
  if (dict.discards.find(text.split(/[^A-Za-z0-9'-]+/).filter(Boolean))) return [];
  const root = parseTreebank(parse);
  if (!root) return [];
  return codeSentence(root, dict, { ...opts, date });
}
