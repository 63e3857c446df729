/**
 * The demo's network page as a visitor's browser loads it (dist/demo/index.html on the preview server):
 * requests and bytes, the moment every element on or near the first screen has rendered, layout shift,
 * where the main thread went, and Lighthouse's scores. Part of `pnpm bench` (compare.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { groupOf } from '../build/sizes.ts';
import { startPreview } from '../preview/server.ts';
import { DIST, profile, serve, stats, type Stats } from './harness.ts';
/** Every request a page makes, and the bytes that crossed the network (headers and bodies, as received). */
export async function recordNetwork(page: Page): Promise<{ session: CDPSession; requests: Map<string, { url: string; encoded: number; decoded: number }> }> {
  const session = await page.createCDPSession();
  const requests = new Map<string, { url: string; encoded: number; decoded: number }>();
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  session.on('Network.requestWillBeSent', (event) => {
    if (!event.request.url.startsWith('data:')) requests.set(event.requestId, { url: event.request.url, encoded: 0, decoded: 0 });
  });
  session.on('Network.dataReceived', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.decoded += event.dataLength;
  });
  session.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.encoded = event.encodedDataLength;
  });
  return { session, requests };
}

/** Injected before the page's own scripts: layout shifts, and the moment every element has rendered. */
export const OBSERVE = `
  globalThis.__bench = { cls: 0, shifts: [], rendered: 0, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) __bench.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      __bench.cls += entry.value;
      __bench.shifts.push({ value: entry.value, at: entry.startTime, sources: (entry.sources || []).map((s) => s.node ? (s.node.localName || s.node.nodeName) + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ')[0] : '') : '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const done = () => {
    if (document.readyState === 'loading') return false;
    const pending = [];
    const check = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.localName.startsWith('infamilie-')) continue;
        // loading="lazy" waits for a reader to come within a screen: farther down, it is not expected yet.
        if (el.getAttribute('loading') === 'lazy' && el.getBoundingClientRect().top > 2 * innerHeight) continue;
        const shadow = el.shadowRoot;
        const base = shadow && shadow.querySelector('[part~="base"]');
        if (!customElements.get(el.localName) || !base || base.getAttribute('aria-busy') !== 'false' || shadow.querySelector('.skeleton')) pending.push(el.localName);
        else check(shadow);
      }
    };
    check(document);
    return pending.length === 0 && document.querySelector('[class], body *') !== null;
  };
  const poll = () => {
    if (done()) __bench.rendered = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

export interface DemoFigures {
  /** Long tasks of the first load, [start, duration] from navigation (ms), and their blocking time beyond 50 ms each. */
  longTasks: [number, number][];
  blocking: number;
  /** Where the main thread went during one load, until every element rendered: self time by file. */
  profile: string[];
  requests: number;
  transferred: number;
  /** The same load with every file compressed (gzip), as a CDN would serve it. */
  gzipTransferred: number;
  decoded: number;
  byKind: Record<string, { requests: number; transferred: number }>;
  rendered: Stats;
  cls: number;
  shifts: { value: number; at: number; sources: string[] }[];
  lighthouse?: LighthouseFigures;
}

export interface LighthouseFigures {
  runs: number;
  scores: { performance: number; accessibility: number; 'best-practices': number };
  all: { performance: number[]; accessibility: number[]; 'best-practices': number[] };
  failing: { accessibility: string[]; 'best-practices': string[]; performance: string[] };
  metrics: Record<string, string>;
  version: string;
  error?: string;
}

export async function demoPage(browser: Browser, runs: number, lighthouseRuns: number): Promise<DemoFigures> {
  const preview = await startPreview({ root: DIST, port: 0 });
  const url = `${preview.url}/demo/index.html`;
  try {
    const rendered: number[] = [];
    let first: Pick<DemoFigures, 'requests' | 'transferred' | 'decoded' | 'byKind'> | undefined;
    let cls = 0;
    let shifts: DemoFigures['shifts'] = [];
    let longTasks: [number, number][] = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.evaluateOnNewDocument(OBSERVE);
      const { session, requests } = await recordNetwork(page);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction('__bench.rendered > 0', { timeout: 30_000, polling: 50 });
      // Late shifts and late requests (a language chunk, an image) count too.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const bench = (await page.evaluate('__bench')) as { cls: number; shifts: DemoFigures['shifts']; rendered: number; longTasks: [number, number][] };
      if (i > 0) rendered.push(bench.rendered);
      if (i === 1) longTasks = bench.longTasks;
      if (bench.cls >= cls) {
        cls = bench.cls;
        shifts = bench.shifts;
      }
      if (!first) {
        const list = [...requests.values()];
        const byKind: DemoFigures['byKind'] = {};
        for (const request of list) {
          const path = new URL(request.url).pathname;
          const kind = path.includes('/feed/') ? 'feed' : path.endsWith('.js') ? (path.startsWith('/cdn/') ? 'widgets (JS)' : 'demo page JS') : path.endsWith('.css') ? 'demo page CSS' : path.endsWith('.html') || path.endsWith('/') ? 'HTML' : 'other';
          byKind[kind] ??= { requests: 0, transferred: 0 };
          byKind[kind].requests++;
          byKind[kind].transferred += request.encoded;
        }
        first = { requests: list.length, transferred: list.reduce((sum, r) => sum + r.encoded, 0), decoded: list.reduce((sum, r) => sum + r.decoded, 0), byKind };
      }
      await session.detach();
      await page.close();
    }
    // The same files compressed, as a CDN serves them (the preview server does not compress).
    const compressed = await serve(new Map(), { gzip: true, folders: { '/': DIST } });
    let gzipTransferred = NaN;
    try {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(OBSERVE);
      const { session, requests } = await recordNetwork(page);
      await page.goto(`${compressed.origin}/demo/index.html`, { waitUntil: 'load' });
      await page.waitForFunction('__bench.rendered > 0', { timeout: 30_000, polling: 50 });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      gzipTransferred = [...requests.values()].reduce((sum, r) => sum + r.encoded, 0);
      await session.detach();
      await page.close();
    } finally {
      await compressed.close();
    }
    const profileLines = await profileLoad(browser, url);
    const lighthouse = lighthouseRuns > 0 ? await runLighthouse(browser, url, lighthouseRuns) : undefined;
    const blocking = longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    return { ...first!, gzipTransferred, rendered: stats(rendered), cls, shifts, longTasks, blocking, profile: profileLines, lighthouse };
  } finally {
    await preview.close();
  }
}

/** Names the built files by what is in them (the two largest sources of each, from the build's metafile). */
async function fileLabels(): Promise<Map<string, string>> {
  const metafile = JSON.parse(await readFile(`${DIST}/build/metafile-infamilie.json`, 'utf8')) as import('esbuild').Metafile;
  const labels = new Map<string, string>();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    const bytes = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) bytes.set(groupOf(input), (bytes.get(groupOf(input)) ?? 0) + bytesInOutput);
    const top = [...bytes].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([group]) => group.replace(/^npm: /, '').replace(/^packages\/(widgets|feed)\/src\//, '$1/'));
    labels.set(path.split('/').pop()!, top.join(' + '));
  }
  return labels;
}

/** One load under V8's profiler, from navigation until every element rendered: self time by built file. */
async function profileLoad(browser: Browser, url: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.evaluateOnNewDocument(OBSERVE);
  const { session } = await recordNetwork(page);
  const cpu = await profile(page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('__bench.rendered > 0', { timeout: 30_000, polling: 50 });
  });
  await session.detach();
  await page.close();
  const labels = await fileLabels();
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  cpu.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(root)') return;
    const micros = cpu.timeDeltas[i] ?? 0;
    total += micros;
    const file = frame.url.split('/').pop() ?? '';
    const key = frame.url ? `${file}${labels.has(file) ? ` (${labels.get(file)})` : ''}` : frame.functionName.startsWith('(') ? frame.functionName : '(built-ins and DOM calls)';
    self.set(key, (self.get(key) ?? 0) + micros);
  });
  return [
    `${(total / 1000).toFixed(0)} ms busy in one load until every element rendered, by file ("(program)": style, layout, HTML, compiling):`,
    ...[...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([key, micros]) => `${(micros / 1000).toFixed(1).padStart(8)} ms ${((100 * micros) / total).toFixed(0).padStart(3)} %  ${key}`),
  ];
}

type LighthouseResult = {
  lhr: {
    lighthouseVersion: string;
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string; details?: { items?: Record<string, unknown>[] } }>;
    environment?: { benchmarkIndex?: number };
    runtimeError?: { message: string };
  };
};

/** Lighthouse's Node API on the port of our puppeteer-launched Chromium: mobile emulation (its default). */
async function runLighthouse(browser: Browser, url: string, runs: number): Promise<LighthouseFigures> {
  const { default: lighthouse } = (await import('lighthouse')) as unknown as { default: (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined> };
  const port = Number(new URL(browser.wsEndpoint()).port);
  const categories = ['performance', 'accessibility', 'best-practices'] as const;
  const results: LighthouseResult['lhr'][] = [];
  let error: string | undefined;
  for (let i = 0; i < runs; i++) {
    try {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (result?.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
      if (result) results.push(result.lhr);
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
  }
  const score = (lhr: LighthouseResult['lhr'], category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const all = Object.fromEntries(categories.map((c) => [c, results.map((lhr) => score(lhr, c))])) as LighthouseFigures['all'];
  // The run with the median performance score stands for the page; failing audits are those of any run.
  const sorted = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const middle = sorted[sorted.length >> 1];
  const failing = Object.fromEntries(
    categories.map((c) => [
      c,
      [...new Set(results.flatMap((lhr) => lhr.categories[c].auditRefs.filter((ref) => { const audit = lhr.audits[ref.id]; return audit && audit.score !== null && audit.score < (c === 'performance' ? 0.9 : 1) && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) && (c !== 'performance' || ref.weight > 0); }).map((ref) => ref.id)))],
    ]),
  ) as LighthouseFigures['failing'];
  const metrics: Record<string, string> = {};
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    if (middle?.audits[id]) metrics[id] = `${middle.audits[id].displayValue ?? ''} (score ${Math.round((middle.audits[id].score ?? 0) * 100)})`;
  }
  // Where Lighthouse saw the main thread go (its categories, in its throttled time) and the scripts that cost most.
  const work = middle?.audits['mainthread-work-breakdown']?.details?.items ?? [];
  metrics['main thread'] = work.slice(0, 6).map((item) => `${String(item.groupLabel ?? item.group)} ${Math.round(Number(item.duration))} ms`).join(', ');
  const bootup = middle?.audits['bootup-time']?.details?.items ?? [];
  metrics['scripts'] = bootup.slice(0, 5).map((item) => `${String(item.url).split('/').pop()} ${Math.round(Number(item.total))} ms`).join(', ');
  metrics['benchmarkIndex (this machine\'s speed as Lighthouse measured it)'] = String(middle?.environment?.benchmarkIndex ?? 'n/a');
  return {
    runs: results.length,
    scores: middle ? { performance: score(middle, 'performance'), accessibility: score(middle, 'accessibility'), 'best-practices': score(middle, 'best-practices') } : { performance: NaN, accessibility: NaN, 'best-practices': NaN },
    all,
    failing,
    metrics,
    version: middle?.lighthouseVersion ?? 'n/a',
    error,
  };
}
