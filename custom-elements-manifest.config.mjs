// custom-elements.json for @confab/elements, read by Storybook's docs and by editors' tooling.
// scripts/build.mjs runs the analyzer from packages/elements, so module paths read `src/...`.
import { resolveModuleOrPackageSpecifier } from '@custom-elements-manifest/analyzer/src/utils/index.js';

/**
 * Our widgets register through `defineElement('confab-x', ConfabX)` (internal/define.ts), which
 * the analyzer does not know: record those calls as custom-element definitions, as it does for
 * `customElements.define`.
 */
function defineElementCalls() {
  return {
    name: 'confab-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
      const resolved = resolveModuleOrPackageSpecifier(moduleDoc, context, klass.text);
      if (resolved.module) resolved.module = resolved.module.replace(/^\//, '').replace(/\.js$/, '.ts');
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, ...resolved } },
      ];
    },
  };
}

/**
 * `internal/` is analysed so that widgets inherit the base class's members (e.g. `theme`), then
 * dropped from the manifest: it is not public API (STYLE.md, convention 13). Events inherited from
 * `emit()` without a real name are dropped too.
 */
function dropInternal() {
  return {
    name: 'confab-drop-internal',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter((m) => !m.path.startsWith('src/internal/'));
      // The base class's typed emit(name, …) reads to the analyzer as an event called "name";
      // every real event is documented with @fires and named confab-*.
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('confab-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/locales/**', 'src/**/test-*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), dropInternal()],
};
