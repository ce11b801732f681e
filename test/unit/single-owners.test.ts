/**
 * Two ownership rules of docs/architecture.md that lint cannot see, checked on the source text:
 * the installation's clock has one owner (electron/store/clock.ts), and the CLI reaches the
 * ledger only through the domain and store functions (no SQL of its own).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (/\.tsx?$/.test(e.name)) out.push(rel);
  }
  return out;
}

describe('single owners', () => {
  it('only store/clock.ts reads or writes the clock (the installation row is created with its start value)', () => {
    const users = sources('electron').filter((f) => fs.readFileSync(path.join(root, f), 'utf8').includes('hlc_last'));
    expect(users.sort()).toEqual([path.join('electron', 'domain', 'core', 'installation.ts'), path.join('electron', 'store', 'clock.ts')]);
  });

  it('the CLI runs no SQL of its own', () => {
    const files = [...sources('electron/cli'), 'electron/cli.ts'];
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const text = fs.readFileSync(path.join(root, f), 'utf8');
      expect({ file: f, sql: /\.(stmt|prepare|exec|pragma)\(|\bledger\.db\b|\bSELECT\b|\bINSERT\b|\bUPDATE\b|\bDELETE\b/.test(text) }).toEqual({ file: f, sql: false });
    }
  });
});
