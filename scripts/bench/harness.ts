/**
 * What every benchmark shares: options, bundling for the browser with esbuild, a small HTTP server
 * (in-memory files, optionally dist/ and gzip), Debian's Chromium (never a downloaded one), running a
 * function in a page, medians, CPU profiles and the machine's facts. Benchmarks, not tests: they exit 0
 * whether an aim is met or not, and 1 only when they cannot measure.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer-core';
import { CONTENT_TYPES } from '../preview/server.ts';
import { CHROMIUM, CHROMIUM_ARGS, launchChromium } from '../test-support/chromium.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
export const BENCH = `${ROOT}/scripts/bench`;
/** What `pnpm build` writes: the CDN files and the demo pages that the benchmarks load. */
export const DIST = `${ROOT}/dist`;
export const WIDGETS_SRC = `${ROOT}/packages/widgets/src`;
export const TSCONFIG = `${ROOT}/tsconfig.json`;
/** Dortmund's 170 statistical sub-districts and its address register (Stadt Dortmund, dl-de/by-2-0). */
export const GEO_DIR = process.env.INFAMILIE_GEO_DIR || `${ROOT}/scripts/feed/data`;

/** `--name value` from the command line, else `fallback`. */
export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** True when this module is the script that was started (`tsx scripts/bench/x.ts`). */
export function isMain(url: string): boolean {
  return Boolean(process.argv[1]) && fileURLToPath(url) === resolve(process.argv[1]);
}

export interface BundleOptions {
  /** The entry's source (TypeScript), or `file` instead. */
  contents?: string;
  file?: string;
  /** Where the entry's imports resolve from (default: scripts/bench). */
  resolveDir?: string;
  /** Minified (default) or readable, for profiles with function names. */
  minify?: boolean;
  /** Emit a metafile and return it too. */
  metafile?: boolean;
}

/**
 * One ES module for the browser, as partners get production code: esbuild, minified, ES2022,
 * `production` export conditions (Lit's production build) and NODE_ENV=production.
 */
export async function bundle(options: BundleOptions): Promise<{ js: string; css: string; metafile?: import('esbuild').Metafile }> {
  const result = await build({
    ...(options.file
      ? { entryPoints: [options.file] }
      : { stdin: { contents: options.contents ?? '', resolveDir: options.resolveDir ?? BENCH, loader: 'ts' as const, sourcefile: 'bench-entry.ts' } }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    write: false,
    outdir: '/virtual',
    logLevel: 'silent',
    legalComments: 'none',
    tsconfig: TSCONFIG,
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    metafile: options.metafile ?? false,
  });
  const text = (ext: string) => result.outputFiles.filter((file) => file.path.endsWith(ext)).map((file) => file.text).join('\n');
  return { js: text('.js'), css: text('.css'), metafile: result.metafile };
}

/** Gzip at zlib's default level, as scripts/build/sizes.ts counts our files: every size here is counted alike. */
export const gzipBytes = (data: string | Uint8Array): number => gzipSync(data).length;

export interface ServedFile {
  type: string;
  body: string | Uint8Array;
}

export interface ServeOptions {
  /** Cross-origin isolation (COOP + COEP) gives pages a fine-grained performance.now(). */
  isolate?: boolean;
  /** Compress responses with gzip when the browser accepts it (as a CDN would). */
  gzip?: boolean;
  /** URL prefixes served from folders on disk, e.g. `{ '/cdn/': 'dist/cdn' }`. */
  folders?: Record<string, string>;
}

export interface Server {
  origin: string;
  close(): Promise<void>;
}


/** Serves `files` (by path) and `folders` on 127.0.0.1 at a free port, `cache-control: no-store`. */
export async function serve(files: Map<string, ServedFile>, options: ServeOptions = {}): Promise<Server> {
  const headersOf = (type: string): Record<string, string> => ({
    'content-type': type,
    'cache-control': 'no-store',
    ...(options.isolate ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}),
  });
  const send = (request: IncomingMessage, response: ServerResponse, type: string, body: string | Uint8Array) => {
    const headers = headersOf(type);
    if (options.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(Buffer.byteLength(body));
    response.writeHead(200, headers).end(body);
  };
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname);
      const file = files.get(path);
      if (file) return send(request, response, file.type, file.body);
      for (const [prefix, folder] of Object.entries(options.folders ?? {})) {
        if (!path.startsWith(prefix)) continue;
        const root = resolve(folder);
        const target = normalize(join(root, path.slice(prefix.length)));
        if (!target.startsWith(root) || !(await stat(target).catch(() => undefined))?.isFile()) break;
        const type = CONTENT_TYPES[extname(target)] ?? 'application/octet-stream';
        if (options.gzip) return send(request, response, type, await readFile(target));
        response.writeHead(200, headersOf(type));
        return void createReadStream(target).pipe(response);
      }
      response.writeHead(404).end();
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A page for in-memory benchmarks: one module script, `lang`, optional styles. */
export function benchPage(title: string, options: { script?: string; css?: string; bodyStyle?: string } = {}): string {
  return `<!doctype html><html lang="de"><meta charset="utf-8"><title>${title}</title>${options.css ? `<link rel="stylesheet" href="${options.css}">` : ''}<body style="${options.bodyStyle ?? 'margin:0'}"><script type="module" src="${options.script ?? '/bench.js'}"></script>`;
}

/** Debian's Chromium, headless, with `gc()` exposed so that runs can start from a collected heap. */
export function launch(options: Parameters<typeof launchChromium>[0] = {}): Promise<Browser> {
  return launchChromium({ args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], ...options });
}

