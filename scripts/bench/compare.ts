/**
 * `pnpm bench`: our widgets side by side with their peers, in one run, in one headless Chromium
 * (Debian's, never a downloaded one), printed as one table and written with the command, the date and
 * the machine's facts to docs/benchmarks.md.
 *
 *   pnpm bench [--runs 15] [--warmup 3] [--lighthouse-runs 3] [--seed 1] [--no-write]
 *
 * - sizes (gzip): our built CDN files (dist/, built first when missing) against FullCalendar 6 (core,
 *   daygrid, list), Leaflet 1.9 (JS and CSS) and add-to-calendar-button, bundled the same way;
 * - render time of one month of 2,000 occurrences: <infamilie-calendar view="month"> against
 *   FullCalendar's dayGridMonth, the same occurrences;
 * - first render of 170 polygons and 2,000 markers: <infamilie-map> against Leaflet (SVG renderer,
 *   no tiles), the same sub-districts and positions;
 * - the demo's network page (dist/demo/index.html on the preview server): requests, bytes, time until
 *   every element rendered, layout shift, Lighthouse (performance, accessibility, best practices);
 * - the city-scale feed: what a one-quarter page transfers with the split feed against the whole feed.
 *
 * Timings are medians of `--runs` runs after `--warmup` runs, a fresh instance each run, ours and the
 * peer's runs in a shuffled order within each round, both in the same page of the same browser. When
 * an aim is missed the script also says where our time goes (main-thread breakdown and a CPU profile).
 * A benchmark, not a test: it exits 0 whether the aims are met or not, 1 when it cannot measure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer-core';
import { sourceFingerprint } from '../build/stamp.ts';
import { generateCityFeed, splitCityFeed } from './city-feed.ts';
import { demoPage, OBSERVE, recordNetwork, type DemoFigures } from './demo-page.ts';
import { calendarFeed, CALENDAR_MONTH, fullCalendarEvents, leafletData, mapFeed } from './data.ts';
import {
  BENCH, benchPage, DIST, bundle, busyWarning, flag, gzipBytes, kb, machine, moduleOfLine, ms, openPage, option, profile, ROOT, serve, stats,
  topFunctions, withBrowser, type Machine, type ServedFile, type Stats,
} from './harness.ts';
import { ourSizes, peerSizes, type OurSizes, type PeerSizes } from './sizes-vs.ts';

const DOC = `${ROOT}/docs/benchmarks.md`;
/** What follows this line in docs/benchmarks.md is kept when `pnpm bench` writes the file again. */
const NOTES_MARKER = '<!-- Notes below this line are kept by pnpm bench; everything above is written by it. -->';
const CALENDAR_WIDTH = 1100;
const MAP_SIZE = { width: 1000, height: 640 };
const MARKERS = 2000;

const AIMS = {
  bundleShare: 0.5,
  renderRatio: 0.5,
  cls: 0,
  accessibility: 100,
  performance: 95,
};

interface Comparison {
  ours: Stats;
  peer: Stats;
  counts: { ours: Record<string, number>; peer: Record<string, number> };
  /** Medians of the two parts of a run: until rendered (script, DOM, layout it forced itself), then the forced style and layout. */
  phases: { ours: { render: number; layout: number }; peer: { render: number; layout: number } };
  /** Median of the per-round ratios (ours / peer, the two runs of a round back to back): steadier on a busy machine. */
  paired: number;
  profile: string[];
}

interface Measured {
  samples: number[];
  render: number[];
  layout: number[];
  counts: Record<string, number>;
}

type Runner = { run(input: unknown, options: unknown): Promise<Record<string, Measured>> };

const runIn = (page: Page, global: string, input: unknown, options: Record<string, unknown>) =>
  page.evaluate((name: string, data: unknown, o: unknown) => (globalThis as unknown as Record<string, Runner>)[name].run(data, o), global, input, options);

/** Runs a comparison page: ours and the peer's runs interleaved, in the same page. */
async function comparePage(page: Page, global: string, input: unknown, options: Record<string, unknown>, peer: string): Promise<Omit<Comparison, 'profile'>> {
  const result = await runIn(page, global, input, options);
  const phases = (m: Measured) => ({ render: stats(m.render).median, layout: stats(m.layout).median });
  return {
    ours: stats(result.ours.samples),
    peer: stats(result[peer].samples),
    counts: { ours: result.ours.counts, peer: result[peer].counts },
    phases: { ours: phases(result.ours), peer: phases(result[peer]) },
    paired: stats(result.ours.samples.map((value, i) => value / result[peer].samples[i])).median,
  };
}

