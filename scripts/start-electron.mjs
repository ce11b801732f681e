// `npm start`: make sure Electron and its better-sqlite3 build are there (fetching / building them
// when missing or wrong), then build the app and launch it. Anything that cannot be done on this
// machine is said in one line on stderr, with what to do — checked first, so nobody waits for a
// build that cannot be used. Arguments after `npm start --` go to the app (e.g. --disable-gpu).
//
// Test hooks: IP_LEDGER_ELECTRON_BINARY (use this executable), IP_LEDGER_NATIVE_DIR (where the
// Electron builds of better-sqlite3 live), IP_LEDGER_NO_NATIVE_BUILD=1 (check only, never build).
import { execSync, spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const native = require('./native-binding.cjs');
const root = native.ROOT;
const version = native.electronVersion();
const PREVIEW = 'run "npm run preview" to use the app in a browser instead';

function fail(line) {
  console.error(line);
  process.exit(1);
}

/** The Electron executable, downloading it on first use as Electron's own `npx electron` would. */
function electronBinary() {
  if (process.env.IP_LEDGER_ELECTRON_BINARY) return fs.existsSync(process.env.IP_LEDGER_ELECTRON_BINARY) ? process.env.IP_LEDGER_ELECTRON_BINARY : null;
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) return null;
  const located = () => {
    const pathFile = path.join(pkg, 'path.txt');
    const file = fs.existsSync(pathFile) ? path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8')) : null;
    return file && fs.existsSync(file) ? file : null;
  };
  if (located()) return located();
  console.log(`downloading Electron ${version}…`);
  const result = spawnSync(process.execPath, [path.join(pkg, 'install.js')], { encoding: 'utf8', timeout: 15 * 60_000 });
  if (result.status !== 0) {
    const reason = `${result.stderr ?? ''}`.split('\n').find((l) => l.trim()) ?? 'download failed';
    const nodeTooOld =
      Number(process.versions.node.split('.')[0]) < 22 ? `; Electron ${version.split('.')[0]} needs Node ≥ 22.12 to install, this is ${process.version}` : '';
    fail(`Electron ${version} is not installed and could not be downloaded (${reason.trim().slice(0, 160)}${nodeTooOld}): ${PREVIEW}.`);
  }
  return located();
}

const binary = electronBinary();
if (!binary) fail(`The Electron binary is not installed on this machine: ${PREVIEW}.`);

try {
  native.checkElectronBinding();
} catch (problem) {
  if (!(problem instanceof native.NativeBindingError)) throw problem;
  if (process.env.IP_LEDGER_NO_NATIVE_BUILD === '1') fail(`${problem.message}: run "npm run rebuild:electron", or ${PREVIEW}.`);
  console.log(`${problem.message} — building it now`);
  try {
    native.buildElectronBinding({ log: (line) => console.log(line) });
  } catch (error) {
    if (!(error instanceof native.NativeBindingError)) throw error;
    fail(
      `${error.message}: run "npm run rebuild:electron" where Electron's headers can be downloaded and GCC ≥ 13 (Visual Studio 2022 on Windows) is installed, or ${PREVIEW}.`,
    );
  }
}

execSync('npm run build', { stdio: 'inherit', cwd: root });
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
child.on('exit', (code) => process.exit(code ?? 0));
