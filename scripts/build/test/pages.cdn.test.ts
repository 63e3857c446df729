/**
 * The built demo, served as production serves it: every page shows its elements without a console
 * error and contacts only its own origin; the CSP page has no violation; hostile CSS changes nothing;
 * two copies work and warn once; a page without the script shows its fallback content.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../paths.ts';
import { compareImages, decodePng } from './png.ts';
import { startSession, summarize, undefinedWidgets, visit, type Session } from './browser.ts';

/** Pages that test something else than "renders without error": they have their own tests. */
const SPECIAL = new Set(['no-script.html', 'sri-fail.html', 'snippet.html', 'webmaster.html']);
const pages = readdirSync(`${ROOT}/dist/demo`).filter((file) => file.endsWith('.html') && !SPECIAL.has(file)).sort();

let session: Session;
before(async () => {
  session = await startSession();
});
after(() => session?.close());

describe('every demo page', () => {
  for (const file of pages) {
    test(`${file}: renders its elements, no console error, only its own origin`, async () => {
      const page = await visit(session, `/demo/${file}`);
      try {
        const tags = await page.page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('infamilie-')))]);
        assert.ok(tags.length > 0, 'the page has INFamilie elements');
        assert.deepEqual(await undefinedWidgets(page.page), []);
        assert.deepEqual(summarize(page.errors), [], 'console errors');
        assert.deepEqual(page.foreign, [], 'requests to other origins');
        // The widgets come from the CDN build, not from sources.
        assert.ok(page.requests.some((url) => /\/cdn\/infamilie\/[^/]+\/(infamilie(\.iife)?|loader)\.js$/.test(url)), 'loads a CDN bundle');
        assert.ok(!page.requests.some((url) => /\/src\/|\.ts$/.test(url)), 'no source files');
      } finally {
        await page.page.close();
      }
    });
  }
});

test('csp.html: the strict policy is sent, and nothing violates it', async () => {
  const response = await fetch(`${session.preview.url}/demo/csp.html`);
  assert.match(response.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'; trusted-types lit-html/);
  const page = await visit(session, '/demo/csp.html');
  try {
    assert.deepEqual(summarize(await page.violations()), []);
    assert.deepEqual(summarize(page.errors), []);
    const trustedTypes = await page.page.evaluate(() => typeof (globalThis as { trustedTypes?: unknown }).trustedTypes);
    assert.equal(trustedTypes, 'object', 'the browser enforces Trusted Types');
  } finally {
    await page.page.close();
  }
});

test('hostile-css.html: the elements look as on clean.html', async () => {
  // Kept for whoever has to find out what differs: dist/build/screenshots/<page>-<element>.png
  const folder = `${ROOT}/dist/build/screenshots`;
  mkdirSync(folder, { recursive: true });
  const shots = async (path: string) => {
    const page = await visit(session, path);
    const images = new Map<string, ReturnType<typeof decodePng>>();
    try {
      for (const frame of await page.page.$$('[data-compare]')) {
        const name = await frame.evaluate((element) => (element as HTMLElement).dataset.compare!);
        const widget = (await frame.$(':scope > *'))!;
        await frame.evaluate((element) => {
          document.querySelector('.compare-now')?.classList.remove('compare-now');
          element.classList.add('compare-now');
          scrollTo(0, 0);
        });
        await page.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const png = await widget.screenshot({ type: 'png', encoding: 'binary' });
        writeFileSync(`${folder}/${basename(path, '.html')}-${name}.png`, png);
        images.set(name, decodePng(png));
      }
      assert.deepEqual(summarize(page.errors), []);
    } finally {
      await page.page.close();
    }
    return images;
  };
  const clean = await shots('/demo/clean.html');
  const hostile = await shots('/demo/hostile-css.html');
  assert.equal(clean.size, 5);
  const report: string[] = [];
  let failed = false;
  for (const [name, image] of clean) {
    const other = hostile.get(name)!;
    const difference = compareImages(image, other);
    // A small tolerance for anti-aliasing; a leaking font size, colour or spacing changes far more.
    const bad = !difference.sameSize || difference.differing > 0.005;
    failed ||= bad;
    report.push(`${bad ? 'DIFFERS' : 'same   '} ${name}: ${image.width}x${image.height} vs ${other.width}x${other.height}, ${(difference.differing * 100).toFixed(2)}% of pixels differ`);
  }
  console.log(report.join('\n'));
  if (failed) assert.fail(`the host page's CSS changes the elements (compare ${folder}/clean-*.png with hostile-css-*.png):\n${report.join('\n')}`);
});

test('two-copies.html: both versions load, the first one serves, one warning, one feed request', async () => {
  const page = await visit(session, '/demo/two-copies.html');
  try {
    const bundles = page.requests.filter((url) => /\/cdn\/infamilie\/[^/]+\/infamilie\.js$/.test(url));
    assert.equal(bundles.length, 2, bundles.join(', '));
    const defined = await page.page.evaluate(() => (customElements.get('infamilie-offers') as unknown as Record<symbol, string>)[Symbol.for('infamilie.version')]);
    assert.doesNotMatch(defined, /test/, 'the first script (the current version) defines the elements');
    const copyWarnings = page.warnings.filter((text) => text.includes('already defined'));
    assert.equal(copyWarnings.length, 1, page.warnings.join('\n'));
    assert.match(copyWarnings[0], /0\.0\.9-test/);
    assert.equal(page.requests.filter((url) => url.endsWith('/cdn/feed/feed.json')).length, 1, 'one request for the feed');
    assert.deepEqual(summarize(page.errors), []);
  } finally {
    await page.page.close();
  }
});

test('no-script.html: the fallback links show, nothing is loaded', async () => {
  const page = await visit(session, '/demo/no-script.html', { ready: false });
  try {
    assert.ok(!page.requests.some((url) => url.endsWith('.js') || url.includes('/cdn/')), page.requests.join('\n'));
    const links = await page.page.$$eval('infamilie-offers a, infamilie-calendar a, infamilie-badge a', (anchors) =>
      anchors.map((anchor) => ({ text: anchor.textContent?.trim(), visible: (anchor as HTMLElement).offsetHeight > 0 })),
    );
    assert.equal(links.length, 3);
    assert.ok(links.every((link) => link.visible && link.text), JSON.stringify(links));
    assert.deepEqual(summarize(page.errors), []);
  } finally {
    await page.page.close();
  }
});
