// The PostgreSQL Store: a server through node-postgres (postgres://user@host/db), or an
// embedded PGlite in a folder (pglite:///path/to/dir) or in memory (pglite:memory).
// Same answers as the SQLite store; one transaction per document, writers serialized
// by an advisory lock (as SQLite's IMMEDIATE transactions do), waiting up to the busy
// timeout for one another.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync, accessSync, constants } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DossierError } from '../../errors.ts';
import type { DossierDocument } from '../../document/types.ts';
import { PG_TABLES, POSTGRES_MIGRATIONS } from '../migrations/postgres.ts';
import type { IngestMeta, IngestOutcome, IngestTurn, Store, StoreOptions } from '../store.ts';
import { newPGlite, pgAdapter, pgliteAdapter, type PgAdapter, type Queryable } from './adapter.ts';
import { pgError, redactUrl } from './errors.ts';
import { Reader } from './read.ts';
import { Writer } from './write.ts';

export interface PostgresStoreOptions extends StoreOptions {
  /** make the schema (and a PGlite folder) when missing (ingest); queries refuse an empty database */
  create?: boolean;
  /** how long to wait for a server connection (ms) */
  connectTimeoutMs?: number;
  /** wait for the server's disk flush at every commit (default: asynchronous commit; see writePreamble) */
  durable?: boolean;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 60_000;
/** how long a sharded run waits for an earlier position that makes no progress (another process's document) */
export const DEFAULT_TURN_TIMEOUT_MS = 10 * 60_000;
/** every write takes this advisory lock first (with the schema's name), so writers queue as in SQLite */
const LOCK_SQL = `SELECT pg_advisory_xact_lock(1146048339, hashtext(current_schema()))`;

export class PostgresStore implements Store {
  readonly backend = 'postgres' as const;
  private reader: Reader;
  private schemaVersion = 0;
  /** the server compresses large values with lz4 (much cheaper than its default pglz) when it was built with it */
  private lz4 = false;
  private closed = false;

  private readonly lockTimeout: string;

  private constructor(readonly location: string, readonly db: PgAdapter, private readonly readonlyMode: boolean, busyTimeoutMs: number,
    private readonly release?: () => void, private readonly durable = false) {
    this.reader = new Reader(db);
    this.lockTimeout = `${Math.max(1, Math.floor(busyTimeoutMs))}ms`;
  }

  /**
   * What every write transaction runs first, in the round trip that opens it: the lock timeout (then
   * 55P03, DB_BUSY), an asynchronous commit, and the advisory write lock. An asynchronous commit
   * returns before the server has flushed its log to disk, so a server crash (not a client's) can
   * lose the last fraction of a second of documents, never half of one; ingest skips what it has and
   * a re-run restores them. It makes a document cost a round trip instead of a disk flush.
   * The writer's statements are planned once per connection (generic plans: a custom plan per call
   * cost more than running it) and touch a few rows each, found by key: nested loops over indexes,
   * never a hash or a sort of a whole table (which the planner picks while tables are small and
   * unanalyzed, and which grows with the knowledge base). Large values (a document's JSON) are
   * compressed with lz4 where the server has it, several times cheaper than its default pglz.
   */
  private get writePreamble(): string {
    return `SET LOCAL lock_timeout = '${this.lockTimeout}'; ${this.durable ? '' : 'SET LOCAL synchronous_commit = off; '}`
      + `SET LOCAL plan_cache_mode = force_generic_plan; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; ${this.lz4 ? "SET LOCAL default_toast_compression = 'lz4'; " : ''}${LOCK_SQL}`;
  }

  /** A server: postgres://user:password@host:port/database (the password is never printed). */
  static async connect(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const location = redactUrl(url);
    let db: PgAdapter;
    try {
      db = await pgAdapter(url, { connectTimeoutMs: options.connectTimeoutMs });
    } catch (err) { throw pgError(err, location); }
    return PostgresStore.open(db, location, options);
  }

