// Every error response is `{error: {code, message}}` from the one catalogue in
// src/errors.ts, with its HTTP status; never a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { asDossierError, DossierError } from '../errors.ts';

export function errorResponse(c: Context, err: unknown): Response {
  const e = err instanceof DossierError ? err : asDossierError(err);
  // an unexpected failure is logged for the operator, the client sees one line
  if (!(err instanceof DossierError)) console.error(`dossier serve: ${e.message}`);
  const status = e.http as ContentfulStatusCode;
  const message = e.code === 'INTERNAL' ? 'internal error' : e.message;
  return c.json({ error: { code: e.code, message } }, status);
}
