// What the browser tests share: a temporary SQLite knowledge base holding the example
// report, a hostile report and a few MEANTIME Wikinews articles as the pipeline reads
// them, a real server on 127.0.0.1, and Debian's Chromium through playwright-core.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { listen, type Listening } from '../../src/server/listen.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { extract } from '../../src/index.ts';
import { hostileDocument } from './hostile-document.ts';

export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
/** screenshots a person can look at (git-ignored) */
export const OUT = join(process.cwd(), 'test-output', 'browser');
export const EXAMPLE = readFileSync(new URL('../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
export const missingChromium = !existsSync(CHROMIUM);
if (missingChromium && process.env.DOSSIER_BROWSER_REQUIRED) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
export const skipWithoutChromium = missingChromium ? `no Chromium at ${CHROMIUM}: apt-get install -y chromium` : false;

/** MEANTIME articles (Wikinews, CC BY) by id: 71526 says what Boeing did "in the past", an open-ended range. */
export function meantimeDocs(ids: string[]): { id: string; text: string; published?: string; title?: string }[] {
  const want = new Set(ids);
  return readFileSync(new URL('../fixtures/meantime-dev.gold.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean)
    .map(l => JSON.parse(l) as { id: string; text: string; published?: string })
    .filter(d => want.has(d.id))
    .map(d => ({ id: d.id, text: d.text, published: d.published, title: d.text.split('\n')[0] }));
}

export interface Harness { dir: string; store: SqliteStore; server: Listening; browser: Browser; close(): Promise<void> }

export async function startHarness(opts: { meantime?: string[] } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-browser-'));
  mkdirSync(OUT, { recursive: true });
  const store = SqliteStore.open(join(dir, 'kb.db'), { create: true });
  const example = extract(EXAMPLE, { id: 'kyrgyzstan-bases', title: 'Russia does not need a second base in Kyrgyzstan', published: '2017-10-10' });
  await store.ingestDocument(example, { hash: 'kyrgyzstan-bases', source: 'test/fixtures/kyrgyzstan-bases.txt' });
  await store.ingestDocument(hostileDocument(), { hash: 'hostile', source: 'fixture:hostile' });
  for (const d of meantimeDocs(opts.meantime ?? [])) {
    await store.ingestDocument(extract(d.text, { id: d.id, title: d.title, published: d.published }), { hash: `meantime-${d.id}`, source: `meantime:${d.id}` });
  }
  const server = await listen({ store, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    dir, store, server, browser,
    async close() {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A page that records script errors and refuses (and records) any request off the server. */
export async function watchedPage(h: Harness, viewport: { width: number; height: number }, problems: string[], extra: { hasTouch?: boolean; isMobile?: boolean } = {}): Promise<Page> {
  const page = await h.browser.newPage({ viewport, ...extra });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('console', m => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.route(url => !url.href.startsWith(h.server.url), route => { problems.push(`outside request: ${route.request().url()}`); return route.abort(); });
  return page;
}

/** Goes to a hash route and waits until the view says it is drawn. */
export async function open(page: Page, h: Harness, hash: string): Promise<void> {
  await page.goto(`${h.server.url}/${hash}`);
  await page.waitForFunction(x => document.body.dataset.ready === 'true' && document.body.dataset.route === x, hash);
  // charts and maps redraw at their on-page width in the frame after they are placed (ResizeObserver, then a frame)
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
}
