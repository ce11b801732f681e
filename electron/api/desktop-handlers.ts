/**
 * The desktop shell's methods as the data worker answers them: `unavailable`. The Electron main
 * process answers them itself (it owns the window and the dialogs: print-pdf.ts, file-transfer.ts,
 * the log folder); the preview host's screens then take their browser routes instead.
 */
import { DomainError } from '../../shared/errors';
import type { desktopContract } from '../../shared/desktop/contract';
import type { HandlersOf } from '../domain/core/handlers';

function desktopOnly(what: string): never {
  throw new DomainError('unavailable', `${what} belongs to the desktop app (Electron main process)`);
}

export const desktopHandlers: HandlersOf<typeof desktopContract> = {
  'print.savePdf': () => desktopOnly('saving as PDF'),
  'app.openLogFolder': () => desktopOnly('opening the log folder'),
  'files.stage': () => desktopOnly('staging a file from its bytes'),
  'files.openBundle': () => desktopOnly('the open dialog'),
  'files.saveExport': () => desktopOnly('the save dialog'),
};
