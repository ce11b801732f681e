/** The desktop app's file transfers (electron/main/file-transfer.ts), with fake dialogs: real files on disk. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTransferHandlers, type FileDialogs } from '../../electron/main/file-transfer';
import { tempDir } from '../helpers/temp-ledger';

function setup(answers: { open?: string | null; save?: string | null }) {
  const dataDir = tempDir();
  const asked: string[] = [];
  const dialogs: FileDialogs = {
    showOpenDialog: async (o) => {
      asked.push(`open:${o.filters[0]?.extensions.join(',')}`);
      return answers.open ? { canceled: false, filePaths: [answers.open] } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (o) => {
      asked.push(`save:${path.basename(o.defaultPath)}`);
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true };
    },
  };
  return { dataDir, asked, handlers: fileTransferHandlers({ dialogs, dataDir, defaultDir: '/home/clerk/Documents' }) };
}

describe('desktop file transfers', () => {
  it('a bundle picked in the open dialog is copied into the data folder and named by an upload id', async () => {
    const stick = path.join(tempDir(), '来自锡林浩特.zip');
    fs.writeFileSync(stick, Buffer.alloc(3 * 1024 * 1024, 7));
    const { dataDir, handlers, asked } = setup({ open: stick });
    const answer = (await handlers['files.openBundle'](undefined)) as { ok: true; value: { uploadId: string; fileName: string; size: number } };
    expect(answer).toMatchObject({ ok: true, value: { fileName: '来自锡林浩特.zip', size: 3 * 1024 * 1024 } });
    expect(fs.readFileSync(path.join(dataDir, 'uploads', answer.value.uploadId)).equals(fs.readFileSync(stick))).toBe(true);
    expect(asked).toEqual(['open:zip']);
    // Cancelled: nothing staged.
    expect(await setup({ open: null }).handlers['files.openBundle'](undefined)).toEqual({ ok: true, value: null });
  });

  it('an export is saved where the user chooses, by its name in the data folder only', async () => {
    const target = path.join(tempDir(), 'U盘', 'bundle.zip');
    fs.mkdirSync(path.dirname(target));
    const { dataDir, handlers, asked } = setup({ save: target });
    const name = 'ip-ledger-152502-to-152500-2026-11-20-a1b2c3.zip';
    fs.mkdirSync(path.join(dataDir, 'bundles', 'sent'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'bundles', 'sent', name), 'PK bundle');
    expect(await handlers['files.saveExport']({ downloadId: name, fileName: name })).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe('PK bundle');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['bundle.zip']);
    expect(asked).toEqual([`save:${name}`]);
    expect(await handlers['files.saveExport']({ downloadId: '../ledger.sqlite', fileName: 'x.zip' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('dropped bytes are staged without base64', async () => {
    const { dataDir, handlers } = setup({});
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const answer = (await handlers['files.stage']({ fileName: '照片.png', bytes })) as { ok: true; value: { uploadId: string; size: number } };
    expect(answer.value.size).toBe(7);
    expect([...fs.readFileSync(path.join(dataDir, 'uploads', answer.value.uploadId))]).toEqual([...bytes]);
    expect(await handlers['files.stage']({ fileName: 'x', base64: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
