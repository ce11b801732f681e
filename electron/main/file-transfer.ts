/**
 * Files in and out of the desktop app without base64 (issue 14): a bundle is picked with the
 * native open dialog and copied into the data folder's staging area (the USB stick may be pulled
 * out before the import is applied); an export is saved with the native save dialog straight to
 * where the user chooses; a file dropped on the window is staged from its bytes (structured-clone
 * IPC, no base64). The data worker then works on the staged file by its id, whatever its size.
 * Answered by the main process (it owns the dialogs); the worker and the preview host answer
 * `unavailable`, and the preview's screens use its streamed /upload and /files/ routes instead.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { contract } from '../../shared/contract';
import { fail, ok, type Envelope } from '../../shared/errors';
import { stageBytes, stageCopy } from '../store/staged-files';

/** The slices of Electron's dialog this needs (tests pass fakes). */
export interface FileDialogs {
  showOpenDialog(options: {
    title: string;
    filters: { name: string; extensions: string[] }[];
    properties: 'openFile'[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FileTransferDeps {
  dialogs: FileDialogs;
  dataDir: string;
  /** Where the save dialog starts (the user's documents folder). */
  defaultDir: string;
}

const BUNDLE_FILTER = [{ name: '数据包 Bundle (.zip)', extensions: ['zip'] }];

function failure(error: unknown): Envelope<never> {
  return fail('unavailable', error instanceof Error ? error.message : String(error));
}

export function fileTransferHandlers(
  deps: FileTransferDeps,
): Record<'files.stage' | 'files.openBundle' | 'files.saveExport', (input: unknown) => Promise<Envelope<unknown>>> {
  return {
    async 'files.stage'(input) {
      const parsed = contract['files.stage'].input.safeParse(input);
      if (!parsed.success) return fail('invalid_input', 'files.stage takes a file name and its bytes');
      try {
        return ok(stageBytes(deps.dataDir, parsed.data.bytes));
      } catch (error) {
        return failure(error);
      }
    },
    async 'files.openBundle'() {
      const choice = await deps.dialogs.showOpenDialog({ title: '选择收到的数据包 / Choose the bundle', filters: BUNDLE_FILTER, properties: ['openFile'] });
      const chosen = choice.filePaths[0];
      if (choice.canceled || !chosen) return ok(null);
      try {
        const staged = await stageCopy(deps.dataDir, chosen);
        return ok({ ...staged, fileName: path.basename(chosen) });
      } catch (error) {
        return failure(error);
      }
    },
    async 'files.saveExport'(input) {
      const parsed = contract['files.saveExport'].input.safeParse(input);
      if (!parsed.success) return fail('invalid_input', 'files.saveExport takes an export’s name');
      const source = path.join(deps.dataDir, 'bundles', 'sent', parsed.data.downloadId);
      const name = parsed.data.fileName.replace(/[\\/:*?"<>|]/g, '_');
      const choice = await deps.dialogs.showSaveDialog({
        title: '保存数据包（可直接选U盘）/ Save the bundle',
        defaultPath: path.join(deps.defaultDir, name),
        filters: BUNDLE_FILTER,
      });
      if (choice.canceled || !choice.filePath) return ok(null);
      try {
        // Copied to a temporary name beside the target, then renamed: a stick pulled out mid-copy leaves no half bundle under the real name.
        const partial = `${choice.filePath}.partial`;
        await fs.copyFile(source, partial);
        await fs.rename(partial, choice.filePath);
        return ok({ path: choice.filePath });
      } catch (error) {
        return failure(error);
      }
    },
  };
}
