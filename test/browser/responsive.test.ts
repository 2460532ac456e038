// Every view at a phone's width (390 px) and a laptop's (1366 px) in headless Chromium:
// nothing may make the page scroll sideways; the menu stays inside the dark header; the
// document is one column on the phone; wide tables scroll inside their own box; the map
// fills the width. Screenshots of each view at each width go to test-output/browser/
// (git-ignored) for a person to look at: <view>-390.png, <view>-1366.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { OUT, open, skipWithoutChromium, startHarness, watchedPage, type Harness } from './harness.ts';

const VIEWS: [name: string, hash: string][] = [
  ['documents', '#/'], ['document', '#/doc/kyrgyzstan-bases'], ['actor', '#/actor/almazbek-atambayev'],
  ['events', '#/events'], ['map', '#/map'], ['facilities', '#/facilities'], ['search', '#/search?q=Kyrgyzstan'],
  ['paste', '#/paste'], ['hostile', '#/doc/hostile-report'], ['network', '#/network'], ['deep-link', '#/doc/kyrgyzstan-bases?at=2500'],
];

/** What sticks out sideways: the page's own scroll width, and elements past the right edge (outside scroll boxes).
 *  Measured against the screen's width, not window.innerWidth: a mobile browser (isMobile) widens its layout
 *  viewport to whatever overflows, so innerWidth grows with the fault and a comparison with it cannot fail. */
