/** Evidence uploads for reports and plans: the bytes go as base64, the ledger checks type and size. */
import { call } from '../../api/client';
import { fileToBase64 } from '../../api/blobs';

export async function uploadReportFiles(ownerId: string, files: File[]): Promise<void> {
  for (const file of files) await call('plans.addReportFile', { ownerId, fileName: file.name, base64: await fileToBase64(file) });
}
