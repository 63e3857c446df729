/**
 * Sizes of the built files and the budgets they must keep (`pnpm test` fails when one is over):
 * what a family's cheap phone downloads before the first widget shows.
 *
 * `pnpm exec tsx scripts/build/sizes.ts [dist]` prints the table and the module breakdown of infamilie.js.
 */
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';

/** Bytes after gzip (1 KB = 1000 bytes). Do not raise these to make a test pass: make the code smaller. */
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

/** The table, with each budgeted file's verdict. */
export function formatSizes(rows: FileSize[], title: string): string {
  const width = Math.max(...rows.map((row) => row.file.length), 4);
  const lines = [title, `${'file'.padEnd(width)}  ${'bytes'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}  budget (gzip)`];
  for (const row of rows) {
    const budget = BUDGETS[row.file];
    const verdict = budget === undefined ? '' : `${row.gzip <= budget ? 'ok  ' : 'OVER'} ${kb(budget)}${row.gzip > budget ? ` by ${kb(row.gzip - budget)}` : ''}`;
    lines.push(`${row.file.padEnd(width)}  ${kb(row.bytes).padStart(10)}  ${kb(row.gzip).padStart(10)}  ${(row.brotli ? kb(row.brotli) : '').padStart(10)}  ${verdict}`);
  }
  return lines.join('\n');
}

export function budgetFailures(rows: FileSize[]): string[] {
  return rows
    .filter((row) => BUDGETS[row.file] !== undefined && row.gzip > BUDGETS[row.file])
    .map((row) => `${row.file} is ${kb(row.gzip)} gzip, over its budget of ${kb(BUDGETS[row.file])} by ${kb(row.gzip - BUDGETS[row.file])}`);
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
  const gzip = rows.find((row) => row.file === 'infamilie.js')!.gzip;
  console.log(`\n${formatBreakdown(moduleBreakdown(metafile, 'infamilie.js', gzip, true), 'infamilie.js by package and folder')}`);
  console.log(`\n${formatBreakdown(moduleBreakdown(metafile, 'infamilie.js', gzip, false), 'infamilie.js by module', 40)}`);
}
