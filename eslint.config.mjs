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
