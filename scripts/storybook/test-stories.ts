/**
 * The Storybook test (`pnpm test:storybook`): builds the static Storybook, serves it, and opens every
 * story and docs page in headless Chromium. Each must render without console errors or requests to
 * other hosts, show its element in the state it is about (never a blank canvas), and pass axe. The
 * stories tagged `matrix` run again in every language, every theme (forced colours under the
 * browser's real emulation) and at desktop width. Every element must have stories.
 *
 *   pnpm test:storybook                      build, then test
 *   pnpm test:storybook --no-build           test the existing dist/storybook
 *   pnpm test:storybook --only offers        only stories whose id contains "offers"
 *   pnpm test:storybook --out /tmp/sb        build into (and test) another directory than dist/storybook
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { type BrowserContext, type Page } from 'puppeteer-core';
import { definedTags, manifestTags, ROOT, type Manifest } from './manifest.ts';
import { PAGE_CHECKS } from './page-checks.ts';
import { serveStatic } from './static-server.ts';
import { launchChromium } from '../test-support/chromium.mjs';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option('--only');
const OUT = option('--out') ?? `${ROOT}dist/storybook`;
const CONCURRENCY = Number(process.env.STORYBOOK_TEST_CONCURRENCY) || Math.max(2, Math.min(6, availableParallelism() - 1));
const TIMEOUT = 15_000;
const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };
const LOCALES = ['en', 'tr', 'ar', 'uk', 'bg', 'ro', 'pl'];
const THEMES = ['dark', 'forced', 'host'];
// Every WCAG 2.x A and AA rule and axe's best practices: the same as the accessibility panel.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];


interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}
interface Job {
  entry: Entry;
  label: string;
  globals?: string;
  viewport: keyof typeof VIEWPORTS;
  forcedColors?: boolean;
  /** Args set after the story rendered, as through its controls, and what the element must show then. */
  control?: Expectation & { args: Record<string, unknown> };
}
interface Expectation {
  state?: 'settled' | 'loading';
  viewport?: keyof typeof VIEWPORTS;
  shows?: string;
  allowConsole?: string[];
}
interface Result {
  job: Job;
  problems: string[];
  /** The story's `component`. */
  components: string[];
  ms: number;
}

