// What the knowledge-base verbs share: the --db option, opening the store, and
// printing either JSON or a few readable lines.
import { openStore, DEFAULT_DB } from '../../store/open.ts';
import type { Store } from '../../store/store.ts';
import { DossierError } from '../../errors.ts';
import { terminalSafe } from '../../format/terminal.ts';

export const dbOption = { db: { type: 'string' as const, default: process.env.DOSSIER_DB ?? DEFAULT_DB } };
export const jsonOption = { json: { type: 'boolean' as const, default: false } };
export const limitOption = { limit: { type: 'string' as const } };

/** Opens an existing knowledge base for queries; a missing one is an error, not a new empty file. */
export async function withStore<T>(db: string, fn: (store: Store) => Promise<T>, create = false): Promise<T> {
  const store = await openStore(db, { create });
  try { return await fn(store); } finally { await store.close(); }
}

export function parseLimit(v: string | undefined, d: number): number {
  if (v === undefined) return d;
  if (!/^\d{1,7}$/.test(v)) throw new DossierError('USAGE', `--limit "${v}" is not a whole number`);
  return Number(v);
}

export function checkDate(name: string, v: string | undefined): string | undefined {
  if (v !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new DossierError('BAD_DATE', `--${name} "${v}" is not a date of the form YYYY-MM-DD`);
  return v;
}

/** A TIMEX-ish date range end: "2017" from → 2017-01-01, to → 2017-12-31. */
export function widenDate(v: string | undefined, end: boolean): string | undefined {
  if (!v) return v;
  if (/^\d{4}$/.test(v)) return end ? `${v}-12-31` : `${v}-01-01`;
  if (/^\d{4}-\d{2}$/.test(v)) return end ? `${v}-31` : `${v}-01`;
  return v;
}

/** Text for the terminal: control characters from stored reports made visible, lines kept. */
export const terminalText = (s: string) => terminalSafe(s, { keepNewlines: true });

export const oneLine = (s: string, max = 160) => { const t = s.replace(/\s+/g, ' ').trim(); return t.length > max ? t.slice(0, max - 1) + '…' : t; };
