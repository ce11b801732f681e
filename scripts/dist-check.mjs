// `npm run dist:check` (also the last step of `npm test`): runs electron-builder for the unpacked
// Linux target (`--dir`, x64) on the built app, with a stub Electron distribution (Electron's
// binary cannot be downloaded here) and the fuses skipped (they patch that binary), and checks:
//   1. packaging refuses a wrong native module — a Node-ABI build placed where the Electron build
//      belongs — with a clear message;
//   2. the package (built with the Node binary, IP_LEDGER_DIST_CHECK=1): app.asar holds exactly
//      the built app (allowed paths only, every migration and reference file, no source maps, no
//      node_modules), stays under 40 MB, and better_sqlite3.node is the one file unpacked.
// Needs `npm run build` first (npm test runs it through test:e2e; npm run dist:check does it).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const native = require('./native-binding.cjs');
const { build, Platform, Arch } = require('electron-builder');
const asar = require('@electron/asar');

const root = native.ROOT;
const work = path.join(root, '.tmp', 'dist-check');
const MAX_ASAR_BYTES = 40 * 1024 * 1024;
const started = Date.now();

function fail(message) {
  console.error(`dist:check FAILED: ${message}`);
  process.exit(1);
}

for (const f of ['dist/renderer/index.html', 'dist-electron/main.cjs', 'dist-electron/cli.cjs']) {
  if (!fs.existsSync(path.join(root, f))) fail(`${f} is missing: run "npm run build" first`);
}

fs.rmSync(work, { recursive: true, force: true });
const stub = path.join(work, 'electron-dist');
fs.mkdirSync(path.join(stub, 'resources'), { recursive: true });
fs.writeFileSync(path.join(stub, 'electron'), '#!/bin/sh\necho "stub Electron for dist:check; not runnable" >&2\nexit 1\n', { mode: 0o755 });
fs.writeFileSync(path.join(stub, 'version'), native.electronVersion());
fs.writeFileSync(path.join(stub, 'LICENSE'), 'stub');
fs.writeFileSync(path.join(stub, 'LICENSES.chromium.html'), 'stub');

async function pack(output, env) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await build({
      targets: Platform.LINUX.createTarget(['dir'], Arch.x64),
      publish: 'never',
      config: { extends: 'electron-builder.yml', electronDist: stub, electronFuses: null, directories: { output } },
    });
  } finally {
    for (const key of Object.keys(env)) {
      if (key in saved) process.env[key] = saved[key];
      else delete process.env[key];
    }
  }
  return path.join(output, 'linux-unpacked');
}

// 1. A Node build where the Electron build belongs: packaging must stop with a clear message.
const wrongDir = path.join(work, 'wrong-native');
const wrongFile = native.electronBindingPath({ platform: 'linux', arch: 'x64', dir: wrongDir });
fs.mkdirSync(path.dirname(wrongFile), { recursive: true });
fs.copyFileSync(native.nodeBindingPath(), wrongFile);
fs.writeFileSync(path.join(path.dirname(wrongFile), 'build.json'), JSON.stringify({ moduleVersion: native.moduleVersion() }));
let refused = null;
try {
  await pack(path.join(work, 'out-wrong'), { IP_LEDGER_NATIVE_DIR: wrongDir });
} catch (error) {
  refused = error;
}
const expectedAbi = native.expectedAbi('electron', native.electronVersion());
if (
  !(refused instanceof native.NativeBindingError) ||
  !refused.message.includes(`needs ABI ${expectedAbi}`) ||
  !refused.message.includes('Packaging stopped')
) {
  fail(`packaging did not refuse a Node-ABI better-sqlite3 as the Electron build (${refused ? refused.message : 'it succeeded'})`);
}
console.log(
  `dist:check: a Node-ABI binary in the Electron build's place is refused: ${refused.message.split(': it is ')[1]?.split('. Packaging')[0] ?? refused.message}`,
);

