// The SQLite Store: one file, WAL journal (readers never block the writer), a busy
// timeout so two writers wait for each other, and one transaction per document.
import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DossierError } from '../../errors.ts';
import type { DossierDocument } from '../../document/types.ts';
import { APPLICATION_ID, SQLITE_MIGRATIONS } from '../migrations/sqlite.ts';
import type { IngestMeta, IngestOutcome, Store, StoreOptions } from '../store.ts';
import { sqliteError } from './errors.ts';
import { Reader } from './read.ts';
import { Writer } from './write.ts';

export interface SqliteStoreOptions extends StoreOptions {
  /** make the file when missing (ingest); queries refuse a missing database */
  create?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\0';
export const DEFAULT_BUSY_TIMEOUT_MS = 60_000;

/** Refuses what is plainly not ours before SQLite touches the file. */
function checkFile(path: string, create: boolean): void {
  if (path === ':memory:') return;
  if (!existsSync(path)) {
    if (!create) throw new DossierError('DB_OPEN', 'no such database (run "dossier ingest" first)', path);
    const dir = dirname(resolve(path));
    if (!existsSync(dir)) throw new DossierError('DB_OPEN', 'the folder for the database does not exist', path);
    try { accessSync(dir, constants.W_OK); } catch { throw new DossierError('DB_READONLY', 'cannot create the database: the folder is read-only', path); }
    return;
  }
  const st = statSync(path);
  if (st.isDirectory()) throw new DossierError('DB_OPEN', 'is a directory, not a database file', path);
  if (st.size === 0) return;
  const buf = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, buf, 0, 16, 0);
  } catch (err) {
    throw new DossierError('DB_OPEN', `cannot read the database (${(err as NodeJS.ErrnoException).code ?? 'error'})`, path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (st.size < 100 || buf.toString('latin1') !== SQLITE_HEADER) throw new DossierError('DB_CORRUPT', 'is not a dossier database (not an SQLite file)', path);
}

export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  readonly db: Database.Database;
  private reader: Reader;
  private writer?: Writer;
  private schemaVersion = 0;
  private batchBegin?: Database.Statement;
  private batchCommit?: Database.Statement;
  private hashStatement?: Database.Statement;
  /** a batch this store opened (beginBatch) and has not committed */
  private batchOpen = false;

  private constructor(readonly location: string, db: Database.Database, private readonly readonlyMode: boolean) {
    this.db = db;
    this.reader = new Reader(db);
  }

  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    const create = options.create ?? false;
    checkFile(path, create && !options.readonly);
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !create || !!options.readonly, timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
    } catch (err) {
      throw sqliteError(err, path);
    }
    const store = new SqliteStore(path, db, options.readonly ?? false);
    try {
      store.setUp(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    } catch (err) {
      try { db.close(); } catch { /* already failing */ }
      if (err instanceof NeedsUpgrade) {
        // a reader of an older database: take the missing schema steps once, then read
        try { SqliteStore.open(path, { ...options, readonly: false, create: false }).db.close(); } catch (e) {
          const de = sqliteError(e, path);
          throw de.code === 'DB_READONLY' ? new DossierError('DB_READONLY', 'the database needs a schema upgrade but is read-only', path) : de;
        }
        return SqliteStore.open(path, options);
      }
      throw sqliteError(err, path);
    }
    return store;
  }

  /** Checks it is ours, then WAL and the schema steps it lacks. */
  private setUp(timeoutMs: number): void {
    const db = this.db;
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
      throw new DossierError('DB_CORRUPT', 'is an SQLite database but not a dossier one', this.location);
    }
    const latest = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;
    this.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (this.readonlyMode) {
      if (this.schemaVersion === 0) throw new DossierError('DB_OPEN', 'the database is empty (run "dossier ingest" first)', this.location);
      if (this.schemaVersion > latest) throw new DossierError('DB_OPEN', `the database is from a newer dossier (schema ${this.schemaVersion})`, this.location);
      if (this.schemaVersion < latest) throw new NeedsUpgrade();
      return;
    }
    if (this.schemaVersion > latest) throw new DossierError('DB_OPEN', `the database is from a newer dossier (schema ${this.schemaVersion})`, this.location);
    retryBusy(() => { if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL'); }, timeoutMs);
    // WAL with synchronous=NORMAL survives a killed process; only a power cut may lose the last commits
    db.pragma('synchronous = NORMAL');
    // checkpoints (the only fsyncs in WAL mode) every ~32 MB of log rather than every 4 MB
    db.pragma('wal_autocheckpoint = 8192');
    db.pragma('foreign_keys = ON');
    if (this.schemaVersion < latest) {
      db.transaction(() => {
        let v = db.pragma('user_version', { simple: true }) as number; // another process may have migrated meanwhile
        for (const m of SQLITE_MIGRATIONS) {
          if (m.version <= v) continue;
          db.exec(m.sql);
          v = m.version;
        }
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${v}`);
      }).immediate();
      this.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    }
  }

  private guard<T>(fn: () => T): T {
    try { return fn(); } catch (err) { throw sqliteError(err, this.location); }
  }

  private write<T>(fn: (w: Writer) => T): T {
    if (this.readonlyMode) throw new DossierError('DB_READONLY', 'the database was opened read-only', this.location);
    return this.guard(() => {
      this.writer ??= new Writer(this.db);
      const w = this.writer;
      // inside an open batch (beginBatch) better-sqlite3 makes this a savepoint: the document alone rolls back
      return this.db.transaction(() => fn(w)).immediate();
    });
  }

  /** One IMMEDIATE transaction for the writes that follow, committed by commitBatch: a commit per document
   *  (its WAL pages, the full-text indexes' new segments) costs about a fifth of a document's write. */
  beginBatch(): void {
    if (this.readonlyMode || this.batchOpen || this.db.inTransaction) return;
    this.guard(() => { (this.batchBegin ??= this.db.prepare('BEGIN IMMEDIATE')).run(); });
    this.batchOpen = true;
  }

  /** Commits the open batch. Some errors (a full disk, I/O) roll the whole transaction back, not the one
   *  document's savepoint: then the batch is gone, and saying so is the only way its documents are not
   *  reported stored. */
  commitBatch(): void {
    if (!this.batchOpen) return;
    this.batchOpen = false;
    if (!this.db.inTransaction) throw new DossierError('DB_WRITE', 'the batch of documents was rolled back by an earlier error: none of it is stored', this.location);
    this.guard(() => { (this.batchCommit ??= this.db.prepare('COMMIT')).run(); });
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // closing with a batch open would roll back documents already reported stored; a failed commit still closes
    try { this.commitBatch(); } finally {
      this.guard(() => {
        if (!this.readonlyMode) { try { this.db.pragma('optimize'); } catch { /* best effort */ } }
        this.db.close();
      });
    }
  }

  async ingestDocument(doc: DossierDocument, meta: IngestMeta): Promise<IngestOutcome> {
    return this.ingestSync(doc, meta);
  }

  /** The same, for a caller that writes many documents in a row and wants no promise per document. */
  ingestSync(doc: DossierDocument, meta: IngestMeta): IngestOutcome {
    return this.write(w => w.ingest(doc, meta, new Date().toISOString()));
  }

  async hasHash(hash: string) { return this.hasHashSync(hash); }

  hasHashSync(hash: string): boolean {
    return this.guard(() => !!(this.hashStatement ??= this.db.prepare('SELECT 1 FROM documents WHERE hash = ?')).get(hash));
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.write(w => {
      const row = this.db.prepare('SELECT pk FROM documents WHERE id = ?').get(id) as { pk: number } | undefined;
      if (!row) return false;
      w.deleteDocument(row.pk);
      return true;
    });
  }

  async getDocument(id: string) { return this.guard(() => this.reader.getDocument(id)); }
  async listDocuments(opts?: { limit?: number; offset?: number }) { return this.guard(() => this.reader.listDocuments(opts)); }
  async findEntities(q: Parameters<Reader['findEntities']>[0]) { return this.guard(() => this.reader.findEntities(q)); }
  async getEntity(ref: string) { return this.guard(() => this.reader.getEntity(ref)); }
  async entityDossier(ref: string, options?: { exact?: boolean }) { return this.guard(() => this.reader.entityDossier(ref, options)); }
  async timeline(f?: Parameters<Reader['timeline']>[0]) { return this.guard(() => this.reader.timeline(f)); }
  async quotes(f?: Parameters<Reader['quotes']>[0]) { return this.guard(() => this.reader.quotes(f)); }
  async events(f?: Parameters<Reader['events']>[0]) { return this.guard(() => this.reader.events(f)); }
  async places() { return this.guard(() => this.reader.places()); }
  async search(text: string, opts?: { limit?: number }) { return this.guard(() => this.reader.search(text, opts)); }
  async factRows(f?: { kind?: string; document?: string }) { return this.guard(() => this.reader.factRows(f)); }

  async stats() {
    return this.guard(() => {
      let bytes: number | undefined;
      if (this.location !== ':memory:') {
        bytes = 0;
        for (const f of [this.location, this.location + '-wal']) if (existsSync(f)) bytes += statSync(f).size;
      }
      return this.reader.stats(this.schemaVersion, bytes);
    });
  }

  async *exportDocuments(): AsyncIterable<DossierDocument> {
    const it = this.reader.exportDocuments();
    while (true) {
      const next = this.guard(() => it.next());
      if (next.done) return;
      yield next.value;
    }
  }
}

/** An older schema opened read-only: the opener migrates it first. */
class NeedsUpgrade extends Error {}

/** Runs a step that needs the write lock, waiting out another process that holds it. */
function retryBusy(fn: () => void, timeoutMs: number): void {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try { fn(); return; } catch (err) {
      if (!String((err as { code?: string }).code ?? '').startsWith('SQLITE_BUSY') || Date.now() > until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}
