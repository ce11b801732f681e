import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start without the Electron binary', () => {
  it('says so in one line, points to npm run preview and exits 1 without building', () => {
    const root = path.resolve(__dirname, '../..');
    const started = Date.now();
    const result = spawnSync(process.execPath, ['scripts/start-electron.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, IP_LEDGER_ELECTRON_BINARY: '/nonexistent/electron' },
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('npm run preview');
    expect(result.stdout).not.toContain('vite');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
