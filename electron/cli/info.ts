import path from 'node:path';
import { APP_VERSION } from '../app-version';
import { getProfile } from '../domain/core/profile';
import { type Session } from '../domain/core/session';
import { openAppSession } from '../api/open-session';
import { exchangeLog, type ExchangeLog } from '../domain/bundles/exchange';
import { ledgerStats } from '../domain/office/stats';
import { requireString, type CliCommand, type CliIo } from './types';

export interface LedgerDescription {
  file: string;
  unit: { code: string; name: string; inGbt2260: boolean } | null;
  role: 'league' | 'county' | null;
  bureauName: string | null;
  casePrefix: string | null;
  operator: string | null;
  installationId: string;
  keyFingerprint: string;
  schemaVersion: number;
  appVersion: string;
  rows: Record<string, number>;
  bundles: ExchangeLog;
}

export function describeLedger(session: Session): LedgerDescription {
  const profile = getProfile(session);
  const stats = ledgerStats(session.ledger);
  return {
    file: session.ledger.file,
    unit: profile ? { code: profile.unitCode, name: profile.unitName, inGbt2260: profile.unitInGbt2260 } : null,
    role: profile?.role ?? null,
    bureauName: profile?.bureauName ?? null,
    casePrefix: profile?.casePrefix ?? null,
    operator: profile?.operatorName ?? null,
    installationId: session.installation.id,
    keyFingerprint: session.installation.fingerprint,
    schemaVersion: session.ledger.schemaVersion,
    appVersion: APP_VERSION,
    rows: { ...stats.entities, changes: stats.changeLogEntries },
    bundles: exchangeLog(session),
  };
}

const ROLE_LABEL = { league: '盟局 league', county: '旗县局 county' } as const;

export function printLedgerInfo(d: LedgerDescription, json: boolean, io: CliIo): void {
  if (json) {
    io.out(JSON.stringify(d, null, 2));
    return;
  }
  io.out(`账本 ledger:        ${d.file}`);
  io.out(`单位 unit:          ${d.unit ? `${d.unit.name} (${d.unit.code})${d.unit.inGbt2260 ? '' : ' [非GB/T 2260代码]'}` : '未设置 not set up'}`);
  io.out(`角色 role:          ${d.role ? ROLE_LABEL[d.role] : '-'}`);
  io.out(`局名称 bureau:      ${d.bureauName ?? '-'}`);
  io.out(`操作员 operator:    ${d.operator ?? '-'}`);
  io.out(`安装标识 install:   ${d.installationId}`);
  io.out(`密钥指纹 key:       ${d.keyFingerprint}`);
  io.out(`数据结构 schema:    v${d.schemaVersion} (app ${d.appVersion})`);
  io.out(
    `数据包 bundles:     sent ${d.bundles.sent.length}, received ${d.bundles.received.length}, trusted units ${d.bundles.trusted.map((k) => k.unitCode).join(' ') || '-'}`,
  );
  io.out(
    `记录数 rows:        ${Object.entries(d.rows)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
}

export const infoCommand: CliCommand = {
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const file = path.resolve(requireString(args, 'db'));
    const session = await openAppSession(file, { mustExist: true });
    try {
      printLedgerInfo(describeLedger(session), args.values.json === true, io);
      return 0;
    } finally {
      session.ledger.close();
    }
  },
};
