/**
 * Map benchmark: how fast <infamilie-map> draws a city and follows the reader's hand.
 *
 *   pnpm exec tsx scripts/bench/map-bench.ts [--runs 7] [--partners 2000]
 *
 * Quarters are the 170 statistical sub-districts of Dortmund (scripts/feed/data/dortmund-ubz.geojson,
 * about 20,000 positions); partners sit at addresses of the city's register, picked evenly, each in its
 * sub-district; offers are spread over them. The element is bundled with esbuild and measured in
 * headless Chromium (Debian's, never downloaded; CHROMIUM_PATH picks another):
 *   - first render: from adding the element with the parsed feed to the first frame with the map
 *     (the feed is parsed again for every run, so nothing is memoised from a previous one);
 *   - pan and zoom frames: a drag (pointer events) and a wheel zoom, one step per animation frame;
 *     the time between frames (aim: 16.7 ms, 60 frames per second) and the script, style and layout
 *     time of each step measured on its own.
 * A benchmark, not a test: it exits 0 whether the aims are met or not.
 */
import { availableParallelism, loadavg } from 'node:os';
import { mapFeed } from './data.ts';
import { benchPage, bundle as bundleFor, isMain, openPage, option, serve, withBrowser, WIDGETS_SRC } from './harness.ts';

const AIMS = { firstRender: 50, frame: 16.7 };
const SIZE = { width: 1000, height: 640 };

/** The benchmark feed: sub-districts as quarters, partners at real addresses inside them (scripts/bench/data.ts). */
export const benchFeed = mapFeed;

/** The element and the reader, with a small in-page driver (runs in the browser). */
const ENTRY = `
import './define.ts';
import { parseFeed } from '@infamilie/feed';

const yieldTask = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

async function mount(text, size) {
  const feed = parseFeed(text).feed;
  const host = document.createElement('div');
  host.style.inlineSize = size.width + 'px';
  host.style.setProperty('--infamilie-map-height', size.height + 'px');
  document.body.replaceChildren(host);
  await frame();
  globalThis.gc?.();
  await frame();
  const start = performance.now();
  const el = document.createElement('infamilie-map');
  el.data = feed;
  host.append(el);
  await el.updateComplete;
  while (!el.shadowRoot.querySelector('svg.map .marker')) {
    if (performance.now() - start > 10000) throw new Error('the map drew no markers within 10 s');
    await yieldTask();
  }
  el.shadowRoot.querySelector('svg.map').getBoundingClientRect();
  const rendered = performance.now() - start;
  await frame();
  await yieldTask();
  const painted = performance.now() - start;
  return { el, rendered, painted };
}

/** One step per animation frame; returns the time between frames and each step's own work. */
async function gesture(el, steps, step) {
  const svg = el.shadowRoot.querySelector('svg.map');
  const view = el.mapView;
  const intervals = [];
  const work = [];
  let last = await frame();
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    step(svg, i);
    view.flush();
    await el.updateComplete;
    svg.getBoundingClientRect();
    work.push(performance.now() - t0);
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  return { interval: median(intervals), intervalP95: p95(intervals), work: median(work), workP95: p95(work), slow: intervals.filter((t) => t > 20).length, steps };
}

function pan(el, steps) {
  const box = el.shadowRoot.querySelector('svg.map').getBoundingClientRect();
  let x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const event = (type, cx) => new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', button: 0, buttons: 1, clientX: cx, clientY: y, bubbles: true, composed: true });
  el.shadowRoot.querySelector('svg.map').dispatchEvent(event('pointerdown', x));
  return gesture(el, steps, (svg, i) => {
    x += i % 40 < 20 ? 6 : -6;
    svg.dispatchEvent(event('pointermove', x));
  }).finally(() => el.shadowRoot.querySelector('svg.map').dispatchEvent(event('pointerup', x)));
}

function zoom(el, steps) {
  const box = el.shadowRoot.querySelector('svg.map').getBoundingClientRect();
  return gesture(el, steps, (svg, i) => {
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i < steps / 2 ? -25 : 25, clientX: box.left + box.width * 0.45, clientY: box.top + box.height * 0.55, bubbles: true, cancelable: true }));
  });
}

globalThis.mapBench = {
  async run(text, size, runs) {
    const first = [];
    const paint = [];
    let el;
    for (let i = 0; i < runs; i++) {
      const result = await mount(text, size);
      first.push(result.rendered);
      paint.push(result.painted);
      el = result.el;
    }
    const counts = {
      quarters: el.shadowRoot.querySelectorAll('path.quarter').length,
      markers: el.shadowRoot.querySelectorAll('svg.map .marker').length,
      labels: el.shadowRoot.querySelectorAll('.quarter-label').length,
      nodes: el.shadowRoot.querySelectorAll('*').length,
    };
    const panWhole = await pan(el, 120);
    const zoomFrames = await zoom(el, 60);
    // Closer in: most partners stand alone, so there are many more markers to move.
    el.mapView.zoom(8);
    for (let i = 0; i < 30; i++) await frame();
    await el.updateComplete;
    const closeMarkers = el.shadowRoot.querySelectorAll('svg.map .marker').length;
    const panClose = await pan(el, 120);
    return { firstCold: first[0], firstMedian: median(first.slice(1)), firstFastest: Math.min(...first.slice(1)), paintCold: paint[0], paintMedian: median(paint.slice(1)), counts, closeMarkers, panWhole, zoomFrames, panClose };
  },
};
`;

