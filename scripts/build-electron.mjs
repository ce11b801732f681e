// Bundles the main-process entries with esbuild into dist-electron/*.cjs and copies the SQL
// migrations beside them. better-sqlite3 and electron stay external (native / provided).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist-electron');
fs.rmSync(out, { recursive: true, force: true });

const entries = {
  main: 'electron/main/index.ts',
  preload: 'electron/preload/index.ts',
  'data-worker': 'electron/main/data-worker.ts',
  preview: 'electron/main/preview.ts',
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
      external: ['electron', 'better-sqlite3'],
      logLevel: 'warning',
    }),
  ),
);

fs.cpSync(path.join(root, 'electron/store/migrations'), path.join(out, 'migrations'), { recursive: true });
console.log(`built ${Object.keys(entries).length} bundles into dist-electron/`);
