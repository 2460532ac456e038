// The read-only routes behind the analyst views (issue 19): events with their sentences,
// QuadClass, root and country filters, impossible dates refused, downloads in four formats,
// the actor network, the rule descriptions; and the pure helpers they share with the CLI.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/server/app.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { handmadeKyrgyzstanDocument } from './fixtures/kyrgyzstan-handmade.ts';
import { actorPlaces, describeRule, durationWords, outermostQuotes, quotedWords } from '../../src/kb/present.ts';
import { displayDate, machineDate } from '../../src/document/open-range.ts';

describe('analyst API', () => {
  let dir: string, store: SqliteStore, app: ReturnType<typeof buildApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, text: await res.text(), res };
  };
  const json = async (path: string) => JSON.parse((await get(path)).text);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-analyst-api-'));
    store = SqliteStore.open(join(dir, 'kb.db'), { create: true });
    await store.ingestDocument(handmadeKyrgyzstanDocument(), { hash: 'handmade', source: 'fixture:kyrgyzstan-handmade' });
    app = buildApp({ store });
  });
  after(async () => { await store?.close(); rmSync(dir, { recursive: true, force: true }); });

  it('gives each event mention its sentence on request', async () => {
    const { items } = await json('/api/events?code=1212&sentences=1');
    const m = items[0].mentions[0];
    assert.match(m.sentenceText, /^Russia does not consider it necessary to open/);
    assert.equal(m.sentenceText.slice(m.start - m.sentenceStart, m.end - m.sentenceStart), m.text);
    assert.equal((await json('/api/events?code=1212')).items[0].mentions[0].sentenceText, undefined);
  });

  it('filters by root, QuadClass and country, and refuses impossible dates and classes', async () => {
    const all = (await json('/api/events')).items as { code: string; quadClass?: number; source?: string; target?: string }[];
    const root = (await json('/api/events?root=04')).items as { code: string }[];
    assert.ok(root.length >= 1 && root.every(e => e.code.startsWith('04')));
    const quad = (await json('/api/events?quad=1')).items as { quadClass?: number }[];
    assert.ok(quad.length >= 1 && quad.length < all.length && quad.every(e => e.quadClass === 1));
    const tjk = (await json('/api/events?country=TJK')).items as { source?: string; target?: string }[];
    assert.ok(tjk.length >= 1 && tjk.length < all.length);
    for (const bad of ['/api/events?quad=5', '/api/events?from=2017-13', '/api/events?to=2018-02-30', '/api/events?country=Russia']) {
      assert.equal((await get(bad)).status, 400, bad);
    }
  });

  it('downloads the same events as CSV, GeoJSON, GDELT and JSONL', async () => {
    const n = (await json('/api/events?actor=KGZ')).items.length;
    const csv = await get('/api/events.csv?actor=KGZ');
    assert.equal(csv.text.trimEnd().split('\r\n').length - 1, n);
    const jsonl = await get('/api/events.jsonl?actor=KGZ');
    assert.equal(jsonl.text.trimEnd().split('\n').length, n);
    const gdelt = await get('/api/events.gdelt?actor=KGZ');
    assert.equal(gdelt.text.trimEnd().split('\n').length - 1, n);
    assert.match(gdelt.res.headers.get('content-disposition') ?? '', /events\.gdelt\.tsv/);
    const geo = JSON.parse((await get('/api/events.geojson?actor=KGZ')).text);
    assert.equal(geo.type, 'FeatureCollection');
    assert.ok(geo.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'Point'));
  });

  it('places every event whose place the text gives: its location, else its target or source when that is a place', async () => {
    const items = (await json('/api/events')).items as { code: string; location?: string; target?: string; source?: string; place?: { id: string; from: string } }[];
    const located = items.filter(e => e.location);
    assert.ok(located.length >= 1 && located.every(e => e.place?.from === 'location' && e.place.id === e.location));
    const toStates = items.filter(e => !e.location && e.target && /^[A-Z]{3}$/.test(e.target));
    assert.ok(toStates.length >= 1 && toStates.every(e => e.place?.from === 'target' && e.place.id === e.target), JSON.stringify(toStates.map(e => [e.code, e.target, e.place])));
    const placed = items.filter(e => e.place).length;
    assert.ok(placed / items.length >= 0.8, `${placed} of ${items.length} events placed`);
    const geo = JSON.parse((await get('/api/events.geojson')).text) as { features: { properties: { placeFrom: string } }[] };
    assert.equal(geo.features.length, placed);
  });

  it('draws the actor network from events and co-mentions', async () => {
    const net = await json('/api/network');
    assert.ok(net.nodes.length >= 4);
    const ids = new Set(net.nodes.map((n: { id: string }) => n.id));
    assert.ok(net.edges.every((e: { source: string; target: string }) => ids.has(e.source) && ids.has(e.target)));
    assert.ok(net.edges.some((e: { kind: string }) => e.kind === 'event'));
  });

  it('serves what each rule found, in plain words', async () => {
    const { items } = await json('/api/rules');
    const table = new Map(Object.entries(items as Record<string, string>));
    assert.match(describeRule(table, 'events.verb.visit.042')!, /verb "visit"/);
    assert.match(describeRule(table, 'mentions.name.company+coref')!, /company.*revised by coref/);
    assert.equal(describeRule(table, 'nothing.like.this'), undefined);
  });

  it('an actor dossier holds its own places and names its offices’ organizations', async () => {
    const d = await json('/api/entities/grigory-karasin');
    assert.ok(d.places.every((p: { role: string }) => p.role === 'base' || p.role === 'event'));
    assert.ok(!d.places.some((p: { id: string }) => p.id === 'kazan'), JSON.stringify(d.places.map((p: { id: string }) => p.id)));
  });
});

