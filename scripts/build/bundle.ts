/**
 * The CDN bundles, built with esbuild:
 * - infamilie.js       the module that registers every element (Lit inlined): the offers, cards and badge
 *                      inside it; the feed reader, the calendar and the map in chunks it imports when a
 *                      page needs them; each language's texts in a chunk;
 * - infamilie.iife.js  everything inlined in one classic script (for CMSs that strip modules);
 * - loader.js          a tiny module that imports each element's chunk when the page has that element.
 *
 * Production Lit: esbuild's conditions never include `development`, and Lit's `default` export is its
 * minified production build. The locale chunks are built once, standalone (they only use @lit/localize's
 * stateless `str`), and shared by every bundle.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build, type BuildOptions, type Metafile, type OutputFile, type Plugin } from 'esbuild';
import { banner, ROOT, TSCONFIG, WIDGETS_SRC } from './paths.ts';
import { minifyTemplatesPlugin } from './templates.ts';

export interface ElementModule {
  /** The folder name, which is also the chunk's name: `offers` -> offers.js. */
  name: string;
  define: string;
  tags: string[];
}

export interface CdnBundles {
  metafiles: { infamilie: Metafile; iife?: Metafile; loader?: Metafile };
  /** Characters the template minifier removed (before gzip), for the build's summary. */
  templateCharsSaved: number;
}

