// The HTTP API and web page over the knowledge base. `buildApp` only wires routes
// to a data source; listen.ts starts it. Everything a client sends is checked
// here; everything it gets back is JSON (or the page's static files).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { DocumentMeta, DossierDocument } from '../document/types.ts';
import { DossierError } from '../errors.ts';
import { atlasFile, webFile, webScript, type Asset } from './bundle.ts';
import { eventRoutes, type EventQuery } from './events-api.ts';
import type { EventFilter, Store } from '../store/store.ts';
import { entityDossier } from './resolve.ts';
import { dossierView } from '../kb/dossier-view.ts';
import { ruleDescriptions } from '../data/rules.ts';
import { errorResponse } from './http-errors.ts';
import { openApiDocument } from './openapi.ts';
import { factRoutes } from './facts-api.ts';
import { WorkerPool, defaultWorkerCount } from '../kb/pool.ts';
import { decodeUtf8 } from '../io/decode.ts';
import { isCalendarDate, isQueryDate, widenDate } from '../document/calendar.ts';

export interface AppOptions {
  /** the knowledge base; without one the data routes answer DB_OPEN */
  store?: Store;
  /** the largest request body accepted, in bytes (default 1 MiB) */
  maxBodyBytes?: number;
  /**
   * host names the server answers to (any port); others get 403. A server on loopback sets
   * these, so a web page elsewhere cannot reach it by pointing its own name at 127.0.0.1.
   */
  allowedHosts?: string[];
  /**
   * how POST /extract reads a text (default: a pool of worker threads, so no extraction runs on the
   * event loop); it resolves to the document or to its JSON
   */
  extract?: (text: string, meta: DocumentMeta) => DossierDocument | string | Promise<DossierDocument | string>;
  /** seconds one POST /extract may run before it answers 503 EXTRACT_TIMEOUT, and may wait for a busy
   * worker before it answers 503 SERVER_BUSY (default 20) */
  extractTimeoutSeconds?: number;
  /** worker threads for POST /extract (default 2, fewer on one core) */
  extractWorkers?: number;
}

/** Texts waiting for an extraction worker beyond which POST /extract answers 503 at once. */
const MAX_QUEUED_EXTRACTIONS = 8;

