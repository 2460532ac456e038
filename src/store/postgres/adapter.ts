// The little the Postgres store needs from a driver: run one statement with bound
// parameters, run a function in a transaction, close. Two drivers fit behind it:
// node-postgres (`pg`) for a server, PGlite (Postgres compiled to WebAssembly,
// in-process) for an embedded database in a folder or in memory. Each driver is
// loaded only when used, so SQLite users never pay for them.

export type Row = Record<string, any>;

export interface Queryable {
  /** one statement; every value travels as a bound parameter ($1, $2, …) */
  query<R extends Row = Row>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface PgAdapter extends Queryable {
  readonly driver: 'pg' | 'pglite';
  /** several statements without parameters (schema steps) */
  exec(sql: string): Promise<void>;
  /** BEGIN … COMMIT around fn, ROLLBACK when it throws */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL text cannot hold NUL: a user's \0 becomes U+FFFD (one UTF-16 unit, so offsets hold). */
function bindable(params: unknown[] | undefined): unknown[] | undefined {
  if (!params) return params;
  return params.map(p => (typeof p === 'string' && p.includes('\u0000') ? p.replace(/\u0000/g, '\ufffd') : p));
}

/** JSON text for a jsonb parameter: jsonb refuses the \u0000 escape, so it becomes \ufffd. */
export function jsonParam(v: unknown): string {
  const s = JSON.stringify(v);
  return s.includes('\\u0000') ? s.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd') : s;
}

// ---- node-postgres ----

export interface PgConnectOptions {
  /** how long to wait for a connection (ms) */
  connectTimeoutMs?: number;
}

export async function pgAdapter(url: string, options: PgConnectOptions = {}): Promise<PgAdapter> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 10_000,
    application_name: 'dossier',
  });
  // an idle connection the server drops must not crash the process; the next query reports it
  pool.on('error', () => {});
  const run = async <R extends Row>(c: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }, sql: string, params?: unknown[]) =>
    (await c.query(sql, bindable(params))).rows as R[];
  return {
    driver: 'pg',
    query: (sql, params) => run(pool, sql, params),
    async exec(sql) { await pool.query(sql); },
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const out = await fn({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return out;
      } catch (err) {
        try { await client.query('ROLLBACK'); } catch (e) { broken = e as Error; }
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async close() { await pool.end(); },
  };
}

// ---- PGlite ----

type PGliteLike = {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
  transaction<T>(fn: (tx: { query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly closed: boolean;
};

/** A PGlite in a folder (made when missing) or in memory (dataDir undefined). */
export async function newPGlite(dataDir?: string): Promise<PGliteLike> {
  const { PGlite } = await import('@electric-sql/pglite');
  return (await PGlite.create(dataDir ? { dataDir } : {})) as unknown as PGliteLike;
}

/**
 * An adapter over a PGlite instance. PGlite has one connection, so every call waits
 * its turn: a query never slips into another caller's open transaction.
 * `owned: false` leaves the instance open on close (tests share one WASM instance).
 */
export function pgliteAdapter(db: PGliteLike, { owned = true }: { owned?: boolean } = {}): PgAdapter {
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => {});
    return next;
  };
  return {
    driver: 'pglite',
    query: (sql, params) => exclusive(async () => (await db.query(sql, bindable(params))).rows as any),
    exec: sql => exclusive(async () => { await db.exec(sql); }),
    transaction: fn => exclusive(() => db.transaction(tx => fn({ query: async (sql, params) => (await tx.query(sql, bindable(params))).rows as any }))),
    close: () => exclusive(async () => { if (owned && !db.closed) await db.close(); }),
  };
}
