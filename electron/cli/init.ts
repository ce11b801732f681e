import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../../shared/errors';
import { profileSetupSchema } from '../../shared/profile';
import { defaultBureauName, defaultCasePrefix } from '../../shared/units';
import { setupProfile } from '../domain/core/profile';
import { findUnit } from '../domain/core/reference-tables';
import { openAppSession } from '../api/open-session';
import { describeLedger, printLedgerInfo } from './info';
import { CliUsageError, optionalString, requireString, type CliCommand } from './types';

function removeLedgerFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

export const initCommand: CliCommand = {
  options: {
    db: { type: 'string' },
    unit: { type: 'string' },
    name: { type: 'string' },
    operator: { type: 'string' },
    prefix: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    const file = path.resolve(requireString(args, 'db'));
    const unitCode = requireString(args, 'unit');
    if (!/^\d{6}$/.test(unitCode)) throw new CliUsageError('--unit takes a 6-digit unit code, e.g. 152502');
    if (fs.existsSync(file)) throw new DomainError('conflict', `拒绝覆盖已有文件 refusing to overwrite an existing file: ${file}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });

    let session;
    try {
      session = await openAppSession(file);
    } catch (error) {
      removeLedgerFiles(file);
      throw error;
    }
    try {
      const unit = findUnit(session.ledger, unitCode);
      if (!unit || unit.level === 'province')
        throw new DomainError('invalid_input', `单位代码 ${unitCode} 不是兴安盟或锡林郭勒盟的盟或旗县级单位 / not a league or county unit`);
      const setup = profileSetupSchema.safeParse({
        unitCode,
        bureauName: optionalString(args, 'name') ?? defaultBureauName(unit),
        casePrefix: optionalString(args, 'prefix') ?? defaultCasePrefix(unit),
        operatorName: optionalString(args, 'operator') ?? (os.userInfo().username || '管理员'),
      });
      if (!setup.success)
        throw new DomainError('invalid_input', `参数无效 invalid value: ${setup.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      setupProfile(session, setup.data);
      printLedgerInfo(describeLedger(session), args.values.json === true, io);
      session.ledger.close();
      return 0;
    } catch (error) {
      session.ledger.close();
      removeLedgerFiles(file);
      throw error;
    }
  },
};
