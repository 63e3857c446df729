/**
 * dist/demo: the demo pages, built with Vite, loading the widgets the way partners do: from the built
 * CDN files (by relative path, so dist/ works on any static host) and the published feed.
 *
 * In the sources a page loads the widgets with `<script type="module" src="/src/widgets.ts">` (the
 * dev server serves them from source). Here that tag becomes the CDN script; attributes say which:
 *   data-infamilie-cdn="{major}/loader.js"     path below cdn/infamilie/ ({major}, {version}); default
 *                                               {major}/infamilie.js; a `.iife.js` becomes a classic script
 *   data-infamilie-integrity="pinned|wrong"    add the SRI hash from integrity.json, or a wrong one
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { build as viteBuild, type Plugin } from 'vite';
import { DEMO } from './paths.ts';

export interface DemoOptions {
  outDir: string;
  /** The built CDN folder (dist/cdn in the temporary build), for integrity.json. */
  cdnDir: string;
  version: string;
  major: string;
}

/** A well-formed sha384 that matches no file: what a tampered or wrongly copied snippet looks like. */
export const WRONG_INTEGRITY = `sha384-${'A'.repeat(64)}`;

const WIDGETS_SCRIPT = /<script\b([^>]*)\bsrc="\/src\/widgets\.ts"([^>]*)><\/script>/g;
const MARKER = /<!--infamilie-cdn:([^>]*?)-->/g;

export async function buildDemo(options: DemoOptions): Promise<string[]> {
  const pages = (await readdir(DEMO)).filter((file) => file.endsWith('.html')).sort();
  const integrity = new Map<string, Record<string, string>>();
  const integrityOf = async (dir: string, file: string) => {
    if (!integrity.has(dir)) integrity.set(dir, JSON.parse(await readFile(`${options.cdnDir}/infamilie/${dir}/integrity.json`, 'utf8')).files);
    const hash = integrity.get(dir)![file];
    if (!hash) throw new Error(`demo: no integrity for infamilie/${dir}/${file}`);
    return hash;
  };

  // Vite must not bundle the widgets from source: the tag is parked in a comment and put back after.
  const parkWidgetsScript: Plugin = {
    name: 'infamilie-cdn-script',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(WIDGETS_SCRIPT, (_tag, before: string, after: string) => `<!--infamilie-cdn:${encodeURIComponent(before + after)}-->`),
    },
  };

  await viteBuild({
    configFile: false,
    root: DEMO,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [parkWidgetsScript],
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Vite's preload helper would be inline script otherwise, which the CSP page forbids.
      modulePreload: { polyfill: false },
      rollupOptions: { input: Object.fromEntries(pages.map((page) => [page.replace(/\.html$/, ''), `${DEMO}/${page}`])) },
    },
  });

  for (const page of pages) {
    const path = `${options.outDir}/${page}`;
    let html = await readFile(path, 'utf8');
    const tags: string[] = [];
    for (const match of html.matchAll(MARKER)) tags.push(await cdnScriptTag(decodeURIComponent(match[1]), options, integrityOf));
    let i = 0;
    html = html
      .replace(MARKER, () => tags[i++])
      .replace(/(<meta\s+name="infamilie-feed"\s+content=")\/feed\.json"/g, '$1../cdn/feed/feed.json"')
      // Site-absolute links of the dev server become relative: dist/demo may live in any folder.
      .replace(/href="\/"/g, 'href="./"')
      .replace(/href="\/([\w-]+\.html)/g, 'href="$1');
    await writeFile(path, html);
  }
  return pages;
}

async function cdnScriptTag(attributes: string, options: DemoOptions, integrityOf: (dir: string, file: string) => Promise<string>): Promise<string> {
  const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
  const target = (attribute('data-infamilie-cdn') ?? '{major}/infamilie.js').replaceAll('{major}', options.major).replaceAll('{version}', options.version);
  const [dir, file] = [target.slice(0, target.lastIndexOf('/')), target.slice(target.lastIndexOf('/') + 1)];
  const kept = attributes.replace(/\s*\b(type|data-infamilie-[\w-]+)="[^"]*"/g, '').trim();
  const parts = [file.endsWith('.iife.js') ? '' : 'type="module"', `src="../cdn/infamilie/${target}"`, kept];
  const mode = attribute('data-infamilie-integrity');
  if (mode === 'pinned') parts.push(`integrity="${await integrityOf(dir, file)}"`, 'crossorigin="anonymous"');
  else if (mode === 'wrong') parts.push(`integrity="${WRONG_INTEGRITY}"`, 'crossorigin="anonymous"');
  return `<script ${parts.filter(Boolean).join(' ')}></script>`;
}
