/** The layer rules in eslint.config.mjs really fire (and plain code passes). */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('layer boundaries', () => {
  it('stop the renderer importing Node, Electron or the main process', async () => {
    expect(await restrictedImports('renderer/src/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/x.ts', "import path from 'path';\nexport const a = path;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/x.ts', "import { openLedger } from '../../electron/store/ledger';\nexport const a = openLedger;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/x.ts', "import { contract } from '../../shared/contract';\nexport const a = contract;\n")).toBe(0);
  });

  it('stop shared/ importing either side', async () => {
    expect(await restrictedImports('shared/x.ts', "import crypto from 'node:crypto';\nexport const a = crypto;\n")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import { handlers } from '../electron/api/handlers';\nexport const a = handlers;\n")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import { App } from '../renderer/src/App';\nexport const a = App;\n")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toBe(0);
  });

  it('stop domain and store code importing Electron', async () => {
    expect(await restrictedImports('electron/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restrictedImports('electron/store/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restrictedImports('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(0);
  });
});