/** Our side alone, readable (unminified) bundle, V8's profiler on the timed part of each run. */
async function profileOurs(browser: Browser, url: string, readable: string, global: string, input: unknown, options: Record<string, unknown>, setup?: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await setup?.(page);
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(url);
  await page.waitForFunction(`"${global}" in globalThis`);
  const cpu = await profile(page, () => runIn(page, global, input, { ...options, runs: 10, warmup: 2, only: 'ours', profile: true }));
  const windows = (await page.evaluate('globalThis.benchProfiled')) as { calibration: number; windows: [number, number][] };
  await page.close();
  return topFunctions(cpu, 18, windows, moduleOfLine(readable));
}

async function calendarComparison(browser: Browser, runs: number, warmup: number, seed: number): Promise<Comparison & { occurrences: number; events: number }> {
  const doc = calendarFeed();
  const events = fullCalendarEvents(doc);
  const entry = `${BENCH}/browser/calendar-vs.ts`;
  const readable = (await bundle({ file: entry, minify: false })).js;
  const files = new Map<string, ServedFile>([
    ['/', { type: 'text/html', body: benchPage('calendar vs FullCalendar') }],
    ['/bench.js', { type: 'text/javascript', body: (await bundle({ file: entry })).js }],
    ['/readable.html', { type: 'text/html', body: benchPage('calendar, readable', { script: '/readable.js' }) }],
    ['/readable.js', { type: 'text/javascript', body: readable }],
  ]);
  const server = await serve(files, { isolate: true });
  try {
    const berlin = async (page: Page) => page.emulateTimezone('Europe/Berlin');
    const page = await browser.newPage();
    await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
    await berlin(page);
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (error) => console.error('page error:', (error as Error).message ?? error));
    await page.goto(`${server.origin}/`);
    await page.waitForFunction('"calendarVs" in globalThis');
    const input = { feedText: JSON.stringify(doc), events, month: `${CALENDAR_MONTH[0]}-${String(CALENDAR_MONTH[1]).padStart(2, '0')}`, perDay: 3 };
    const options = { runs, warmup, seed, width: CALENDAR_WIDTH };
    const figures = await comparePage(page, 'calendarVs', input, options, 'FullCalendar');
    await page.close();
    const profileLines = await profileOurs(browser, `${server.origin}/readable.html`, readable, 'calendarVs', input, options, berlin);
    return { ...figures, profile: profileLines, occurrences: events.length, events: doc.events!.length };
  } finally {
    await server.close();
  }
}

async function mapComparison(browser: Browser, runs: number, warmup: number, seed: number): Promise<Comparison & { quarters: number; markers: number }> {
  const feed = mapFeed(MARKERS);
  const entry = `${BENCH}/browser/map-vs.ts`;
  const readable = (await bundle({ file: entry, minify: false })).js;
  const leafletCss = await readFile(`${BENCH}/node_modules/leaflet/dist/leaflet.css`, 'utf8');
  const files = new Map<string, ServedFile>([
    ['/', { type: 'text/html', body: benchPage('map vs Leaflet', { css: '/leaflet.css' }) }],
    ['/leaflet.css', { type: 'text/css', body: leafletCss }],
    ['/bench.js', { type: 'text/javascript', body: (await bundle({ file: entry })).js }],
    ['/readable.html', { type: 'text/html', body: benchPage('map, readable', { script: '/readable.js', css: '/leaflet.css' }) }],
    ['/readable.js', { type: 'text/javascript', body: readable }],
  ]);
  const server = await serve(files, { isolate: true });
  try {
    const page = await openPage(browser, `${server.origin}/`, { width: MAP_SIZE.width + 100, height: MAP_SIZE.height + 260 }, '"mapVs" in globalThis');
    const input = { feedText: JSON.stringify(feed), ...leafletData(feed), ...MAP_SIZE };
    const options = { runs, warmup, seed, ...MAP_SIZE };
    const figures = await comparePage(page, 'mapVs', input, options, 'Leaflet');
    await page.close();
    const profileLines = await profileOurs(browser, `${server.origin}/readable.html`, readable, 'mapVs', input, options);
    return { ...figures, profile: profileLines, quarters: feed.quarters.length, markers: feed.partners.length };
  } finally {
    await server.close();
  }
}


interface CityFigures {
  quarter: string;
  whole: { transferred: number; decoded: number; requests: number };
  split: { transferred: number; decoded: number; requests: number };
  computed: { whole: { bytes: number; gzip: number }; split: { bytes: number; gzip: number } };
  served: string;
}

/**
 * A one-quarter page (`<infamilie-offers quarter>`, infamilie.js from dist/cdn) on the city-scale feed,
 * whole and split, served over HTTP with gzip by the harness (the preview server does not compress):
 * the feed's bytes as Chromium received them.
 */