function build(): void {
  const started = Date.now();
  const result = spawnSync(`${ROOT}node_modules/.bin/storybook`, ['build', '-o', OUT, '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`storybook build failed (exit ${result.status})`);
  }
  console.log(`Storybook built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Nonsense typed into a control of a ready story: the element must change to its own empty or error
 * state (or ignore the value), never to a blank canvas or an exception.
 */
const CONTROL_CHANGES: Record<string, NonNullable<Job['control']>[]> = {
  'elements-offers--one-quarter': [
    { args: { quarter: 'atlantis' }, shows: '[part="empty"]' },
    { args: { age: '-3' }, shows: '[part="list"]' },
    { args: { feed: 'sample/no-such-feed.json' }, shows: '[part="error"]', allowConsole: ['no-such-feed.json'] },
  ],
  'elements-offer-card--offer': [{ args: { offer: 'gibt-es-nicht' }, shows: '.notice[part="card"]' }],
  'elements-calendar--agenda': [
    { args: { quarter: 'atlantis' }, shows: '[part="empty"]' },
    { args: { month: 'gestern', days: -1 }, shows: '.root > *' },
  ],
  'elements-map--network': [{ args: { quarter: 'atlantis' }, shows: '.notice' }],
  'elements-badge--member': [{ args: { partner: 'gibt-es-nicht', variant: 'riesig' }, shows: '[part="badge"]' }],
};

function jobs(entries: Entry[]): Job[] {
  const list: Job[] = [];
  for (const entry of entries) {
    list.push({ entry, label: entry.id, viewport: 'phone' });
    for (const control of CONTROL_CHANGES[entry.id] ?? []) {
      list.push({ entry, label: `${entry.id} [control: ${JSON.stringify(control.args)}]`, viewport: 'phone', control });
    }
    if (entry.type !== 'story' || !entry.tags?.includes('matrix')) continue;
    for (const locale of LOCALES) list.push({ entry, label: `${entry.id} [${locale}]`, globals: `locale:${locale}`, viewport: 'phone' });
    for (const theme of THEMES) list.push({ entry, label: `${entry.id} [${theme}]`, globals: `theme:${theme}`, viewport: 'phone', forcedColors: theme === 'forced' });
    list.push({ entry, label: `${entry.id} [desktop]`, viewport: 'desktop' });
  }
  return list;
}

// axe-core is the widgets' dev dependency (their tests use it too); the server hands it to the pages.
const AXE_PATH = '/__test/axe.min.js';
const AXE_FILE = createRequire(`${ROOT}packages/widgets/package.json`).resolve('axe-core/axe.min.js');

async function run(context: BrowserContext, base: string, job: Job): Promise<Result> {
  const started = Date.now();
  const problems: string[] = [];
  const consoleErrors: string[] = [];
  const page: Page = await context.newPage();
  const origin = new URL(base).origin;
  const docs = job.entry.type === 'docs';
  let component: string | undefined;
  try {
    await page.setViewport(VIEWPORTS[job.viewport]);
    if (job.forcedColors) await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return void request.continue();
      problems.push(`request to another host: ${url}`);
      void request.abort('blockedbyclient');
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()}${message.location()?.url ? ` (${message.location().url})` : ''}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${(error as Error).message ?? error}`));
    await page.evaluateOnNewDocument(PAGE_CHECKS);
    // The accessibility addon's own axe run after each render is switched off: this test runs axe itself, once the element has settled.
    const globals = ['a11y.manual:!true', ...(job.globals ? [job.globals] : [])].join(';');
    const url = `${base}/iframe.html?id=${encodeURIComponent(job.entry.id)}&viewMode=${docs ? 'docs' : 'story'}&globals=${globals}`;
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    // A page in a background tab gets no rendering steps (frames, ResizeObserver): each worker has a window of its own.
    if ((await page.evaluate('document.visibilityState')) !== 'visible') problems.push('the page is not visible, so it does not render');
    const shown = await page
      .waitForFunction(`window.__storyChecks && window.__storyChecks.shown(${JSON.stringify(job.entry.id)}, ${docs})`, { timeout: TIMEOUT })
      .then((handle) => handle.jsonValue() as Promise<string>)
      .catch(() => 'timeout');
    if (shown === 'error') throw new Error(`Storybook shows an error: ${await page.evaluate('window.__storyChecks.errorText()')}`);
    if (shown === 'timeout') throw new Error('the story did not render');
    const story = (await page.evaluate('window.__infamilieStory || {}')) as { component?: string; expect?: Expectation };
    component = story.component;
    let expectation = story.expect ?? {};
    if (expectation.viewport && job.viewport === 'phone' && expectation.viewport !== 'phone') await page.setViewport(VIEWPORTS[expectation.viewport]);
    await settle(page, expectation, docs, problems);
    if (job.control) {
      // A designer sets a control: the story renders again with the new args.
      const renders = (await page.evaluate('(window.__infamilieStories || []).length')) as number;
      await page.evaluate(`window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', ${JSON.stringify({ storyId: job.entry.id, updatedArgs: job.control.args })})`);
      await page.waitForFunction(`(window.__infamilieStories || []).length > ${renders}`, { timeout: TIMEOUT }).catch(() => problems.push('the story did not render again'));
      expectation = { ...job.control, viewport: expectation.viewport };
      await settle(page, expectation, docs, problems);
    }
    if (!docs) {
      problems.push(...((await page.evaluate(`window.__storyChecks.inspect(${JSON.stringify(expectation.shows ?? '')})`)) as string[]));
      // Docs pages only gather the stories, which are checked one by one; axe there would judge
      // Storybook's own interface and headings that stories of different heading levels put in a row.
      await page.addScriptTag({ url: AXE_PATH });
      const violations = (await page.evaluate(
        `axe.run('#storybook-root', { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })
          .then((r) => r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')))`,
      )) as string[];
      problems.push(...violations.map((v) => `axe: ${v}`));
    }
    // The console errors that the stories on the page cause on purpose, and the browser's favicon request.
    const stories = (await page.evaluate('window.__infamilieStories || []')) as { expect?: Expectation }[];
    const allowed = [...stories, { expect: job.control }].flatMap((s) => s.expect?.allowConsole ?? []);
    const unexpected = consoleErrors.filter((text) => !text.endsWith('/favicon.ico)') && !allowed.some((part) => text.includes(part)));
    problems.push(...unexpected.map((text) => `console error: ${text}`));
  } catch (error) {
    problems.push((error as Error).message);
    problems.push(...consoleErrors.map((text) => `console error: ${text}`));
  } finally {
    await page.close().catch(() => {});
  }
  return { job, problems, components: component ? [component] : [], ms: Date.now() - started };
}

