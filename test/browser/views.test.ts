// What an analyst sees (issue 19): tooltips that say in plain words what a rule found,
// reachable by keyboard and touch; a legend with every kind of mark; mention colours far
// apart and readable; places that belong to the actor, a map legend, no point cut at the edge.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { OUT, open, skipWithoutChromium, startHarness, watchedPage, type Harness } from './harness.ts';

/** sRGB "rgb(r, g, b)" → CIE L*a*b* (D65). */
function lab(css: string): [number, number, number] {
  const [r, g, b] = css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map(v => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047), y = f(0.2126 * r + 0.7152 * g + 0.0722 * b), z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, b2] = css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map(v => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('what an analyst sees', { skip: skipWithoutChromium }, () => {
  let h: Harness, page: Page;
  const problems: string[] = [];
  before(async () => {
    h = await startHarness({ meantime: ['71526', '100911', '108294', '87805', '41882'] });
    page = await watchedPage(h, { width: 1280, height: 900 }, problems);
  });
  after(async () => { await h?.close(); });

  it('says in plain words what each rule found, on hover, on keyboard focus and on a tap', async () => {
    await open(page, h, '#/doc/kyrgyzstan-bases');
    await page.waitForFunction(() => document.querySelectorAll('[data-rule]').length > 0);
    const karasin = page.locator('.mention', { hasText: 'Grigory Karasin' });
    await karasin.hover();
    await page.waitForFunction(() => document.querySelector('#tip div.said') !== null);
    const said = await page.locator('#tip div.said').first().textContent();
    assert.ok(said && said.length > 15 && !/^[a-z]+\.[a-z.-]+$/.test(said), `description: ${said}`);

    // every rule id the example's marks carry has a description
    const described = await page.evaluate(() => Array.from(new Set(Array.from(document.querySelectorAll('article [data-rule]')).map(e => e.getAttribute('data-rule')!))));
    const api = (await (await fetch(`${h.server.url}/api/rules`)).json()) as { items: Record<string, string> };
    const { describeRule } = await import('../../src/kb/present.ts');
    const table = new Map(Object.entries(api.items));
    const missing = described.filter(id => !describeRule(table, id));
    assert.deepEqual(missing, [], 'rule ids without a plain-words description');

    // keyboard: tabbing onto a time mark opens its tip
    // (the pointer rests in the margin, away from any mark, so no hover competes with the focus)
    await page.mouse.move(1275, 5);
    const june = page.locator('.time', { hasText: 'June 19-24 this year' });
    await june.focus();
    assert.equal(await page.locator('#tip').isVisible(), true);
    assert.match((await page.locator('#tip').textContent()) ?? '', /DATE 2017-06-19\/2017-06-24.*span of days/s);
    assert.equal(await june.getAttribute('aria-describedby'), 'tip');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#tip').isVisible(), false);
    const focusable = await page.evaluate(() => Array.from(document.querySelectorAll('article [data-tip]')).every(e => (e as HTMLElement).tabIndex >= 0));
    assert.equal(focusable, true, 'every mark can be reached with Tab');
    await page.screenshot({ path: join(OUT, 'tooltip-keyboard.png') });
  });

  it('opens a tip with a tap, and follows a link only on the second tap', async () => {
    const phone = await watchedPage(h, { width: 390, height: 844 }, problems, { hasTouch: true, isMobile: true });
    await open(phone, h, '#/doc/kyrgyzstan-bases');
    const karasin = phone.locator('a.mention', { hasText: 'Grigory Karasin' });
    await karasin.tap();
    assert.equal(await phone.locator('#tip').isVisible(), true);
    assert.match((await phone.locator('#tip').textContent()) ?? '', /^PERSON/);
    assert.match(await phone.evaluate(() => location.hash), /^#\/doc\//, 'the first tap only shows the tip');
    // the whole tip on the screen, even for a mark near its bottom edge (it opens above the mark then)
    const tipBox = await phone.evaluate(() => { const r = document.getElementById('tip')!.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, h: window.innerHeight, w: window.innerWidth }; });
    assert.ok(tipBox.top >= 0 && tipBox.bottom <= tipBox.h && tipBox.left >= 0 && tipBox.right <= tipBox.w, JSON.stringify(tipBox));
    await phone.screenshot({ path: join(OUT, 'tooltip-touch-390.png') });
    await karasin.tap();
    await phone.waitForSelector('body[data-ready="true"][data-view="actor"]');
    await phone.close();
  });

  it('has a complete legend, colours far apart, and readable text on each', async () => {
    await open(page, h, '#/doc/kyrgyzstan-bases');
    const legend = page.locator('[data-testid="legend"]');
    for (const text of ['person', 'organization', 'country, city, state', 'region, sea, river', 'nationality, group', 'building, base, airport',
      'number, money, percent', 'he, she, they', 'the minister', 'time', 'direct quote', 'reported speech', 'event trigger', 'verbal cooperation', 'material conflict']) {
      assert.equal(await legend.getByText(text, { exact: true }).count(), 1, text);
    }
    const colours = await page.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll('[data-testid="legend"] .mention:not(.kind-pronoun):not(.kind-nominal)'))
      .map(e => [e.className, { bg: getComputedStyle(e).backgroundColor, ink: getComputedStyle(e).color }])));
    const names = Object.keys(colours);
    assert.ok(names.length >= 8);
    for (let i = 0; i < names.length; i++) {
      assert.ok(contrast(colours[names[i]].ink, colours[names[i]].bg) >= 7, `${names[i]}: text contrast ${contrast(colours[names[i]].ink, colours[names[i]].bg).toFixed(1)}`);
      for (let j = i + 1; j < names.length; j++) {
        const d = deltaE(colours[names[i]].bg, colours[names[j]].bg);
        assert.ok(d >= 10, `${names[i]} and ${names[j]} are ΔE ${d.toFixed(1)} apart`);
      }
    }
    // the two place greens of old (GPE and LOC) are now far apart
    assert.ok(deltaE(colours['mention type-GPE'].bg, colours['mention type-LOC'].bg) >= 20);
    await legend.screenshot({ path: join(OUT, 'legend.png') });
  });

  it("draws an actor's own places with a legend, not every place of its documents", async () => {
    // Karasin has no event: his map shows where he is based (Russia), not Moscow or Kazan
    await open(page, h, '#/actor/grigory-karasin');
    const karasin = await page.locator('.dossier svg.map circle.place').evaluateAll(els => els.map(e => `${e.getAttribute('data-id')}:${e.getAttribute('class')}`));
    assert.ok(karasin.length >= 1 && karasin.every(c => /role-base/.test(c)), karasin.join(' '));
    assert.ok(!karasin.some(c => /^(moscow|kazan):/.test(c)), karasin.join(' '));
    // Atambayev: Kazan, where he appealed to Putin, as an event place; his state as his base
    await open(page, h, '#/actor/almazbek-atambayev');
    const roles: Record<string, string> = Object.fromEntries(await page.locator('.dossier svg.map circle.place').evaluateAll(els => els.map(e => [e.getAttribute('data-id') ?? '', e.getAttribute('class') ?? ''])));
    assert.match(roles.kazan ?? '', /role-event/);
    assert.ok(Object.values(roles).some(c => /role-base/.test(c)), JSON.stringify(roles));
    assert.ok(await page.locator('.dossier [data-testid="map-legend"] [data-role="event"]').count() === 1);
    assert.match((await page.locator('.dossier [data-testid="map-legend"]').textContent()) ?? '', /where events took place.*where the actor is based.*size/s);
    await page.locator('.dossier .map-frame').screenshot({ path: join(OUT, 'actor-map.png') });
  });

  it("names an office's organization, not its id", async () => {
    // a MEANTIME report here names Louis Gallois as EADS's chief executive; the office once printed the id ("CEO, eads")
    const api = (await (await fetch(`${h.server.url}/api/entities/louis-gallois`)).json()) as { roles: { title: string; organization?: string; organizationName?: string }[] };
    const office = api.roles.find(r => r.organization === 'eads');
    assert.ok(office, JSON.stringify(api.roles));
    assert.equal(office.organizationName, 'EADS');
    await open(page, h, '#/actor/louis-gallois');
    const offices = (await page.locator('.offices').textContent()) ?? '';
    assert.match(offices, /CEO, EADS/);
    assert.doesNotMatch(offices, /, eads\b/);
  });

  it('never cuts a point at the map edge', async () => {
    for (const hash of ['#/map', '#/actor/almazbek-atambayev', '#/facilities']) {
      await open(page, h, hash);
      const cut = await page.evaluate(() => {
        const out: string[] = [];
        for (const svgEl of Array.from(document.querySelectorAll('svg.map'))) {
          const frame = svgEl.getBoundingClientRect();
          for (const c of Array.from(svgEl.querySelectorAll('circle.place'))) {
            const r = c.getBoundingClientRect();
            if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5) out.push(c.getAttribute('data-id')!);
          }
        }
        return out;
      });
      assert.deepEqual(cut, [], hash);
      assert.equal(await page.locator('[data-testid="map-legend"]').count() >= 1, true, `${hash} has a map legend`);
    }
  });

  it('filters events by CAMEO root, QuadClass, actor and country, and sorts and pages the table', async () => {
    await open(page, h, '#/events');
    const all = await page.locator('#events-table tbody tr').count();
    assert.equal(all, 25, 'one page of 25');
    assert.match((await page.locator('.page-info').textContent()) ?? '', /^1–25 of \d+ · page 1 of 2$/);
    await page.click('.page-next');
    assert.ok(await page.locator('#events-table tbody tr').count() >= 1);
    // sort by code, descending on a second click
    await page.click('#events-table th[data-col="1"]');
    await page.click('#events-table th[data-col="1"]');
    assert.equal(await page.getAttribute('#events-table th[data-col="1"]', 'aria-sort'), 'descending');
    const codes = await page.locator('#events-table tbody tr').evaluateAll(rows => rows.map(r => r.getAttribute('data-code')!));
    assert.deepEqual(codes, [...codes].sort().reverse());

    await page.selectOption('#events-root', '05');
    await page.click('#events-filters button[type="submit"]');
    await page.waitForFunction(() => document.body.dataset.route === '#/events?root=05' && document.body.dataset.ready === 'true');
    const roots = await page.locator('#events-table tbody tr').evaluateAll(rows => rows.map(r => r.getAttribute('data-code')!));
    assert.ok(roots.length >= 2 && roots.every(c => c.startsWith('05')), roots.join());
    // each filter the form sets narrows the table to what the API gives for it (a filter the page dropped would show them all)
    const total = async () => Number(((await page.locator('.events-page h1 .count').textContent()) ?? '').trim());
    await open(page, h, '#/events');
    const everything = await total();
    for (const [hash, api] of [
      ['#/events?quad=4', 'quad=4'], ['#/events?country=TJK', 'country=TJK'], ['#/events?actor=almazbek-atambayev', 'actor=almazbek-atambayev'],
      ['#/events?from=2017-06-01&to=2017-06-30', 'from=2017-06-01&to=2017-06-30'], ['#/events?root=05&country=KGZ', 'root=05&country=KGZ'],
    ] as [string, string][]) {
      await open(page, h, hash);
      const want = ((await (await fetch(`${h.server.url}/api/events?${api}&limit=10000`)).json()) as { items: unknown[] }).items.length;
      const shown = await total();
      assert.ok(shown >= 1 && shown < everything, `${hash}: ${shown} of ${everything}`);
      assert.equal(shown, want, hash);
      const rows = page.locator('#events-table tbody tr[data-code]');
      if (hash.includes('quad')) assert.ok(await rows.evaluateAll(rs => rs.every(r => r.getAttribute('data-quad') === '4')), hash);
      if (hash.includes('actor')) assert.ok(await rows.evaluateAll(rs => rs.every(r => r.textContent!.includes('Almazbek Atambayev'))), hash);
      if (hash.includes('from')) assert.ok(await rows.evaluateAll(rs => rs.every(r => r.getAttribute('data-day')!.startsWith('2017-06'))), hash);
      if (hash.includes('root')) assert.ok(await rows.evaluateAll(rs => rs.every(r => r.getAttribute('data-code')!.startsWith('05'))), hash);
    }
  });

  it('sorts the facilities and agreements tables by any column, with a click or the keyboard', async () => {
    await open(page, h, '#/facilities');
    const names = () => page.locator('#facilities-table tbody tr').evaluateAll(rows => rows.map(r => r.querySelector('td')!.textContent!));
    await page.click('#facilities-table th[data-col="0"]');
    assert.equal(await page.getAttribute('#facilities-table th[data-col="0"]', 'aria-sort'), 'ascending');
    const up = await names();
    assert.ok(up.length >= 2);
    assert.deepEqual(up, [...up].sort((a, b) => a.localeCompare(b)));
    await page.focus('#facilities-table th[data-col="0"]');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#facilities-table th[data-col="0"]', 'aria-sort'), 'descending');
    assert.deepEqual(await names(), [...up].reverse());
    // agreements by signing date, undated ones last
    await page.click('#agreements-table th[data-col="2"]');
    const signed = (await page.locator('#agreements-table tbody tr').evaluateAll(rows => rows.map(r => r.querySelectorAll('td')[2].textContent!))).filter(Boolean);
    assert.ok(signed.length >= 2);
    assert.deepEqual(signed, [...signed].sort());
  });

  it('narrows the table, the map and the downloads to the dates brushed on the histogram', async () => {
    await open(page, h, '#/events');
    const before = Number(((await page.locator('.events-page h1 .count').textContent()) ?? '').trim().split(' ')[0]);
    const bars = page.locator('#events-histogram .bar');
    const last = bars.last();
    const box = (await last.boundingBox())!;
    // drag across the last bar alone (the 2017 reports)
    await page.mouse.move(box.x + 1, box.y + box.height - 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height - 2, { steps: 3 });
    await page.mouse.up();
    await page.waitForFunction(() => /of/.test(document.querySelector('.events-page h1 .count')!.textContent!));
    const days = await page.locator('#events-table tbody tr').evaluateAll(rows => rows.map(r => r.getAttribute('data-day')!));
    const key = (await last.getAttribute('data-key'))!;
    assert.ok(days.length >= 1 && days.length < before && days.every(d => d.startsWith(key)), `${key}: ${days.join()}`);
    const href = (await page.getAttribute('#events-csv', 'href'))!;
    assert.match(href, /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const csv = await (await fetch(h.server.url + href)).text();
    assert.equal(csv.trimEnd().split('\r\n').length - 1, days.length, 'the CSV holds the brushed rows');
    await page.screenshot({ path: join(OUT, 'events-brushed.png'), fullPage: true });
    await page.click('#events-histogram .brush-clear');
    assert.equal(Number(((await page.locator('.events-page h1 .count').textContent()) ?? '').trim()), before);
  });

  it('shows each event with its sentence and links to that sentence highlighted in its document', async () => {
    await open(page, h, '#/events?code=1212');
    const cell = page.locator('#events-table tbody tr').first().locator('.sentence-cell');
    assert.match((await cell.textContent()) ?? '', /Russia does not consider it necessary to open the second military base/);
    assert.equal(await cell.locator('mark.trigger').textContent(), 'open');
    await cell.locator('a.deep-link').click();
    await page.waitForSelector('body[data-ready="true"][data-view="doc"]');
    const target = page.locator('.row.target');
    assert.equal(await target.count(), 1);
    assert.match((await target.textContent()) ?? '', /second military base/);
    assert.equal(await target.locator('.sentence').isVisible(), true);
    const inView = await target.evaluate(el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
    assert.equal(inView, true, 'the sentence is scrolled into view');
    await page.screenshot({ path: join(OUT, 'deep-link.png') });
    // quotes link to their sentence too
    await open(page, h, '#/actor/grigory-karasin');
    assert.ok(await page.locator('.tl-quote a.deep-link[href*="?at="]').count() >= 3);
  });

  it('draws who acts on whom, weighted by events, with co-mentions', async () => {
    await open(page, h, '#/network');
    assert.ok(await page.locator('svg.network .node').count() >= 8);
    const visit = page.locator('svg.network line.edge-event[data-source="almazbek-atambayev"][data-target="RUS"]');
    assert.equal(await visit.count(), 1);
    assert.ok(Number(await visit.getAttribute('data-events')) >= 2, 'the visit and the appeal');
    assert.ok(await page.locator('svg.network line.edge-co').count() >= 1);
    assert.equal(await page.locator('[data-testid="network-legend"]').count(), 1);
    await page.screenshot({ path: join(OUT, 'network.png'), fullPage: true });
    await open(page, h, '#/network?quad=4');
    const quads = await page.locator('svg.network line.edge-event').evaluateAll(els => els.map(e => e.getAttribute('class')));
    assert.ok(quads.length >= 1 && quads.every(c => /quad-4/.test(c!)), quads.join());
  });

  it('puts a time axis on the actor timeline whose brush sets the dates', async () => {
    await open(page, h, '#/actor/almazbek-atambayev');
    assert.ok(await page.locator('#actor-histogram .bar').count() >= 1);
    assert.ok(await page.locator('#actor-histogram .axis text').count() >= 1);
    const box = (await page.locator('#actor-histogram svg').boundingBox())!;
    await page.mouse.move(box.x + box.width - 3, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + 12);
    await page.mouse.up();
    const from = await page.inputValue('#filter-from');
    assert.match(from, /^2017-/);
    const dates = await page.locator('#timeline .tl-date').allTextContents();
    assert.ok(dates.length >= 1);
    assert.equal(await page.locator('[data-testid="actor-export"] a').count(), 4);
  });

  it('offers CSV, GeoJSON, GDELT and JSONL for every list of events, and downloads of documents, facilities and agreements', async () => {
    for (const [hash, id] of [['#/events', 'events'], ['#/map', 'map-export'], ['#/network', 'network'], ['#/actor/almazbek-atambayev', 'actor-export']]) {
      await open(page, h, hash);
      assert.equal(await page.locator(`[data-testid="${id}"] a`).count(), 4, hash);
    }
    // the standing facts download too: facilities as CSV, GeoJSON and JSONL, agreements as CSV and JSONL (GDELT has no row for them)
    await open(page, h, '#/facilities');
    assert.deepEqual(await page.locator('[data-testid="facilities-export"] a').allTextContents(), ['CSV', 'GeoJSON', 'JSONL']);
    assert.deepEqual(await page.locator('[data-testid="agreements-export"] a').allTextContents(), ['CSV', 'JSONL']);
    for (const href of await page.locator('[data-testid$="-export"] a').evaluateAll(as => as.map(a => a.getAttribute('href')!))) {
      const res = await fetch(h.server.url + href);
      assert.equal(res.status, 200, href);
      assert.ok((await res.text()).length > 10, href);
    }
    await open(page, h, '#/');
    const docsHref = (await page.getAttribute('[data-testid="documents-export"] a', 'href'))!;
    const docs = (await (await fetch(h.server.url + docsHref)).text()).trimEnd().split('\n').map(l => JSON.parse(l) as { id: string });
    assert.equal(docs.length, Number(((await page.locator('.documents h1 .count').textContent()) ?? '').trim()));
    const base = `${h.server.url}/api/events`;
    const csv = await (await fetch(`${base}.csv?country=KGZ`)).text();
    const geo = await (await fetch(`${base}.geojson?country=KGZ`)).json() as { type: string; features: { geometry: { coordinates: number[] } }[] };
    const gdelt = (await (await fetch(`${base}.gdelt?country=KGZ`)).text()).trimEnd().split('\n');
    const jsonl = (await (await fetch(`${base}.jsonl?country=KGZ`)).text()).trimEnd().split('\n').map(l => JSON.parse(l) as { id: string });
    assert.equal(csv.trimEnd().split('\r\n').length - 1, jsonl.length);
    assert.equal(gdelt.length - 1, jsonl.length);
    assert.equal(gdelt[0].split('\t').length, 61);
    assert.equal(geo.type, 'FeatureCollection');
    assert.ok(geo.features.length >= 1 && geo.features.every(f => f.geometry.coordinates.length === 2));
  });

  it('filters the map by CAMEO root, QuadClass, actor, country and dates', async () => {
    await open(page, h, '#/map?root=04');
    const ids = await page.locator('.map-page svg.map circle.place').evaluateAll(els => els.map(e => e.getAttribute('data-id')));
    assert.ok(ids.length >= 1 && ids.length <= 4, ids.join());
    assert.ok(ids.includes('RUS') && ids.includes('moscow'), ids.join());
    // QuadClass, actor, country and dates narrow the map's events to what the API gives for them
    const total = ((await (await fetch(`${h.server.url}/api/events?limit=10000`)).json()) as { items: unknown[] }).items.length;
    for (const q of ['quad=1', 'actor=almazbek-atambayev', 'country=TJK', 'from=2017-06-01&to=2017-06-30']) {
      await open(page, h, `#/map?${q}`);
      const want = ((await (await fetch(`${h.server.url}/api/events?${q}&limit=10000`)).json()) as { items: unknown[] }).items.length;
      const count = (await page.locator('.map-page h1 .count').textContent()) ?? '';
      assert.match(count, new RegExp(` of ${want} events placed$`), q);
      assert.ok(want >= 1 && want < total, `${q}: ${want} of ${total}`);
      assert.ok(((await page.getAttribute('#map-export-csv', 'href')) ?? '').includes(q), q);
    }
  });

  it('met no script error or outside request', () => { assert.deepEqual(problems, []); });
});
