/**
 * The Custom Elements Manifest of @infamilie/widgets (`pnpm build`; alone: `pnpm exec cem analyze`).
 * It feeds Storybook's docs and editors' completion, and is published with the npm package and on the CDN.
 *
 * Elements are registered by `defineElements({'infamilie-offers': InfamilieOffers})` (a guarded define
 * that tolerates other copies), which the analyzer does not know: the plugin below reads those calls
 * and gives each class its tag name, and each define module its `custom-element-definition` export.
 */
const definitions = [];

function defineElementsPlugin() {
  return {
    name: 'infamilie-define-elements',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElements') return;
      const [argument] = node.arguments;
      if (!argument || !ts.isObjectLiteralExpression(argument)) return;
      for (const property of argument.properties) {
        if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.name) && ts.isIdentifier(property.initializer)) {
          definitions.push({ tag: property.name.text, className: property.initializer.text, module: moduleDoc.path });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) if (declaration.kind === 'class') classes.set(declaration.name, { declaration, path: mod.path });
      }
      for (const { tag, className, module } of definitions) {
        const found = classes.get(className);
        if (!found) continue;
        found.declaration.tagName = tag;
        found.declaration.customElement = true;
        const defining = customElementsManifest.modules.find((mod) => mod.path === module);
        if (!defining) continue;
        defining.exports ??= [];
        if (!defining.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) {
          defining.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: found.path } });
        }
      }
    },
  };
}

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['packages/widgets/src/generated/**', '**/*.test.ts', '**/*.stories.ts'],
  outdir: 'packages/widgets/dist',
  litelement: true,
  dev: false,
  // The analyzer would otherwise write the manifest's (temporary) path into the root package.json.
  packagejson: false,
  plugins: [defineElementsPlugin()],
};