  /** An embedded PGlite: pglite:memory, or pglite:///abs/dir, pglite:relative/dir (a folder it owns). */
  static async openPglite(location: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const dir = pgliteDir(location);
    let release: (() => void) | undefined;
    if (dir) {
      checkPgliteDir(dir, location, (options.create ?? false) && !options.readonly);
      release = await lockFolder(dir, location, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    }
    let db: PgAdapter;
    try {
      db = pgliteAdapter(await newPGlite(dir));
    } catch (err) {
      release?.();
      throw pgError(err, location);
    }
    return PostgresStore.open(db, location, options, release);
  }

  /** Any adapter (tests share one PGlite across stores this way). */
  static async open(db: PgAdapter, location: string, options: PostgresStoreOptions = {}, release?: () => void): Promise<PostgresStore> {
    const store = new PostgresStore(location, db, options.readonly ?? false, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS, release, options.durable ?? false);
    try {
      await store.setUp(options.create ?? false);
    } catch (err) {
      await store.close().catch(() => {});
      throw pgError(err, location);
    }
    return store;
  }

  /** Checks the schema is ours (or empty), then takes the schema steps it lacks. */
  private async setUp(create: boolean): Promise<void> {
    // only a writer compresses: a reader (show, export, serve) spends no round trip on it
    if (!this.readonlyMode) {
      this.lz4 = (await this.db.query<{ lz4: boolean }>(
        `SELECT coalesce((SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'), false) AS lz4`))[0].lz4;
    }
    const latest = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1].version;
    let version = await this.currentVersion();
    if (version === 0 && !create) throw new DossierError('DB_OPEN', 'the database holds no knowledge base (run "dossier ingest" first)', this.location);
    if (version > latest) throw new DossierError('DB_OPEN', `the database is from a newer dossier (schema ${version})`, this.location);
    if (version < latest) {
      // also for a reader of an older schema: the missing steps are taken once, then it reads
      version = await this.db.transaction(async tx => {
        await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
        let v = (await tx.query('SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations'))[0].v as number; // another process may have migrated meanwhile
        for (const m of POSTGRES_MIGRATIONS) {
          if (m.version <= v) continue;
          for (const statement of m.sql.split(/;\s*\n/).map(s => s.trim()).filter(Boolean)) await tx.query(statement);
          await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          v = m.version;
        }
        return v;
      }, this.writePreamble);
    }
    this.schemaVersion = version;
  }

  /** The last schema step taken; 0 for an empty schema; refuses someone else's tables. */
  private async currentVersion(): Promise<number> {
    const tables = new Set((await this.db.query<{ name: string }>(
      `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1::text[])`,
      [[...PG_TABLES, 'schema_migrations']])).map(r => r.name));
    if (!tables.has('schema_migrations')) {
      const ours = PG_TABLES.filter(t => tables.has(t));
      if (ours.length) throw new DossierError('DB_CORRUPT', `holds tables of another application (${ours.slice(0, 3).join(', ')}), not a dossier knowledge base`, this.location);
      return 0;
    }
    const cols = new Map((await this.db.query<{ name: string; type: string }>(
      `SELECT column_name::text AS name, data_type::text AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'schema_migrations'`))
      .map(r => [r.name, r.type]));
    if (cols.get('version') !== 'integer' || !cols.has('name')) {
      throw new DossierError('DB_CORRUPT', 'its schema_migrations table belongs to another application, not to dossier', this.location);
    }
    return (await this.db.query('SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations'))[0].v;
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new DossierError('DB_OPEN', 'the database is closed', this.location);
    try { return await fn(); } catch (err) { throw pgError(err, this.location); }
  }

  /** One transaction: the advisory write lock, then fn; all of it or nothing. */
  private write<T>(fn: (w: Writer, tx: Queryable) => Promise<T>): Promise<T> {
    if (this.readonlyMode) return Promise.reject(new DossierError('DB_READONLY', 'the database was opened read-only', this.location));
    return this.guard(() => this.db.transaction(tx => fn(new Writer(tx), tx), this.writePreamble));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try { await this.db.close(); } catch (err) { throw pgError(err, this.location); } finally { this.release?.(); }
  }