async function cityFeed(browser: Browser, version: string): Promise<CityFigures> {
  const feed = generateCityFeed();
  const split = splitCityFeed(feed);
  const texts = Object.fromEntries(Object.entries(split).map(([path, doc]) => [path, JSON.stringify(doc)]));
  const whole = JSON.stringify(feed);
  // The largest quarter part: the worst case for a page that shows one quarter.
  const [partPath] = Object.entries(texts).filter(([path]) => path.startsWith('quarters/')).sort((a, b) => b[1].length - a[1].length)[0];
  const quarter = partPath.replace(/^quarters\/|\.json$/g, '');
  const page = (feedUrl: string) =>
    `<!doctype html><html lang="de"><meta charset="utf-8"><title>one quarter</title><meta name="infamilie-feed" content="${feedUrl}"><script type="module" src="/cdn/infamilie/${version}/infamilie.js"></script><body><infamilie-offers quarter="${quarter}"></infamilie-offers>`;
  const files = new Map<string, ServedFile>([
    ['/whole.html', { type: 'text/html; charset=utf-8', body: page('/city/feed.json') }],
    ['/split.html', { type: 'text/html; charset=utf-8', body: page('/city/split/index.json') }],
    ['/city/feed.json', { type: 'application/json', body: whole }],
    ...Object.entries(texts).map(([path, text]) => [`/city/split/${path}`, { type: 'application/json', body: text }] as [string, ServedFile]),
  ]);
  const server = await serve(files, { gzip: true, folders: { '/cdn/': `${DIST}/cdn` } });
  try {
    const measure = async (path: string) => {
      const tab = await browser.newPage();
      await tab.evaluateOnNewDocument(OBSERVE);
      const { session, requests } = await recordNetwork(tab);
      await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      await tab.waitForFunction('__bench.rendered > 0', { timeout: 60_000, polling: 50 });
      const feedRequests = [...requests.values()].filter((r) => r.url.includes('/city/'));
      await session.detach();
      await tab.close();
      return { transferred: feedRequests.reduce((s, r) => s + r.encoded, 0), decoded: feedRequests.reduce((s, r) => s + r.decoded, 0), requests: feedRequests.length };
    };
    const splitBytes = Buffer.byteLength(texts['index.json']) + Buffer.byteLength(texts[partPath]);
    return {
      quarter,
      whole: await measure('/whole.html'),
      split: await measure('/split.html'),
      computed: {
        whole: { bytes: Buffer.byteLength(whole), gzip: gzipBytes(whole) },
        split: { bytes: splitBytes, gzip: gzipBytes(texts['index.json']) + gzipBytes(texts[partPath]) },
      },
      served: 'served by the harness with gzip (Content-Encoding), as a CDN would; the preview server sends files uncompressed',
    };
  } finally {
    await server.close();
  }
}

/**
 * Builds dist/ (CDN, demo, npm packages: tsx scripts/build/build.ts) when it is missing or was built
 * from other sources than the working tree's (the fingerprint that `pnpm test:cdn` checks too).
 */
async function ensureDist(): Promise<void> {
  const needed = [`${DIST}/build/info.json`, `${DIST}/build/metafile-infamilie.json`, `${DIST}/build/metafile-loader.json`, `${DIST}/demo/index.html`, `${DIST}/cdn/_headers`];
  const info = existsSync(`${DIST}/build/info.json`) ? (JSON.parse(await readFile(`${DIST}/build/info.json`, 'utf8')) as { fingerprint?: string }) : undefined;
  const missing = !needed.every((path) => existsSync(path));
  const stale = !missing && info?.fingerprint !== (await sourceFingerprint());
  if (!missing && !stale) return;
  console.log(`dist/ is ${missing ? 'missing or incomplete' : 'older than the sources'}: building it (tsx scripts/build/build.ts) …`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/build.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('the build failed: nothing to measure');
    process.exit(1);
  }
}

/** The commit measured, and whether the sources had changes not yet committed. */
function revision(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const head = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'packages', 'demo', 'scripts/build').length > 0;
  return `${head}${dirty ? ' with uncommitted changes in packages/, demo/ or scripts/build/' : ''}`;
}

interface Results {
  facts: Machine;
  revision: string;
  command: string;
  runs: number;
  warmup: number;
  ours: OurSizes;
  peers: PeerSizes;
  calendar: Awaited<ReturnType<typeof calendarComparison>>;
  map: Awaited<ReturnType<typeof mapComparison>>;
  demo: DemoFigures;
  city: CityFigures;
}

const yesNo = (met: boolean) => (met ? 'yes' : 'NO');
const pct = (value: number) => `${(value * 100).toFixed(0)} %`;
const ratio = (ours: number, peer: number) => `${(ours / peer).toFixed(2)}`;

interface Row {
  group: string;
  what: string;
  ours: string;
  peer: string;
  ratio: string;
  aim: string;
  met: string;
}