describe('presenting dates, durations and quotes', () => {
  it('never shows a placeholder date', () => {
    assert.equal(displayDate('0001-01-01/2009-06-01'), 'until 2009-06-01');
    assert.equal(displayDate('2009-11-05/9999-12-31'), 'since 2009-11-05');
    assert.equal(displayDate('2017-06-19/2017-06-24'), '2017-06-19/2017-06-24');
    assert.equal(displayDate('0001-01-01/9999-12-31'), undefined);
    assert.equal(machineDate('0001-01-01/2009-06-01'), '../2009-06-01');
    assert.equal(displayDate('../2009-06-01'), 'until 2009-06-01');
  });
  it('says durations in words', () => {
    assert.equal(durationWords('P15Y'), '15 years');
    assert.equal(durationWords('P1Y6M'), '1 year 6 months');
    assert.equal(durationWords('PT2H'), '2 hours');
    assert.equal(durationWords('PXY'), 'some years');
  });
  it("keeps a direct quote's closing comma out of its marks, as the page and the CLI print it", () => {
    assert.equal(quotedWords('the Taliban getting stronger there,'), 'the Taliban getting stronger there');
    assert.equal(quotedWords('we are interested in it;  '), 'we are interested in it');
    assert.equal(quotedWords('What does Bishkek need to be protected from?'), 'What does Bishkek need to be protected from?');
  });
  it('tells a nested quote once', () => {
    const outer = { document: 'd', start: 10, end: 100 }, inner = { document: 'd', start: 20, end: 90 }, other = { document: 'e', start: 20, end: 90 };
    assert.deepEqual(outermostQuotes([outer, inner, other]), [outer, other]);
  });
  it("keeps an actor's places to its events and its base", () => {
    const d = actorPlaces({
      entity: { id: 'karasin', name: 'Grigory Karasin', country: 'RUS' }, events: [],
      places: [{ id: 'moscow', name: 'Moscow', lat: 55.75, lon: 37.6, documents: 1 }],
    }, { id: 'RUS', name: 'Russia', kind: 'country', geo: { lat: 60, lon: 100 } });
    assert.deepEqual(d.places.map(p => [p.id, p.role]), [['RUS', 'base']]);
  });
});