  ingestDocument(doc: DossierDocument, meta: IngestMeta): Promise<IngestOutcome> {
    if (meta.turn) {
      const already: IngestOutcome = { status: 'skipped', id: doc.id, entities: 0, quotes: 0, events: 0 };
      return this.atTurn(meta.turn, w => w.ingest(doc, meta, new Date().toISOString()), already);
    }
    return this.write(w => w.ingest(doc, meta, new Date().toISOString()));
  }

  async passTurn(turn: IngestTurn): Promise<void> {
    await this.atTurn(turn, async () => undefined, undefined);
  }

  /**
   * Runs fn in the write transaction once every earlier position of the run is written or passed,
   * then hands the turn on (the last position closes the run). A position already past (a resumed
   * run) does nothing. Waits with backoff; gives up only when the run makes no progress for the
   * turn timeout (a process that died: run its shard again and the others go on).
   */
  private async atTurn<T>(turn: IngestTurn, fn: (w: Writer) => Promise<T>, already: T): Promise<T> {
    const timeout = turn.timeoutMs ?? DEFAULT_TURN_TIMEOUT_MS;
    let lastNext = -1, since = Date.now(), pause = 2;
    for (;;) {
      const r = await this.write(async (w, tx) => {
        const next = (await tx.query<{ next: number }>(
          `INSERT INTO ingest_turns (run) VALUES ($1) ON CONFLICT (run) DO UPDATE SET run = EXCLUDED.run RETURNING next`, [turn.run]))[0].next;
        if (next > turn.index) return { done: true as const, value: already };
        if (next < turn.index) return { done: false as const, next };
        const value = await fn(w);
        if (turn.last) await tx.query('DELETE FROM ingest_turns WHERE run = $1', [turn.run]);
        else await tx.query('UPDATE ingest_turns SET next = next + 1, updated_at = now() WHERE run = $1', [turn.run]);
        return { done: true as const, value };
      });
      if (r.done) return r.value;
      if (r.next !== lastNext) { lastNext = r.next; since = Date.now(); pause = 2; }
      if (Date.now() - since > timeout) {
        throw new DossierError('INGEST_STALLED', `position ${r.next} of the shared run never came in ${Math.round(timeout / 1000)} s (is the process with that shard still running? run it again)`, this.location);
      }
      await new Promise(res => setTimeout(res, pause));
      pause = Math.min(pause * 2, 100);
    }
  }

  hasHash(hash: string): Promise<boolean> {
    return this.guard(async () => (await this.db.query('SELECT 1 FROM documents WHERE hash = $1', [hash])).length > 0);
  }

  deleteDocument(id: string): Promise<boolean> {
    return this.write(async (w, tx) => {
      const row = (await tx.query('SELECT pk FROM documents WHERE id = $1', [id]))[0];
      if (!row) return false;
      await w.deleteDocument(row.pk);
      return true;
    });
  }

  getDocument(id: string) { return this.guard(() => this.reader.getDocument(id)); }
  listDocuments(opts?: { limit?: number; offset?: number }) { return this.guard(() => this.reader.listDocuments(opts)); }
  findEntities(q: Parameters<Reader['findEntities']>[0]) { return this.guard(() => this.reader.findEntities(q)); }
  getEntity(ref: string) { return this.guard(() => this.reader.getEntity(ref)); }
  entityDossier(ref: string, options?: { exact?: boolean }) { return this.guard(() => this.reader.entityDossier(ref, options)); }
  timeline(f?: Parameters<Reader['timeline']>[0]) { return this.guard(() => this.reader.timeline(f)); }
  quotes(f?: Parameters<Reader['quotes']>[0]) { return this.guard(() => this.reader.quotes(f)); }
  events(f?: Parameters<Reader['events']>[0]) { return this.guard(() => this.reader.events(f)); }
  places() { return this.guard(() => this.reader.places()); }
  search(text: string, opts?: { limit?: number }) { return this.guard(() => this.reader.search(text, opts)); }
  factRows(f?: { kind?: string; document?: string }) { return this.guard(() => this.reader.factRows(f)); }

