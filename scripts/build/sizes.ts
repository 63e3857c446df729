/**
 * Sizes of the built files and the budgets they must keep (`pnpm test` fails when one is over):
 * what a family's cheap phone downloads before the first widget shows.
 *
 * `pnpm exec tsx scripts/build/sizes.ts [dist]` prints the table and the module breakdown of infamilie.js.
 */
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';

/**
 * Bytes after gzip (1 KB = 1000 bytes) of a file together with the chunks it imports statically: what
 * the browser must fetch before the file runs, however the bundler splits it. Do not raise these to
 * make a test pass: make the code smaller.
 */
export const BUDGETS: Record<string, number> = {
  'infamilie.js': 30_000,
  'loader.js': 2_000,
};

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

export const gzipSize = (data: Uint8Array): number => gzipSync(data).length;

export async function fileSizes(dir: string): Promise<FileSize[]> {
  const rows: FileSize[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = `${entry.parentPath}/${entry.name}`;
    const data = await readFile(path);
    // Brotli at its slowest setting is what static hosts precompress with; only scripts are worth the time.
    const brotli = path.endsWith('.js') ? brotliCompressSync(data).length : 0;
    rows.push({ file: path.slice(dir.length + 1), bytes: data.length, gzip: gzipSize(data), brotli });
  }
  return rows.sort((a, b) => a.file.localeCompare(b.file));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The table of every file. */
export function formatSizes(rows: FileSize[], title: string): string {
  const width = Math.max(...rows.map((row) => row.file.length), 4);
  const lines = [title, `${'file'.padEnd(width)}  ${'bytes'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`];
  for (const row of rows) {
    lines.push(`${row.file.padEnd(width)}  ${kb(row.bytes).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${(row.brotli ? kb(row.brotli) : '').padStart(10)}`);
  }
  return lines.join('\n');
}

/** The output of the metafile whose file name is `file`. */
function outputOf(metafile: Metafile, file: string): [string, Metafile['outputs'][string]] {
  const found = Object.entries(metafile.outputs).find(([path]) => path === file || path.endsWith(`/${file}`));
  if (!found) throw new Error(`no output ${file} in the metafile`);
  return found;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** A file and, recursively, the chunks it imports statically (dynamic imports load later, on demand). */
export function staticClosure(metafile: Metafile, file: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of outputOf(metafile, name)[1].imports) if (imported.kind === 'import-statement' && !imported.external) visit(baseName(imported.path));
  };
  visit(file);
  return [...seen];
}

/** The chunks that a file, or any chunk it imports statically, imports on demand (dynamic imports). */
export function dynamicImports(metafile: Metafile, file: string): string[] {
  const found = new Set<string>();
  for (const name of staticClosure(metafile, file)) {
    for (const imported of outputOf(metafile, name)[1].imports) {
      if (imported.kind === 'dynamic-import' && !imported.external) found.add(baseName(imported.path));
    }
  }
  return [...found];
}

const gzipOf = (rows: FileSize[], files: Iterable<string>) => [...files].reduce((sum, file) => sum + (rows.find((row) => row.file === file)?.gzip ?? 0), 0);

export interface PageCost {
  what: string;
  files: string[];
  gzip: number;
  budget?: number;
}

/**
 * What pages download, in gzip bytes: each budgeted entry with its static imports, and for
 * infamilie.js what each on-demand chunk adds (the feed reader, the calendar, the map; languages aside).
 */
export function pageCosts(rows: FileSize[], metafiles: Record<string, Metafile | undefined>): PageCost[] {
  const costs: PageCost[] = [];
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const metafile = metafiles[file];
    if (!metafile) continue;
    const files = staticClosure(metafile, file);
    costs.push({ what: `${file} with its static imports`, files, gzip: gzipOf(rows, files), budget });
  }
  const infamilie = metafiles['infamilie.js'];
  if (infamilie) {
    const entry = new Set(staticClosure(infamilie, 'infamilie.js'));
    const everything = new Set(entry);
    for (const chunk of dynamicImports(infamilie, 'infamilie.js').filter((name) => !/^[a-z]{2}(-[a-z]+)?-[0-9a-f]{8}\.js$/.test(name))) {
      const added = staticClosure(infamilie, chunk).filter((name) => !entry.has(name));
      added.forEach((name) => everything.add(name));
      const modules = Object.keys(outputOf(infamilie, chunk)[1].inputs).map(groupOf);
      const label = modules.find((group) => /widgets\/src\/(calendar|map)\//.test(group)) ?? (modules.some((m) => m.includes('zod')) ? 'the feed reader (zod, schema)' : chunk);
      costs.push({ what: `  + ${label}`, files: added, gzip: gzipOf(rows, added) });
    }
    costs.push({ what: 'a page with every element', files: [...everything], gzip: gzipOf(rows, everything) });
  }
  return costs;
}