function rows(r: Results): Row[] {
  const out: Row[] = [];
  const fc = r.peers.fullcalendar;
  const leaflet = r.peers.leafletJs + r.peers.leafletCss;
  out.push({ group: 'size (gzip)', what: 'infamilie.js + static imports vs FullCalendar (core, daygrid, list)', ours: kb(r.ours.entry), peer: kb(fc), ratio: ratio(r.ours.entry, fc), aim: '< 0.50', met: yesNo(r.ours.entry < fc * AIMS.bundleShare) });
  out.push({ group: '', what: 'calendar page (+ reader + calendar) vs FullCalendar', ours: kb(r.ours.calendarPage), peer: kb(fc), ratio: ratio(r.ours.calendarPage, fc), aim: '< 0.50', met: yesNo(r.ours.calendarPage < fc * AIMS.bundleShare) });
  out.push({ group: '', what: 'calendar page through loader.js (calendar + reader only) vs FullCalendar', ours: kb(r.ours.calendarLoader), peer: kb(fc), ratio: ratio(r.ours.calendarLoader, fc), aim: '', met: '' });
  out.push({ group: '', what: 'calendar page vs FullCalendar + add-to-calendar-button', ours: kb(r.ours.calendarPage), peer: kb(fc + r.peers.atcb), ratio: ratio(r.ours.calendarPage, fc + r.peers.atcb), aim: '', met: '' });
  out.push({ group: '', what: 'map page (+ reader + map) vs Leaflet JS + CSS', ours: kb(r.ours.mapPage), peer: kb(leaflet), ratio: ratio(r.ours.mapPage, leaflet), aim: '', met: '' });
  out.push({ group: '', what: 'page with every element vs FullCalendar', ours: kb(r.ours.everything), peer: kb(fc), ratio: ratio(r.ours.everything, fc), aim: '< 0.50', met: yesNo(r.ours.everything < fc * AIMS.bundleShare) });
  out.push({ group: '', what: 'page with every element vs FullCalendar + Leaflet + add-to-calendar-button', ours: kb(r.ours.everything), peer: kb(fc + leaflet + r.peers.atcb), ratio: ratio(r.ours.everything, fc + leaflet + r.peers.atcb), aim: '', met: '' });
  const c = r.calendar;
  out.push({ group: 'calendar', what: `month of ${c.occurrences} occurrences, create to laid out (median)`, ours: ms(c.ours.median), peer: ms(c.peer.median), ratio: ratio(c.ours.median, c.peer.median), aim: '<= 0.50', met: yesNo(c.ours.median <= c.peer.median * AIMS.renderRatio) });
  out.push({ group: '', what: '  fastest run', ours: ms(c.ours.min), peer: ms(c.peer.min), ratio: ratio(c.ours.min, c.peer.min), aim: '', met: '' });
  out.push({ group: '', what: '  median of the per-round ratios (paired runs)', ours: '', peer: '', ratio: c.paired.toFixed(2), aim: '', met: '' });
  const m = r.map;
  out.push({ group: 'map', what: `${m.quarters} polygons + ${m.markers} markers, create to laid out (median)`, ours: ms(m.ours.median), peer: ms(m.peer.median), ratio: ratio(m.ours.median, m.peer.median), aim: '<= 0.50', met: yesNo(m.ours.median <= m.peer.median * AIMS.renderRatio) });
  out.push({ group: '', what: '  fastest run', ours: ms(m.ours.min), peer: ms(m.peer.min), ratio: ratio(m.ours.min, m.peer.min), aim: '', met: '' });
  out.push({ group: '', what: '  median of the per-round ratios (paired runs)', ours: '', peer: '', ratio: m.paired.toFixed(2), aim: '', met: '' });
  const d = r.demo;
  out.push({ group: 'demo page', what: 'requests (cold, no cache)', ours: String(d.requests), peer: '', ratio: '', aim: '', met: '' });
  out.push({ group: '', what: 'bytes transferred (preview server: uncompressed)', ours: kb(d.transferred), peer: '', ratio: '', aim: '', met: '' });
  out.push({ group: '', what: '  the same files served with gzip (as a CDN would)', ours: kb(d.gzipTransferred), peer: '', ratio: '', aim: '', met: '' });
  out.push({ group: '', what: 'every element on or near the first screen rendered, from navigation (median)', ours: ms(d.rendered.median), peer: '', ratio: '', aim: '', met: '' });
  out.push({ group: '', what: 'cumulative layout shift (worst of the loads, 1200 x 900)', ours: d.cls.toFixed(4), peer: '', ratio: '', aim: '= 0', met: yesNo(d.cls === AIMS.cls) });
  const lh = d.lighthouse;
  if (lh && lh.runs > 0) {
    out.push({ group: '', what: `Lighthouse ${lh.version} performance (mobile; median of ${lh.runs}: ${lh.all.performance.join(', ')})`, ours: String(lh.scores.performance), peer: '', ratio: '', aim: `>= ${AIMS.performance}`, met: yesNo(lh.scores.performance >= AIMS.performance) });
    out.push({ group: '', what: `Lighthouse accessibility (${lh.all.accessibility.join(', ')})`, ours: String(lh.scores.accessibility), peer: '', ratio: '', aim: `= ${AIMS.accessibility}`, met: yesNo(lh.scores.accessibility >= AIMS.accessibility) });
    out.push({ group: '', what: `Lighthouse best practices (${lh.all['best-practices'].join(', ')})`, ours: String(lh.scores['best-practices']), peer: '', ratio: '', aim: '', met: '' });
  } else {
    out.push({ group: '', what: `Lighthouse: did not run${lh?.error ? ` (${lh.error.slice(0, 80)})` : ''}`, ours: 'n/a', peer: '', ratio: '', aim: `>= ${AIMS.performance}, a11y ${AIMS.accessibility}`, met: 'NO (not measured)' });
  }
  const f = r.city;
  out.push({ group: 'city feed', what: `one-quarter page (${f.quarter}), split feed vs whole feed, gzip over HTTP`, ours: kb(f.split.transferred), peer: kb(f.whole.transferred), ratio: ratio(f.split.transferred, f.whole.transferred), aim: '', met: '' });
  out.push({ group: '', what: '  the same, uncompressed (decoded bytes)', ours: kb(f.split.decoded), peer: kb(f.whole.decoded), ratio: ratio(f.split.decoded, f.whole.decoded), aim: '', met: '' });
  return out;
}