async function overflow(page: Page, width: number): Promise<{ scrollWidth: number; innerWidth: number; outside: string[] }> {
  return page.evaluate(w => {
    const outside: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('.table-scroll, #tip, svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width && r.right > w + 1) outside.push(`${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} right=${Math.round(r.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: w, outside: outside.slice(0, 8) };
  }, width);
}

for (const width of [390, 1366]) {
  describe(`every view at ${width} px`, { skip: skipWithoutChromium }, () => {
    let h: Harness, page: Page;
    const problems: string[] = [];
    before(async () => {
      h = await startHarness({ meantime: ['71526'] });
      page = await watchedPage(h, { width, height: width < 700 ? 844 : 900 }, problems, width < 700 ? { hasTouch: true, isMobile: true } : {});
    });
    after(async () => { await h?.close(); });

    for (const [name, hash] of VIEWS) {
      it(`${name} fits without sideways scrolling`, async () => {
        await open(page, h, hash);
        const o = await overflow(page, width);
        await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
        assert.ok(o.scrollWidth <= o.innerWidth, `${name} at ${width}: page is ${o.scrollWidth} px wide; sticking out: ${o.outside.join(', ')}`);
        assert.deepEqual(o.outside, [], `${name} at ${width}`);
        // no placeholder date a person reads, in the text or in a tip (MEANTIME 71526 holds an open-ended range)
        const placeholders = await page.evaluate(() => [document.body.innerText, ...Array.from(document.querySelectorAll('[data-tip]')).map(e => e.getAttribute('data-tip')!),
          ...Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href')!)].filter(t => /0001-01-01|9999-12-31|\b0001\d{4}\b/.test(t)).map(t => t.slice(0, 80)));
        assert.deepEqual(placeholders, [], `${name} at ${width}`);
        // counts in words: "1 time", never "1 times" or "1 documents" (the hostile report has one of each)
        const plurals = await page.evaluate(() => document.body.innerText.match(/(?<![\d.,])1 (documents|mentions|entities|times|quotes|events|facts|sources|places|actors|links)\b/g) ?? []);
        assert.deepEqual(plurals, [], `${name} at ${width}`);
        // durations in words ("15 years"), never the ISO value ("P15Y") in the text
        assert.deepEqual(await page.evaluate(() => document.body.innerText.match(/\bPT?\d+(\.\d+)?[YMWDHS]\b/g) ?? []), [], `${name} at ${width}`);
        // the menu sits inside the dark header
        const menu = await page.evaluate(() => {
          const head = document.querySelector('header.top')!.getBoundingClientRect();
          return Array.from(document.querySelectorAll('header.top nav a, header.top input')).map(a => {
            const r = a.getBoundingClientRect();
            return r.left >= head.left && r.right <= head.right + 0.5 && r.top >= head.top && r.bottom <= head.bottom + 0.5;
          });
        });
        assert.ok(menu.length >= 6 && menu.every(Boolean), `${name} at ${width}: a menu item spills out of the header`);
      });
    }

    it(width < 700 ? 'reads the document in one column, events under their sentence' : 'keeps the events beside their sentence', async () => {
      await open(page, h, '#/doc/kyrgyzstan-bases');
      const layout = await page.evaluate(() => {
        const row = Array.from(document.querySelectorAll('.document .row')).find(r => r.querySelector('.event'))!;
        const s = row.querySelector('.sentence')!.getBoundingClientRect(), e = row.querySelector('.event')!.getBoundingClientRect();
        return { below: e.top >= s.bottom - 1, beside: e.left >= s.right - 1, cardWidth: e.width };
      });
      if (width < 700) {
        assert.equal(layout.below, true);
        assert.ok(layout.cardWidth >= 250, `event cards are ${layout.cardWidth} px wide`);
      } else {
        assert.equal(layout.beside, true);
      }
    });

    it('scrolls a wide table inside its own box and draws the map the full width, its names readable', async () => {
      await open(page, h, '#/events');
      const box = await page.evaluate(() => {
        const b = document.querySelector('.table-scroll')!;
        return { box: b.getBoundingClientRect().width, table: b.querySelector('table')!.getBoundingClientRect().width, overflowX: getComputedStyle(b).overflowX };
      });
      assert.ok(box.box <= width, `table box ${box.box}`);
      assert.equal(box.overflowX, 'auto');
      if (width < 700) {
        // a phone: each row a card, no sideways scrolling, every cell under its column's name, the sentence readable
        const cards = await page.evaluate(() => {
          const table = document.querySelector('#events-table')!, box = table.closest('.table-scroll')!;
          const row = table.querySelector('tbody tr[data-code]')!;
          const sentence = row.querySelector('.sentence-cell')!.getBoundingClientRect();
          return { scrolls: box.scrollWidth > box.clientWidth + 1, labels: Array.from(row.querySelectorAll('td')).map(td => getComputedStyle(td, '::before').content), sentence: sentence.width };
        });
        assert.equal(cards.scrolls, false, 'the events table scrolls sideways on a phone');
        assert.ok(cards.labels.includes('"Sentence"') && cards.labels.includes('"Date"'), cards.labels.join(' '));
        assert.ok(cards.sentence >= 200, `sentence ${Math.round(cards.sentence)} px wide`);
      } else {
        // a date range wraps after its slash: the date column leaves room for the rest
        const dateCol = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('#events-table td.date')).map(td => td.getBoundingClientRect().width)));
        assert.ok(dateCol <= 150, `date column ${Math.round(dateCol)} px wide`);
      }
      const brokenDates = await page.evaluate(() => Array.from(document.querySelectorAll('#events-table td.date .nowrap')).filter(s => s.getClientRects().length > 1).map(s => s.textContent));
      assert.deepEqual(brokenDates, [], 'a date broken inside itself');
      // on the actor's timeline a date (a range too) never runs into what follows it
      await open(page, h, '#/actor/almazbek-atambayev');
      const touching = await page.evaluate(() => Array.from(document.querySelectorAll('#timeline .tl-date')).filter(d => {
        const next = d.nextElementSibling;
        if (!next || !next.getClientRects().length) return false;
        const a = d.getBoundingClientRect(), b = next.getClientRects()[0]; // its first line: an inline quote's box spans its lines
        return b.top < a.bottom - 1 && b.left < a.right + 2;
      }).map(d => d.textContent));
      assert.deepEqual(touching, [], 'dates running into their items');
      await open(page, h, '#/map');
      const map = await page.evaluate(() => ({ map: document.querySelector('svg.map')!.getBoundingClientRect().width, main: document.querySelector('main')!.clientWidth }));
      assert.ok(map.map >= map.main - 2 * 24 - 2, `map ${map.map} px in a main of ${map.main} px`);
      // the histogram's axis readable and uncrowded on any screen (the 960-unit chart once drew years 4 px high on a phone)
      for (const hash of ['#/events', '#/actor/almazbek-atambayev']) {
        await open(page, h, hash);
        const axis = await page.evaluate(() => {
          const texts = Array.from(document.querySelectorAll('svg.histogram .axis text')).map(t => t.getBoundingClientRect());
          const frame = document.querySelector('svg.histogram')!.getBoundingClientRect();
          const overlaps = texts.some((r, i) => i > 0 && r.left < texts[i - 1].right);
          return { heights: texts.map(r => r.height), overlaps, past: texts.filter(r => r.right > frame.right + 0.5).length };
        });
        assert.ok(axis.heights.length >= 1 && axis.heights.every(x => x >= 10), `${hash} at ${width}: axis label heights ${axis.heights.map(Math.round).join(' ')}`);
        assert.equal(axis.overlaps, false, `${hash} at ${width}: axis labels overlap`);
        assert.equal(axis.past, 0, `${hash} at ${width}: an axis label runs past the edge`);
      }
      // place names readable on any screen (a 960-unit map shown 360 px wide once drew them 4 px high), and no point cut at the edge
      for (const hash of ['#/map', '#/facilities', '#/actor/almazbek-atambayev']) {
        await open(page, h, hash);
        const marks = await page.evaluate(() => {
          const frame = document.querySelector('svg.map')!.getBoundingClientRect();
          const labels = Array.from(document.querySelectorAll('svg.map text.place-label')).filter(t => t.getAttribute('visibility') !== 'hidden').map(t => t.getBoundingClientRect());
          const cut = Array.from(document.querySelectorAll('svg.map circle.place')).map(c => c.getBoundingClientRect())
            .filter(r => r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5).length;
          const clipped = labels.filter(r => r.left < frame.left - 0.5 || r.right > frame.right + 0.5).length;
          return { heights: labels.map(r => r.height), cut, clipped, dots: Array.from(document.querySelectorAll('svg.map circle.place')).map(c => c.getBoundingClientRect().width) };
        });
        assert.ok(marks.heights.length >= 1 && marks.heights.every(x => x >= 10), `${hash} at ${width}: label heights ${marks.heights.map(Math.round).join(' ')}`);
        assert.ok(marks.dots.every(d => d >= 7), `${hash} at ${width}: dot sizes ${marks.dots.map(Math.round).join(' ')}`);
        assert.equal(marks.cut, 0, `${hash} at ${width}: points cut at the edge`);
        assert.equal(marks.clipped, 0, `${hash} at ${width}: labels running past the edge`);
      }
    });

    it('draws the network across its frame, every name inside it and on top', async () => {
      await open(page, h, '#/network');
      const net = await page.evaluate(() => {
        const frame = document.querySelector('svg.network')!.getBoundingClientRect();
        const dots = Array.from(document.querySelectorAll('svg.network circle.node-dot')).map(c => c.getBoundingClientRect());
        const labels = Array.from(document.querySelectorAll('svg.network text.node-label')).map(t => t.getBoundingClientRect());
        const spread = (Math.max(...dots.map(r => r.bottom)) - Math.min(...dots.map(r => r.top))) / frame.height;
        const outside = labels.filter(r => r.left < frame.left - 0.5 || r.right > frame.right + 0.5).length;
        // the names are drawn after every circle, so no circle covers a name
        const last = document.querySelector('svg.network')!.lastElementChild!.getAttribute('class');
        return { spread, outside, last, labels: labels.length, dots: dots.length };
      });
      assert.equal(net.labels, net.dots);
      assert.ok(net.spread >= 0.6, `the network fills ${Math.round(net.spread * 100)}% of its frame's height`);
      assert.equal(net.outside, 0, 'names past the frame');
      assert.equal(net.last, 'node-labels');
    });

    it('met no script error or outside request', () => { assert.deepEqual(problems, []); });
  });
}
