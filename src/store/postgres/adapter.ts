// The little the Postgres store needs from a driver: run one statement with bound
// parameters, run a function in a transaction, close. Two drivers fit behind it:
// node-postgres (`pg`) for a server, PGlite (Postgres compiled to WebAssembly,
// in-process) for an embedded database in a folder or in memory. Each driver is
// loaded only when used, so SQLite users never pay for them.

export type Row = Record<string, any>;

export interface Queryable {
  /**
   * one statement; every value travels as a bound parameter ($1, $2, …). `name`: the statement is
   * prepared once per server connection under that name and reused (its text must never change).
   */
  query<R extends Row = Row>(sql: string, params?: unknown[], name?: string): Promise<R[]>;
}

export interface PgAdapter extends Queryable {
  readonly driver: 'pg' | 'pglite';
  /** several statements without parameters (schema steps) */
  exec(sql: string): Promise<void>;
  /**
   * BEGIN … COMMIT around fn, ROLLBACK when it throws. `begin`: statements without parameters run
   * first inside the transaction (on a server, in the same round trip as BEGIN).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, begin?: string): Promise<T>;
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
  type Client = { query: (q: string | { name: string; text: string; values?: unknown[] }, params?: unknown[]) => Promise<{ rows: unknown[] }> };
  const run = async <R extends Row>(c: Client, sql: string, params?: unknown[], name?: string) =>
    (await (name ? c.query({ name, text: sql, values: bindable(params) }) : c.query(sql, bindable(params)))).rows as R[];
  return {
    driver: 'pg',
    query: (sql, params, name) => run(pool as unknown as Client, sql, params, name),
    async exec(sql) { await pool.query(sql); },
    async transaction(fn, begin) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query(begin ? `BEGIN; ${begin}` : 'BEGIN');
        const out = await fn({ query: (sql, params, name) => run(client as unknown as Client, sql, params, name) });
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
    transaction: (fn, begin) => exclusive(() => db.transaction(async tx => {
      for (const statement of (begin ?? '').split(';').map(x => x.trim()).filter(Boolean)) await tx.query(statement);
      return fn({ query: async (sql, params) => (await tx.query(sql, bindable(params))).rows as any });
    })),
    close: () => exclusive(async () => { if (owned && !db.closed) await db.close(); }),
  };
}
