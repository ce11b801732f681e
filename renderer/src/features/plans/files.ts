/** Evidence uploads for reports and plans: the file is staged, the ledger checks type and size. */
import { call } from '../../api/client';
import { stageFile } from '../../api/transfer';

export async function uploadReportFiles(ownerId: string, files: File[]): Promise<void> {
  for (const file of files) await call('plans.addReportFile', { ownerId, fileName: file.name, uploadId: await stageFile(file) });
}
