// Lint, including the layer rules of docs/architecture.md: the renderer cannot import Node,
// Electron or electron/; shared/ imports neither side; the main-process layers import only
// downwards (shared ← store ← domain core ← domain features ← api ← cli / main), features
// never import each other, and no file takes part in an import cycle.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const REPO_ROOT = path.dirname(fileURLToPath(import.meta.url));
/** Which layer a repository path (split into segments) belongs to; null outside the checked trees. */
function layerOf(parts) {
  const [top, second, third] = parts;
  if (top === 'package.json') return { layer: 'leaf', name: 'package.json' };
  if (top === 'shared') return { layer: 'shared', name: 'shared' };
  if (top !== 'electron' || !second) return null;
  if (second === 'app-version.ts' || second === 'app-version') return { layer: 'leaf', name: 'app-version' };
  if (second === 'cli.ts' || second === 'cli') return { layer: 'cli', name: 'cli' };
  if (second === 'domain') {
    if (!third || third.endsWith('.ts')) return { layer: 'core', name: 'domain' };
    return third === 'core' ? { layer: 'core', name: 'domain/core' } : { layer: 'feature', feature: third, name: `domain/${third}` };
  }
  if (['store', 'demo', 'api', 'main', 'preload'].includes(second)) return { layer: second, name: second };
  return null;
}
/** Which layers each layer may import (besides its own folder). Domain features: see the rule. */
const LAYER_IMPORTS = {
  shared: [],
  store: ['shared'],
  core: ['shared', 'store'],
  feature: ['shared', 'store', 'core'],
  demo: ['shared', 'store', 'core', 'feature'],
  api: ['shared', 'store', 'core', 'feature'],
  cli: ['shared', 'store', 'core', 'feature', 'demo', 'api'],
  main: ['shared', 'store', 'core', 'feature', 'api', 'cli'],
  preload: ['shared'],
};
/** Domain features that aggregate the entity features (and may read them); never each other. */
const AGGREGATE_FEATURES = ['bundles', 'reports'];
/** Files of electron/main/ loaded by the data worker or the preview host, which run without Electron. */
const PLAIN_NODE_MAIN_FILES = [
  'data-worker.ts', 'data-worker-protocol.ts', 'data-worker-client.ts', 'call-queue.ts', 'sqlite-binding.ts',
  'preview.ts', 'preview-host.ts', 'security.ts', 'paths.ts',
];

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (extra, message) => ({
  'no-restricted-imports': ['error', { paths: extra.paths ?? [], patterns: [{ group: extra.patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'The renderer is a web page: no Node modules.' })),
          patterns: ['electron', 'electron/*', '**/electron/**', 'better-sqlite3'],
        },
        'The renderer talks to the main process only through the contract (renderer/src/api/client.ts).',
      ),
    },
  },
  // ── Renderer features are slices (issue 15) ──────────────────────────────────────────────────
  // A file in renderer/src/features/<a>/ imports nothing from renderer/src/features/<b>/ (b ≠ a),
  // and the renderer's shared code (components/, state/, api/, i18n/) imports no feature at all.
  // What two features share lives in components/ (UI) or state/ (the route: navigation between
  // features goes through it); a screen of one feature shown in another is composed in layout/.
  // Relative imports are resolved against the importing file, so '../gi/x', '../../features/gi'
  // and './../gi' are all caught. Self-contained: no import, no other block touched.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: {
      'renderer-slices': {
        rules: {
          'no-cross-feature-import': {
            meta: {
              type: 'problem',
              schema: [],
              messages: {
                feature:
                  'features/{{from}} imports features/{{to}}: features never import each other. Move what both need to renderer/src/components/, navigate through renderer/src/state/route.ts, or compose the screens in renderer/src/layout/.',
                shared: 'renderer/src/{{from}}/ is shared by every feature and imports none (here: features/{{to}}).',
              },
            },
            create(context) {
              const segments = (p) => p.split(/[\\/]+/);
              // Where a path sits under renderer/src: its top folder and, under features/, which feature.
              const place = (parts) => {
                for (let i = parts.length - 3; i >= 0; i--) {
                  if (parts[i] === 'renderer' && parts[i + 1] === 'src' && parts[i + 2]) {
                    return { area: parts[i + 2], feature: parts[i + 2] === 'features' ? parts[i + 3] : undefined };
                  }
                }
                return null;
              };
              const file = segments(context.filename);
              const own = place(file);
              const sharedAreas = ['components', 'state', 'api', 'i18n'];
              if (!own || (own.area !== 'features' && !sharedAreas.includes(own.area))) return {};
              const check = (source) => {
                if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
                const target = file.slice(0, -1);
                for (const s of segments(source.value)) {
                  if (s === '..') target.pop();
                  else if (s !== '.' && s !== '') target.push(s);
                }
                const to = place(target);
                if (!to || to.area !== 'features' || !to.feature) return;
                if (own.area === 'features' && to.feature !== own.feature)
                  context.report({ node: source, messageId: 'feature', data: { from: own.feature, to: to.feature } });
                if (own.area !== 'features') context.report({ node: source, messageId: 'shared', data: { from: own.area, to: to.feature } });
              };
              return {
                ImportDeclaration: (node) => check(node.source),
                ExportNamedDeclaration: (node) => check(node.source),
                ExportAllDeclaration: (node) => check(node.source),
                ImportExpression: (node) => check(node.source),
              };
            },
          },
        },
      },
    },
    rules: { 'renderer-slices/no-cross-feature-import': 'error' },
  },
  // ── end of the renderer slice rule ──────────────────────────────────────────────────────────

  // ── Main-process layers (issue 15) ──────────────────────────────────────────────────────────
  // Each file of electron/ and shared/ belongs to one layer; it may import only the layers listed
  // for it below. Domain features (electron/domain/<feature>/) build on the kernel
  // (electron/domain/core/) and never on each other, except the two aggregate features that read
  // across the ledger by design: bundles (carries every entity) and reports (counts them).
  // Relative paths are resolved against the importing file, so any spelling is caught.
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts'],
    plugins: {
      layers: {
        rules: {
          'allowed-imports': {
            meta: {
              type: 'problem',
              schema: [],
              messages: {
                layer: '{{from}} imports {{to}}: {{from}} may import only {{allowed}} (docs/architecture.md, "Layers").',
                feature:
                  'domain/{{from}} imports domain/{{to}}: domain features never import each other. Move what both need into electron/domain/core/, or compose the two in electron/api/workflows.ts.',
              },
            },
            create(context) {
              const rel = path.relative(REPO_ROOT, context.filename).split(path.sep);
              const own = layerOf(rel);
              if (!own) return {};
              const check = (source) => {
                if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
                const target = path.relative(REPO_ROOT, path.resolve(path.dirname(context.filename), source.value)).split(path.sep);
                const to = layerOf(target);
                if (!to || to.layer === 'leaf') return;
                if (own.layer === 'feature' && to.layer === 'feature') {
                  if (to.feature === own.feature || AGGREGATE_FEATURES.includes(own.feature) && !AGGREGATE_FEATURES.includes(to.feature)) return;
                  context.report({ node: source, messageId: 'feature', data: { from: own.feature, to: to.feature } });
                  return;
                }
                const allowed = LAYER_IMPORTS[own.layer];
                if (to.layer === own.layer || allowed.includes(to.layer)) return;
                context.report({ node: source, messageId: 'layer', data: { from: own.name, to: to.name, allowed: allowed.join(', ') || 'its own folder' } });
              };
              return {
                ImportDeclaration: (node) => check(node.source),
                ExportNamedDeclaration: (node) => check(node.source),
                ExportAllDeclaration: (node) => check(node.source),
                ImportExpression: (node) => check(node.source),
              };
            },
          },
        },
      },
    },
    rules: { 'layers/allowed-imports': 'error' },
  },
  // Electron itself only where a window exists: the main process proper and the preload. The
  // data worker (a worker thread) and the preview host (plain Node, serving a browser) run
  // without Electron, and so do the main-process files they load.
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict({ patterns: ['better-sqlite3', '**/store/**', '**/domain/**', '**/api/**', '**/main/**'] }, 'The preload bridges the contract only: it imports shared/ and electron, nothing else.'),
  },
  {
    files: PLAIN_NODE_MAIN_FILES.map((f) => `electron/main/${f}`),
    rules: restrict({ patterns: ['electron', 'electron/*'] }, 'The data worker and the preview host run without Electron.'),
  },
  // No import cycles anywhere (type-only imports included: a cycle of types is still a knot a
  // reader has to untie).
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // ── end of the main-process layer rules ─────────────────────────────────────────────────────
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      {
        paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ runs in both processes: no Node modules.' })),
        patterns: ['electron', '**/electron/**', '**/renderer/**', 'better-sqlite3', 'react', 'antd'],
      },
      'shared/ is environment-neutral: it imports neither the main process nor the renderer.',
    ),
  },
  {
    files: ['electron/domain/**/*.ts', 'electron/store/**/*.ts', 'electron/api/**/*.ts', 'electron/cli/**/*.ts', 'electron/cli.ts'],
    rules: restrict({ patterns: ['electron', '**/renderer/**'] }, 'Domain, store, API and CLI code run under plain Node: no Electron imports.'),
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.mjs', 'test/**/*.{ts,mts,tsx}', '*.mjs', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // electron-builder loads its hooks with require(); the Electron test harness runs as a plain CommonJS child.
    files: ['scripts/**/*.cjs', 'test/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
