// Bundles the main-process entries with esbuild into dist-electron/*.cjs and copies the SQL
// migrations beside them. Only `electron` stays external: every library, better-sqlite3's
// JavaScript included, is inside the bundles, so the packaged app carries no node_modules. Every
// `better-sqlite3` import resolves to electron/main/sqlite-binding.ts, which loads the native
// binary the host names (see scripts/native-binding.cjs).
//   node scripts/build-electron.mjs [--out DIR]
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(values.out ?? path.join(root, 'dist-electron'));
fs.rmSync(out, { recursive: true, force: true });

const entries = {
  main: 'electron/main/index.ts',
  preload: 'electron/preload/index.ts',
  'data-worker': 'electron/main/data-worker.ts',
  cli: 'electron/main/desktop-cli-entry.ts',
  preview: 'electron/main/preview.ts',
};

const bindingShim = path.join(root, 'electron/main/sqlite-binding.ts');
const sqliteBinding = {
  name: 'sqlite-binding',
  setup(b) {
    b.onResolve({ filter: /^better-sqlite3$/ }, (args) => (args.importer === bindingShim ? undefined : { path: bindingShim }));
  },
};

await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    build({
      entryPoints: [path.join(root, entry)],
      outfile: path.join(out, `${name}.cjs`),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      external: ['electron'],
      plugins: [sqliteBinding],
      logLevel: 'warning',
    }),
  ),
);

fs.cpSync(path.join(root, 'electron/store/migrations'), path.join(out, 'migrations'), { recursive: true });
console.log(`built ${Object.keys(entries).length} bundles into ${path.relative(root, out) || out}/`);