export function formatPageCosts(costs: PageCost[]): string {
  const width = Math.max(...costs.map((cost) => cost.what.length));
  const lines = ['What pages download (gzip; text in German, other languages add one chunk of about 2.5 KB)'];
  for (const cost of costs) {
    const verdict = cost.budget === undefined ? '' : `  ${cost.gzip <= cost.budget ? 'ok  ' : 'OVER'} budget ${kb(cost.budget)}`;
    lines.push(`${cost.what.padEnd(width)}  ${kb(cost.gzip).padStart(9)}${verdict}  (${cost.files.join(', ')})`);
  }
  return lines.join('\n');
}

export function budgetFailures(costs: PageCost[]): string[] {
  return costs
    .filter((cost) => cost.budget !== undefined && cost.gzip > cost.budget)
    .map((cost) => `${cost.what} is ${kb(cost.gzip)} gzip, over its budget of ${kb(cost.budget!)} by ${kb(cost.gzip - cost.budget!)}`);
}

export interface ModuleShare {
  module: string;
  bytes: number;
  /** This module's share of the file's gzip size, estimated from its share of the minified bytes. */
  gzipEstimate: number;
}

/** Which source a module counts under: an npm package, or a folder of ours. */
export function groupOf(input: string): string {
  const npm = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (npm) return `npm: ${npm[1]}`;
  return input.replace(/^.*?(packages\/[^/]+\/src\/(?:[^/]+\/)?).*$/, '$1').replace(/^(scripts\/[^/]+\/).*$/, '$1');
}

/** The modules of one output file, largest first, individually or grouped by package and folder. */
export function moduleBreakdown(metafile: Metafile, output: string, gzipBytes: number, grouped: boolean): ModuleShare[] {
  const file = Object.entries(metafile.outputs).find(([path]) => path === output || path.endsWith(`/${output}`))?.[1];
  if (!file) throw new Error(`no output ${output} in the metafile`);
  const total = file.bytes;
  const shares = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(file.inputs)) {
    const key = grouped ? groupOf(input) : input.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, 'npm: ');
    shares.set(key, (shares.get(key) ?? 0) + bytesInOutput);
  }
  return [...shares]
    .map(([module, bytes]) => ({ module, bytes, gzipEstimate: Math.round((bytes / total) * gzipBytes) }))
    .filter((share) => share.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

export function formatBreakdown(shares: ModuleShare[], title: string, limit = Infinity): string {
  const shown = shares.slice(0, limit);
  const width = Math.max(...shown.map((share) => share.module.length), 6);
  const lines = [title, `${'module'.padEnd(width)}  ${'minified'.padStart(10)}  ${'~gzip'.padStart(9)}`];
  for (const share of shown) lines.push(`${share.module.padEnd(width)}  ${kb(share.bytes).padStart(10)}  ${kb(share.gzipEstimate).padStart(9)}`);
  if (shares.length > shown.length) lines.push(`… and ${shares.length - shown.length} smaller modules`);
  return lines.join('\n');
}

/** No package may be bundled twice (two versions, or two paths of one version). */
export function duplicatePackages(metafile: Metafile, output: string): string[] {
  const file = Object.entries(metafile.outputs).find(([path]) => path.endsWith(`/${output}`) || path === output)?.[1];
  const roots = new Map<string, Set<string>>();
  for (const input of Object.keys(file?.inputs ?? {})) {
    const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
    if (!match) continue;
    if (!roots.has(match[2])) roots.set(match[2], new Set());
    roots.get(match[2])!.add(match[1]);
  }
  return [...roots].filter(([, paths]) => paths.size > 1).map(([name, paths]) => `${name}: ${[...paths].join(' and ')}`);
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  const info = JSON.parse(await readFile(`${dist}/build/info.json`, 'utf8')) as { version: string };
  const rows = await fileSizes(`${dist}/cdn/infamilie/${info.version}`);
  console.log(formatSizes(rows, `dist/cdn/infamilie/${info.version}/`));
  const metafile = JSON.parse(await readFile(`${dist}/build/metafile-infamilie.json`, 'utf8')) as Metafile;
  const loader = JSON.parse(await readFile(`${dist}/build/metafile-loader.json`, 'utf8')) as Metafile;
  console.log(`\n${formatPageCosts(pageCosts(rows, { 'infamilie.js': metafile, 'loader.js': loader }))}`);
  const gzip = rows.find((row) => row.file === 'infamilie.js')!.gzip;
  console.log(`\n${formatBreakdown(moduleBreakdown(metafile, 'infamilie.js', gzip, true), 'infamilie.js by package and folder')}`);
  console.log(`\n${formatBreakdown(moduleBreakdown(metafile, 'infamilie.js', gzip, false), 'infamilie.js by module', 40)}`);
}
