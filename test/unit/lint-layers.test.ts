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
});
