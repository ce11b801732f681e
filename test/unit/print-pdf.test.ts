/** 另存为 PDF: the main process prints the window and writes the file the user chose; elsewhere it is refused as unavailable. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { registerContract, type InvokeEventLike, type IpcMainLike } from '../../electron/main/ipc';
import { savePageAsPdf, type PdfSource, type SaveDialog } from '../../electron/main/print-pdf';
import { APP_ORIGIN } from '../../electron/main/security';
import { channelOf } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { tempDir, tempSession } from '../helpers/temp-ledger';

const PDF = new TextEncoder().encode('%PDF-1.7 fake');

function fakes(target: string | null) {
  const printed: unknown[] = [];
  const asked: string[] = [];
  const source: PdfSource = { printToPDF: async (options) => (printed.push(options), PDF) };
  const dialog: SaveDialog = {
    showSaveDialog: async (options) => (asked.push(options.defaultPath), target ? { canceled: false, filePath: target } : { canceled: true }),
  };
  return { source, dialog, printed, asked };
}

describe('save as PDF', () => {
  it('prints A4 landscape by the stylesheet and writes the bytes where the user chose', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.pdf');
    const f = fakes(target);
    const result = await savePageAsPdf(f.source, f.dialog, { fileName: '知识产权执法数据统计表-兴安盟/2026Q3' }, dir);
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target)).toEqual(Buffer.from(PDF));
    expect(f.printed).toEqual([{ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    // A slash in a unit or period never becomes a folder.
    expect(f.asked).toEqual([`${dir}/知识产权执法数据统计表-兴安盟_2026Q3.pdf`]);
  });

  it('writes nothing when the dialog is cancelled, and refuses a bad name', async () => {
    const dir = tempDir();
    const f = fakes(null);
    expect(await savePageAsPdf(f.source, f.dialog, { fileName: 'x' }, dir)).toEqual({ ok: true, value: { path: null } });
    expect(f.printed).toEqual([]);
    expect((await savePageAsPdf(f.source, f.dialog, { fileName: '' }, dir)).ok).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('is answered by the main process over IPC, and by the data worker (preview) as unavailable', async () => {
    const session = await tempSession();
    const dispatch = createDispatch(session);
    const listeners = new Map<string, (e: InvokeEventLike, i: unknown) => Promise<Envelope<unknown>>>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    const dir = tempDir();
    const f = fakes(path.join(dir, 'r.pdf'));
    registerContract(ipcMain, (m, i) => dispatch(m, i), undefined, { 'print.savePdf': (_e, input) => savePageAsPdf(f.source, f.dialog, input, dir) });
    const frame = { url: `${APP_ORIGIN}/index.html`, parent: null };
    const listener = listeners.get(channelOf('print.savePdf'));
    expect(await listener?.({ senderFrame: frame, sender: { mainFrame: frame } }, { fileName: 'r' })).toEqual({
      ok: true,
      value: { path: path.join(dir, 'r.pdf') },
    });
    expect(await dispatch('print.savePdf', { fileName: 'r' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
