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
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { parseFeed, parseFeedPart, occurrences, monthRange } from '@infamilie/feed';
import { generateCityFeed, splitCityFeed } from './city-feed.ts';
import { CHROMIUM, launchChromium } from '../test-support/chromium.mjs';

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

async function loadEsbuild(): Promise<typeof import('esbuild')> {
  try {
    return await import('esbuild');
  } catch {
    // Not a dependency of the workspace itself: use the copy tsx brings along.
    const require = createRequire(import.meta.url);
    const fromTsx = createRequire(require.resolve('tsx/package.json'));
    console.warn('note: esbuild does not resolve from scripts/; using the copy that tsx depends on');
    return fromTsx('esbuild') as typeof import('esbuild');
  }
}

async function bundle(minify: boolean): Promise<string> {
  const { build } = await loadEsbuild();
  const featureDir = fileURLToPath(new URL('../../packages/feed/src/', import.meta.url));
  const result = await build({
    stdin: {
      contents: `import { parseFeed, parseFeedPart, occurrences, monthRange } from './index.ts';
        globalThis.feedApi = { parseFeed, parseFeedPart, occurrences, monthRange };`,
      resolveDir: featureDir,
      loader: 'ts',
      sourcefile: 'bench-entry.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function serve(files: Map<string, { type: string; body: string }>): Promise<Server> {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    // Cross-origin isolation gives the page a fine-grained performance.now().
    response.writeHead(200, {
      'content-type': file.type,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    response.end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The functions with the most self time in a V8 CPU profile, as printable lines. */
function topFunctions(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, count = 25): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, micros]) => `${(micros / 1000).toFixed(1).padStart(9)} ms  ${key}`);
}

async function main(): Promise<void> {
  const runs = option('runs', 15);
  const seed = option('seed', 20261101);
  const profiling = process.argv.includes('--profile');
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
    ['/', { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>feed bench</title><script type="module" src="/bench.js"></script>' }],
    ['/bench.js', { type: 'text/javascript', body: await bundle(!profiling) }],
    ['/feed.json', { type: 'application/json', body: whole }],
    ['/split/index.json', { type: 'application/json', body: index }],
    [`/split/${partPath}`, { type: 'application/json', body: part }],
  ]);
  const server = await serve(files);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browserFigures: Figures | undefined;
  let browserError: unknown;
  let profileLines: string[] = [];
  const browser = await launchChromium().catch((error: unknown) => {
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
      const session = profiling ? await page.createCDPSession() : undefined;
      if (session) {
        await session.send('Profiler.enable');
        await session.send('Profiler.setSamplingInterval', { interval: 100 });
        await session.send('Profiler.start');
      }
      browserFigures = await page.evaluate(
        async (measureSource: string, paths: { whole: string; index: string; part: string }, opts: typeof options) => {
          const load = async (path: string) => (await fetch(path)).text();
          const pageTexts = { whole: await load(paths.whole), index: await load(paths.index), part: await load(paths.part) };
          // eslint-disable-next-line no-new-func
          const run = new Function(`return (${measureSource})`)() as typeof measure;
          return run((globalThis as unknown as { feedApi: Parameters<typeof measure>[0] }).feedApi, pageTexts, opts);
        },
        measure.toString(),
        { whole: '/feed.json', index: '/split/index.json', part: `/split/${partPath}` },
        options,
      );
      if (session) profileLines = topFunctions((await session.send('Profiler.stop')).profile as never);
    }
  } catch (error) {
    browserError = error;
  } finally {
    await browser?.close();
    server.close();
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
