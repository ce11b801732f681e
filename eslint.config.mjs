// Lint, including the layer rules: the renderer cannot import Node, Electron or electron/;
// shared/ imports neither side; domain and store code import no Electron.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

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
