/**
 * `demo --db FILE [--cases N] [--gi-users N] [--tasks] [--seed S] [--unit CODE6]`: fills a ledger with realistic
 * demo data (a new file is set up for the unit first, default 152502 锡林浩特市). Deterministic for a
 * seed. Without --cases, --gi-users or --tasks it makes 1000 cases; asked only for GI users or
 * tasks, no cases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultBureauName, defaultCasePrefix } from '../../shared/units';
import { refreshDeadlines } from '../domain/cases/deadline-store';
import { generateDemoCases } from '../demo/cases';
import { generateDemoGiUsers } from '../demo/gi';
import { generateDemoPlan } from '../demo/plans';
import { ledgerStats } from '../domain/office/stats';
import { getProfile, setupProfile } from '../domain/core/profile';
import { findUnit } from '../domain/core/reference-tables';
import { openAppSession } from '../api/open-session';
import { CliUsageError, optionalString, requireString, type CliCommand } from './types';

function positiveInt(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new CliUsageError(`--${name} takes a whole number`);
  return Number(text);
}

export const demoCommand: CliCommand = {
  options: {
    db: { type: 'string' },
    cases: { type: 'string' },
    'gi-users': { type: 'string' },
    tasks: { type: 'boolean' },
    seed: { type: 'string' },
    unit: { type: 'string' },
    quiet: { type: 'boolean' },
  },
  async run(args, io) {
    const file = path.resolve(requireString(args, 'db'));
    const giUsers = positiveInt(optionalString(args, 'gi-users'), 'gi-users', 0);
    // Without --cases, a run that asks for GI users or tasks makes no cases.
    const count = positiveInt(optionalString(args, 'cases'), 'cases', optionalString(args, 'gi-users') === undefined && !args.values.tasks ? 1000 : 0);
    const seed = positiveInt(optionalString(args, 'seed'), 'seed', 1);
    const unitCode = optionalString(args, 'unit') ?? '152502';
    if (!/^\d{6}$/.test(unitCode)) throw new CliUsageError('--unit takes a 6-digit unit code, e.g. 152502');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const session = await openAppSession(file);
    try {
      if (!getProfile(session)) {
        const unit = findUnit(session.ledger, unitCode);
        if (!unit) throw new CliUsageError(`unknown unit ${unitCode}`);
        setupProfile(session, { unitCode, bureauName: defaultBureauName(unit), casePrefix: defaultCasePrefix(unit), operatorName: '演示数据' });
      }
      const started = performance.now();
      let lastPercent = -1;
      generateDemoCases(session, {
        count,
        seed,
        onProgress: (done, total) => {
          const percent = Math.floor((done / total) * 20) * 5;
          if (!args.values.quiet && percent !== lastPercent) {
            lastPercent = percent;
            io.err(`  ${percent}% (${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')})`);
          }
        },
      });
      const deadlines = refreshDeadlines(session.ledger);
      const seconds = (performance.now() - started) / 1000;
      const total = ledgerStats(session.ledger).entities.case ?? 0;
      if (count > 0 || (giUsers === 0 && !args.values.tasks))
        io.out(`已生成 ${count} 件演示案件（种子 ${seed}），账本共 ${total} 件 / generated ${count} demo cases (seed ${seed}); ${total} in ledger`);
      if (giUsers > 0) {
        const made = generateDemoGiUsers(session, { count: giUsers, seed });
        const users = ledgerStats(session.ledger).entities.gi_user ?? 0;
        io.out(`已生成 ${made} 户地理标志专用标志使用人，账本共 ${users} 户 / generated ${made} GI users; ${users} in ledger`);
      }
      if (args.values.tasks) {
        const planId = generateDemoPlan(session, seed);
        const reports = ledgerStats(session.ledger).entities.task_report ?? 0;
        io.out(
          planId
            ? `已生成演示工作方案及 ${reports} 条进度报送 / generated a demo plan with ${reports} progress reports`
            : '没有可用的方案模板 / no plan template found',
        );
      }
      if (count > 0)
        io.out(`用时 ${seconds.toFixed(1)} s（${Math.round(count / seconds)} 件/秒），计算期限 ${deadlines} 件 / deadlines computed for ${deadlines} cases`);
      return 0;
    } finally {
      session.ledger.close();
    }
  },
};
