// The HTTP app without a socket: hono's app.request() runs the real routes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildApp, CONTENT_SECURITY_POLICY } from '../../src/server/app.ts';
import { eventsCsv } from '../../src/server/csv.ts';
import { DossierError } from '../../src/errors.ts';

const SENTENCE = 'Kyrgyz President Almazbek Atambayev visited Moscow on June 20, 2017.';

describe('server app', () => {
  const app = buildApp({ maxBodyBytes: 64 * 1024 });

  it('extracts a posted text into the document contract without storing it', async () => {
    const res = await app.request('/extract', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: SENTENCE, published: '2017-10-10', title: 'A visit' }),
    });
    assert.equal(res.status, 200);
    const doc = await res.json();
    assert.equal(doc.text, SENTENCE);
    assert.equal(doc.title, 'A visit');
    assert.equal(doc.published, '2017-10-10');
    assert.equal(doc.sentences.length, 1);
    for (const layer of ['mentions', 'times', 'quotes', 'events', 'entities']) assert.ok(Array.isArray(doc[layer]), layer);
  });

  it('answers at /api/extract too, and only to application/json (a page elsewhere can send text/plain unasked)', async () => {
    const ok = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: SENTENCE, published: '2017-10-10' }) });
    assert.equal(ok.status, 200);
    assert.equal((await ok.json()).published, '2017-10-10');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': type }, body: SENTENCE });
      assert.equal(res.status, 415, type);
      assert.equal((await res.json()).error.code, 'INPUT_FORMAT');
    }
  });

  it('refuses a POST from a foreign Origin, answers its own', async () => {
    const post = (origin: string) => app.request('http://127.0.0.1:8080/api/extract', {
      method: 'POST', headers: { 'content-type': 'application/json', origin, host: '127.0.0.1:8080' }, body: JSON.stringify({ text: SENTENCE }),
    });
    const foreign = await post('https://evil.example');
    assert.equal(foreign.status, 403);
    assert.equal((await foreign.json()).error.code, 'ORIGIN_NOT_ALLOWED');
    assert.equal((await post('null')).status, 403);
    assert.equal((await post('http://127.0.0.1:8080')).status, 200);
  });

  it('refuses invalid UTF-8 as the CLI does, instead of turning it into U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('{"text": "Moscow '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('"}')]);
    const res = await app.request('/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
    assert.equal(res.status, 415);
    const { error } = await res.json();
    assert.equal(error.code, 'INPUT_ENCODING');
    assert.match(error.message, /not valid UTF-8 \(first bad byte at offset 17\)/);
  });

  it('answers 413 with a JSON error for a body over the limit', async () => {
    const big = JSON.stringify({ text: SENTENCE.repeat(2000) });
    const res = await app.request('/extract', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big });
    assert.equal(res.status, 413);
    assert.deepEqual(await res.json(), { error: { code: 'BODY_TOO_LARGE', message: 'request body is larger than 65536 bytes' } });
  });

  it('answers 413 for a streamed body that never says its length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({ pull(ctl) { if (sent++ < 8) ctl.enqueue(chunk); else ctl.close(); } });
    const res = await app.request('/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    assert.equal(res.status, 413);
    assert.equal((await res.json()).error.code, 'BODY_TOO_LARGE');
  });

  it('rejects bad bodies with catalogue errors and no stack', async () => {
    const cases: [RequestInit, number, string][] = [
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' }, 400, 'INPUT_JSON'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"body": "x"}' }, 400, 'USAGE'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "  "}' }, 422, 'INPUT_EMPTY'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: SENTENCE, published: '10/10/2017' }) }, 400, 'BAD_DATE'],
      [{ method: 'POST', headers: { 'content-type': 'image/png' }, body: 'x' }, 415, 'INPUT_FORMAT'],
    ];
    for (const [init, status, code] of cases) {
      const res = await app.request('/extract', init);
      const body = await res.text();
      assert.equal(res.status, status, body);
      assert.equal(JSON.parse(body).error.code, code);
      assert.doesNotMatch(body, /at .*\.ts:\d+|node_modules/);
    }
  });

  it('answers 503 with a JSON error when the extraction pool is busy or past its budget', async () => {
    for (const code of ['SERVER_BUSY', 'EXTRACT_TIMEOUT'] as const) {
      const busy = buildApp({ extract: () => { throw new DossierError(code, undefined, 'the posted text'); } });
      const res = await busy.request('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: SENTENCE }) });
      assert.equal(res.status, 503, code);
      assert.equal((await res.json()).error.code, code);
    }
  });

  it('answers unknown routes with 404 JSON', async () => {
    const res = await app.request('/no/such/route');
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.equal((await res.json()).error.code, 'NOT_FOUND');
  });

  it('answers data routes with a JSON error when no database is open', async () => {
    const res = await app.request('/api/documents');
    assert.equal(res.status, 500);
    assert.equal((await res.json()).error.code, 'DB_OPEN');
  });

  it('sends a CSP without inline scripts on every response, and the page uses none', async () => {
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
    const page = await app.request('/');
    assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    const html = await page.text();
    assert.match(html, /<script type="module" src="\/app.js"><\/script>/);
    assert.doesNotMatch(html, /<script>|<script [^>]*>[^<]|\son\w+=|style=/);
    assert.equal((await app.request('/nothing')).headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  });

  it('bundles the page script from source and serves the world atlas offline', async () => {
    const js = await app.request('/app.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    const code = await js.text();
    assert.ok(code.length > 10000);
    assert.doesNotMatch(code, /innerHTML|insertAdjacentHTML|document\.write|eval\(/);
    const atlas = await app.request('/atlas/countries-50m.json');
    assert.equal((await atlas.json()).type, 'Topology');
  });

  it('answers only to its own host names when told (DNS rebinding)', async () => {
    const guarded = buildApp({ allowedHosts: ['localhost', '127.0.0.1', '[::1]'] });
    for (const url of ['http://127.0.0.1:8080/openapi.json', 'http://localhost/openapi.json', 'http://[::1]:9/openapi.json']) {
      assert.equal((await guarded.request(url)).status, 200, url);
    }
    const res = await guarded.request('http://attacker.example:8080/api/documents');
    assert.equal(res.status, 403);
    assert.equal((await res.json()).error.code, 'HOST_NOT_ALLOWED');
    assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  });

  it('describes itself at /openapi.json', async () => {
    const spec = await (await app.request('/openapi.json')).json();
    assert.equal(spec.openapi, '3.1.0');
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/entities', '/api/entities/{id}', '/api/events', '/api/quotes', '/api/search', '/extract']) {
      assert.ok(spec.paths[p], p);
    }
    // and every API route the app has is described
    const routes = new Set(app.routes.filter(r => r.method !== 'ALL' && /^\/(api|extract)/.test(r.path)).map(r => r.path.replace(/:(\w+)/g, '{$1}')));
    assert.ok(routes.size >= 10);
    for (const r of routes) assert.ok(spec.paths[r] || r === '/api/extract', `${r} is not in the OpenAPI document`);
  });
});

describe('events CSV', () => {
  it('quotes commas and defuses spreadsheet formulas in untrusted text', () => {
    const csv = eventsCsv([{
      id: 'e1', code: '042', source: 'KGZ', sourceName: '=HYPERLINK("http://x")', target: 'RUS', targetName: 'Russia, the Federation',
      date: '2017-06-19/2017-06-24', goldstein: -1.9, numArticles: 1, numSources: 1, numMentions: 1,
      mentions: [{ document: 'doc-1', start: 0, end: 5, text: 'visit', code: '042', rule: 'events.verb' }],
    }]);
    const [head, row] = csv.trimEnd().split('\r\n');
    assert.match(head, /^id,date,date_start,date_end,code,root,/);
    // codes are text: quoted, so 042 keeps its zero
    assert.match(row, /^e1,2017-06-19\/2017-06-24,,,"042","04",/);
    assert.match(row, /,"'=HYPERLINK\(""http:\/\/x""\)",/);
    assert.match(row, /,"Russia, the Federation",/);
    assert.match(row, /,-1\.9,/);
  });
});