// 2. The real configuration, with the Node binary standing in for the Electron build.
const unpackedApp = await pack(path.join(work, 'out'), { IP_LEDGER_DIST_CHECK: '1' });
const resources = path.join(unpackedApp, 'resources');
const archive = path.join(resources, 'app.asar');
const entries = asar.listPackage(archive, { isPack: false }).map((e) => e.split(path.sep).join('/'));
const files = entries.filter((e) => asar.statFile(archive, e.slice(1), false).size !== undefined || 'unpacked' in asar.statFile(archive, e.slice(1), false));
const fileEntries = files.filter((e) => !('files' in asar.statFile(archive, e.slice(1), false)));

const allowed = [
  /^\/package\.json$/,
  /^\/dist\/renderer\/[^/]+\.(html|ico|png|svg)$/,
  /^\/dist\/renderer\/assets\/[\w.-]+\.(js|css|woff2?|png|svg|mjs|wasm|ttf)$/,
  /^\/dist-electron\/(main|preload|data-worker|cli)\.cjs$/,
  /^\/dist-electron\/migrations\/\d{4}_[\w-]+\.sql$/,
  /^\/resources\/reference\/[\w.-]+\.(csv|json)$/,
  /^\/native\/better_sqlite3\.node$/,
];
const unexpected = fileEntries.filter((e) => !allowed.some((re) => re.test(e)));
if (unexpected.length > 0)
  fail(`unexpected files in app.asar: ${unexpected.slice(0, 10).join(', ')}${unexpected.length > 10 ? ` (+${unexpected.length - 10})` : ''}`);

const required = [
  '/package.json',
  '/dist/renderer/index.html',
  '/dist-electron/main.cjs',
  '/dist-electron/preload.cjs',
  '/dist-electron/data-worker.cjs',
  '/dist-electron/cli.cjs',
  '/native/better_sqlite3.node',
  ...fs
    .readdirSync(path.join(root, 'electron/store/migrations'))
    .filter((f) => f.endsWith('.sql'))
    .map((f) => `/dist-electron/migrations/${f}`),
  ...fs
    .readdirSync(path.join(root, 'resources/reference'))
    .filter((f) => /\.(csv|json)$/.test(f))
    .map((f) => `/resources/reference/${f}`),
];
const missing = required.filter((r) => !fileEntries.includes(r));
if (missing.length > 0) fail(`missing from app.asar: ${missing.join(', ')}`);

const nativeStat = asar.statFile(archive, 'native/better_sqlite3.node', false);
if (!nativeStat.unpacked) fail('native/better_sqlite3.node is inside app.asar instead of unpacked beside it');
const packedNative = path.join(resources, 'app.asar.unpacked', 'native', 'better_sqlite3.node');
native.verifyBinary(packedNative, { runtime: 'node', version: process.versions.node, platform: 'linux', arch: 'x64' });
const stillUnpacked = fileEntries.filter((e) => asar.statFile(archive, e.slice(1), false).unpacked);
if (stillUnpacked.length !== 1) fail(`only better_sqlite3.node may be unpacked, found ${stillUnpacked.join(', ')}`);

const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
if (manifest.main !== 'dist-electron/main.cjs') fail(`package.json main is ${manifest.main}`);
if (manifest.dependencies && Object.keys(manifest.dependencies).length > 0)
  fail(`the packaged package.json lists runtime dependencies: ${Object.keys(manifest.dependencies).join(', ')}`);
if (!fs.existsSync(path.join(unpackedApp, 'ip-ledger'))) fail('the Linux executable is not named ip-ledger');

const size = fs.statSync(archive).size;
if (size >= MAX_ASAR_BYTES) fail(`app.asar is ${(size / 1048576).toFixed(1)} MB, over the 40 MB target`);
const mb = (size / 1048576).toFixed(1);
console.log(
  `dist:check ok: app.asar ${mb} MB (${size} bytes), ${entries.length} entries (${fileEntries.length} files), better_sqlite3.node unpacked (${(fs.statSync(packedNative).size / 1048576).toFixed(1)} MB); ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'test-results', 'dist-check.json'),
  `${JSON.stringify({ asarBytes: size, entries: entries.length, files: fileEntries.length, list: fileEntries }, null, 2)}\n`,
);
fs.rmSync(work, { recursive: true, force: true });