  stats() {
    return this.guard(async () => {
      // the size of this schema's tables with their indexes and TOAST, on a server or in PGlite alike
      const bytes = (await this.db.query(`SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::float8 AS bytes
                                          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                          WHERE n.nspname = current_schema() AND c.relkind = 'r'`))[0].bytes as number;
      return this.reader.stats(this.schemaVersion, bytes);
    });
  }

  async *exportDocuments(): AsyncIterable<DossierDocument> {
    const it = this.reader.exportDocuments();
    while (true) {
      const next = await this.guard(() => it.next());
      if (next.done) return;
      yield next.value;
    }
  }
}

// ---- PGlite folders ----

/** The folder of a pglite: location; undefined for pglite:memory. */
export function pgliteDir(location: string): string | undefined {
  const rest = location.replace(/^pglite:/i, '');
  if (rest === 'memory' || rest === ':memory:' || rest === '' || rest === '//memory') return undefined;
  return resolve(rest.replace(/^\/\/(?=\/)/, '').replace(/^\/\/(?!\/)/, ''));
}

/** Refuses what is plainly not a PGlite folder before PGlite writes into it. */
function checkPgliteDir(dir: string, location: string, create: boolean): void {
  if (!existsSync(dir)) {
    if (!create) throw new DossierError('DB_OPEN', 'no such database (run "dossier ingest" first)', location);
    const parent = dirname(dir);
    if (!existsSync(parent)) throw new DossierError('DB_OPEN', 'the folder for the database does not exist', location);
    try { accessSync(parent, constants.W_OK); } catch { throw new DossierError('DB_READONLY', 'cannot create the database: the folder is read-only', location); }
    try { mkdirSync(dir); } catch (err) { throw new DossierError('DB_OPEN', `cannot create the database folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`, location); }
    return;
  }
  if (!statSync(dir).isDirectory()) throw new DossierError('DB_OPEN', 'is a file, not a PGlite database folder', location);
  const entries = readdirSync(dir).filter(f => f !== LOCK_FILE);
  if (!entries.length) {
    if (!create) throw new DossierError('DB_OPEN', 'no such database (run "dossier ingest" first)', location);
    return;
  }
  if (!entries.includes('PG_VERSION')) throw new DossierError('DB_CORRUPT', 'is a folder but not a PGlite database', location);
  try { accessSync(dir, constants.W_OK); } catch { throw new DossierError('DB_READONLY', 'the PGlite folder is read-only (PGlite writes even to read)', location); }
}

const LOCK_FILE = 'dossier.lock';

/**
 * PGlite is one process's database: a second process opening the same folder would
 * corrupt it. A lock file holding our pid keeps others waiting (up to the busy
 * timeout); one left by a dead process is taken over.
 */
async function lockFolder(dir: string, location: string, timeoutMs: number): Promise<() => void> {
  const path = join(dir, LOCK_FILE);
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new DossierError('DB_OPEN', `cannot lock the database folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`, location);
      let holder = NaN;
      try { holder = Number(readFileSync(path, 'utf8').trim()); } catch { /* gone meanwhile */ }
      if (!alive(holder)) { try { unlinkSync(path); } catch { /* another process took it over first */ } continue; }
      if (Date.now() > until) throw new DossierError('DB_BUSY', `another process (pid ${holder}) has this PGlite database open`, location);
      await new Promise(r => setTimeout(r, 100));
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try { unlinkSync(path); } catch { /* already gone */ }
  };
  process.on('exit', release);
  return release;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM'; }
}