function table(list: Row[], markdown: boolean): string {
  const head: Row = { group: '', what: 'measure', ours: 'ours', peer: 'peer / whole', ratio: 'ratio', aim: 'aim', met: 'met' };
  if (markdown) {
    const line = (r: Row) => `| ${r.group} | ${r.what} | ${r.ours} | ${r.peer} | ${r.ratio} | ${r.aim} | ${r.met} |`;
    return [line(head), '| --- | --- | ---: | ---: | ---: | --- | --- |', ...list.map(line)].join('\n');
  }
  const widths = { group: 12, what: Math.max(...list.map((r) => r.what.length)), ours: 10, peer: 12, ratio: 6, aim: 8, met: 4 };
  const line = (r: Row) => `${r.group.padEnd(widths.group)} ${r.what.padEnd(widths.what)} ${r.ours.padStart(widths.ours)} ${r.peer.padStart(widths.peer)} ${r.ratio.padStart(widths.ratio)}  ${r.aim.padEnd(widths.aim)} ${r.met}`;
  return [line(head), ...list.map(line)].join('\n');
}

const phaseLine = (p: { render: number; layout: number }) => `render ${ms(p.render)} + style and layout ${ms(p.layout)}`;

function calendarDetails(c: Results['calendar']): string[] {
  return [
    `Calendar: ${c.events} events, ${c.occurrences} occurrences in ${CALENDAR_MONTH[0]}-${String(CALENDAR_MONTH[1]).padStart(2, '0')}, ${CALENDAR_WIDTH} px wide, time zone Europe/Berlin, at most 3 events per day and "+N" (FullCalendar: dayMaxEvents 3).`,
    `  drawn: ours ${JSON.stringify(c.counts.ours)}; FullCalendar ${JSON.stringify(c.counts.peer)} ("late": runs in which more was drawn a frame after the clock stopped)`,
    `  median parts of a run: ours ${phaseLine(c.phases.ours)}; FullCalendar ${phaseLine(c.phases.peer)} (FullCalendar measures its cells while it renders, so its layout falls in "render")`,
    `  runs: ours ${c.ours.min.toFixed(1)} to ${c.ours.max.toFixed(1)} ms, FullCalendar ${c.peer.min.toFixed(1)} to ${c.peer.max.toFixed(1)} ms; median of the per-round ratios ${c.paired.toFixed(2)}`,
  ];
}

function mapDetails(m: Results['map']): string[] {
  return [
    `Map: ${m.quarters} sub-districts, ${m.markers} partners, ${MAP_SIZE.width} x ${MAP_SIZE.height} px; Leaflet: L.svg() renderer, preferCanvas false, no tiles, L.geoJSON + L.circleMarker (no clustering plugin).`,
    `  drawn: ours ${JSON.stringify(m.counts.ours)}; Leaflet ${JSON.stringify(m.counts.peer)}`,
    `  median parts of a run: ours ${phaseLine(m.phases.ours)}; Leaflet ${phaseLine(m.phases.peer)} (layout that a side forces while it renders falls in "render")`,
    `  runs: ours ${m.ours.min.toFixed(1)} to ${m.ours.max.toFixed(1)} ms, Leaflet ${m.peer.min.toFixed(1)} to ${m.peer.max.toFixed(1)} ms; median of the per-round ratios ${m.paired.toFixed(2)}`,
  ];
}

