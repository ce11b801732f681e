/**
 * GI statistics for a unit and period: users per GI by status (as they stand now), new
 * approvals (CNIPA announcement dates in the period), use reports received (report dates in
 * the period) and inspections by result (inspection dates in the period) — by GI, and for a
 * league by county. `giDrill` lists the records behind any number through the same predicate.
 */
import { emptyCounts, GI_COLUMNS, type DrillRow, type GiColumn, type GiCounts, type GiStats } from '../../../shared/reports/record-drill';
import type { Session } from '../core/session';
import { reportScope, type ReportScope } from './scope';

/** One countable record: a user, a use report or an inspection, with its user's GI and county. */
interface Fact {
  kind: 'gi_user' | 'gi_use_report' | 'gi_inspection';
  id: string;
  userId: string;
  enterprise: string;
  giId: string;
  giName: string;
  unitCode: string;
  /** The user's status, or the inspection's result, or 'used' / 'unused' for a report. */
  status: string;
  /** The date the period is tested on (announcement, report date, inspection date). */
  date: string | null;
}

function loadFacts(session: Session, scope: ReportScope): Fact[] {
  const units = JSON.stringify(scope.units);
  const { ledger } = session;
  const users = ledger
    .stmt(
      `SELECT 'gi_user' AS kind, u.id, u.id AS userId, u.enterprise_name AS enterprise, u.gi_id AS giId, coalesce(g.name, '') AS giName,
              u.unit_code AS unitCode, u.status, u.announced_date AS date
       FROM gi_users u LEFT JOIN gis g ON g.id = u.gi_id
       WHERE u.deleted = 0 AND u.unit_code IN (SELECT value FROM json_each(?))`,
    )
    .all(units) as Fact[];
  const reports = ledger
    .stmt(
      `SELECT 'gi_use_report' AS kind, r.id, u.id AS userId, u.enterprise_name AS enterprise, u.gi_id AS giId, coalesce(g.name, '') AS giName,
              u.unit_code AS unitCode, CASE WHEN r.used = 1 THEN 'used' ELSE 'unused' END AS status, r.reported_date AS date
       FROM gi_use_reports r JOIN gi_users u ON u.id = r.user_id AND u.deleted = 0 LEFT JOIN gis g ON g.id = u.gi_id
       WHERE r.deleted = 0 AND u.unit_code IN (SELECT value FROM json_each(?))`,
    )
    .all(units) as Fact[];
  const inspections = ledger
    .stmt(
      `SELECT 'gi_inspection' AS kind, i.id, u.id AS userId, u.enterprise_name AS enterprise, u.gi_id AS giId, coalesce(g.name, '') AS giName,
              u.unit_code AS unitCode, i.result AS status, i.date
       FROM gi_inspections i JOIN gi_users u ON u.id = i.user_id AND u.deleted = 0 LEFT JOIN gis g ON g.id = u.gi_id
       WHERE i.deleted = 0 AND u.unit_code IN (SELECT value FROM json_each(?))`,
    )
    .all(units) as Fact[];
  return [...users, ...reports, ...inspections];
}

/** Whether a fact counts in a column — the one rule behind both the numbers and the lists. */
function counts(fact: Fact, column: GiColumn, from: string, to: string): boolean {
  const inPeriod = fact.date !== null && fact.date !== '' && fact.date >= from && fact.date <= to;
  switch (column) {
    case 'applying':
    case 'approved':
    case 'suspended':
    case 'cancelled':
      return fact.kind === 'gi_user' && fact.status === column;
    case 'newApprovals':
      return fact.kind === 'gi_user' && inPeriod;
    case 'reports':
      return fact.kind === 'gi_use_report' && inPeriod;
    case 'reportsUsed':
      return fact.kind === 'gi_use_report' && inPeriod && fact.status === 'used';
    case 'inspections':
      return fact.kind === 'gi_inspection' && inPeriod;
    case 'pass':
    case 'rectify':
    case 'fail':
      return fact.kind === 'gi_inspection' && inPeriod && fact.status === column;
  }
}

function tally(facts: Fact[], from: string, to: string): GiCounts {
  const out = emptyCounts(GI_COLUMNS);
  for (const f of facts) for (const c of GI_COLUMNS) if (counts(f, c, from, to)) out[c]++;
  return out;
}

export function giStats(session: Session, input: { period: string; unit?: string }): GiStats {
  const scope = reportScope(session, input);
  const facts = loadFacts(session, scope);
  const gis = new Map<string, string>();
  for (const f of facts) gis.set(f.giId, f.giName);
  const byGi = [...gis]
    .map(([giId, name]) => ({
      giId,
      name,
      counts: tally(
        facts.filter((f) => f.giId === giId),
        scope.from,
        scope.to,
      ),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const units = scope.isLeague ? [scope.unit, ...scope.counties] : [];
  return {
    period: input.period,
    from: scope.from,
    to: scope.to,
    unit: scope.unit,
    byGi,
    byUnit: units.map((u) => ({
      ...u,
      counts: tally(
        facts.filter((f) => f.unitCode === u.code),
        scope.from,
        scope.to,
      ),
    })),
    total: tally(facts, scope.from, scope.to),
  };
}

export function giDrill(session: Session, input: { period: string; unit?: string; giId?: string; county?: string; column: GiColumn }): DrillRow[] {
  const scope = reportScope(session, input);
  const names = new Map([scope.unit, ...scope.counties].map((u) => [u.code, u.name]));
  return loadFacts(session, scope)
    .filter((f) => (!input.giId || f.giId === input.giId) && (!input.county || f.unitCode === input.county))
    .filter((f) => counts(f, input.column, scope.from, scope.to))
    .map((f) => ({
      id: f.id,
      kind: f.kind,
      title: f.enterprise,
      subtitle: f.giName,
      unitName: names.get(f.unitCode) ?? f.unitCode,
      date: f.date ?? '',
      status: f.status,
      open: { section: 'gi' as const, userId: f.userId },
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'zh-CN'));
}
