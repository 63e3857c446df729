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
import { occurrences, monthRange } from '@infamilie/feed';
import { calendarFeed, CALENDAR_MONTH as MONTH } from './data.ts';
import { benchPage, bundle as bundleFor, isMain, openPage, option, serve, withBrowser, WIDGETS_SRC } from './harness.ts';

const AIM_MS = 50;

/** The month of 2,000 occurrences (scripts/bench/data.ts; the comparison with FullCalendar uses it too). */
export const benchFeed = calendarFeed;

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

async function bundle(): Promise<string> {
  const contents = `import './calendar/define.ts';
    import { parseFeed } from '@infamilie/feed';
    globalThis.calendarBench = { parseFeed };`;
  return (await bundleFor({ contents, resolveDir: WIDGETS_SRC })).js;
}

async function main(): Promise<void> {
  const runs = option('runs', 15);
  const doc = benchFeed();
  const [from, to] = monthRange(...MONTH);
  const count = occurrences(doc.events as never, from, to).length;
  const files = new Map([
    ['/', { type: 'text/html', body: benchPage('calendar bench', { bodyStyle: 'width: 1100px' }) }],
    ['/bench.js', { type: 'text/javascript', body: await bundle() }],
    ['/feed.json', { type: 'application/json', body: JSON.stringify(doc) }],
  ]);
  const server = await serve(files, { isolate: true });
  let figures: Figures;
  try {
    figures = await withBrowser(async (browser) => {
      const page = await openPage(browser, `${server.origin}/`, { width: 1200, height: 900 }, '"calendarBench" in globalThis && customElements.get("infamilie-calendar")');
      const feedText = await page.evaluate(async () => (await fetch('/feed.json')).text());
      return page.evaluate(
        (source: string, text: string, opts: { runs: number; warmup: number; month: string }) => (new Function(`return (${source})`)() as typeof measure)(text, opts),
        measure.toString(),
        feedText,
        { runs, warmup: 3, month: `${MONTH[0]}-${String(MONTH[1]).padStart(2, '0')}` },
      );
    });
  } finally {
    await server.close();
  }
  console.log(`\nCalendar benchmark: month ${MONTH.join('-')} with ${count} occurrences of ${doc.events!.length} events; medians of ${runs} runs after 3 warm-up runs\n`);
  const line = (cells: string[]) => console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(52) : cell.padStart(12))).join(' '));
  line(['', 'Chromium', 'aim', 'met']);
  line(['first render (fresh feed: expand, render, layout)', `${figures.first.toFixed(1)} ms`, `< ${AIM_MS} ms`, figures.first < AIM_MS ? 'yes' : 'NO']);
  line(['next month (not yet expanded)', `${figures.nextMonth.toFixed(1)} ms`, `< ${AIM_MS} ms`, figures.nextMonth < AIM_MS ? 'yes' : 'NO']);
  line(['arrow key in the grid (memoised)', `${figures.keyPress.toFixed(1)} ms`, `< ${AIM_MS} ms`, figures.keyPress < AIM_MS ? 'yes' : 'NO']);
  console.log(`\n${figures.cells} day cells, ${figures.chips} event chips rendered (at most 3 per day, "+N weitere" for the rest)`);
}

if (isMain(import.meta.url)) await main();
