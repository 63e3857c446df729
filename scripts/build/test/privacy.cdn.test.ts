/**
 * Privacy and platform, on the built demo as production serves it: every page (and what a reader does
 * there: filter offers, open an event, choose a map marker, switch the language) sets no cookie, writes
 * no storage, registers no service worker and contacts only its own origin; the pages with every
 * element run under the strict Content-Security-Policy with Trusted Types without one violation; two
 * versions of the library on one page keep working when used, also under that policy.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { STRICT_CSP } from '../../preview/csp.ts';
import { ROOT } from '../paths.ts';
import { startSession, summarize, visit, waitForWidgets, type Session, type Visit } from './browser.ts';

const pages = readdirSync(`${ROOT}/dist/demo`).filter((file) => file.endsWith('.html')).sort();
/** Pages whose elements never show content: no script, a script the browser refuses (wrong SRI hash), no elements. */
const NEVER_READY = new Set(['no-script.html', 'sri-fail.html', 'webmaster.html']);

let session: Session;
before(async () => {
  session = await startSession();
});
after(() => session?.close());

/**
 * Before any script of the page runs: every way to keep something in the browser is wrapped, and
 * each call is recorded (the call still happens, so the page behaves as it would).
 */
async function recordStorage(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const calls: string[] = [];
    (globalThis as unknown as { __storageCalls: string[] }).__storageCalls = calls;
    const wrap = (target: object | undefined, name: string, label: string) => {
      const original = (target as Record<string, unknown> | undefined)?.[name];
      if (typeof original !== 'function') return;
      (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        calls.push(`${label}(${String(args[0]).slice(0, 80)})`);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    };
    const scope = globalThis as unknown as Record<string, { prototype: object } | undefined>;
    wrap(Storage.prototype, 'setItem', 'Storage.setItem');
    wrap(scope.IDBFactory?.prototype, 'open', 'indexedDB.open');
    wrap(scope.CacheStorage?.prototype, 'open', 'caches.open');
    wrap(scope.ServiceWorkerContainer?.prototype, 'register', 'navigator.serviceWorker.register');
    wrap(scope.CookieStore?.prototype, 'set', 'cookieStore.set');
    wrap(Navigator.prototype, 'sendBeacon', 'navigator.sendBeacon');
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        return cookie.get!.call(this);
      },
      set(value: unknown) {
        calls.push(`document.cookie = ${String(value).slice(0, 80)}`);
        cookie.set!.call(this, value);
      },
    });
  });
}

