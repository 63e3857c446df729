/**
 * Calendar benchmark: how long `<infamilie-calendar view="month">` takes to show a month of 2,000
 * occurrences (recurring, multi-day, hundreds on some days) in headless Chromium.
 *
 *   pnpm exec tsx scripts/bench/calendar-bench.ts [--runs 15]
 *
 * Bundles the element with esbuild (production Lit), serves it from 127.0.0.1 and measures, as
 * medians of `--runs` runs after warm-up:
 *   - first render: a new element on a freshly parsed feed (nothing memoised), until rendered and laid out;
 *   - next month: the "next" button to a month not yet shown (expansion of that month, render, layout);
 *   - key press: an arrow key in the grid (the month is memoised; re-render and layout only).
 * Uses Debian's chromium (never downloads one; set CHROMIUM_PATH for another). A benchmark, not a
 * test: it exits 0 whether the aim is met or not, 1 when Chromium cannot run.
 */
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { occurrences, monthRange, type FeedInput } from '@infamilie/feed';
import { CHROMIUM, launchChromium } from '../test-support/chromium.mjs';

const AIM_MS = 50;
const MONTH: [number, number] = [2027, 3]; // has a clock change in it
const TARGET = 2000;

type EventInput = NonNullable<FeedInput['events']>[number];

/** A deterministic feed whose March 2027 holds exactly `TARGET` occurrences. */
export function benchFeed(): FeedInput {
  let seed = 20270301;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pad = (n: number) => String(n).padStart(2, '0');
  const quarters = Array.from({ length: 6 }, (_, i) => ({ id: `quartier-${i}`, name: `Quartier ${i}` }));
  const partners = Array.from({ length: 60 }, (_, i) => ({ id: `partner-${i}`, name: `Kita ${i}`, quarters: [quarters[i % 6].id], address: { street: `Straße ${i}`, city: 'Dortmund' } }));
  const categories = ['language', 'parents', 'leisure', 'counselling'].map((id, i) => ({ id, name: `Kategorie ${i}`, color: ['#00577d', '#b8326a', '#2e7d32', '#6a4c93'][i] }));
  const events: EventInput[] = [];
  const base = (i: number) => ({ title: { de: `Termin ${i}`, en: `Event ${i}` }, partner: partners[i % 60].id, category: categories[i % 4].id, ages: { min: i % 6, max: (i % 6) + 4 } });
  // Weekly series over the clock change, multi-day and all-day events, a busy day, then single events.
  for (let i = 0; i < 150; i++) {
    const dayOfMonth = 1 + (i % 7);
    events.push({ id: `serie-${i}`, ...base(i), start: `2027-03-0${dayOfMonth}T${pad(8 + (i % 10))}:00:00+01:00`, end: `2027-03-0${dayOfMonth}T${pad(9 + (i % 10))}:30:00+01:00`, recurrence: { freq: 'weekly', until: '2027-12-31' } });
  }
  for (let i = 0; i < 40; i++) events.push({ id: `freizeit-${i}`, ...base(i), start: `2027-03-${pad(1 + (i % 26))}`, end: `2027-03-${pad(3 + (i % 26))}`, allDay: true });
  for (let i = 0; i < 300; i++) events.push({ id: `markt-${i}`, ...base(i), start: `2027-03-18T${pad(8 + (i % 12))}:00:00+01:00`, status: i % 10 ? 'scheduled' : 'cancelled' });
  const [from, to] = monthRange(...MONTH);
  const count = () => occurrences(events as never, from, to).length;
  for (let i = 0, have = count(); have < TARGET; i++, have++) {
    const dayOfMonth = 1 + Math.floor(random() * 31);
    const hour = 8 + Math.floor(random() * 12);
    const offset = dayOfMonth >= 28 && !(dayOfMonth === 28 && hour < 3) ? '+02:00' : '+01:00';
    events.push({ id: `einzel-${i}`, ...base(i), start: `2027-03-${pad(dayOfMonth)}T${pad(hour)}:${pad(Math.floor(random() * 4) * 15)}:00${offset}` });
  }
  return { version: 1, network: { id: 'bench', name: 'Netzwerk INFamilie' }, categories, quarters, partners, events };
}

interface Figures {
  first: number;
  nextMonth: number;
  keyPress: number;
  cells: number;
  chips: number;
}

