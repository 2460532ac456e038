// What the knowledge-base verbs share: the --db option, opening the store, and
// printing either JSON or a few readable lines.
import { openStore, DEFAULT_DB } from '../../store/open.ts';
import type { Store } from '../../store/store.ts';
import { DossierError } from '../../errors.ts';
import { isQueryDate } from '../../document/calendar.ts';
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
  if (!/^\d{1,7}$/.test(v)) throw new DossierError('USAGE', `--limit "${v}" is not a whole number of 0 or more`);
  return Number(v);
}

export function checkDate(name: string, v: string | undefined): string | undefined {
  if (v !== undefined && !isQueryDate(v)) throw new DossierError('BAD_DATE', `--${name} "${v}" is not a calendar date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  return v;
}

/**
 * An actor the store knows (an entity id or name, or an ISO3 country code): else one line
 * and exit 1, the answer `show` gives, rather than an empty list that looks like "no events".
 */
export async function requireActor(store: Store, option: string, ref: string | undefined): Promise<void> {
  if (ref === undefined) return;
  if (!ref.trim()) throw new DossierError('USAGE', `--${option} needs a value`);
  if (await store.getEntity(ref)) return;
  if (/^[A-Z]{3}$/.test(ref) && (await store.findEntities({ country: ref, limit: 1 })).length) return;
  throw new DossierError('NOT_FOUND', `--${option}: no entity matches "${ref}"`);
}

export { plural } from '../../kb/present.ts';

export { widenDate } from '../../document/calendar.ts';
/** Text for the terminal: control characters from stored reports made visible, lines kept. */
export const terminalText = (s: string) => terminalSafe(s, { keepNewlines: true });

export const oneLine = (s: string, max = 160) => { const t = s.replace(/\s+/g, ' ').trim(); return t.length > max ? t.slice(0, max - 1) + '…' : t; };