/** What the page kept in the browser, and what it asked for. */
async function expectPrivate(visited: Visit, label: string): Promise<void> {
  const { page } = visited;
  const kept = await page.evaluate(async () => ({
    calls: (globalThis as unknown as { __storageCalls?: string[] }).__storageCalls ?? ['(not recorded)'],
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    databases: ((await indexedDB.databases?.()) ?? []).map((database) => database.name),
    caches: typeof caches === 'undefined' ? [] : await caches.keys(),
    serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
  assert.deepEqual(kept, { calls: [], cookie: '', localStorage: 0, sessionStorage: 0, databases: [], caches: [], serviceWorkers: 0 }, `${label}: kept something in the browser`);
  assert.deepEqual(await page.cookies(), [], `${label}: cookies`);
  const origin = new URL(page.url()).origin;
  assert.deepEqual(visited.foreign, [], `${label}: requests to other hosts`);
  assert.ok(visited.requests.every((url) => new URL(url).origin === origin), `${label}: ${visited.requests.join(', ')}`);
}

/**
 * What a reader does on the page, with whatever elements it has: filters offers, shows more, opens an
 * event's details, chooses a map marker, switches the page's language. Returns what was done.
 */
async function interact(page: Page): Promise<string[]> {
  const done: string[] = [];
  const settle = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  const category = await page.$('infamilie-offers >>> select[name="category"]');
  if (category) {
    const value = await category.evaluate((select) => (select as HTMLSelectElement).options[1]?.value ?? '');
    assert.ok(value, 'the category filter offers a category');
    const count = () => page.$eval('infamilie-offers >>> .count', (element) => element.textContent);
    const before = await count();
    await category.select(value);
    await page.waitForFunction((text) => document.querySelector('infamilie-offers')?.shadowRoot?.querySelector('.count')?.textContent !== text, { timeout: 5000 }, before);
    done.push('offers filter');
  }
  const more = await page.$('infamilie-offers >>> button.more');
  if (more) {
    await more.click();
    await settle();
    done.push('offers more');
  }

  if (await page.$('infamilie-calendar')) {
    const event = 'infamilie-calendar >>> button.chip, infamilie-calendar >>> button.entry-title';
    for (let step = 0; step < 12 && !(await page.$(event)); step++) {
      const next = (await page.$$('infamilie-calendar >>> [part="toolbar"] button.icon-button')).at(-1);
      assert.ok(next, 'the calendar has no events and no way to the next month');
      await next.click();
      await settle();
    }
    const button = await page.$(event);
    assert.ok(button, 'the calendar shows no event in a year');
    await button.click();
    await page.waitForSelector('infamilie-calendar >>> dialog[open]', { timeout: 5000 });
    await settle();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('infamilie-calendar')?.shadowRoot?.querySelector('dialog[open]'), { timeout: 5000 });
    done.push('calendar dialog');
  }

  if (await page.$('infamilie-map')) {
    // Markers outside the map's view are in the document but clipped: choose one the reader can see.
    const map = await page.$('infamilie-map >>> svg.map');
    await map!.scrollIntoView();
    const view = (await map!.boundingBox())!;
    let marker;
    for (const candidate of await page.$$('infamilie-map >>> g.marker.partner')) {
      const box = await candidate.boundingBox();
      if (box && box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height) {
        marker = candidate;
        break;
      }
    }
    assert.ok(marker, 'the map shows no partner marker in its view');
    await marker.click();
    await page.waitForSelector('infamilie-map >>> g.marker[aria-pressed="true"], infamilie-map >>> .panel', { timeout: 5000 });
    await settle();
    done.push('map marker');
  }

  const language = await page.$('select[data-language-switch]');
  if (language) {
    await language.select('ar');
    await page.waitForFunction(
      () => [...document.querySelectorAll('infamilie-offers, infamilie-calendar, infamilie-map')].every((element) => element.shadowRoot?.querySelector('.root[dir="rtl"]')),
      { timeout: 5000 },
    );
    await waitForWidgets(page);
    done.push('language ar');
  }
  return done;
}

describe('every demo page: no cookies, no storage, only its own origin, also while it is used', () => {
  for (const file of pages) {
    test(file, async () => {
      const visited = await visit(session, `/demo/${file}`, { ready: !NEVER_READY.has(file), beforeLoad: recordStorage });
      try {
        if (NEVER_READY.has(file)) await visited.page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
        else await interact(visited.page);
        await expectPrivate(visited, file);
        assert.deepEqual(summarize(visited.errors.filter((text) => !(file === 'sri-fail.html' && /integrity/i.test(text)))), [], 'console errors');
      } finally {
        await visited.page.close();
      }
    });
  }
});

/** Under the strict policy, Trusted Types must really be enforced: a plain string into innerHTML throws. */
async function trustedTypesEnforced(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
}

describe(`strict CSP with Trusted Types (${STRICT_CSP}), while the page is used`, () => {
  // The network page; a page with all five elements; the webmasters' CSP page (which also has the policy in a meta tag).
  for (const [file, needed] of [
    ['index.html', ['offers filter', 'calendar dialog', 'map marker', 'language ar']],
    ['clean.html', ['calendar dialog', 'map marker']],
    ['csp.html', ['offers filter', 'calendar dialog', 'map marker']],
  ] as const) {
    test(file, async () => {
      const visited = await visit(session, `/demo/${file}`, { documentHeaders: { 'content-security-policy': STRICT_CSP }, beforeLoad: recordStorage });
      try {
        const tags = await visited.page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('infamilie-')))].sort());
        const done = await interact(visited.page);
        assert.deepEqual(
          needed.filter((action) => !done.includes(action)),
          [],
          `interactions done: ${done.join(', ')}`,
        );
        assert.deepEqual(summarize(await visited.violations()), [], `CSP violations (elements: ${tags.join(' ')}; done: ${done.join(', ')})`);
        assert.deepEqual(summarize(visited.errors), [], 'console errors');
        assert.equal(await trustedTypesEnforced(visited.page), true, 'the policy is enforced');
        await expectPrivate(visited, file);
      } finally {
        await visited.page.close();
      }
    });
  }
});