function demoDetails(d: DemoFigures): string[] {
  const lines = [
    `Demo page (dist/demo/index.html, preview server, 1200 x 900, cache disabled): ${Object.entries(d.byKind).map(([kind, v]) => `${kind} ${v.requests} (${kb(v.transferred)})`).join(', ')}; ${kb(d.decoded)} decoded; ${kb(d.gzipTransferred)} when the same files are served with gzip.`,
    `  every element on or near the first screen rendered: median ${ms(d.rendered.median)} of ${d.rendered.runs} loads (${d.rendered.min.toFixed(0)} to ${d.rendered.max.toFixed(0)} ms)`,
  ];
  lines.push(`  long tasks in the first measured load (start+duration ms): ${d.longTasks.map(([at, duration]) => `${at}+${duration}`).join(', ') || 'none'}; blocking time beyond 50 ms each: ${d.blocking} ms (unthrottled, desktop)`);
  lines.push(...d.profile.map((line) => `  ${line}`));
  if (d.shifts.length) lines.push(`  layout shifts: ${d.shifts.map((s) => `${s.value.toFixed(4)} at ${s.at.toFixed(0)} ms (${s.sources.join(', ')})`).join('; ')}`);
  const lh = d.lighthouse;
  if (lh) {
    if (lh.runs) {
      lines.push(`  Lighthouse ${lh.version} (mobile emulation, simulated throttling) median run: ${Object.entries(lh.metrics).map(([id, v]) => `${id} ${v}`).join('; ')}`);
      lines.push(`  failing audits: accessibility ${lh.failing.accessibility.join(', ') || 'none'}; best practices ${lh.failing['best-practices'].join(', ') || 'none'}; performance (score < 90) ${lh.failing.performance.join(', ') || 'none'}`);
    }
    if (lh.error) lines.push(`  Lighthouse error: ${lh.error}`);
  }
  return lines;
}

function cityDetails(f: CityFigures): string[] {
  return [
    `City feed, one quarter (${f.quarter}, the largest part): split ${f.split.requests} requests, whole ${f.whole.requests}; ${f.served}. Computed: whole ${kb(f.computed.whole.bytes)} (gzip ${kb(f.computed.whole.gzip)}), index + part ${kb(f.computed.split.bytes)} (gzip ${kb(f.computed.split.gzip)}).`,
  ];
}

function details(r: Results): string[] {
  return [
    ...calendarDetails(r.calendar),
    ...mapDetails(r.map),
    ...demoDetails(r.demo),
    ...cityDetails(r.city),
    `The calendar page's ${kb(r.ours.calendarPage)} by package and folder (gzip estimated from each file's share): ${r.ours.calendarBreakdown.slice(0, 8).map((g) => `${g.group.replace(/^npm: /, '')} ${kb(g.gzip)}`).join(', ')}.`,
    `Sizes: ${[...r.ours.rows, ...r.peers.rows].map((row) => `${row.what}: ${kb(row.gzip)} (${row.how})`).join('; ')}.`,
  ];
}

function metAims(r: Results): string[] {
  const met: string[] = [];
  const fc = r.peers.fullcalendar;
  if (r.ours.entry < fc / 2) met.push(`bundle: infamilie.js with its static imports is ${pct(r.ours.entry / fc)} of FullCalendar`);
  if (r.calendar.ours.median <= r.calendar.peer.median / 2) met.push(`calendar: ${pct(r.calendar.ours.median / r.calendar.peer.median)} of FullCalendar's time`);
  if (r.map.ours.median <= r.map.peer.median / 2) met.push(`map: ${pct(r.map.ours.median / r.map.peer.median)} of Leaflet's time`);
  if (r.demo.cls === 0) met.push('layout shift 0');
  if (r.demo.lighthouse?.runs && r.demo.lighthouse.scores.accessibility >= 100) met.push('Lighthouse accessibility 100');
  if (r.demo.lighthouse?.runs && r.demo.lighthouse.scores.performance >= 95) met.push(`Lighthouse performance ${r.demo.lighthouse.scores.performance}`);
  return met;
}

function verdicts(r: Results): string[] {
  const missed: string[] = [];
  const fc = r.peers.fullcalendar;
  if (!(r.ours.entry < fc / 2)) missed.push(`bundle: infamilie.js with its static imports is ${pct(r.ours.entry / fc)} of FullCalendar`);
  if (!(r.ours.calendarPage < fc / 2)) missed.push(`bundle: a calendar page is ${pct(r.ours.calendarPage / fc)} of FullCalendar, a page with every element ${pct(r.ours.everything / fc)} (aim: under 50 %; met by infamilie.js alone at ${pct(r.ours.entry / fc)})`);
  if (!(r.calendar.ours.median <= r.calendar.peer.median / 2)) missed.push(`calendar: ${pct(r.calendar.ours.median / r.calendar.peer.median)} of FullCalendar's time (aim: at most 50 %)`);
  if (!(r.map.ours.median <= r.map.peer.median / 2)) missed.push(`map: ${pct(r.map.ours.median / r.map.peer.median)} of Leaflet's time (aim: at most 50 %)`);
  if (r.demo.cls !== 0) missed.push(`layout shift: ${r.demo.cls.toFixed(4)} (aim: 0)`);
  const lh = r.demo.lighthouse;
  if (!lh || !lh.runs) missed.push('Lighthouse did not run');
  else {
    if (lh.scores.accessibility < 100) missed.push(`Lighthouse accessibility ${lh.scores.accessibility} (aim: 100; failing: ${lh.failing.accessibility.join(', ')})`);
    if (lh.scores.performance < 95) missed.push(`Lighthouse performance ${lh.scores.performance} (aim: at least 95)`);
  }
  return missed;
}

