import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as native from '../../scripts/native-binding.cjs';

const root = path.resolve(__dirname, '../..');

function start(env: Record<string, string>) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['scripts/start-electron.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { ...result, ms: Date.now() - started, lines: result.stderr.trim().split('\n') };
}

describe('npm start', () => {
  it('without the Electron binary: says so in one line, points to npm run preview and exits 1 without building', () => {
    const result = start({ IP_LEDGER_ELECTRON_BINARY: '/nonexistent/electron' });
    expect(result.status).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toContain('npm run preview');
    expect(result.stdout).not.toContain('vite');
    expect(result.ms).toBeLessThan(10_000);
  });

  it('with a Node-ABI better-sqlite3 where the Electron build belongs: refuses in one line naming both ABIs, without building', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-ledger-start-'));
    try {
      const wrong = native.electronBindingPath({ platform: process.platform, arch: process.arch, dir });
      fs.mkdirSync(path.dirname(wrong), { recursive: true });
      fs.copyFileSync(native.nodeBindingPath(), wrong);
      fs.writeFileSync(path.join(path.dirname(wrong), 'build.json'), JSON.stringify({ moduleVersion: native.moduleVersion() }));
      // Any existing executable stands in for Electron: the native check comes before it is used.
      const result = start({ IP_LEDGER_ELECTRON_BINARY: process.execPath, IP_LEDGER_NATIVE_DIR: dir, IP_LEDGER_NO_NATIVE_BUILD: '1' });
      expect(result.status).toBe(1);
      expect(result.lines).toHaveLength(1);
      const abi = native.expectedAbi('electron', native.electronVersion());
      expect(result.lines[0]).toMatch(
        new RegExp(`wrong better-sqlite3 binary for Electron .* ABI ${process.versions.modules} .*needs ABI ${abi}.*npm run rebuild:electron`),
      );
      expect(result.stdout).not.toContain('vite');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