/** Waits for the elements to reach the expected state, then for late work (locale modules, a second render). */
async function settle(page: Page, expectation: Expectation, docs: boolean, problems: string[]): Promise<void> {
  const state = expectation.state ?? 'settled';
  const ready = await page
    .waitForFunction(`window.__storyChecks.ready(${JSON.stringify(state)}, ${docs})`, { timeout: TIMEOUT })
    .then(() => true)
    .catch(() => false);
  if (!ready) problems.push(docs ? 'the elements on the page did not render' : `the element did not reach the state "${state}"`);
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await new Promise((resolve) => setTimeout(resolve, docs ? 400 : 100));
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!args.includes('--no-build')) build();
  const index = JSON.parse(readFileSync(`${OUT}/index.json`, 'utf8')) as { entries: Record<string, Entry> };
  const entries = Object.values(index.entries).filter((entry) => !only || entry.id.includes(only));
  const queue = jobs(entries);
  const server = await serveStatic(OUT, { [AXE_PATH]: AXE_FILE });
  const browser = await launchChromium();
  const results: Result[] = [];
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        // A browser context per worker is a window of its own, with one page at a time in it.
        const context = await browser.createBrowserContext();
        while (next < queue.length) {
          const job = queue[next++];
          const result = await run(context, server.url, job);
          results.push(result);
          console.log(`${result.problems.length ? 'FAIL' : 'ok  '} ${job.label} (${result.ms} ms)`);
          for (const problem of result.problems) console.log(`       ${problem}`);
        }
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }

  // Every element needs stories: the tags the widgets register against the components shown.
  const failures = results.filter((result) => result.problems.length);
  if (!only) {
    const manifest = JSON.parse(readFileSync(`${OUT}/custom-elements.json`, 'utf8')) as Manifest;
    const shown = new Set(results.filter((r) => r.job.entry.type === 'story').flatMap((r) => r.components));
    const missing = [...new Set([...manifestTags(manifest), ...definedTags()])].filter((tag) => !shown.has(tag)).sort();
    if (missing.length) {
      console.log(`FAIL elements without stories: ${missing.map((tag) => `<${tag}>`).join(', ')} (add stories/<element>.stories.ts)`);
      failures.push({ job: { entry: { id: 'coverage' } as Entry, label: 'coverage', viewport: 'phone' }, problems: missing, components: [], ms: 0 });
    }
  }
  const stories = entries.filter((entry) => entry.type === 'story').length;
  console.log(
    `\n${results.length} pages (${stories} stories, ${entries.length - stories} docs pages, ${results.length - entries.length} runs in other languages, themes, viewports or with changed controls), ` +
      `${failures.length} failed, ${((Date.now() - started) / 1000).toFixed(1)} s with ${CONCURRENCY} pages in parallel`,
  );
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
