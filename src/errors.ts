// One catalogue of every error a user can meet: a stable code, a one-line message,
// the CLI exit status and the HTTP status. Nothing else throws at a user.

export interface ErrorSpec { message: string; exit: number; http: number }

export const ERRORS = {
  USAGE:            { message: 'usage error', exit: 64, http: 400 },
  INPUT_MISSING:    { message: 'no such file', exit: 66, http: 404 },
  INPUT_DIRECTORY:  { message: 'is a directory, not a file', exit: 66, http: 400 },
  INPUT_BINARY:     { message: 'looks like a binary file, not text', exit: 65, http: 415 },
  INPUT_ENCODING:   { message: 'is not valid UTF-8', exit: 65, http: 415 },
  INPUT_EMPTY:      { message: 'holds no text', exit: 65, http: 422 },
  INPUT_TOO_LARGE:  { message: 'is larger than the limit', exit: 65, http: 413 },
  INPUT_JSON:       { message: 'is not valid JSON', exit: 65, http: 400 },
  INPUT_FORMAT:     { message: 'has a format dossier cannot read', exit: 65, http: 415 },
  INPUT_UNREADABLE: { message: 'cannot be read', exit: 66, http: 500 },
  BAD_DATE:         { message: 'is not a date of the form YYYY-MM-DD', exit: 64, http: 400 },
  PIPELINE_ORDER:   { message: 'pipeline stages are out of order', exit: 70, http: 500 },
  PIPELINE_CONTRACT: { message: 'a stage touched a layer it did not declare', exit: 70, http: 500 },
  OFFSETS:          { message: 'an item does not match the text at its offsets', exit: 70, http: 500 },
  DB_OPEN:          { message: 'cannot open the database', exit: 74, http: 500 },
  DB_CORRUPT:       { message: 'is not a dossier database or is damaged', exit: 74, http: 500 },
  DB_READONLY:      { message: 'the database is read-only', exit: 74, http: 500 },
  DB_FULL:          { message: 'the disk is full', exit: 74, http: 507 },
  DB_BUSY:          { message: 'the database is busy', exit: 75, http: 503 },
  DB_WRITE:         { message: 'a write to the database was rolled back', exit: 74, http: 500 },
  INGEST_STALLED:   { message: 'an earlier part of a shared ingest run never arrived', exit: 75, http: 503 },
  NOT_FOUND:        { message: 'not found', exit: 1, http: 404 },
  BODY_TOO_LARGE:   { message: 'request body is larger than the limit', exit: 65, http: 413 },
  HOST_NOT_ALLOWED: { message: 'this server answers only to its own host name', exit: 64, http: 403 },
  OUTPUT_TOO_LARGE: { message: 'makes more output than the budget for one document', exit: 65, http: 413 },
  EXTRACT_MEMORY:   { message: 'needs more memory than a document may use', exit: 65, http: 413 },
  EXTRACT_TIMEOUT:  { message: 'took longer than the time budget for one document', exit: 75, http: 503 },
  SERVER_BUSY:      { message: 'the server is busy extracting other texts; try again shortly', exit: 75, http: 503 },
  ORIGIN_NOT_ALLOWED: { message: 'requests from other web pages are refused', exit: 64, http: 403 },
  INTERNAL:         { message: 'internal error', exit: 70, http: 500 },
  DATA_MISSING:     { message: 'a data file dossier ships is missing or damaged', exit: 70, http: 500 },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly exit: number;
  readonly http: number;
  /** the input, file or name the error is about */
  readonly subject?: string;

  constructor(code: ErrorCode, detail?: string, subject?: string) {
    const spec = ERRORS[code];
    super(oneLine(subject ? `${subject}: ${detail ?? spec.message}` : (detail ?? spec.message)));
    this.name = 'DossierError';
    this.code = code;
    this.exit = spec.exit;
    this.http = spec.http;
    this.subject = subject;
  }

  toJSON() {
    return { error: { code: this.code, message: this.message } };
  }
}

/** Any thrown value as a DossierError, so callers print one line and never a stack. */
export function asDossierError(err: unknown, subject?: string): DossierError {
  if (err instanceof DossierError) return err;
  const e = err as NodeJS.ErrnoException | undefined;
  switch (e?.code) {
    case 'ENOENT': return new DossierError('INPUT_MISSING', undefined, subject);
    case 'EISDIR': return new DossierError('INPUT_DIRECTORY', undefined, subject);
    case 'EACCES': case 'EPERM': return new DossierError('INPUT_UNREADABLE', 'permission denied', subject);
    case 'ENOSPC': return new DossierError('DB_FULL', undefined, subject);
  }
  const msg = e instanceof Error ? e.message : String(err);
  return new DossierError('INTERNAL', msg, subject);
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').slice(0, 500);
}
