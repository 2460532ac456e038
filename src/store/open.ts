// Opening a knowledge base by location. Today a file path means SQLite; a
// postgres:// URL will mean the PostgreSQL backend once it exists.
import { DossierError } from '../errors.ts';
import { SqliteStore, type SqliteStoreOptions } from './sqlite/store.ts';
import type { Store } from './store.ts';

export const DEFAULT_DB = 'dossier.db';

export async function openStore(location: string = DEFAULT_DB, options: SqliteStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new DossierError('DB_OPEN', 'the PostgreSQL backend is not built yet', location);
  return SqliteStore.open(location, options);
}

export type { Store } from './store.ts';
