/**
 * What partners paste: the snippet builder's pinned snippet (with SRI) loads, a wrong hash fails
 * closed, loader.js loads only the elements a page has, and the bundles find the feed published beside
 * them when the page names none (the classic script through `document.currentScript`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { ROOT } from '../paths.ts';
import { startSession, summarize, undefinedWidgets, visit, waitForWidgets, type Session } from './browser.ts';

const info = JSON.parse(readFileSync(`${ROOT}/dist/build/info.json`, 'utf8')) as { version: string; major: string };
const integrity = JSON.parse(readFileSync(`${ROOT}/dist/cdn/infamilie/${info.version}/integrity.json`, 'utf8')) as { files: Record<string, string> };

let session: Session;
before(async () => {
  session = await startSession();
});
after(() => session?.close());

test('snippet.html: the pinned snippet carries the SRI hash, runs in a blank page, and fails closed with a wrong hash', async () => {
  const page = await visit(session, '/demo/snippet.html');
  try {
    await page.page.waitForSelector('body[data-snippet-ready]');
    await page.page.select('select[name="element"]', 'infamilie-offers');
    await page.page.select('select[name="quarter"]', 'maerchensiedlung');
    await page.page.select('select[name="lang"]', 'tr');
    const code = await page.page.$eval('[data-snippet-code]', (element) => element.textContent ?? '');
    assert.ok(code.includes(`/cdn/infamilie/${info.version}/infamilie.js" integrity="${integrity.files['infamilie.js']}" crossorigin="anonymous"`), code);
    assert.match(code, /<infamilie-offers quarter="maerchensiedlung" lang="tr">/);
    await waitForWidgets(page.page);
    assert.deepEqual(summarize(page.errors), [], 'no console error before the tampered test');

    await page.page.click('[data-snippet-try]');
    await page.page.waitForFunction(() => /ausgeführt: Das Element ist da/.test(document.querySelector('[data-snippet-frame-status]')?.textContent ?? ''), { timeout: 10_000 });
    const frame = page.page.frames().find((candidate) => candidate.url() === 'about:srcdoc')!;
    await frame.waitForFunction(() => customElements.get('infamilie-offers') !== undefined);
    assert.deepEqual(page.foreign, []);
    assert.deepEqual(summarize(page.errors), [], 'the pinned snippet loads without error');

    await page.page.click('[data-snippet-tamper]');
    await page.page.waitForFunction(() => /nicht ausgeführt/.test(document.querySelector('[data-snippet-frame-status]')?.textContent ?? ''), { timeout: 10_000 });
    assert.ok(page.errors.some((text) => /integrity/i.test(text)), `the browser reports the integrity failure: ${page.errors.join('\n')}`);
    assert.deepEqual(page.foreign, []);
  } finally {
    await page.page.close();
  }
});

test('sri-fail.html: a wrong hash fails closed: the script is fetched, not run, and the fallback shows', async () => {
  const page = await visit(session, '/demo/sri-fail.html', { ready: false });
  try {
    await page.page.waitForNetworkIdle({ idleTime: 300 });
    assert.ok(page.requests.some((url) => url.endsWith(`/cdn/infamilie/${info.version}/infamilie.js`)), 'the browser fetched the script');
    assert.deepEqual(await undefinedWidgets(page.page), ['infamilie-offers', 'infamilie-badge']);
    assert.ok(!page.requests.some((url) => url.includes('/cdn/feed/')), 'no feed request: the code never ran');
    assert.ok(page.errors.some((text) => /Failed to find a valid digest in the 'integrity' attribute/.test(text)), page.errors.join('\n'));
    const fallback = await page.page.$$eval('infamilie-offers > a, infamilie-badge > a', (anchors) => anchors.filter((anchor) => (anchor as HTMLElement).offsetHeight > 0).length);
    assert.equal(fallback, 2);
  } finally {
    await page.page.close();
  }
});

test('lazy.html: loader.js loads the elements on the page, and the calendar only when it appears', async () => {
  const page = await visit(session, '/demo/lazy.html');
  try {
    const base = `/cdn/infamilie/${info.major}/`;
    const chunk = (name: string) => page.requests.some((url) => url.endsWith(`${base}${name}.js`));
    assert.ok(chunk('loader') && chunk('offers') && chunk('badge'), page.requests.join('\n'));
    assert.ok(!chunk('calendar') && !chunk('map') && !page.requests.some((url) => url.endsWith('/infamilie.js')), 'nothing the page does not use');
    await page.page.click('[data-add-calendar]');
    await page.page.waitForFunction(() => customElements.get('infamilie-calendar') !== undefined, { timeout: 10_000 });
    await waitForWidgets(page.page);
    assert.ok(chunk('calendar'), 'the calendar was loaded when it appeared');
    assert.deepEqual(summarize(page.errors), []);
    assert.deepEqual(page.foreign, []);
  } finally {
    await page.page.close();
  }
});

test('index.html: the calendar and the map (loading="lazy") load and draw when a reader scrolls near them', async () => {
  // A phone's screen: the offers fill several screens above the calendar.
  const page = await visit(session, '/demo/index.html', { ready: false, beforeLoad: (tab) => tab.setViewport({ width: 412, height: 823 }) });
  try {
    await page.page.waitForFunction(
      () => document.querySelector('infamilie-offers')?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false',
      { timeout: 10_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const state = () =>
      page.page.evaluate(() =>
        ['infamilie-calendar', 'infamilie-map'].map((tag) => {
          const base = document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]');
          return `${tag}: ${customElements.get(tag) ? 'defined' : 'not defined'}, ${base?.getAttribute('aria-busy') === 'false' ? 'drawn' : 'not drawn'}`;
        }),
      );
    assert.deepEqual(await state(), ['infamilie-calendar: not defined, not drawn', 'infamilie-map: not defined, not drawn'], 'far below the first screen');
    await waitForWidgets(page.page);
    assert.deepEqual(await state(), ['infamilie-calendar: defined, drawn', 'infamilie-map: defined, drawn']);
    assert.deepEqual(summarize(page.errors), []);
    assert.deepEqual(page.foreign, []);
  } finally {
    await page.page.close();
  }
});

for (const [name, tag] of [
  ['infamilie.js (module)', `<script type="module" src="/cdn/infamilie/${info.major}/infamilie.js"></script>`],
  ['infamilie.iife.js (classic script, document.currentScript)', `<script src="/cdn/infamilie/${info.major}/infamilie.iife.js"></script>`],
  ['loader.js', `<script type="module" src="/cdn/infamilie/${info.major}/loader.js"></script>`],
]) {
  test(`${name}: without a feed on the page, the feed published beside the script is used`, async () => {
    const page = await visit(session, '/demo/webmaster.html', { ready: false });
    try {
      await page.page.setContent(`<!doctype html><html lang="de"><body><infamilie-badge partner="kita-regenbogen"></infamilie-badge>${tag}</body></html>`);
      await waitForWidgets(page.page);
      assert.ok(page.requests.some((url) => url.endsWith('/cdn/feed/feed.json')), page.requests.join('\n'));
      assert.deepEqual(page.foreign, []);
      assert.deepEqual(summarize(page.errors), []);
      const text = await page.page.$eval('infamilie-badge', (badge) => badge.shadowRoot?.textContent ?? '');
      assert.match(text, /Kita Regenbogen/);
    } finally {
      await page.page.close();
    }
  });
}
