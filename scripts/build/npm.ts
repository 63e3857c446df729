/**
 * The npm packages' `dist/`: one JavaScript file per source file (esbuild, readable ES2022, imports
 * kept as imports so that applications' bundlers share Lit and the feed), declarations from `tsc
 * --emitDeclarationOnly`, and the element manifest. The workspace itself keeps using the TypeScript
 * sources; `publishConfig` points the published package.json at these files.
 */
import { execFile } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { FEED_PACKAGE, ROOT, TSCONFIG, WIDGETS } from './paths.ts';

const run = promisify(execFile);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => `${entry.parentPath}/${entry.name}`)
    .sort();
}

/** Every import stays an import; `./x.ts` becomes `./x.js`, the file built beside it. */
const keepImports: Plugin = {
  name: 'infamilie-keep-imports',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      return { path: args.path.replace(/\.ts$/, '.js'), external: true };
    });
  },
};

/** Declarations keep the sources' `.ts` specifiers; published ones must name the `.js` files. */
async function rewriteDeclarations(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const path = `${entry.parentPath}/${entry.name}`;
    const text = await readFile(path, 'utf8');
    const rewritten = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
    if (rewritten !== text) await writeFile(path, rewritten);
  }
}

async function buildPackage(packageDir: string, tsconfig: string): Promise<string[]> {
  const src = `${packageDir}/src`;
  const dist = `${packageDir}/dist`;
  await rm(dist, { recursive: true, force: true });
  await run(process.execPath, [`${ROOT}/node_modules/typescript/bin/tsc`, '-p', tsconfig], { cwd: ROOT }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`tsc -p ${tsconfig} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  });
  await rewriteDeclarations(dist);
  const entries = await sourceFiles(src);
  await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outbase: src,
    outdir: dist,
    bundle: true,
    plugins: [keepImports],
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    tsconfig: TSCONFIG,
    logLevel: 'warning',
  });
  return entries;
}

/** Builds packages/feed/dist and packages/widgets/dist (with custom-elements.json from `manifest`). */
export async function buildNpmPackages(manifest: string): Promise<{ feed: number; widgets: number }> {
  const feed = await buildPackage(FEED_PACKAGE, `${ROOT}/scripts/build/tsconfig.npm-feed.json`);
  const widgets = await buildPackage(WIDGETS, `${ROOT}/scripts/build/tsconfig.npm-widgets.json`);
  await cp(manifest, `${WIDGETS}/dist/custom-elements.json`);
  return { feed: feed.length, widgets: widgets.length };
}