function markdownDoc(r: Results, printed: string, detailLines: string[], missed: string[]): string {
  const f = r.facts;
  return `# Benchmarks

Our widgets side by side with their peers, from one run of \`pnpm bench\` (scripts/bench/compare.ts) in
headless Chromium. This file is written by that command: run it again to refresh the figures, on a quiet
machine for absolute times (ratios are measured side by side, in the same page, and hold better).

\`\`\`sh
${r.command}
\`\`\`

Measured at commit ${r.revision}, ${f.date}, on ${f.cpus} CPUs (${f.cpuModel}), load average ${f.load.join(', ')}, ${f.chromium}
(Debian's), Node ${f.node}; timings are medians of ${r.runs} runs after ${r.warmup} warm-up runs, a fresh
instance each run, ours and the peer's in a shuffled order within each round.${busyWarning(f) ? `\n**${busyWarning(f)}.**` : ''}

${table(rows(r), true)}

**Aims met:** ${metAims(r).join('; ') || 'none'}.

**Aims missed:** ${missed.length ? '' : 'none.'}
${missed.map((line) => `- ${line}`).join('\n')}

## How each figure is measured

- **Sizes**: gzip (zlib's default level, as \`pnpm sizes\`), 1 KB = 1000 bytes. Ours: the built CDN files,
  each with the chunks it imports at once (\`pageCosts\` in scripts/build/sizes.ts); a calendar or map page
  adds the feed reader and that element's chunk. Peers (versions: ${Object.entries(r.peers.versions).map(([name, version]) => `${name} ${version}`).join(', ')}):
  their typical usage bundled with esbuild, minified, production, tree-shaken (scripts/bench/sizes-vs.ts),
  as a partner's build would ship them; the published browser files are given for comparison. FullCalendar
  injects its CSS from its JS; Leaflet's CSS is a separate file and is counted.
- **Calendar**: \`<infamilie-calendar view="month">\` against FullCalendar's \`dayGridMonth\` with
  \`dayMaxEvents: 3\` (ours shows 3 per day and "+N weitere"), the same occurrences (expanded from our feed
  in Node and handed to FullCalendar as event objects; ours expands the recurring events itself, inside
  the timing, from a freshly parsed feed). Clock: from creating the instance until it has rendered (Lit's
  updates and Preact's re-renders flushed) and the document's layout is forced.
- **Map**: \`<infamilie-map>\` against Leaflet with \`L.svg()\`, \`preferCanvas: false\`, no tiles: the 170
  sub-districts (scripts/feed/data/dortmund-ubz.geojson) with \`L.geoJSON\`, 2,000 partners at addresses of
  the city's register with \`L.circleMarker\`, fitted to the city. Ours groups nearby markers at the city
  scale (Leaflet draws every marker; it would need a plugin to group them). Same clock as the calendar.
- **Ratios**: an aim on render time is judged on the ratio of the two medians; the median of the
  per-round ratios (each round runs ours and the peer back to back) is printed beside it, as it is
  steadier when other work comes and goes on the machine.
- **Demo page**: dist/demo/index.html from the preview server (production headers, no compression),
  cache disabled: requests and bytes as Chromium received them; "rendered" when every \`infamilie-*\` element's
  base part has left \`aria-busy\` and no skeleton is left (checked every frame, from navigation start);
  the page's calendar and map are \`loading="lazy"\` and count only when they lie within a screen of the
  first one (on Lighthouse's phone screen neither is; they are drawn when scrolled to);
  layout shift from a \`layout-shift\` PerformanceObserver, 1.5 s after that. Lighthouse: its Node API on the
  port of the puppeteer-launched Chromium, default mobile emulation and simulated throttling.
- **City feed**: a page with \`<infamilie-offers quarter>\` and infamilie.js on the city-scale feed
  (scripts/bench/city-feed.ts), whole and split (index + the largest quarter's part), served with gzip.

## Figures behind the table

\`\`\`
${detailLines.join('\n')}
\`\`\`

## Where our time goes (CPU profile of our side alone, readable bundle)

V8's sampling profiler over ten more runs of our side alone, counting only the samples inside the timed
part of each run (from creating the element to the forced layout); the bundle is not minified, so that
functions keep their names and each line maps to its source module. Forced style and layout show as the
built-in \`getBoundingClientRect\`.

Calendar, self time in the timed part of 10 runs (after 2 more):

\`\`\`
${r.calendar.profile.join('\n')}
\`\`\`

Map, self time in the timed part of 10 runs (after 2 more):

\`\`\`
${r.map.profile.join('\n')}
\`\`\`

## The single-element benchmarks

The same harness (scripts/bench/harness.ts) runs the older benchmarks of one element each, against
their own aims:

\`\`\`sh
pnpm exec tsx scripts/bench/feed-bench.ts      # parse and occurrences of the city-scale feed
pnpm exec tsx scripts/bench/calendar-bench.ts  # first render, next month, arrow key
pnpm exec tsx scripts/bench/map-bench.ts       # first render, pan and zoom frames
\`\`\`

<details><summary>The table as printed</summary>

\`\`\`
${printed}
\`\`\`

</details>
`;
}

