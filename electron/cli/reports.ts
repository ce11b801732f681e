/** `report samr` (the SAMR table as xlsx) and `stats` (counts per entity and the SAMR table as JSON). */
import fs from 'node:fs';
import path from 'node:path';
import { localIsoDate } from '../../shared/calendar';
import { samrReport } from '../domain/reports/samr';
import { samrWorkbook } from '../domain/reports/samr-xlsx';
import { openAppSession } from '../api/open-session';
import { ledgerStats } from '../domain/office/stats';
import { CliUsageError, optionalString, requireString, type CliCommand } from './types';

function checkPeriod(period: string): string {
  if (!/^\d{4}(Q[1-4])?$/.test(period)) throw new CliUsageError('--period takes YYYY or YYYYQn, e.g. 2026Q3');
  return period;
}

function checkUnit(unit: string | undefined): string | undefined {
  if (unit !== undefined && !/^\d{6}$/.test(unit)) throw new CliUsageError('--unit takes a 6-digit unit code');
  return unit;
}

export const reportCommand: CliCommand = {
  options: { db: { type: 'string' }, period: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' } },
  async run(args, io) {
    if (args.positionals[0] !== 'samr')
      throw new CliUsageError('report needs a report name: report samr --db FILE --period 2026Q3 [--unit CODE6] --out FILE.xlsx');
    const db = path.resolve(requireString(args, 'db'));
    const period = checkPeriod(requireString(args, 'period'));
    const out = path.resolve(requireString(args, 'out'));
    const session = await openAppSession(db, { mustExist: true });
    try {
      const report = samrReport(session, { period, unit: checkUnit(optionalString(args, 'unit')) });
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, await samrWorkbook(report, localIsoDate(session.now())));
      io.out(`已生成 written: ${out}`);
      io.out(
        `  ${report.unit.name} ${period}: 立案 ${report.table.total.filed} 件, 结案 ${report.table.total.closed} 件, 罚没款 ${report.table.total.penalties.toFixed(2)} 万元`,
      );
      return 0;
    } finally {
      session.ledger.close();
    }
  },
};

export const statsCommand: CliCommand = {
  options: { db: { type: 'string' }, period: { type: 'string' }, unit: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const db = path.resolve(requireString(args, 'db'));
    const session = await openAppSession(db, { mustExist: true });
    try {
      const period = checkPeriod(optionalString(args, 'period') ?? localIsoDate(session.now()).slice(0, 4));
      const stats = ledgerStats(session.ledger);
      const report = samrReport(session, { period, unit: checkUnit(optionalString(args, 'unit')) });
      const result = { entities: stats.entities, changes: stats.changeLogEntries, samr: report };
      if (args.values.json) io.out(JSON.stringify(result, null, 2));
      else {
        io.out(
          `记录数 rows: ${Object.entries(stats.entities)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}`,
        );
        io.out(
          `${report.unit.name} ${period}: 立案 ${report.table.total.filed}, 结案 ${report.table.total.closed}, 涉案金额 ${report.table.total.amountInvolved} 万元, 罚没款 ${report.table.total.penalties} 万元`,
        );
      }
      return 0;
    } finally {
      session.ledger.close();
    }
  },
};
