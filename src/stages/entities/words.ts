// The entity stage's word lists (data/lexicon/entity-words.tsv) through the one loader: read once, looked up by Set/Map.
import { valueTable, valuesOfKind, wordAlternation, wordsOfKind, writtenAlternation } from '../../data/lexicon.ts';

const FILE = 'lexicon/entity-words.tsv';

/** The words of one kind (lower case). */
export const entityWords = (kind: string): ReadonlySet<string> => wordsOfKind(FILE, kind);
/** Word → value (third column) for one kind. */
export const entityValues = (kind: string): ReadonlyMap<string, string> => valuesOfKind(FILE, kind);
/** Entry → value of one kind as a table with no prototype, built once. */
export const entityTable = (kind: string): Record<string, string> => valueTable(FILE, kind);
/** `(?:a|b)` of one kind's words for a regex built once, on first use. */
export const entityAlternation = (kind: string): string => wordAlternation(FILE, kind);
/** `(?:A|b)` of one kind's entries as written (case kept), for a regex read without the i flag, built once, on first use. */
export const entityWrittenAlternation = (kind: string): string => writtenAlternation(FILE, kind);
