/** Authorised users with their computed flags (list, catalogue counts, "needs attention"). */
import { userFlags } from '../../../shared/gi/flags';
import type { GiUserListQuery } from '../../../shared/gi/schemas';
import type { GiUserRecord, GiUserRow as GiUserListRow } from '../../../shared/gi/types';
import type { GiKind, InspectionResult, UserFlag } from '../../../shared/gi/vocabulary';
import type { Ledger } from '../../store/ledger';
import { decodeTags } from '../core/tags';
import type { Session } from '../core/session';
import { flagContext, type FlagContext } from './flag-context';
import { userFromRow, type GiUserRow } from './rows';

export interface UserFacts {
  reports: Map<string, { year: number; used: boolean }[]>;
  latestInspection: Map<string, InspectionResult>;
  scopes: Map<string, { name: string; productScope: string[]; areaCodes: string[]; kind: GiKind }>;
}

/** Everything the flags need about a set of users, read in three queries (the register is small). */
export function loadUserFacts(ledger: Ledger, userId?: string): UserFacts {
  const filter = userId ? 'AND user_id = ?' : '';
  const args = userId ? [userId] : [];
  const reports = new Map<string, { year: number; used: boolean }[]>();
  for (const r of ledger.stmt(`SELECT user_id, year, used FROM gi_use_reports WHERE deleted = 0 ${filter} ORDER BY year`).all(...args) as {
    user_id: string;
    year: number;
    used: number;
  }[]) {
    const list = reports.get(r.user_id) ?? [];
    list.push({ year: r.year, used: r.used === 1 });
    reports.set(r.user_id, list);
  }
  const latestInspection = new Map<string, InspectionResult>();
  for (const r of ledger.stmt(`SELECT user_id, result FROM gi_inspections WHERE deleted = 0 ${filter} ORDER BY date, created_at`).all(...args) as {
    user_id: string;
    result: InspectionResult;
  }[]) {
    latestInspection.set(r.user_id, r.result);
  }
  const scopes = new Map<string, { name: string; productScope: string[]; areaCodes: string[]; kind: GiKind }>();
  for (const g of ledger.stmt('SELECT id, name, kind, product_scope, area_codes FROM gis').all() as {
    id: string;
    name: string;
    kind: string;
    product_scope: string;
    area_codes: string;
  }[]) {
    scopes.set(g.id, { name: g.name, kind: g.kind as GiKind, productScope: decodeTags(g.product_scope), areaCodes: decodeTags(g.area_codes) });
  }
  return { reports, latestInspection, scopes };
}

export function flagsOf(record: GiUserRecord, facts: UserFacts, ctx: FlagContext): UserFlag[] {
  const scope = facts.scopes.get(record.giId) ?? { name: '', productScope: [], areaCodes: [], kind: 'product' as GiKind };
  return userFlags(
    { ...record, reports: facts.reports.get(record.id) ?? [], latestInspection: facts.latestInspection.get(record.id) ?? null },
    scope,
    ctx.today,
    ctx.limits,
    ctx.calendar,
  );
}

export function listUsers(session: Session, query: Partial<GiUserListQuery>): GiUserListRow[] {
  const { ledger } = session;
  const where = ['deleted = 0'];
  const args: string[] = [];
  if (query.giId) {
    where.push('gi_id = ?');
    args.push(query.giId);
  }
  if (query.status) {
    where.push('status = ?');
    args.push(query.status);
  }
  if (query.search) {
    where.push('(instr(enterprise_name, ?) > 0 OR instr(uscc, upper(?)) > 0 OR instr(products, ?) > 0)');
    args.push(query.search, query.search, query.search);
  }
  const rows = ledger.stmt(`SELECT * FROM gi_users WHERE ${where.join(' AND ')} ORDER BY enterprise_name, id`).all(...args) as GiUserRow[];
  const facts = loadUserFacts(ledger);
  const ctx = flagContext(session);
  const out = rows.map((r) => {
    const record = userFromRow(r);
    const reports = facts.reports.get(r.id) ?? [];
    const last = reports[reports.length - 1];
    return {
      ...record,
      giName: facts.scopes.get(r.gi_id)?.name ?? '',
      flags: flagsOf(record, facts, ctx),
      lastReport: last ? { year: last.year, used: last.used } : null,
    };
  });
  return query.flag ? out.filter((u) => u.flags.includes(query.flag as UserFlag)) : out;
}

/** Users needing attention: any flag, the most urgent kinds first. */
export function attentionList(session: Session): GiUserListRow[] {
  const rank = (u: GiUserListRow) =>
    Math.min(...u.flags.map((f) => ['review_overdue', 'inspection_failed', 'non_use', 'use_report_missing', 'out_of_area', 'out_of_scope'].indexOf(f)));
  return listUsers(session, {})
    .filter((u) => u.flags.length > 0)
    .sort((a, b) => rank(a) - rank(b) || a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'));
}
