/**
 * Headless Chromium (Debian's, never a downloaded one) against the preview server of dist/, with every
 * request, console message and CSP violation of a page recorded, and requests to other origins blocked.
 */
import { type Browser, type Page } from 'puppeteer-core';
import { startPreview, type Preview } from '../../preview/server.ts';
import { ROOT } from '../paths.ts';
import { launchChromium } from '../../test-support/chromium.mjs';


export interface Session {
  preview: Preview;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const preview = await startPreview({ root: `${ROOT}/dist`, port: 0 });
  const browser = await launchChromium({ defaultViewport: { width: 1200, height: 900 } });
  return {
    preview,
    browser,
    async close() {
      await browser.close();
      await preview.close();
    },
  };
}

export interface Visit {
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Requests to another origin (blocked). */
  foreign: string[];
  errors: string[];
  warnings: string[];
  violations(): Promise<string[]>;
}

export interface VisitOptions {
  /** Wait until every INFamilie element has shown its content (default true). */
  ready?: boolean;
  /** Runs after the recording is set up and before the page loads (`page.evaluateOnNewDocument`, ...). */
  beforeLoad?: (page: Page) => Promise<void>;
  /** Extra response headers for the page itself (not its subresources), such as a Content-Security-Policy. */
  documentHeaders?: Record<string, string>;
  /** Requests for which this says true fail as if the connection were lost (asked at each request). */
  disconnected?: (url: string) => boolean;
}

export async function visit(session: Session, path: string, options: VisitOptions = {}): Promise<Visit> {
  const page = await session.browser.newPage();
  const origin = new URL(session.preview.url).origin;
  const result: Visit = {
    page,
    requests: [],
    foreign: [],
    errors: [],
    warnings: [],
    violations: () => page.evaluate(() => (globalThis as unknown as { __violations: string[] }).__violations ?? []),
  };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('about:')) return void request.continue();
    result.requests.push(url);
    if (new URL(url).origin !== origin) {
      result.foreign.push(url);
      return void request.abort('blockedbyclient');
    }
    if (options.disconnected?.(url)) return void request.abort('internetdisconnected');
    if (options.documentHeaders && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      return void withHeaders(url, options.documentHeaders).then(
        (response) => request.respond(response),
        () => request.abort('failed'),
      );
    }
    return void request.continue();
  });
  page.on('console', (message) => {
    const type = message.type() as string;
    if (type === 'error') result.errors.push(message.text());
    else if (type === 'warn' || type === 'warning') result.warnings.push(message.text());
  });
  page.on('pageerror', (error) => result.errors.push(`uncaught: ${(error as Error).message ?? error}`));
  // tsx compiles the functions below with esbuild's `keepNames`, which wraps them in `__name(...)`:
  // the page needs that helper before any of them runs there.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  // Injected by the browser's debugging protocol, so not subject to the page's CSP itself.
  await page.evaluateOnNewDocument(() => {
    const found: string[] = [];
    (globalThis as unknown as { __violations: string[] }).__violations = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
  });
  await options.beforeLoad?.(page);
  await page.goto(`${session.preview.url}${path}`, { waitUntil: 'load' });
  if (options.ready !== false) await waitForWidgets(page);
  return result;
}

/** The preview server's answer for `url`, with `extra` headers added: for serving a page under another policy. */
async function withHeaders(url: string, extra: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const response = await fetch(url);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'content-encoding') headers[name] = value;
  });
  return { status: response.status, headers: { ...headers, ...extra }, body: Buffer.from(await response.arrayBuffer()) };
}

/**
 * Waits until every INFamilie element (also inside other elements' shadow roots) is defined and has
 * shown its content: its base part no longer busy, no skeleton left. Lazy elements are scrolled to first.
 */
export async function waitForWidgets(page: Page, timeout = 15_000): Promise<void> {
  // A reader scrolls down the page and stops at each element marked loading="lazy" until it is drawn.
  await page.evaluate(async (timeout: number) => {
    const lazy = [...document.querySelectorAll('[loading="lazy"]')].filter((element) => element.localName.startsWith('infamilie-'));
    if (!lazy.length) return;
    const until = Date.now() + timeout;
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    for (const element of lazy) {
      element.scrollIntoView({ block: 'center' });
      while (Date.now() < until && element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') !== 'false') await frame();
    }
    window.scrollTo(0, 0);
  }, timeout);
  await page.waitForFunction(
    () => {
      const pending: string[] = [];
      const check = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if (!element.localName.startsWith('infamilie-')) continue;
          const shadow = element.shadowRoot;
          const base = shadow?.querySelector('[part~="base"]');
          if (!customElements.get(element.localName) || !shadow || !base || base.getAttribute('aria-busy') !== 'false' || shadow.querySelector('.skeleton')) {
            pending.push(element.localName);
          } else check(shadow);
        }
      };
      check(document);
      return pending.length === 0;
    },
    { timeout, polling: 100 },
  );
  // Two frames, so that what was rendered is also painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Tags of the page's INFamilie elements that are not defined. */
export function undefinedWidgets(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('*')].map((element) => element.localName).filter((tag) => tag.startsWith('infamilie-') && !customElements.get(tag)));
}

/** Messages once each, with a count, shortened: what a failing assertion should show. */
export function summarize(messages: string[]): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message.slice(0, 240), (counts.get(message.slice(0, 240)) ?? 0) + 1);
  return [...counts].map(([message, count]) => (count > 1 ? `${count} x ${message}` : message));
}