/** Runs in the page: everything it needs is on globalThis.calendarBench. */
async function measure(feedText: string, options: { runs: number; warmup: number; month: string }): Promise<Figures> {
  const { parseFeed } = (globalThis as unknown as { calendarBench: { parseFeed: (text: string) => { feed: unknown } } }).calendarBench;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
  type Calendar = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
  const settle = async (el: Calendar) => {
    while (!(await el.updateComplete));
    el.shadowRoot!.querySelector('.calendar')!.getBoundingClientRect();
  };
  const samples: Record<'first' | 'nextMonth' | 'keyPress', number[]> = { first: [], nextMonth: [], keyPress: [] };
  let cells = 0;
  let chips = 0;
  for (let run = 0; run < options.warmup + options.runs; run++) {
    const feed = parseFeed(feedText).feed;
    const el = document.createElement('infamilie-calendar') as Calendar;
    el.setAttribute('view', 'month');
    el.setAttribute('month', options.month);
    el.data = feed;
    let start = performance.now();
    document.body.append(el);
    await settle(el);
    const first = performance.now() - start;
    cells = el.shadowRoot!.querySelectorAll('[role="gridcell"]').length;
    chips = el.shadowRoot!.querySelectorAll('.chip').length;

    const cell = el.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!;
    cell.focus();
    start = performance.now();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await settle(el);
    const keyPress = performance.now() - start;

    const next = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')[2];
    start = performance.now();
    next.click();
    await settle(el);
    const nextMonth = performance.now() - start;
    el.remove();
    if (run >= options.warmup) {
      samples.first.push(first);
      samples.keyPress.push(keyPress);
      samples.nextMonth.push(nextMonth);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { first: median(samples.first), nextMonth: median(samples.nextMonth), keyPress: median(samples.keyPress), cells, chips };
}

async function loadEsbuild(): Promise<{ build: (options: Record<string, unknown>) => Promise<{ outputFiles: { text: string }[] }> }> {
  try {
    return (await import('esbuild' as string)) as never;
  } catch {
    // Not a dependency of the workspace itself: use the copy that tsx brings along.
    const require = createRequire(import.meta.url);
    return createRequire(require.resolve('tsx/package.json'))('esbuild');
  }
}

async function bundle(): Promise<string> {
  const { build } = await loadEsbuild();
  const widgets = fileURLToPath(new URL('../../packages/widgets/src/', import.meta.url));
  const result = await build({
    stdin: {
      contents: `import './calendar/define.ts';
        import { parseFeed } from '@infamilie/feed';
        globalThis.calendarBench = { parseFeed };`,
      resolveDir: widgets,
      loader: 'ts',
      sourcefile: 'calendar-bench-entry.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
  });
  return result.outputFiles[0].text;
}

function serve(files: Map<string, { type: string; body: string }>): Promise<Server> {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) return void response.writeHead(404).end();
    // Cross-origin isolation gives the page a fine-grained performance.now().
    response.writeHead(200, { 'content-type': file.type, 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store' });
    response.end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main(): Promise<void> {
  const runs = option('runs', 15);
  const doc = benchFeed();
  const [from, to] = monthRange(...MONTH);
  const count = occurrences(doc.events as never, from, to).length;
  const files = new Map([
    ['/', { type: 'text/html', body: '<!doctype html><html lang="de"><meta charset="utf-8"><title>calendar bench</title><body style="width: 1100px"><script type="module" src="/bench.js"></script>' }],
    ['/bench.js', { type: 'text/javascript', body: await bundle() }],
    ['/feed.json', { type: 'application/json', body: JSON.stringify(doc) }],
  ]);
  const server = await serve(files);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let figures: Figures | undefined;
  let failure: unknown;
  const browser = await launchChromium().catch((error: unknown) => void (failure = error));
  try {
    if (browser) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(`${origin}/`);
      await page.waitForFunction('"calendarBench" in globalThis && customElements.get("infamilie-calendar")');
      // Functions reach the page as source; tsx names them with a helper the page must have.
      await page.evaluate('globalThis.__name = (fn) => fn');
      const feedText = await page.evaluate(async () => (await fetch('/feed.json')).text());
      figures = await page.evaluate(
        (source: string, text: string, opts: { runs: number; warmup: number; month: string }) => (new Function(`return (${source})`)() as typeof measure)(text, opts),
        measure.toString(),
        feedText,
        { runs, warmup: 3, month: `${MONTH[0]}-${String(MONTH[1]).padStart(2, '0')}` },
      );
    }
  } catch (error) {
    failure = error;
  } finally {
    await browser?.close();
    server.close();
  }
  console.log(`\nCalendar benchmark: month ${MONTH.join('-')} with ${count} occurrences of ${doc.events!.length} events; medians of ${runs} runs after 3 warm-up runs\n`);
  if (!figures) {
    console.error(`Chromium could not be used (${CHROMIUM}): ${failure instanceof Error ? failure.message : String(failure)}`);
    process.exitCode = 1;
    return;
  }
  const line = (cells: string[]) => console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(52) : cell.padStart(12))).join(' '));
  line(['', 'Chromium', 'aim', 'met']);
  line(['first render (fresh feed: expand, render, layout)', `${figures.first.toFixed(1)} ms`, `< ${AIM_MS} ms`, figures.first < AIM_MS ? 'yes' : 'NO']);
  line(['next month (not yet expanded)', `${figures.nextMonth.toFixed(1)} ms`, `< ${AIM_MS} ms`, figures.nextMonth < AIM_MS ? 'yes' : 'NO']);
  line(['arrow key in the grid (memoised)', `${figures.keyPress.toFixed(1)} ms`, `< ${AIM_MS} ms`, figures.keyPress < AIM_MS ? 'yes' : 'NO']);
  console.log(`\n${figures.cells} day cells, ${figures.chips} event chips rendered (at most 3 per day, "+N weitere" for the rest)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
