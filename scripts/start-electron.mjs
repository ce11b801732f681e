// `npm start`: build, then launch Electron on the built app — or say in one line why it cannot
// start on this machine (checked first, so nobody waits for a build that cannot be used).
import { execSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
let binary = process.env.IP_LEDGER_ELECTRON_BINARY ?? null; // override for tests
if (binary === null) {
  try {
    binary = require('electron'); // the package exports the path of its binary
  } catch {
    binary = null;
  }
}
if (typeof binary !== 'string' || !fs.existsSync(binary)) {
  console.error(
    'The Electron binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD=1?): run "npm run preview" to use the app in a browser instead.',
  );
  process.exit(1);
}
execSync('npm run build', { stdio: 'inherit' });
const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