/** Every `src/<element>/define.ts` and the tags it registers by name. */
export async function elementModules(): Promise<ElementModule[]> {
  const found: ElementModule[] = [];
  for (const entry of await readdir(WIDGETS_SRC, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const define = `${WIDGETS_SRC}/${entry.name}/define.ts`;
    const source = await readFile(define, 'utf8').catch(() => undefined);
    if (source === undefined) continue;
    // The tags named in the `defineElements({...})` call (not those in the HTMLElementTagNameMap typing).
    const call = /defineElements\(\{([^}]*)\}/.exec(source)?.[1] ?? '';
    const tags = [...new Set([...call.matchAll(/['"](infamilie-[a-z0-9-]+)['"]\s*:/g)].map((match) => match[1]))];
    if (tags.length) found.push({ name: entry.name, define, tags });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

function common(version: string, stats: { saved: number }): BuildOptions {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    conditions: ['production'],
    legalComments: 'none',
    banner: { js: banner(version) },
    tsconfig: TSCONFIG,
    metafile: true,
    logLevel: 'warning',
    drop: ['debugger'],
    // Plugins run in order: the version first, so that a second copy can carry another version.
    plugins: [versionPlugin(version), minifyTemplatesPlugin(stats)],
  };
}

/** Every copy states its own version (the two-copies test builds one with another version). */
function versionPlugin(version: string): Plugin {
  return {
    name: 'infamilie-version',
    setup(build) {
      build.onLoad({ filter: /[/\\]widgets[/\\]src[/\\]core[/\\]version\.ts$/ }, () => ({
        contents: `export const VERSION = ${JSON.stringify(version)};`,
        loader: 'ts',
      }));
    },
  };
}

/** The locale imports of core/locale.ts point to the standalone locale files. */
function localeFilesPlugin(files: Map<string, string>): Plugin {
  return {
    name: 'infamilie-locale-files',
    setup(build) {
      build.onResolve({ filter: /generated[/\\]locales[/\\][a-z-]+\.ts$/ }, (args) => {
        const locale = /([a-z-]+)\.ts$/.exec(args.path)![1];
        const file = files.get(locale);
        if (!file) throw new Error(`no built locale file for "${locale}"`);
        return { path: `./${file}`, external: true };
      });
    },
  };
}

async function buildLocales(outDir: string, version: string, stats: { saved: number }): Promise<Map<string, string>> {
  const dir = `${WIDGETS_SRC}/generated/locales`;
  const locales = (await readdir(dir)).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3));
  const base = common(version, stats);
  const result = await build({
    ...base,
    plugins: [...base.plugins!, strOnlyPlugin()],
    entryPoints: locales.map((locale) => ({ in: `${dir}/${locale}.ts`, out: locale })),
    format: 'esm',
    charset: 'utf8',
    outdir: outDir,
    write: false,
  });
  const files = new Map<string, string>();
  for (const output of result.outputFiles) {
    const locale = /([a-z-]+)\.js$/.exec(output.path)![1];
    // Content-hashed names: a page on the alias that loaded an older infamilie.js still gets its texts.
    const name = `${locale}-${createHash('sha256').update(output.contents).digest('hex').slice(0, 8)}.js`;
    await writeFile(`${outDir}/${name}`, output.contents);
    files.set(locale, name);
  }
  return files;
}

/**
 * Locale modules use only `str` from @lit/localize; its main module re-exports the whole runtime and
 * is not marked free of side effects, so each chunk would carry it. `str` alone is stateless.
 */
function strOnlyPlugin(): Plugin {
  return {
    name: 'infamilie-str-only',
    setup(build) {
      build.onResolve({ filter: /^@lit\/localize$/ }, (args) =>
        build.resolve('@lit/localize/internal/str-tag.js', { kind: args.kind, resolveDir: args.resolveDir }).then((result) =>
          result.errors.length ? result : { path: result.path },
        ),
      );
    },
  };
}

/** Writes the bundles of one version into `outDir`. `full: false` builds infamilie.js only (test copies). */
export async function buildCdnBundles(outDir: string, version: string, full = true): Promise<CdnBundles> {
  await mkdir(outDir, { recursive: true });
  const stats = { saved: 0 };
  const locales = await buildLocales(outDir, version, stats);
  const base = common(version, stats);
  const withLocales = { ...base, plugins: [...base.plugins!, localeFilesPlugin(locales)] };

  const elements = await elementModules();
  // infamilie.js loads on demand only the elements its entry does not import itself.
  const entry = await readFile(`${ROOT}/scripts/build/entries/infamilie.ts`, 'utf8');
  const onDemand = elements.filter((element) => !entry.includes(`/src/${element.name}/define.ts'`));
  const infamilie = await build({
    ...withLocales,
    // First: the template minifier loads every source file, and the first plugin to load a file wins.
    plugins: [readerChunkPlugin(), ...withLocales.plugins!, elementsPlugin(onDemand)],
    entryPoints: [{ in: `${ROOT}/scripts/build/entries/infamilie.ts`, out: 'infamilie' }],
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    charset: 'utf8', // module scripts are always read as UTF-8
    outdir: outDir,
    write: false,
  });
  await writeWithRetryableImports(infamilie.outputFiles, version);
  if (!full) return { metafiles: { infamilie: infamilie.metafile! }, templateCharsSaved: stats.saved };

  const iife = await build({
    ...base,
    entryPoints: [{ in: `${ROOT}/scripts/build/entries/infamilie.iife.ts`, out: 'infamilie.iife' }],
    format: 'iife',
    // A classic script is decoded in the page's encoding unless the server says otherwise: ASCII is safe.
    charset: 'ascii',
    outdir: outDir,
  });

  const loader = await build({
    ...withLocales,
    plugins: [readerChunkPlugin(), ...withLocales.plugins!, elementsPlugin(elements)],
    entryPoints: [{ in: `${ROOT}/scripts/build/entries/loader.ts`, out: 'loader' }, ...elements.map((element) => ({ in: element.define, out: element.name }))],
    format: 'esm',
    splitting: true,
    charset: 'utf8',
    chunkNames: 'chunk-[hash]',
    outdir: outDir,
    write: false,
  });
  await writeWithRetryableImports(loader.outputFiles, version);
  return { metafiles: { infamilie: infamilie.metafile!, iife: iife.metafile!, loader: loader.metafile! }, templateCharsSaved: stats.saved };
}

/** The helper that `import("./chunk.js")` calls become in the split bundles (see below). */
const RETRY_IMPORT = '__infamilieImport';

/**
 * Writes a split build's files, with every `import("./file.js")` made retryable. Chromium keeps a
 * failed dynamic import for the life of the page (the module map remembers the failed fetch), so a
 * chunk that did not arrive (the phone lost its signal, a deploy was under way) would never load, however
 * often an element tries again. The helper imports again with `?retry=n`, a URL the page has not asked
 * for yet, after each failure. The chunk's own static imports keep their URLs: those already loaded
 * are shared, not run twice.
 */
async function writeWithRetryableImports(outputFiles: OutputFile[] | undefined, version: string): Promise<void> {
  const helper =
    `var ${RETRY_IMPORT}=(f=>p=>import(f[p]?p+"?retry="+f[p]:p).catch(e=>{f[p]=(f[p]||0)+1;throw e}))({});`;
  const head = `${banner(version)}\n`;
  for (const file of outputFiles ?? []) {
    let text = file.text;
    if (file.path.endsWith('.js')) {
      if (text.includes(RETRY_IMPORT)) throw new Error(`${file.path} already uses the name ${RETRY_IMPORT}`);
      const rewritten = text.replace(/\bimport\("(\.\/[\w.-]+\.js)"\)/g, `${RETRY_IMPORT}("$1")`);
      if (rewritten !== text) text = text.startsWith(head) ? head + helper + rewritten.slice(head.length) : helper + rewritten;
    }
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, text);
  }
}

/**
 * In the split bundles the feed reader (parse.ts with the schema and zod) is a chunk of its own,
 * imported while the feed downloads: packages/feed/src/reader.ts, a static import in the library,
 * becomes a dynamic one here.
 */
function readerChunkPlugin(): Plugin {
  return {
    name: 'infamilie-reader-chunk',
    setup(build) {
      build.onLoad({ filter: /[/\\]feed[/\\]src[/\\]reader\.ts$/ }, (args) => ({
        contents: `export const loadReader = () => import('./parse.ts');`,
        loader: 'ts',
        resolveDir: args.path.replace(/[/\\][^/\\]+$/, ''),
      }));
    },
  };
}

/** `infamilie:elements` for the loader: tag -> import of the element's chunk (an entry point, so a file of its own). */
function elementsPlugin(elements: ElementModule[]): Plugin {
  return {
    name: 'infamilie-elements',
    setup(build) {
      build.onResolve({ filter: /^infamilie:elements$/ }, () => ({ path: 'elements', namespace: 'infamilie' }));
      build.onLoad({ filter: /.*/, namespace: 'infamilie' }, () => ({
        contents: `export const elements = {${elements
          .flatMap((element) => element.tags.map((tag) => `${JSON.stringify(tag)}: () => import(${JSON.stringify(element.define)})`))
          .join(',')}};`,
        loader: 'js',
        resolveDir: WIDGETS_SRC,
      }));
    },
  };
}
