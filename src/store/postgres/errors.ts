// PostgreSQL failures (from a server through node-postgres, or from PGlite) as
// one-line Dossier errors naming the location: the user learns what is wrong, never a
// stack trace. SQLSTATE classes: https://www.postgresql.org/docs/current/errcodes-appendix.html
import { DossierError, asDossierError } from '../../errors.ts';

const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the server running?)',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name cannot be resolved',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ECONNRESET: 'the server closed the connection',
  EPIPE: 'the server closed the connection',
};

export function pgError(err: unknown, location: string): DossierError {
  if (err instanceof DossierError) return err;
  const e = err as { code?: string; message?: string; errors?: unknown[] } | undefined;
  // a host name that resolves to several addresses fails with an AggregateError of each
  if (e && Array.isArray(e.errors) && e.errors.length && !e.code) return pgError(e.errors[0], location);
  const code = String(e?.code ?? '');
  const msg = firstLine(e?.message ?? String(err));
  if (NETWORK[code]) return new DossierError('DB_OPEN', `cannot connect to the database server: ${NETWORK[code]}`, location);
  if (/timeout expired|Connection terminated/i.test(msg) && !code) return new DossierError('DB_OPEN', `cannot connect to the database server: ${msg}`, location);
  if (code === '28P01' || code === '28000') return new DossierError('DB_OPEN', `the server refused the login (${msg})`, location);
  if (code === '3D000') return new DossierError('DB_OPEN', `no such database on the server (${msg})`, location);
  if (code === '25006') return new DossierError('DB_READONLY', undefined, location);
  if (code === '42501') return new DossierError('DB_READONLY', `permission denied (${msg})`, location);
  if (code === '53100') return new DossierError('DB_FULL', undefined, location);
  if (code === '55P03' || code === '40P01' || code === '40001' || code === '57014' || code === '53300') {
    return new DossierError('DB_BUSY', `the database is busy (${msg})`, location);
  }
  if (code === 'XX001' || code === 'XX002') return new DossierError('DB_CORRUPT', undefined, location);
  if (code.startsWith('08') || code.startsWith('57P')) return new DossierError('DB_OPEN', `lost the connection to the database server (${msg})`, location);
  if (/^[0-9A-Z]{5}$/.test(code)) return new DossierError('DB_OPEN', msg, location);
  if (err instanceof Error && /PGlite is closed/.test(msg)) return new DossierError('DB_OPEN', 'the database is closed', location);
  // PGlite's WebAssembly aborts (a damaged data folder) carry no SQLSTATE
  if (err instanceof Error && (err.name === 'RuntimeError' || /Aborted\(/.test(msg))) return new DossierError('DB_CORRUPT', `the database engine stopped (${msg})`, location);
  return asDossierError(err, location);
}

function firstLine(s: string): string {
  return s.split('\n')[0].slice(0, 300);
}

/** A connection URL fit to print: the password never leaves the process. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/:@]*):[^@/]*@/i, '$1:***@').replace(/([?&]password=)[^&]*/i, '$1***');
}
