/**
 * `pnpm build`: everything partners and the office publish, into dist/ (see README, "The CDN").
 *
 *   pnpm build [--feed FILE|URL] [--out DIR] [--skip-npm]
 *
 * Everything is built into a temporary folder beside the target and moved into place at the end, so a
 * failed build (a feed that is not valid, a bundle that does not compile) publishes nothing and leaves
 * the previous dist/ as it was. The npm packages' dist/ folders are written too (unless --skip-npm).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { buildCdnBundles } from './bundle.ts';
import { buildDemo } from './demo.ts';
import { FeedRejected, checkFeed, publishFeed } from './feed-publish.ts';
import { cdnHeaderRules, formatHeaders } from './headers.ts';
import { buildNpmPackages } from './npm.ts';
import { DEFAULT_FEED, DEFAULT_OUT, ROOT, TEST_COPY_VERSION, majorOf, widgetsVersion } from './paths.ts';
import { budgetFailures, duplicatePackages, fileSizes, formatBreakdown, formatPageCosts, formatSizes, moduleBreakdown, pageCosts } from './sizes.ts';
import { sourceFingerprint } from './stamp.ts';

const run = promisify(execFile);

interface Options {
  feed: string;
  out: string;
  npm: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { feed: DEFAULT_FEED, out: DEFAULT_OUT, npm: true };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i] ?? fail(`${name} needs a value`);
    if (name === '--feed') {
      const feed = value();
      options.feed = /^https?:\/\//i.test(feed) ? feed : resolve(feed);
    }
    else if (name === '--out') options.out = resolve(value());
    else if (name === '--skip-npm') options.npm = false;
    else fail(`unknown option ${argv[i]} (known: --feed FILE|URL, --out DIR, --skip-npm)`);
  }
  return options;
}

function fail(message: string): never {
  throw new UsageError(message);
}
class UsageError extends Error {}

/** sha384 of every file below `dir`, as browsers check `integrity` attributes. */
async function writeIntegrity(dir: string, version: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile() || entry.name === 'integrity.json') continue;
    const path = `${entry.parentPath}/${entry.name}`;
    files[path.slice(dir.length + 1)] = `sha384-${createHash('sha384').update(await readFile(path)).digest('base64')}`;
  }
  await writeFile(`${dir}/integrity.json`, JSON.stringify({ version, algorithm: 'sha384', files }, null, 2) + '\n');
  return files;
}

/** The licences of the third-party code inside the bundles: their own comments are stripped. */
async function writeLicences(dir: string, metafiles: Metafile[]): Promise<void> {
  const packages = new Map<string, string>();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
      if (match) packages.set(match[2], resolve(ROOT, match[1]));
    }
  }
  const sections = [`INFamilie widgets: MIT licence. The bundles include the following packages.\n`];
  for (const [name, path] of [...packages].sort()) {
    const files = await readdir(path);
    const licence = files.find((file) => /^licen[cs]e/i.test(file));
    const { version } = JSON.parse(await readFile(`${path}/package.json`, 'utf8')) as { version: string };
    sections.push(`${'-'.repeat(72)}\n${name} ${version}\n\n${licence ? (await readFile(`${path}/${licence}`, 'utf8')).trim() : '(no licence file; see the package)'}\n`);
  }
  await writeFile(`${dir}/LICENSES.txt`, sections.join('\n'));
}

