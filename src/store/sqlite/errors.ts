// SQLite failures as one-line Dossier errors: the user learns what is wrong with the
// database file, never a stack trace.
import { DossierError, asDossierError } from '../../errors.ts';

export function sqliteError(err: unknown, location: string): DossierError {
  if (err instanceof DossierError) return err;
  const code = String((err as { code?: string })?.code ?? '');
  const msg = (err as Error)?.message ?? String(err);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return new DossierError('DB_CORRUPT', undefined, location);
  if (code.startsWith('SQLITE_READONLY')) return new DossierError('DB_READONLY', undefined, location);
  if (code.startsWith('SQLITE_FULL')) return new DossierError('DB_FULL', undefined, location);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new DossierError('DB_BUSY', 'the database is busy (another writer held it past the timeout)', location);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_IOERR')) {
    return new DossierError('DB_OPEN', `cannot open the database (${msg})`, location);
  }
  if (code.startsWith('SQLITE_')) return new DossierError('DB_OPEN', msg, location);
  return asDossierError(err, location);
}