// No inline script or style anywhere: the page is one HTML file, one script, one stylesheet.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
  "connect-src 'self'", "font-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function buildApp(options: AppOptions = {}): Hono {
  const app = new Hono();
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const extract = options.extract ?? postedTextExtractor(options).extract;

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });
  app.onError((err, c) => errorResponse(c, err));
  if (options.allowedHosts) {
    const allowed = new Set(options.allowedHosts.map(h => h.toLowerCase()));
    app.use('*', async (c, next) => {
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!allowed.has(host)) throw new DossierError('HOST_NOT_ALLOWED', `this server answers only to ${[...allowed].join(', ')}`);
      await next();
    });
  }
  // a web page elsewhere may send a POST to a local server (a "simple" cross-origin request needs no
  // preflight): anything but GET and HEAD from a foreign Origin is refused
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && c.req.method !== 'GET' && c.req.method !== 'HEAD' && !sameOrigin(origin, c.req.url, c.req.header('host'))) {
      throw new DossierError('ORIGIN_NOT_ALLOWED', `requests from ${origin.slice(0, 100)} are refused`);
    }
    await next();
  });
  app.notFound(c => errorResponse(c, new DossierError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`)));

  // ---- the page
  const send = (c: Context, asset: Asset, cache = 'no-cache') => {
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', cache);
    return c.body(asset.body as string);
  };
  app.get('/', c => send(c, webFile('index.html')));
  app.get('/app.css', c => send(c, webFile('app.css')));
  app.get('/app.js', async c => send(c, await webScript()));
  app.get('/atlas/countries-50m.json', c => send(c, atlasFile(), 'max-age=86400'));
  app.get('/favicon.ico', c => c.body(null, 204));
  app.get('/openapi.json', c => c.json(openApiDocument()));

  // ---- extraction without storing
  const limit = bodyLimit({ maxSize: maxBodyBytes, onError: () => { throw new DossierError('BODY_TOO_LARGE', `request body is larger than ${maxBodyBytes} bytes`); } });
  const extractRoute = async (c: Context) => {
    const { text, meta } = await readExtractBody(c);
    const out = await extract(text, meta);
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(typeof out === 'string' ? out : JSON.stringify(out));
  };
  app.post('/extract', limit, extractRoute);
  app.post('/api/extract', limit, extractRoute);

  // ---- the knowledge base
  const store = (): Store => {
    if (!options.store) throw new DossierError('DB_OPEN', 'no database is open: start with "dossier serve --db FILE"');
    return options.store;
  };
  app.get('/api/documents', async c => {
    const q = c.req.query();
    return c.json(await store().listDocuments({ limit: intParam(q.limit, 50, 500, 'limit'), offset: intParam(q.offset, 0, 1e9, 'offset') }));
  });
  // every stored document as JSON lines, what `dossier export --format jsonl` writes, streamed a document at a time
  app.get('/api/documents.jsonl', c => {
    const docs = store().exportDocuments()[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="documents.jsonl"');
    return c.body(new ReadableStream<Uint8Array>({
      async pull(out) {
        const next = await docs.next();
        if (next.done) out.close(); else out.enqueue(encoder.encode(JSON.stringify(next.value) + '\n'));
      },
    }));
  });
  app.get('/api/documents/:id', async c => {
    const doc = await store().getDocument(c.req.param('id'));
    if (!doc) throw new DossierError('NOT_FOUND', 'no such document', c.req.param('id'));
    return c.json(doc);
  });
  app.get('/api/entities', async c => {
    const q = c.req.query();
    return c.json({ items: await store().findEntities({ q: textParam(q.q), type: textParam(q.type), country: textParam(q.country), limit: intParam(q.limit, 50, 500, 'limit') }) });
  });
  app.get('/api/entities/:id', async c => {
    const id = c.req.param('id');
    const dossier = await entityDossier(store(), id, textParam(c.req.query('document')));
    if (!dossier) throw new DossierError('NOT_FOUND', 'no such entity', id);
    return c.json(await dossierView(store(), dossier));
  });
  eventRoutes(app, store, eventQuery);
  app.get('/api/quotes', async c => {
    const q = c.req.query();
    return c.json({ items: await store().quotes({ speaker: textParam(q.speaker), search: textParam(q.search), from: dateParam(q.from, 'from'), to: dateParam(q.to, 'to'), limit: intParam(q.limit, 100, 1000, 'limit') }) });
  });
  app.get('/api/search', async c => {
    const q = textParam(c.req.query('q'));
    if (!q) throw new DossierError('USAGE', 'parameter "q" is required');
    return c.json(await store().search(q, { limit: intParam(c.req.query('limit'), 20, 200, 'limit') }));
  });
  // what each rule id means, for the page's tooltips (the table is small and never changes while serving)
  app.get('/api/rules', c => { c.header('Cache-Control', 'max-age=3600'); return c.json({ items: Object.fromEntries(ruleDescriptions()) }); });
  app.get('/api/places', async c => c.json({ items: await store().places() }));
  app.get('/api/stats', async c => c.json(await store().stats()));
  factRoutes(app, store);

  return app;
}

/** Extraction of posted texts in a pool of worker threads, never on the event loop. The workers start
 * (and load the pipeline's data) on the first extraction, not when the server starts; idle, they do not
 * keep the process alive. */
export function postedTextExtractor(options: Pick<AppOptions, 'extractTimeoutSeconds' | 'extractWorkers'>) {
  let pool: WorkerPool | undefined;
  return {
    extract(text: string, meta: DocumentMeta): Promise<string> {
      // a text waits for a worker at most as long as one may run, so every POST is answered within
      // twice the budget (a queue of long texts held the last for over a minute)
      const timeoutSeconds = options.extractTimeoutSeconds ?? 20;
      pool ??= new WorkerPool({
        size: options.extractWorkers ?? Math.min(2, defaultWorkerCount()),
        timeoutSeconds, maxQueued: MAX_QUEUED_EXTRACTIONS, maxWaitSeconds: timeoutSeconds,
      });
      return pool.extractJson(text, meta, 'the posted text');
    },
    close: async () => { await pool?.close(); },
  };
}

/** A JSON body {"text", "title"?, "published"?, "url"?, "id"?}, read as the CLI reads a file: UTF-8 or refused. */
async function readExtractBody(c: Context): Promise<{ text: string; meta: DocumentMeta }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  // only JSON: a cross-origin page can send text/plain without asking first, never application/json
  if (type !== 'application/json') throw new DossierError('INPUT_FORMAT', `send application/json, not ${type || 'a body without a type'}`);
  let raw: string;
  try { raw = decodeUtf8(Buffer.from(await c.req.arrayBuffer()), 'request body'); } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError('INPUT_UNREADABLE', 'the request body could not be read');
  }
  let body: unknown;
  try { body = JSON.parse(raw); } catch { throw new DossierError('INPUT_JSON', 'request body is not valid JSON'); }
  if (!body || typeof body !== 'object' || typeof (body as { text?: unknown }).text !== 'string') {
    throw new DossierError('USAGE', 'expected {"text": "...", "title"?, "published"?, "url"?}');
  }
  const b = body as Record<string, unknown>;
  const meta: DocumentMeta = {};
  for (const key of ['id', 'title', 'published', 'url'] as const) {
    if (b[key] === undefined) continue;
    if (typeof b[key] !== 'string') throw new DossierError('USAGE', `"${key}" must be a string`);
    meta[key] = b[key] as string;
  }
  if (meta.published !== undefined && !isCalendarDate(meta.published)) {
    throw new DossierError('BAD_DATE', `published "${meta.published}" is not a calendar date of the form YYYY-MM-DD`);
  }
  return { text: checkText(b.text as string), meta };
}

/** Whether an Origin header names this server: its host (and port) as the request reached it. */
function sameOrigin(origin: string, url: string, host: string | undefined): boolean {
  let o: URL;
  try { o = new URL(origin); } catch { return false; }
  const here = host ?? new URL(url).host;
  return o.host.toLowerCase() === here.toLowerCase();
}

function checkText(text: string): string {
  if (!text.trim()) throw new DossierError('INPUT_EMPTY', 'the text is empty');
  return text;
}

function eventQuery(c: Context, defaultLimit: number, maxLimit: number): EventQuery {
  const q = c.req.query();
  const code = textParam(q.code) ?? textParam(q.root);
  if (code !== undefined && !/^\d{2,4}$/.test(code)) throw new DossierError('USAGE', `code "${code}" is not a CAMEO code (2 to 4 digits)`);
  const quad = textParam(q.quad);
  if (quad !== undefined && !/^[1-4]$/.test(quad)) throw new DossierError('USAGE', `quad "${quad}" is not a QuadClass (1 to 4)`);
  // a country is an actor filter by ISO3: the state and everyone and everything of it
  const country = textParam(q.country);
  if (country !== undefined && !/^[A-Za-z]{3}$/.test(country)) throw new DossierError('USAGE', `country "${country}" is not an ISO3 code`);
  const filter: EventFilter = {
    code, source: textParam(q.source), target: textParam(q.target), actor: textParam(q.actor) ?? country?.toUpperCase(),
    from: widenDate(dateParam(q.from, 'from'), false), to: widenDate(dateParam(q.to, 'to'), true), document: textParam(q.document),
    limit: intParam(q.limit, defaultLimit, maxLimit, 'limit'),
  };
  return { filter, quad: quad ? Number(quad) : undefined, country: textParam(q.actor) && country ? country.toUpperCase() : undefined };
}


function dateParam(v: string | undefined, name: string): string | undefined {
  const t = textParam(v);
  if (t !== undefined && (!DATE.test(t) || !isQueryDate(t))) throw new DossierError('BAD_DATE', `${name} "${t}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  return t;
}

function textParam(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t.slice(0, 500) : undefined;
}

function intParam(v: string | undefined, fallback: number, max: number, name: string): number {
  if (v === undefined || v === '') return fallback;
  if (!/^\d{1,9}$/.test(v)) throw new DossierError('USAGE', `"${name}" must be a whole number`);
  return Math.min(Number(v), max);
}
