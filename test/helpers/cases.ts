/** Building blocks for case-log tests: a valid case input and a tiny PNG. */
import { caseFieldsSchema, type CaseFieldsDraft, type CaseFieldsInput } from '../../shared/cases/schemas';
import path from 'node:path';
import { setupProfile } from '../../electron/domain/core/profile';
import { stageBytes } from '../../electron/store/staged-files';
import type { Session } from '../../electron/domain/core/session';
import { COUNTY_SETUP, tempSession } from './temp-ledger';

/** 2026-11-20 10:00 local time (a Friday). */
export const FIXED_NOW = new Date(2026, 10, 20, 10, 0, 0).getTime();

export async function countySessionAt(nowMs = FIXED_NOW): Promise<Session> {
  const session = await tempSession({ now: () => nowMs });
  setupProfile(session, COUNTY_SETUP);
  return session;
}

export function caseInput(overrides: Partial<CaseFieldsDraft> = {}): CaseFieldsInput {
  return caseFieldsSchema.parse({
    title: '销售假冒“锡林郭勒羊肉”商标的羊肉卷',
    campaigns: ['tiequan'],
    category: 'trademark',
    source: 'inspection',
    goods: '羊肉卷',
    goodsCategory: 'food',
    placeType: 'supermarket',
    townshipCode: '152502001',
    handlers: '王强、李娜',
    leadDate: '2026-11-02',
    parties: [{ kind: 'organisation', name: '锡林浩特市草原鲜肉店', idType: 'uscc', idNumber: '911522010783710635' }],
    ...overrides,
  });
}

/** A 1×1 PNG. */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Stage bytes as the transports do (store/staged-files.ts) and return the upload id a call names. */
export function staged(session: Session, base64OrBytes: string | Buffer): string {
  const bytes = typeof base64OrBytes === 'string' ? Buffer.from(base64OrBytes, 'base64') : base64OrBytes;
  return stageBytes(path.dirname(session.ledger.file), bytes).uploadId;
}