async function main(): Promise<void> {
  const runs = option('runs', 15);
  const warmup = option('warmup', 3);
  const lighthouseRuns = option('lighthouse-runs', 3);
  const seed = option('seed', 1);
  const demoLoads = option('loads', 7);
  await ensureDist();
  // A part alone, for working on it (nothing is written): --only calendar|map|demo|city
  const only = process.argv[process.argv.indexOf('--only') + 1];
  if (process.argv.includes('--only')) {
    await withBrowser(async (browser) => {
      console.log(`${(await machine(browser)).chromium}, load ${(await machine()).load.join(' ')}`);
      if (only === 'calendar') {
        const c = await calendarComparison(browser, runs, warmup, seed);
        console.log([`ours ${ms(c.ours.median)}, FullCalendar ${ms(c.peer.median)}, ratio ${ratio(c.ours.median, c.peer.median)}`, ...calendarDetails(c), ...c.profile].join('\n'));
      } else if (only === 'map') {
        const m = await mapComparison(browser, runs, warmup, seed + 1);
        console.log([`ours ${ms(m.ours.median)}, Leaflet ${ms(m.peer.median)}, ratio ${ratio(m.ours.median, m.peer.median)}`, ...mapDetails(m), ...m.profile].join('\n'));
      } else if (only === 'demo') {
        const d = await demoPage(browser, demoLoads, lighthouseRuns);
        console.log([`cls ${d.cls}, requests ${d.requests}, ${kb(d.transferred)}`, ...demoDetails(d)].join('\n'));
      } else if (only === 'city') console.log(cityDetails(await cityFeed(browser, (await ourSizes(DIST)).version)).join('\n'));
      else console.error('--only takes calendar, map, demo or city');
    });
    return;
  }
  const ours = await ourSizes(DIST);
  const peers = await peerSizes();
  const results = await withBrowser(async (browser) => {
    const facts = await machine(browser);
    console.log(`measuring in ${facts.chromium}: calendar …`);
    const calendar = await calendarComparison(browser, runs, warmup, seed);
    console.log('map …');
    const map = await mapComparison(browser, runs, warmup, seed + 1);
    console.log('demo page and Lighthouse …');
    const demo = await demoPage(browser, demoLoads, lighthouseRuns);
    console.log('city feed …');
    const city = await cityFeed(browser, ours.version);
    return { calendar, map, demo, city, facts };
  });
  // The load average that counts is the one while we measured.
  const facts = { ...results.facts, load: (await machine()).load };
  const args = process.argv.slice(2).join(' ');
  const r: Results = { ...results, facts, revision: revision(), ours, peers, runs, warmup, command: `pnpm bench${args ? ` ${args}` : ''}` };
  const printed = table(rows(r), false);
  const detailLines = details(r);
  const missed = verdicts(r);
  console.log(`\nINFamilie widgets against their peers: ${r.revision}, ${facts.date}, ${facts.cpus} CPUs, load ${facts.load.join(' ')}, ${facts.chromium}; medians of ${runs} runs after ${warmup} warm-up\n`);
  if (busyWarning(facts)) console.log(`${busyWarning(facts)}\n`);
  console.log(printed);
  console.log(`\n${detailLines.join('\n')}`);
  console.log(`\nAims met: ${metAims(r).join('; ') || 'none'}`);
  console.log(`Aims missed: ${missed.length ? `\n- ${missed.join('\n- ')}` : 'none'}`);
  console.log(`\nOur calendar, self time (readable bundle):\n${r.calendar.profile.join('\n')}`);
  console.log(`\nOur map, self time (readable bundle):\n${r.map.profile.join('\n')}`);
  if (!flag('no-write')) {
    await mkdir(`${ROOT}/docs`, { recursive: true });
    // Notes written by hand below the marker stay when the figures are written again.
    const previous = existsSync(DOC) ? await readFile(DOC, 'utf8') : '';
    const at = previous.indexOf(NOTES_MARKER);
    const notes = at >= 0 ? previous.slice(at) : `${NOTES_MARKER}\n`;
    await writeFile(DOC, `${markdownDoc(r, printed, detailLines, missed)}\n${notes}`);
    console.log(`\nwritten to docs/benchmarks.md`);
  }
}

await main();
