/**
 * For the E2E test of large bundles: a county ledger with one case and four ~15.5 MB photos
 * (JPEG bytes: the store recognises the type from them), exported as a bundle of ~62 MB.
 * Usage: tsx test/helpers/big-bundle.ts LEDGER.sqlite OUT.zip
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { exportBundle } from '../../electron/domain/bundles/export';
import { addAttachment } from '../../electron/domain/cases/attachments';
import { createCase } from '../../electron/domain/cases/write';
import { setupProfile } from '../../electron/domain/core/profile';
import { openAppSession } from '../../electron/api/open-session';
import { stageBytes } from '../../electron/store/staged-files';
import { caseFieldsSchema } from '../../shared/cases/schemas';

async function main(): Promise<void> {
  const [ledger, out] = process.argv.slice(2) as [string, string];
  const session = await openAppSession(ledger);
  try {
    setupProfile(session, { unitCode: '152502', bureauName: '锡林浩特市市场监督管理局', casePrefix: '锡市监处罚', operatorName: '张明' });
    const caseId = createCase(
      session,
      caseFieldsSchema.parse({
        title: '现场照片很大的案件',
        category: 'trademark',
        source: 'inspection',
        leadDate: new Date().toISOString().slice(0, 10),
        parties: [{ kind: 'organisation', name: '锡林浩特市草原鲜肉店', idType: 'uscc', idNumber: '911522010783710635' }],
      }),
    );
    for (let n = 1; n <= 4; n++) {
      const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(Math.round(15.5 * 1024 * 1024))]);
      const { uploadId } = stageBytes(path.dirname(ledger), photo);
      addAttachment(session, { caseId, fileName: `现场照片${n}.jpg`, caption: '', uploadId });
    }
    await exportBundle(session, out);
  } finally {
    session.ledger.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
