// The Custom Elements Manifest that Storybook's docs and controls are generated from.
// When the CDN build's shared `custom-elements-manifest.config.mjs` exists, its globs and plugins are
// used, so that Storybook documents exactly what the CDN publishes; otherwise the defaults below.
// Either way Storybook adds two things: `packagejson: false` (the analyzer otherwise writes a
// `customElements` field into the root package.json on every run) and the tag names, which the
// analyzer cannot see because elements are registered through `defineElements({...})` in define.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sharedPath = `${root}custom-elements-manifest.config.mjs`;
const shared = existsSync(sharedPath) ? (await import(pathToFileURL(sharedPath).href)).default ?? {} : undefined;

/** Reads `defineElements({'infamilie-x': InfamilieX})` calls and gives those classes their tag names. */
export function defineElementsPlugin() {
  const definitions = [];
  return {
    name: 'infamilie-define-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElements') return;
      const [elements] = node.arguments;
      if (!elements || !ts.isObjectLiteralExpression(elements)) return;
      for (const property of elements.properties) {
        if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.name) && ts.isIdentifier(property.initializer)) {
          definitions.push({ tag: property.name.text, className: property.initializer.text, module: moduleDoc });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, module } of definitions) {
        for (const candidate of customElementsManifest.modules) {
          const declaration = candidate.declarations?.find((d) => d.kind === 'class' && d.name === className);
          if (!declaration) continue;
          declaration.tagName ??= tag;
          declaration.customElement = true;
          module.exports ??= [];
          if (!module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: candidate.path } });
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/generated/**'],
  litelement: true,
  ...shared,
  outdir: 'dist/storybook-manifest',
  packagejson: false,
  quiet: true,
  // The shared config names its elements itself (a plugin of the same name); add ours only without it.
  plugins: shared?.plugins?.some((plugin) => plugin.name === 'infamilie-define-elements') ? shared.plugins : [...(shared?.plugins ?? []), defineElementsPlugin()],
};