async function bundle(minify: boolean): Promise<string> {
  return (await bundleFor({ contents: ENTRY, resolveDir: `${WIDGETS_SRC}/map/`, minify })).js;
}

interface FrameFigures {
  interval: number;
  intervalP95: number;
  work: number;
  workP95: number;
  slow: number;
  steps: number;
}

interface Figures {
  firstCold: number;
  firstMedian: number;
  firstFastest: number;
  paintCold: number;
  paintMedian: number;
  counts: { quarters: number; markers: number; labels: number; nodes: number };
  closeMarkers: number;
  panWhole: FrameFigures;
  zoomFrames: FrameFigures;
  panClose: FrameFigures;
}

async function main(): Promise<void> {
  const runs = Math.max(2, option('runs', 7));
  const partnerCount = option('partners', 2000);
  const feed = benchFeed(partnerCount);
  const files = new Map([
    ['/', { type: 'text/html', body: benchPage('map bench') }],
    ['/bench.js', { type: 'text/javascript', body: await bundle(true) }],
    ['/feed.json', { type: 'application/json', body: JSON.stringify(feed) }],
  ]);
  const server = await serve(files, { isolate: true });
  let figures: Figures;
  try {
    figures = await withBrowser(async (browser) => {
      const page = await openPage(browser, `${server.origin}/`, { width: SIZE.width + 40, height: SIZE.height + 200 }, '"mapBench" in globalThis');
      return (await page.evaluate(
        async (size: typeof SIZE, count: number) => {
          const text = await (await fetch('/feed.json')).text();
          return (globalThis as unknown as { mapBench: { run(t: string, s: typeof SIZE, r: number): Promise<unknown> } }).mapBench.run(text, size, count);
        },
        SIZE,
        runs,
      )) as Figures;
    });
  } finally {
    await server.close();
  }
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const mark = (value: number, aim: number) => (value <= aim ? 'ok' : 'ABOVE AIM');
  const [load] = loadavg();
  console.log(`\nMap benchmark: ${feed.quarters.length} quarter outlines, ${feed.partners.length} partners, ${feed.offers.length} offers; map ${SIZE.width} x ${SIZE.height} px`);
  console.log(`drawn: ${figures.counts.quarters} outlines, ${figures.counts.labels} names, ${figures.counts.markers} markers and groups at the whole city (${figures.counts.nodes} nodes in the shadow root), ${figures.closeMarkers} at 8x zoom`);
  if (load > availableParallelism() * 0.75) console.log(`warning: the machine is busy (load ${load.toFixed(1)} on ${availableParallelism()} CPUs): figures are inflated`);
  console.log('');
  console.log(`first render, cold (first run)           ${ms(figures.firstCold).padStart(10)}  to painted ${ms(figures.paintCold).padStart(10)}  aim ${AIMS.firstRender} ms: ${mark(figures.firstCold, AIMS.firstRender)}`);
  console.log(`first render, median of ${runs - 1} more runs     ${ms(figures.firstMedian).padStart(10)}  to painted ${ms(figures.paintMedian).padStart(10)}  aim ${AIMS.firstRender} ms: ${mark(figures.firstMedian, AIMS.firstRender)}`);
  console.log(`first render, fastest of those runs      ${ms(figures.firstFastest).padStart(10)}`);
  for (const [label, f] of [
    ['pan, whole city', figures.panWhole],
    ['wheel zoom (regroups markers)', figures.zoomFrames],
    ['pan, 8x closer', figures.panClose],
  ] as const) {
    console.log(
      `${label.padEnd(32)} per frame: work ${ms(f.work)} (p95 ${ms(f.workP95)}), frame interval ${ms(f.interval)} (p95 ${ms(f.intervalP95)}), slow frames ${f.slow}/${f.steps}  aim ${AIMS.frame} ms: ${mark(Math.max(f.workP95, f.interval), AIMS.frame)}`,
    );
  }
  console.log('\nwork: script, style and layout of one step, measured on its own; frame interval: time between animation frames while the gesture runs (includes paint).');
}

if (isMain(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
