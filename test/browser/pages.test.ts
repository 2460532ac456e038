// The web page in a real browser: Debian's Chromium driven by playwright-core,
// one launch for the whole file, against a real server on 127.0.0.1 with a
// temporary SQLite knowledge base holding the example report as the pipeline
// reads it (end to end: extract → store → API → page) and a hostile report.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { EXAMPLE, OUT, open as openRoute, skipWithoutChromium, startHarness, watchedPage, type Harness } from './harness.ts';
import { HOSTILE_TEXT } from './hostile-document.ts';

describe('web page in Chromium', { skip: skipWithoutChromium }, () => {
  let h: Harness, server: Harness['server'], page: Page;
  const problems: string[] = [];

  before(async () => {
    h = await startHarness();
    server = h.server;
    page = await watchedPage(h, { width: 1280, height: 900 }, problems);
  });

  after(async () => { await h?.close(); });

  const open = (hash: string) => openRoute(page, h, hash);

  it('shows the example with Grigory Karasin marked as a person and his quote linked to him', async () => {
    await open('#/doc/kyrgyzstan-bases');
    const karasin = page.locator('.mention', { hasText: 'Grigory Karasin' });
    assert.equal(await karasin.count(), 1);
    const rule = await karasin.getAttribute('data-rule');
    assert.ok(rule);
    assert.equal(await karasin.getAttribute('data-type'), 'PERSON');
    assert.match((await karasin.getAttribute('class')) ?? '', /\btype-PERSON\b/);
    const colour = await karasin.evaluate(el => getComputedStyle(el).backgroundColor);
    const gpeColour = await page.locator('.mention.type-GPE').first().evaluate(el => getComputedStyle(el).backgroundColor);
    assert.notEqual(colour, gpeColour, 'people and places are coloured apart');

    // the direct quote "We do not seek after the quantity." is his, and says so with a link
    const piece = page.locator('.quote', { hasText: 'We do not seek after the quantity' }).first();
    const quoteIndex = await piece.getAttribute('data-quote');
    assert.equal(await piece.getAttribute('data-speaker'), 'grigory-karasin');
    const link = page.locator(`a.speaker[data-quote="${quoteIndex}"]`);
    assert.match((await link.textContent()) ?? '', /Grigory Karasin/);
    // the speaker stands beside the quotation, after its closing mark, not inside it
    assert.match(await link.evaluate(el => el.previousSibling?.textContent ?? ''), /”$/);
    // the quote runs over three sentences; hovering one piece lights all of it and its speaker
    await piece.hover();
    const lit = await page.locator(`[data-quote="${quoteIndex}"].hl`).count();
    assert.ok(lit >= 4, `${lit} pieces lit`);
    assert.equal(await link.evaluate(el => el.classList.contains('hl')), true);

    // hovering shows the rule that made each mark; a time shows its value
    await karasin.hover();
    assert.ok(((await page.locator('#tip').textContent()) ?? '').includes(`rule: ${rule}`));
    assert.match((await page.locator('#tip').textContent()) ?? '', /^PERSON/);
    const june = page.locator('.time', { hasText: 'June 19-24 this year' });
    assert.equal(await june.getAttribute('data-value'), '2017-06-19/2017-06-24');
    await june.hover();
    assert.match((await page.locator('#tip').textContent()) ?? '', /DATE 2017-06-19\/2017-06-24/);

    // events stand beside the sentence that holds them
    const visitRow = page.locator('.row', { hasText: 'During his visit to Russia on June 19-24' });
    assert.equal(await visitRow.locator('.event[data-code="042"]').count(), 1);
    // the facts layer sits under the text: Kant Air Base, and the 2003 agreement
    assert.equal(await page.locator('.fact-facility', { hasText: 'Kant Air Base' }).count(), 1);
    assert.ok(await page.locator('.fact-agreement', { hasText: '2003-09-22' }).count() >= 1);
    await page.screenshot({ path: join(OUT, 'document.png'), fullPage: true });

    await link.click();
    await page.waitForSelector('body[data-ready="true"][data-view="actor"]');
    assert.equal(await page.locator('h1.actor-name').textContent(), 'Grigory Karasin');
  });

  it("shows Atambayev's dossier: offices, the June 2017 visit, his quotes, newest first, filterable", async () => {
    await open('#/');
    await page.fill('#search-input', 'Atambayev');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('body[data-ready="true"][data-view="search"]');
    await page.locator('.result-actors a', { hasText: 'Almazbek Atambayev' }).click();
    await page.waitForSelector('body[data-ready="true"][data-view="actor"]');

    assert.equal(await page.locator('h1.actor-name').textContent(), 'Almazbek Atambayev');
    const offices = await page.locator('.offices li').allTextContents();
    assert.ok(offices.some(o => o.startsWith('President (KGZ)')), offices.join(' | '));
    assert.ok((await page.locator('.aliases li').allTextContents()).includes('Atambayev'));

    // the visit to Russia on June 19-24, 2017 (told twice; the store merges the two tellings)
    const visits = await page.locator('.tl-event[data-code="042"]', { hasText: 'Russia' }).evaluateAll(els => els.map(e => e.getAttribute('data-time')));
    assert.ok(visits.some(v => /^2017-06-(19|2[0-4])/.test(v ?? '')), visits.join());
    // direct quotes inside quotation marks, reported speech without them, each quote once
    const quotes = await page.locator('.tl-quote blockquote').allTextContents();
    assert.ok(quotes.includes('“What does Bishkek need to be protected from?”'), quotes.join(' | '));
    assert.ok(quotes.some(q => q.startsWith('“Of course we will help Tajikistan')));
    const reported = await page.locator('.tl-quote p.reported').allTextContents();
    assert.ok(reported.some(q => q.startsWith('Afghan problems could spread')), reported.join(' | '));
    assert.ok(reported.every(q => !/^[“"]/.test(q)));
    assert.equal(await page.locator('#timeline li', { hasText: 'If you honestly want to think' }).count(), 1, 'the nested quote is told once');

    // newest first
    const dates = await page.locator('#timeline li .tl-date').allTextContents();
    const keys = dates.map(d => d.slice(0, 10));
    assert.deepEqual(keys, [...keys].sort().reverse());

    await page.screenshot({ path: join(OUT, 'dossier.png'), fullPage: true });

    // filter by code: only visits (04x) remain, quotes go
    await page.fill('#filter-code', '04');
    const codes = await page.locator('#timeline li[data-code]').evaluateAll(els => els.map(e => e.getAttribute('data-code')));
    assert.ok(codes.length >= 1 && codes.every(c => c!.startsWith('04')), codes.join(','));
    assert.equal(await page.locator('#timeline .tl-quote').count(), 0);
    // and by date: from the newest day on, only that day's items remain; before June 2017, nothing
    await page.fill('#filter-code', '');
    const newest = keys[0];
    await page.fill('#filter-from', newest);
    const after = await page.locator('#timeline .tl-date').allTextContents();
    assert.deepEqual(after.map(d => d.slice(0, 10)), keys.filter(k => k >= newest));
    await page.fill('#filter-from', '');
    await page.fill('#filter-to', '2017-05-31');
    assert.equal(await page.locator('#timeline li[data-time]').count(), 0);

    // his places are on a map: Kazan, where he spoke
    assert.equal(await page.locator('.dossier svg.map circle[data-id="kazan"]').count(), 1);
  });

  it('draws Kant inside Kyrgyzstan on the map', async () => {
    await open('#/map');
    // (no named helpers inside evaluate: the test runner's transpiler would reference its own __name)
    const where = await page.evaluate(names => {
      const dot = document.querySelector<SVGCircleElement>('circle.place[data-name^="Kant"]');
      const result: Record<string, boolean | null> = { dot: !!dot };
      for (const name of names) {
        const country = document.querySelector<SVGPathElement>(`path.country[data-name="${name}"]`);
        result[name.toLowerCase()] = dot && country ? country.isPointInFill(new DOMPoint(dot.cx.baseVal.value, dot.cy.baseVal.value)) : null;
      }
      return result;
    }, ['Kyrgyzstan', 'Kazakhstan', 'Russia']);
    assert.deepEqual(where, { dot: true, kyrgyzstan: true, kazakhstan: false, russia: false });
    // and Moscow, for contrast, is in Russia
    assert.equal(await page.evaluate(() => {
      const dot = document.querySelector<SVGCircleElement>('circle.place[data-id="moscow"]')!;
      return document.querySelector<SVGPathElement>('path.country[data-name="Russia"]')!.isPointInFill(new DOMPoint(dot.cx.baseVal.value, dot.cy.baseVal.value));
    }), true);
    await page.locator('circle.place[data-id="kazan"]').click();
    assert.match((await page.locator('#map-detail').textContent()) ?? '', /^Kazan.*Atambayev/s);
    await page.screenshot({ path: join(OUT, 'map.png') });

    // zoomed in on Kant, it gets its own label and still sits in Kyrgyzstan
    const kant = page.locator('circle.place[data-name^="Kant"]').first();
    const box = (await kant.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 14; i++) await page.mouse.wheel(0, -200);
    await page.waitForFunction(() => document.querySelector('svg.map')!.getAttribute('viewBox') !== '0 0 960 480');
    const kantLabels = await page.locator('text.place-label').evaluateAll(els => els
      .filter(e => e.textContent!.startsWith('Kant')).map(e => e.getAttribute('visibility')));
    assert.ok(kantLabels.includes('visible'), kantLabels.join());
    await page.screenshot({ path: join(OUT, 'map-kant.png') });
  });

  it('lists Kant Air Base with its lease and the declined second base, and draws the facilities', async () => {
    await open('#/facilities');
    const kant = page.locator('tr[data-facility="kant-air-base"]');
    assert.equal(await kant.count(), 1);
    const cells = await kant.locator('td').allTextContents();
    assert.deepEqual(cells.slice(0, 7), ['Kant Air Base', 'air base', 'active', 'KGZ', 'RUS', '2003', '2027-12 (2032-12 extended)']);
    const statuses = await page.locator('table.facilities tbody tr td:nth-child(3)').allTextContents();
    assert.ok(statuses.includes('declined'), statuses.join());
    const lease = page.locator('table.agreements tbody tr', { hasText: 'lease' });
    assert.match((await lease.allTextContents()).join(' '), /Kyrgyzstan – Russia.*2012-12.*15 years.*2027-12 \/ 2032-12/);
    assert.ok(await page.locator('.facilities-page svg circle').count() >= 1, 'facilities are drawn on the map');
    await page.screenshot({ path: join(OUT, 'facilities.png'), fullPage: true });
  });

  it('filters the events table and downloads the same rows as CSV', async () => {
    await open('#/events');
    const all = await page.locator('#events-table tbody tr').count();
    assert.ok(all >= 5, `${all} events`);
    await page.fill('#events-code', '057');
    await page.click('#events-filters button[type="submit"]');
    await page.waitForFunction(() => document.body.dataset.route === '#/events?code=057' && document.body.dataset.ready === 'true');
    const codes = await page.locator('#events-table tbody tr').evaluateAll(rows => rows.map(r => r.getAttribute('data-code')));
    assert.ok(codes.length >= 1 && codes.length < all && codes.every(c => c === '057'), codes.join());
    const href = await page.locator('#events-csv').getAttribute('href');
    assert.equal(href, '/api/events.csv?code=057');
    const csv = await (await fetch(server.url + href)).text();
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines.length, codes.length + 1);
    assert.ok(lines.slice(1).every(l => l.split(',')[4] === '"057"'), 'the CLI\'s CSV schema, codes as text');
    await page.screenshot({ path: join(OUT, 'events.png') });
  });

  it('reads a pasted report with the real pipeline and stores nothing', async () => {
    await open('#/paste');
    await page.fill('#paste-text', EXAMPLE);
    await page.fill('#paste-published', '2017-10-10');
    await page.click('#paste-go');
    await page.waitForSelector('#paste-result[data-done="true"]', { timeout: 60_000 });
    // the text is shown whole, sentence by sentence, exactly as pasted
    const shown = await page.locator('#paste-result .sentence').allTextContents();
    const stripped = (s: string) => s.replace(/— [^—]+$/, '');
    assert.ok(shown.length >= 20, `${shown.length} sentences`);
    assert.ok(EXAMPLE.startsWith(stripped(shown[0]).trim()));
    assert.equal(await page.locator('#paste-result .mention', { hasText: 'Grigory Karasin' }).getAttribute('data-type'), 'PERSON');
    // nothing to link to: the pasted document is in no knowledge base
    assert.equal(await page.locator('#paste-result a.mention').count(), 0);
    const docs = await (await fetch(`${server.url}/api/documents`)).json();
    assert.equal(docs.total, 2, 'nothing was stored');
    await page.screenshot({ path: join(OUT, 'paste.png') });
  });

  it('shows hostile text as text everywhere and runs none of it', async () => {
    for (const hash of ['#/', '#/doc/hostile-report', '#/search?q=Officials', '#/events', '#/map', '#/network', '#/events?actor=%3Cimg%20src%3Dx%3E']) {
      await open(hash);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: string }).__pwned,
        injected: document.querySelectorAll('#view img, #view script, #view svg[onload], #view b, #view [onerror], #view [onload]').length,
      }));
      assert.deepEqual(state, { pwned: undefined, injected: 0 }, hash);
    }
    await open('#/doc/hostile-report');
    assert.match((await page.locator('.doc-head h1').textContent()) ?? '', /^<img src=x onerror=/);
    const text = (await page.locator('article.document').textContent()) ?? '';
    assert.ok(text.includes(`<script>window.__pwned = 'script'</script>`));
    // the javascript: URL is not linked
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    // the hostile speaker's dossier, through the quote's link
    await page.locator('a.speaker').first().click();
    await page.waitForSelector('body[data-ready="true"][data-view="actor"]');
    assert.match((await page.locator('h1.actor-name').textContent()) ?? '', /^<img src=x onerror=/);
    assert.match((await page.locator('.offices').textContent()) ?? '', /<script>/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
    // paste the hostile text too
    await open('#/paste');
    await page.fill('#paste-text', HOSTILE_TEXT);
    await page.click('#paste-go');
    await page.waitForSelector('#paste-result[data-done="true"]', { timeout: 60_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
    assert.equal(await page.locator('#view img, #view script').count(), 0);
    await page.screenshot({ path: join(OUT, 'hostile.png') });
  });

  it('answers a route named like an Object.prototype member with "No such page."', async () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      await open(`#/${name}`);
      assert.equal((await page.locator('#view p.error').textContent())?.trim(), 'No such page.', name);
    }
  });

  it('met no script error, CSP violation or outside request on any page', () => {
    assert.deepEqual(problems, []);
  });
});