describe('two versions on one page, used', () => {
  for (const [label, headers] of [
    ['as served', undefined],
    // Two copies of Lit each create the `lit-html` policy: such a page allows duplicates.
    ['under the strict CSP', { 'content-security-policy': STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'") }],
  ] as const) {
    test(label, async () => {
      const visited = await visit(session, '/demo/two-copies.html', { documentHeaders: headers, beforeLoad: recordStorage });
      try {
        const bundles = visited.requests.filter((url) => /\/cdn\/infamilie\/[^/]+\/infamilie\.js$/.test(url));
        assert.equal(bundles.length, 2, bundles.join(', '));
        await interact(visited.page);
        const badge = await visited.page.$eval('infamilie-badge >>> a', (link) => (link as HTMLAnchorElement).href);
        assert.match(badge, /^https?:/);
        const cards = await visited.page.$$('infamilie-offers >>> infamilie-offer-card');
        assert.ok(cards.length >= 1, 'offers show');
        await cards[0].evaluate((card) => card.scrollIntoView());
        assert.equal(visited.requests.filter((url) => url.endsWith('/cdn/feed/feed.json')).length, 1, 'one request for the feed');
        assert.deepEqual(summarize(visited.errors), [], 'console errors');
        assert.deepEqual(summarize(await visited.violations()), [], 'CSP violations');
        if (headers) assert.equal(await trustedTypesEnforced(visited.page), true, 'the policy is enforced');
        await expectPrivate(visited, 'two-copies.html');
      } finally {
        await visited.page.close();
      }
    });
  }
});

test(
  'the connection drops as the feed is asked for: when it is back, every element shows its content',
  async () => {
    // The connection drops once, at the first request for the feed, and comes back when the test says so.
    let down = false;
    let dropped = false;
    const visited = await visit(session, '/demo/index.html', {
      ready: false,
      disconnected: (url) => {
        if (url.endsWith('/cdn/feed/feed.json') && !dropped) down = dropped = true;
        return down && !url.includes('/demo/');
      },
    });
    try {
      await visited.page.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 });
      down = false;
      await visited.page.evaluate(() => dispatchEvent(new Event('online')));
      await waitForWidgets(visited.page, 8000);
      const failing = await visited.page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('infamilie-') && e.shadowRoot?.querySelector('[role="alert"]')).map((e) => e.localName));
      assert.deepEqual(failing, []);
    } finally {
      await visited.page.close();
    }
  },
);

test('self-check: the recorder notices every kind of write (so that the tests above cannot pass blind)', async () => {
  const visited = await visit(session, '/demo/no-script.html', { ready: false, beforeLoad: recordStorage });
  try {
    const calls = await visited.page.evaluate(async () => {
      localStorage.setItem('probe', '1');
      document.cookie = 'probe=1';
      indexedDB.open('probe').onsuccess = (event) => ((event.target as IDBOpenDBRequest).result.close(), indexedDB.deleteDatabase('probe'));
      await caches.open('probe');
      await caches.delete('probe');
      localStorage.clear();
      document.cookie = 'probe=; max-age=0';
      return (globalThis as unknown as { __storageCalls: string[] }).__storageCalls;
    });
    assert.deepEqual(calls, ['Storage.setItem(probe)', 'document.cookie = probe=1', 'indexedDB.open(probe)', 'caches.open(probe)', 'document.cookie = probe=; max-age=0']);
    assert.deepEqual(await visited.page.cookies(), []);
  } finally {
    await visited.page.close();
  }
});
