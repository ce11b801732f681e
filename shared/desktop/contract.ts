/**
 * What the desktop shell answers itself (the Electron main process: it owns the window and the
 * dialogs). The data worker and the preview host answer `unavailable`, and the screens fall back:
 * the browser's print dialog, the preview host's /upload and /files/ routes.
 */
import { z } from 'zod';
import { exportFileNameSchema } from '../bundles/types';
import { method, none } from '../contract-kit';
import { savePdfInputSchema } from '../print';

export const desktopContract = {
  'print.savePdf': method<{ path: string | null }>()(savePdfInputSchema),
  /** Opens <data dir>/logs in the file manager. */
  'app.openLogFolder': method<{ path: string }>()(none),
  /**
   * Files without base64 (electron/main/file-transfer.ts): a file dropped on or picked in the window
   * is staged from its bytes; a bundle is picked with the native dialog and copied in; an export is
   * saved where the user chooses (a USB stick).
   */
  'files.stage': method<{ uploadId: string; size: number }>()(
    z.object({ fileName: z.string().trim().min(1).max(200), bytes: z.instanceof(Uint8Array) }).strict(),
  ),
  'files.openBundle': method<{ uploadId: string; fileName: string; size: number } | null>()(none),
  'files.saveExport': method<{ path: string } | null>()(
    z.object({ downloadId: exportFileNameSchema, fileName: z.string().trim().min(1).max(200) }).strict(),
  ),
} as const;