async function elementManifest(target: string): Promise<void> {
  const outdir = relative(ROOT, dirname(target));
  await run(process.execPath, [`${ROOT}/node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
    cwd: ROOT,
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const version = widgetsVersion();
  const major = majorOf(version);
  const say = (line: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s  ${line}`);

  // First the feed: a feed that is not valid stops the build before anything is written.
  await checkFeed(options.feed);
  say(`feed ${options.feed} is valid`);

  const temp = `${options.out}.tmp-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  try {
    const cdn = `${temp}/cdn`;
    const versionDir = `${cdn}/infamilie/${version}`;
    const bundles = await buildCdnBundles(versionDir, version);
    say(`bundles of ${version} (templates: ${bundles.templateCharsSaved} characters of whitespace and comments removed)`);
    await elementManifest(`${versionDir}/custom-elements.json`);
    await writeLicences(versionDir, Object.values(bundles.metafiles));
    await writeIntegrity(versionDir, version);
    await cp(versionDir, `${cdn}/infamilie/${major}`, { recursive: true });
    say(`custom-elements.json, LICENSES.txt, integrity.json; alias infamilie/${major}/`);

    // A second copy with another version, for the two-copies page and its test.
    const testCopy = `${cdn}/infamilie/${TEST_COPY_VERSION}`;
    await buildCdnBundles(testCopy, TEST_COPY_VERSION, false);
    await writeIntegrity(testCopy, TEST_COPY_VERSION);

    const feed = await publishFeed(options.feed, `${cdn}/feed`);
    say(`feed: ${feed.summary}; ${feed.files.length} files with the calendars`);
    await writeFile(`${cdn}/_headers`, formatHeaders(cdnHeaderRules({ versions: [version, TEST_COPY_VERSION], aliases: [major] })));

    const pages = await buildDemo({ outDir: `${temp}/demo`, cdnDir: cdn, version, major });
    say(`demo: ${pages.join(', ')}`);

    await mkdir(`${temp}/build`, { recursive: true });
    for (const [name, metafile] of Object.entries(bundles.metafiles)) await writeFile(`${temp}/build/metafile-${name}.json`, JSON.stringify(metafile));
    const sizes = await fileSizes(versionDir);
    const infamilieGzip = sizes.find((row) => row.file === 'infamilie.js')!.gzip;
    const breakdown = moduleBreakdown(bundles.metafiles.infamilie, 'infamilie.js', infamilieGzip, true);
    await writeFile(`${temp}/build/sizes.json`, JSON.stringify({ version, files: sizes, infamilie: breakdown }, null, 2));
    await writeFile(
      `${temp}/build/info.json`,
      JSON.stringify({ version, major, testCopy: TEST_COPY_VERSION, feed: options.feed, fingerprint: options.feed === DEFAULT_FEED ? await sourceFingerprint() : 'custom-feed' }, null, 2),
    );

    // Into place: the old dist/ goes only now that the new one is complete. Storybook's static build
    // (pnpm build-storybook) lives beside it and is built on its own: it moves over.
    await rename(`${options.out}/storybook`, `${temp}/storybook`).catch(() => undefined);
    await rm(options.out, { recursive: true, force: true });
    await rename(temp, options.out);

    console.log(`\n${formatSizes(sizes, `dist/cdn/infamilie/${version}/ (sizes in KB of 1000 bytes)`)}`);
    console.log(`\n${formatBreakdown(breakdown, 'infamilie.js by package and folder (gzip estimated from each one\'s share of the minified bytes)', 25)}`);
    const duplicates = duplicatePackages(bundles.metafiles.infamilie, 'infamilie.js');
    if (duplicates.length) console.log(`\nPackages bundled twice: ${duplicates.join('; ')}`);
    const costs = pageCosts(sizes, { 'infamilie.js': bundles.metafiles.infamilie, 'loader.js': bundles.metafiles.loader });
    console.log(`\n${formatPageCosts(costs)}`);
    for (const failure of budgetFailures(costs)) console.log(`\nBUDGET  ${failure} (pnpm test fails until it is smaller)`);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }

  if (options.npm) {
    const npm = await buildNpmPackages(`${options.out}/cdn/infamilie/${version}/custom-elements.json`);
    say(`npm: packages/feed/dist (${npm.feed} modules), packages/widgets/dist (${npm.widgets} modules)`);
  }
  say(`done: ${relative(process.cwd(), options.out) || '.'}/`);
}

try {
  await main();
} catch (error) {
  if (error instanceof FeedRejected) {
    console.error(`${error.message}\nNothing published: dist/ is unchanged.`);
    process.exitCode = 1;
  } else if (error instanceof UsageError) {
    console.error(`pnpm build: ${error.message}`);
    process.exitCode = 2;
  } else {
    const input = (error as { name?: string }).name === 'InputError';
    console.error(input ? `${(error as Error).message}\nNothing published: dist/ is unchanged.` : (error as Error)?.stack ?? String(error));
    process.exitCode = input ? 2 : 1;
  }
}
