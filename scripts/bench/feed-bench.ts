/**
 * Feed benchmark: how long a page takes to read the city-scale feed and to expand its events.
 *
 *   pnpm exec tsx scripts/bench/feed-bench.ts [--runs 15] [--seed 20261101] [--profile]
 *
 * Bundles @infamilie/feed for the browser with esbuild, serves it with the generated feed (whole and
 * split) from 127.0.0.1, and measures in headless Chromium (Debian's, never downloaded; set
 * CHROMIUM_PATH to use another): parse + validate from JSON text, and occurrences for one month and
 * one year. The same figures are measured in Node for comparison. Medians of `--runs` runs after
 * warm-up (and the fastest run: on a busy machine it is the better estimate). `--profile` also prints
 * where Chromium spent its time. A benchmark, not a test: it exits 0 whether the aims are met or not.
 */
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { parseFeed, parseFeedPart, occurrences, monthRange } from '@infamilie/feed';
import { generateCityFeed, splitCityFeed } from './city-feed.ts';
import { CHROMIUM } from '../test-support/chromium.mjs';
import { benchPage, bundle as bundleFor, flag, launch, option, profile, ROOT, serve, topFunctions } from './harness.ts';

const AIMS = { parse: 50, month: 5 };
const MONTH: [number, number] = [2027, 3]; // has a clock change in it
const YEAR: [string, string] = ['2026-11-01', '2027-11-01'];

/** Median and fastest run, in ms. */
type Timing = [median: number, min: number];

interface Figures {
  jsonWhole: Timing;
  parseWhole: Timing;
  parseSplit: Timing;
  monthFirst: Timing;
  month: Timing;
  year: Timing;
  monthCount: number;
  yearCount: number;
}

/** Runs in the page and in Node alike: everything it needs comes in as arguments. */
async function measure(
  api: { parseFeed: typeof parseFeed; parseFeedPart: typeof parseFeedPart; occurrences: typeof occurrences; monthRange: typeof monthRange },
  texts: { whole: string; index: string; part: string },
  options: { runs: number; warmup: number; month: [number, number]; year: [string, string] },
): Promise<Figures> {
  const median = (values: number[]): [number, number] => {
    const sorted = [...values].sort((a, b) => a - b);
    return [sorted[sorted.length >> 1], sorted[0]];
  };
  const time = (fn: () => unknown) => {
    for (let i = 0; i < options.warmup; i++) fn();
    const samples: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const start = performance.now();
      fn();
      samples.push(performance.now() - start);
    }
    return median(samples);
  };
  const [from, to] = api.monthRange(...options.month);
  const jsonWhole = time(() => JSON.parse(texts.whole));
  const parseWhole = time(() => api.parseFeed(texts.whole));
  const parseSplit = time(() => {
    api.parseFeed(texts.index);
    api.parseFeedPart(texts.part);
  });
  // First call on freshly read events: nothing derived from them is cached yet (a page's first view).
  const firsts: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const events = api.parseFeed(texts.whole).feed.events;
    const start = performance.now();
    api.occurrences(events, from, to);
    firsts.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const events = api.parseFeed(texts.whole).feed.events;
  return {
    jsonWhole,
    parseWhole,
    parseSplit,
    monthFirst: median(firsts),
    month: time(() => api.occurrences(events, from, to)),
    year: time(() => api.occurrences(events, ...options.year)),
    monthCount: api.occurrences(events, from, to).length,
    yearCount: api.occurrences(events, ...options.year).length,
  };
}

