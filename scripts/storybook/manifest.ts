/**
 * The Custom Elements Manifest for Storybook, from the elements' JSDoc (see cem.config.mjs).
 *
 * A Vite plugin serves it as the module `virtual:infamilie-custom-elements` to .storybook/preview.ts
 * (docs tables and controls come from it), regenerates it when an element's source changes in
 * `pnpm storybook`, and writes it beside the static build as `custom-elements.json`, where the story
 * test reads the tags that must have stories.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = 'scripts/storybook/cem.config.mjs';
const WIDGETS_SRC = `${ROOT}packages/widgets/src/`;
export const MANIFEST_MODULE = 'virtual:infamilie-custom-elements';
const RESOLVED = `\0${MANIFEST_MODULE}`;

export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: { kind: string; name: string; tagName?: string; customElement?: boolean }[] }[];
}

/** Runs the analyzer in this process and returns the manifest (nothing is written, package.json stays as it is). */
export async function analyze(): Promise<Manifest> {
  // @ts-expect-error the analyzer's CLI module ships without types
  const { cli } = (await import('@custom-elements-manifest/analyzer/cli.js')) as { cli: (options: object) => Promise<Manifest> };
  return cli({ argv: ['analyze', '--config', CONFIG], cwd: ROOT, noWrite: true });
}

/** The tags of the elements in a manifest. */
export function manifestTags(manifest: Manifest): string[] {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []))).sort();
}

/** The tags that `packages/widgets/src/<element>/define.ts` files register, read without the analyzer. */
export function definedTags(): string[] {
  const tags = new Set<string>();
  for (const entry of readdirSync(WIDGETS_SRC, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let source: string;
    try {
      source = readFileSync(`${WIDGETS_SRC}${entry.name}/define.ts`, 'utf8');
    } catch {
      continue;
    }
    const call = source.match(/defineElements\(\s*\{([^}]*)\}/);
    for (const [, tag] of call?.[1].matchAll(/['"](infamilie-[a-z0-9-]+)['"]\s*:/g) ?? []) tags.add(tag);
  }
  return [...tags].sort();
}

export function manifestPlugin(): Plugin {
  let current: Promise<Manifest> | undefined;
  const manifest = () => (current ??= analyze());
  let server: ViteDevServer | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    name: 'infamilie-custom-elements-manifest',
    resolveId(id) {
      return id === MANIFEST_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      return `export default ${JSON.stringify(await manifest())};`;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(WIDGETS_SRC);
      devServer.watcher.on('change', (file) => {
        if (!file.startsWith(WIDGETS_SRC) || !file.endsWith('.ts')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          current = undefined;
          const module = server?.moduleGraph.getModuleById(RESOLVED);
          if (module) server?.moduleGraph.invalidateModule(module);
          server?.ws.send({ type: 'full-reload' });
        }, 300);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source: `${JSON.stringify(await manifest(), null, 2)}\n` });
    },
  };
}
