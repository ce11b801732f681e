/** The layer rules in eslint.config.mjs really fire (and plain code passes). */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

async function ruleHits(file: string, code: string, ruleId: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.message);
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

  it('stop a renderer feature importing another feature (and shared renderer code importing any)', async () => {
    const rule = 'renderer-slices/no-cross-feature-import';
    const hits = (file: string, code: string) => ruleHits(file, code, rule);
    // A deliberate feature → feature import fails, however the path is spelled.
    const cross = await hits('renderer/src/features/gi/UserForm.tsx', "import { useCasesStore } from '../cases/cases-store';\nexport const a = useCasesStore;\n");
    expect(cross).toHaveLength(1);
    expect(cross[0]).toContain('features/gi imports features/cases');
    expect(await hits('renderer/src/features/home/x.tsx', "import { Dashboard } from '../../features/reports/Dashboard';\nexport const a = Dashboard;\n")).toHaveLength(1);
    expect(await hits('renderer/src/features/home/x.ts', "export { usePlans } from '../plans';\n")).toHaveLength(1);
    expect(await hits('renderer/src/features/home/x.ts', "export const a = () => import('../gi/GiPage');\n")).toHaveLength(1);
    expect(await hits('renderer/src/features/reports/x.ts', "import type { CaseView } from './../cases/CasesPage';\nexport type A = CaseView;\n")).toHaveLength(1);
    // components/ and state/ are below every feature.
    expect(await hits('renderer/src/components/x.tsx', "import { GiPage } from '../features/gi/GiPage';\nexport const a = GiPage;\n")).toHaveLength(1);
    expect(await hits('renderer/src/state/x.ts', "import { REPORT_TABS } from '../features/reports/reports-store';\nexport const a = REPORT_TABS;\n")).toHaveLength(1);
    // Within a feature, to shared code, and from the layout (where features are composed): allowed.
    expect(await hits('renderer/src/features/gi/x.ts', "import { showUser } from './gi-route';\nexport const a = showUser;\n")).toHaveLength(0);
    expect(await hits('renderer/src/features/gi/x.ts', "import { yuanText } from '../../components/money';\nexport const a = yuanText;\n")).toHaveLength(0);
    expect(await hits('renderer/src/features/gi/x.ts', "import { useRoute } from '../../state/route';\nexport const a = useRoute;\n")).toHaveLength(0);
    expect(await hits('renderer/src/layout/x.tsx', "import { GiPage } from '../features/gi/GiPage';\nexport const a = GiPage;\n")).toHaveLength(0);
  });

  it('hold the main-process layer matrix: imports only go downwards, domain features never import each other', async () => {
    const rule = 'layers/allowed-imports';
    const hits = (file: string, code: string) => ruleHits(file, code, rule);
    // A deliberate domain feature → feature import fails.
    const cross = await hits('electron/domain/gi/x.ts', "import { saveCase } from '../cases/write';\nexport const a = saveCase;\n");
    expect(cross).toHaveLength(1);
    expect(cross[0]).toContain('domain/gi imports domain/cases');
    // The kernel imports no feature.
    expect(await hits('electron/domain/core/x.ts', "import { saveGi } from '../gi/catalogue';\nexport const a = saveGi;\n")).toHaveLength(1);
    // A deliberate store → domain import fails; so do domain → api, cli → main, api → cli.
    const upward = await hits('electron/store/x.ts', "import { getProfile } from '../domain/core/profile';\nexport const a = getProfile;\n");
    expect(upward).toHaveLength(1);
    expect(upward[0]).toContain('store imports domain/core');
    expect(await hits('electron/domain/cases/x.ts', "import { handlers } from '../../api/handlers';\nexport const a = handlers;\n")).toHaveLength(1);
    expect(await hits('electron/cli/x.ts', "import { LOG_DIR } from '../main/paths';\nexport const a = LOG_DIR;\n")).toHaveLength(1);
    expect(await hits('electron/api/x.ts', "import { runCli } from '../cli/run';\nexport const a = runCli;\n")).toHaveLength(1);
    expect(await hits('shared/x.ts', "import { openLedger } from '../electron/store/ledger';\nexport const a = openLedger;\n")).toHaveLength(1);
    // Allowed: downwards, the kernel from a feature, an aggregate feature reading an entity feature.
    expect(await hits('electron/domain/gi/x.ts', "import { blobPath } from '../core/blob-store';\nexport const a = blobPath;\n")).toHaveLength(0);
    expect(await hits('electron/domain/bundles/x.ts', "import { caseRules } from '../cases/record-rules';\nexport const a = caseRules;\n")).toHaveLength(0);
    expect(await hits('electron/domain/reports/x.ts', "import { exportBundle } from '../bundles/export';\nexport const a = exportBundle;\n")).toHaveLength(1);
    expect(await hits('electron/cli/x.ts', "import { openAppSession } from '../api/open-session';\nexport const a = openAppSession;\n")).toHaveLength(0);
    expect(await hits('electron/main/x.ts', "import { createDispatch } from '../api/dispatch';\nexport const a = createDispatch;\n")).toHaveLength(0);
  });

  it('keep the preload to the contract, and Electron out of the data worker and the preview host', async () => {
    expect(await restrictedImports('electron/preload/x.ts', "import { openLedger } from '../store/ledger';\nexport const a = openLedger;\n")).toBe(1);
    expect(await restrictedImports('electron/preload/x.ts', "import { contract } from '../../shared/contract';\nexport const a = contract;\n")).toBe(0);
    expect(await restrictedImports('electron/main/data-worker.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restrictedImports('electron/main/preview-host.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
    expect(await restrictedImports('electron/cli/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
  });

  it('fail on an import cycle', async () => {
    // Two real files (a cycle needs both on disk), removed afterwards.
    const dir = path.join(root, 'shared', `lint-cycle-${process.pid}`);
    fs.mkdirSync(dir, { recursive: true });
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = (): number => a() - 1;\n");
      const results = await eslint.lintFiles([path.join(dir, 'a.ts')]);
      const cycles = results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'import-x/no-cycle');
      expect(cycles).toHaveLength(1);
      fs.writeFileSync(path.join(dir, 'b.ts'), 'export const b = (): number => 1;\n');
      const clean = await eslint.lintFiles([path.join(dir, 'a.ts')]);
      expect(clean.flatMap((r) => r.messages).filter((m) => m.ruleId === 'import-x/no-cycle')).toHaveLength(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