/** The reader for the page (the harness's esbuild settings: production, ES2022). */
async function bundle(minify: boolean): Promise<string> {
  const contents = `import { parseFeed, parseFeedPart, occurrences, monthRange } from './index.ts';
    globalThis.feedApi = { parseFeed, parseFeedPart, occurrences, monthRange };`;
  return (await bundleFor({ contents, resolveDir: `${ROOT}/packages/feed/src`, minify })).js;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const runs = option('runs', 15);
  const seed = option('seed', 20261101);
  const profiling = flag('profile');
  const feed = generateCityFeed(seed);
  const whole = JSON.stringify(feed);
  const split = splitCityFeed(feed);
  const index = JSON.stringify(split['index.json']);
  // The largest quarter part: the worst case for a page that shows one quarter.
  const [partPath, part] = Object.entries(split)
    .filter(([path]) => path.startsWith('quarters/'))
    .map(([path, doc]) => [path, JSON.stringify(doc)] as const)
    .sort((a, b) => b[1].length - a[1].length)[0];
  const texts = { whole, index, part };
  const options = { runs, warmup: 3, month: MONTH, year: YEAR };

  const files = new Map([
    ['/', { type: 'text/html', body: benchPage('feed bench') }],
    ['/bench.js', { type: 'text/javascript', body: await bundle(!profiling) }],
    ['/feed.json', { type: 'application/json', body: whole }],
    ['/split/index.json', { type: 'application/json', body: index }],
    [`/split/${partPath}`, { type: 'application/json', body: part }],
  ]);
  const server = await serve(files, { isolate: true });
  const origin = server.origin;
  let browserFigures: Figures | undefined;
  let browserError: unknown;
  let profileLines: string[] = [];
  const browser = await launch().catch((error: unknown) => {
    browserError = error;
    return undefined;
  });
  try {
    if (browser) {
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction('"feedApi" in globalThis');
      // Functions reach the page as source; tsx names them with a helper the page must have.
      await page.evaluate('globalThis.__name = (fn) => fn');
      const run = () =>
        page.evaluate(
          async (measureSource: string, paths: { whole: string; index: string; part: string }, opts: typeof options) => {
            const load = async (path: string) => (await fetch(path)).text();
            const pageTexts = { whole: await load(paths.whole), index: await load(paths.index), part: await load(paths.part) };
            // eslint-disable-next-line no-new-func
            const measureInPage = new Function(`return (${measureSource})`)() as typeof measure;
            return measureInPage((globalThis as unknown as { feedApi: Parameters<typeof measure>[0] }).feedApi, pageTexts, opts);
          },
          measure.toString(),
          { whole: '/feed.json', index: '/split/index.json', part: `/split/${partPath}` },
          options,
        );
      if (profiling) {
        const cpu = await profile(page, async () => (browserFigures = await run()));
        profileLines = topFunctions(cpu, 25);
      } else browserFigures = await run();
    }
  } catch (error) {
    browserError = error;
  } finally {
    await browser?.close();
    await server.close();
  }
  const nodeFigures = await measure({ parseFeed, parseFeedPart, occurrences, monthRange }, texts, options);

  const bytes = (text: string) => Buffer.byteLength(text);
  const gz = (text: string) => gzipSync(text).length;
  const quarterCount = Object.keys(split).length - 1;
  const [load] = loadavg();
  console.log(`\nFeed benchmark (seed ${seed}): ${feed.quarters!.length} quarters, ${feed.partners!.length} partners, ${feed.offers!.length} offers, ${feed.events!.length} events (${feed.events!.filter((e) => e.recurrence).length} recurring)`);
  console.log(`median (fastest) of ${runs} runs after 3 warm-up runs; month ${MONTH.join('-')}: ${nodeFigures.monthCount} occurrences, year ${YEAR.join(' to ')}: ${nodeFigures.yearCount}`);
  if (load > availableParallelism() * 0.75) {
    console.log(`warning: the machine is busy (load ${load.toFixed(1)} on ${availableParallelism()} CPUs): medians are inflated, the fastest runs are closer to the truth`);
  }
  console.log('');
  const rows: Array<[string, Exclude<keyof Figures, 'monthCount' | 'yearCount'>, number | undefined]> = [
    ['JSON.parse alone, whole feed', 'jsonWhole', undefined],
    ['parse + validate, whole feed', 'parseWhole', AIMS.parse],
    [`parse + validate, index + ${partPath}`, 'parseSplit', AIMS.parse],
    ['occurrences, one month', 'month', AIMS.month],
    ['occurrences, one month, first call on new events', 'monthFirst', AIMS.month],
    ['occurrences, one year', 'year', undefined],
  ];
  const ms = (value: Timing | undefined) => (value === undefined ? 'n/a' : `${value[0].toFixed(2)} (${value[1].toFixed(2)})`);
  const line = (cells: string[]) => console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(64) : cell.padStart(i < 3 ? 18 : 10))).join(' '));
  line(['ms', 'Chromium', 'Node', 'aim', 'met']);
  for (const [label, key, aim] of rows) {
    const value = browserFigures?.[key];
    line([label, ms(value), ms(nodeFigures[key]), aim ? `< ${aim}` : '', aim && value !== undefined ? (value[0] < aim ? 'yes' : 'NO') : '']);
  }
  console.log('');
  line(['size', 'bytes', 'gzip']);
  line(['whole feed', kb(bytes(whole)), kb(gz(whole))]);
  line([`index + one quarter part (largest of ${quarterCount})`, kb(bytes(index) + bytes(part)), kb(gz(index) + gz(part))]);
  line(['  index alone', kb(bytes(index)), kb(gz(index))]);
  line([`  ${partPath}`, kb(bytes(part)), kb(gz(part))]);
  if (profileLines.length) console.log(`\nChromium, self time over the whole measurement (unminified bundle):\n${profileLines.join('\n')}`);
  if (browserError) {
    console.error(`\nChromium could not be used (${CHROMIUM}): ${browserError instanceof Error ? browserError.message : String(browserError)}`);
    process.exitCode = 1;
  }
}

await main();