/** Runs `use` with a browser and closes it; a browser that cannot start is reported and exits 1. */
export async function withBrowser<T>(use: (browser: Browser) => Promise<T>, options: Parameters<typeof launchChromium>[0] = {}): Promise<T> {
  let browser: Browser;
  try {
    browser = await launch(options);
  } catch (error) {
    console.error(`Chromium could not be used (${CHROMIUM}): ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/** A new page at `url`, page errors printed, and tsx's `__name` helper defined for functions passed in. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1200, height: 900 }, ready?: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  page.on('pageerror', (error) => console.error('page error:', (error as Error).message ?? error));
  // tsx compiles functions with esbuild's keepNames, wrapping them in `__name(...)`: the page needs it.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.goto(url);
  if (ready) await page.waitForFunction(ready, { timeout: 30_000 });
  return page;
}

/** Median and spread of samples (ms). */
export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export const median = (samples: number[]): number => stats(samples).median;

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime?: number;
  samples: number[];
  timeDeltas: number[];
}

/** Runs `work` under V8's sampling profiler and returns the profile. */
export async function profile(page: Page, work: () => Promise<unknown>): Promise<CpuProfile> {
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  await work();
  const { profile: result } = await session.send('Profiler.stop');
  await session.detach();
  return result as unknown as CpuProfile;
}

/**
 * The functions with the most self time in one or more profiles, as printable lines, after a line
 * that splits the time into our JavaScript, the browser's built-ins (DOM calls), the garbage
 * collector and "(program)" (native work outside JavaScript: style, layout, parsing HTML).
 */
/**
 * Which source module a line of a readable (unminified) esbuild bundle comes from: esbuild writes
 * `// path` before each module. npm packages are named by package, our files by their path.
 */
export function moduleOfLine(bundleText: string): (line: number) => string {
  const starts: [number, string][] = [];
  bundleText.split('\n').forEach((text, i) => {
    const match = /^\/\/ (\S+\.(?:ts|js|mjs))$/.exec(text);
    if (match) starts.push([i + 1, match[1]]);
  });
  return (line) => {
    let low = 0;
    let high = starts.length - 1;
    let found = '';
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid][0] <= line) {
        found = starts[mid][1];
        low = mid + 1;
      } else high = mid - 1;
    }
    const npm = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(found);
    return npm ? `npm: ${npm[1]}` : found.replace(/^.*?packages\//, '').replace(/^.*?scripts\//, 'scripts/') || '(bundle)';
  };
}

export function topFunctions(cpu: CpuProfile, count = 20, windows?: { calibration: number; windows: [number, number][] }, moduleOf?: (line: number) => string): string[] {
  const modules = new Map<string, number>();
  const self = new Map<string, number>();
  const kinds = { javascript: 0, builtins: 0, gc: 0, program: 0 };
  let total = 0;
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  // Sample times in the page's performance.now(): the first sample in benchCalibration is its start.
  const times: number[] = [];
  let at = cpu.startTime ?? 0;
  for (const delta of cpu.timeDeltas) times.push((at += delta) / 1000);
  const first = cpu.samples.findIndex((id) => byId.get(id)!.callFrame.functionName === 'benchCalibration');
  const offset = windows && first >= 0 ? times[first] - windows.calibration : undefined;
  const kept = (i: number) => !windows || (offset !== undefined && windows.windows.some(([from, to]) => times[i] - offset >= from && times[i] - offset <= to));
  {
    cpu.samples.forEach((id, i) => {
      if (!kept(i)) return;
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === '(idle)' || frame.functionName === '(root)') return;
      const micros = cpu.timeDeltas[i] ?? 0;
      total += micros;
      if (frame.functionName === '(garbage collector)') kinds.gc += micros;
      else if (frame.functionName === '(program)') kinds.program += micros;
      else if (frame.url) kinds.javascript += micros;
      else kinds.builtins += micros;
      if (moduleOf && frame.url) {
        const module = moduleOf(frame.lineNumber + 1);
        modules.set(module, (modules.get(module) ?? 0) + micros);
      }
      const where = frame.url ? ` ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '';
      const key = `${frame.functionName || '(anonymous)'}${where}`;
      self.set(key, (self.get(key) ?? 0) + micros);
    });
  }
  const share = (micros: number) => `${((100 * micros) / (total || 1)).toFixed(0)} %`;
  return [
    `${(total / 1000).toFixed(1)} ms sampled: JavaScript ${share(kinds.javascript)}, built-ins and DOM calls (forced style and layout count here, as getBoundingClientRect) ${share(kinds.builtins)}, garbage collector ${share(kinds.gc)}, (program: other native work) ${share(kinds.program)}`,
    ...(modules.size
      ? [`JavaScript by module: ${[...modules].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([module, micros]) => `${module} ${share(micros)}`).join(', ')}`]
      : []),
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, micros]) => `${(micros / 1000).toFixed(1).padStart(8)} ms ${((100 * micros) / (total || 1)).toFixed(1).padStart(5)} %  ${key}`),
  ];
}

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  load: [number, number, number];
  node: string;
  chromium: string;
}

export async function machine(browser?: Browser): Promise<Machine> {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    load: loadavg().map((value) => Number(value.toFixed(2))) as [number, number, number],
    node: process.version,
    chromium: browser ? await browser.version() : 'not started',
  };
}

/** A warning when other work competes for the CPUs (figures are then inflated), else ''. */
export function busyWarning(facts: Machine): string {
  return facts.load[0] > facts.cpus * 0.75 ? `warning: the machine is busy (load ${facts.load[0]} on ${facts.cpus} CPUs): figures are inflated, ratios measured side by side hold better than absolute times` : '';
}

/** A deterministic shuffle (for the order of ours and the peer's runs within a round). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export const ms = (value: number | undefined, digits = 1): string => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(digits)} ms`);
export const kb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${(bytes / 1000).toFixed(1)} KB`);
