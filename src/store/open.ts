// Opening a knowledge base by location: a file path means SQLite; a postgres:// (or
// postgresql://) URL a PostgreSQL server; pglite:///path/to/dir an embedded PostgreSQL
// (PGlite) in that folder, pglite:memory one in memory. The PostgreSQL backend and its
// drivers are loaded only when asked for.
import { SqliteStore, type SqliteStoreOptions } from './sqlite/store.ts';
import type { Store } from './store.ts';

export const DEFAULT_DB = 'dossier.db';

export async function openStore(location: string = DEFAULT_DB, options: SqliteStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const { PostgresStore } = await import('./postgres/store.ts');
    return PostgresStore.connect(location, options);
  }
  if (/^pglite:/i.test(location)) {
    const { PostgresStore } = await import('./postgres/store.ts');
    return PostgresStore.openPglite(location, options);
  }
  return SqliteStore.open(location, options);
}

export type { Store } from './store.ts';
