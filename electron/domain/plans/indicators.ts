/**
 * Indicators: definitions and targets (league records), reported values (each unit its own),
 * and the table of targets against values by unit for a year. Two indicators can be computed
 * from the ledger's own records: approved GI users, and the on-time rate of case decisions
 * (its formula is configurable because none is official — docs/domain.md §5).
 */
import { localIsoDate, type HolidayCalendar } from '../../../shared/calendar';
import { decisionDue, type DeadlineLimits } from '../../../shared/cases/deadlines';
import { parseExtensions } from '../../../shared/cases/extensions';
import { leagueFigure, yearFigure } from '../../../shared/plans/indicators';
import type { IndicatorFieldsInput, TargetSaveInput, ValueSaveInput } from '../../../shared/plans/schemas';
import type { IndicatorCell, IndicatorRecord, IndicatorTable, IndicatorValueRow } from '../../../shared/plans/types';
import type { ComputedKind, OnTimeFormula, PeriodRule, UnitRule } from '../../../shared/plans/vocabulary';
import { DomainError } from '../../../shared/errors';
import { insertRecord, updateRecord } from '../../store/change-log';
import type { Ledger } from '../../store/ledger';
import { loadLimits } from '../core/time-limits';
import { currentOffice } from '../core/office';
import { loadCalendar } from '../core/reference-overlay';
import { writeContext, type Session } from '../core/session';

interface IndicatorRow {
  id: string;
  unit_code: string;
  code: string;
  name: string;
  unit: string;
  formula_notes: string;
  period_rule: string;
  unit_rule: string;
  computed: string;
  formula: string;
  active: number;
}

function fromRow(r: IndicatorRow): IndicatorRecord {
  return {
    id: r.id,
    unitCode: r.unit_code,
    code: r.code,
    name: r.name,
    unit: r.unit,
    formulaNotes: r.formula_notes,
    periodRule: r.period_rule as PeriodRule,
    unitRule: r.unit_rule as UnitRule,
    computed: r.computed as ComputedKind,
    formula: r.formula as OnTimeFormula | '',
    active: r.active === 1,
  };
}

export function listIndicators(session: Session): IndicatorRecord[] {
  const { leagueCode } = currentOffice(session);
  return (session.ledger.stmt('SELECT * FROM indicators WHERE deleted = 0 AND unit_code = ? ORDER BY ord, name').all(leagueCode) as IndicatorRow[]).map(
    fromRow,
  );
}

function loadIndicator(ledger: Ledger, id: string): IndicatorRow {
  const row = ledger.stmt('SELECT * FROM indicators WHERE id = ? AND deleted = 0').get(id) as IndicatorRow | undefined;
  if (!row) throw new DomainError('not_found', `indicator ${id} not found`);
  return row;
}

export function saveIndicator(session: Session, input: { id?: string; fields: IndicatorFieldsInput }): string {
  const ctx = writeContext(session);
  const office = currentOffice(session);
  if (office.role !== 'league') throw new DomainError('validation', 'plan_league_only');
  const f = input.fields;
  const taken = session.ledger
    .stmt('SELECT 1 FROM indicators WHERE deleted = 0 AND unit_code = ? AND code = ? AND id <> ?')
    .get(office.leagueCode, f.code, input.id ?? '');
  if (taken) throw new DomainError('validation', 'indicator_code_taken');
  const fields = {
    code: f.code,
    name: f.name,
    unit: f.unit,
    formula_notes: f.formulaNotes,
    period_rule: f.periodRule,
    unit_rule: f.unitRule,
    computed: f.computed,
    formula: f.computed === 'case_on_time_rate' ? f.formula || 'decided_in_time' : '',
    active: f.active ? 1 : 0,
  };
  if (input.id) {
    loadIndicator(session.ledger, input.id);
    updateRecord(ctx, 'indicator', input.id, fields);
    return input.id;
  }
  const ord = ((session.ledger.stmt('SELECT max(ord) FROM indicators').pluck().get() as number | null) ?? 0) + 1;
  return insertRecord(ctx, 'indicator', { ...fields, ord });
}

/** The league sets targets for itself and its counties (null clears a target). */
export function saveTarget(session: Session, input: TargetSaveInput): void {
  const ctx = writeContext(session);
  const office = currentOffice(session);
  if (office.role !== 'league') throw new DomainError('validation', 'plan_league_only');
  loadIndicator(session.ledger, input.indicatorId);
  const units = new Set([
    office.leagueCode,
    ...(session.ledger.stmt('SELECT code FROM ref_regions WHERE parent_code = ?').pluck().all(office.leagueCode) as string[]),
  ]);
  if (!units.has(input.targetUnit)) throw new DomainError('validation', 'task_unit_unknown');
  const fields = { indicator_id: input.indicatorId, year: input.year, target_unit: input.targetUnit, value: input.value, note: input.note };
  const existing = session.ledger
    .stmt('SELECT id FROM indicator_targets WHERE indicator_id = ? AND year = ? AND target_unit = ? AND deleted = 0')
    .pluck()
    .get(input.indicatorId, input.year, input.targetUnit) as string | undefined;
  if (existing) updateRecord(ctx, 'indicator_target', existing, fields);
  else insertRecord(ctx, 'indicator_target', fields);
}

/** A unit reports its own value for a period (saving the same period again corrects it). */
export function saveValue(session: Session, input: ValueSaveInput): void {
  const ctx = writeContext(session);
  const row = loadIndicator(session.ledger, input.indicatorId);
  if (row.computed) throw new DomainError('validation', 'indicator_computed');
  const thisYear = Number(localIsoDate(session.now()).slice(0, 4));
  if (Number(input.period.slice(0, 4)) > thisYear) throw new DomainError('validation', 'date_in_future');
  const fields = { indicator_id: input.indicatorId, period: input.period, value: input.value, source: input.source, note: input.note };
  const existing = session.ledger
    .stmt('SELECT id FROM indicator_values WHERE indicator_id = ? AND unit_code = ? AND period = ? AND deleted = 0')
    .pluck()
    .get(input.indicatorId, ctx.unitCode, input.period) as string | undefined;
  if (existing) updateRecord(ctx, 'indicator_value', existing, fields);
  else insertRecord(ctx, 'indicator_value', fields);
}

export function listValues(session: Session, indicatorId: string, unitCode?: string): IndicatorValueRow[] {
  const unit = unitCode ?? currentOffice(session).unitCode;
  const rows = session.ledger
    .stmt('SELECT * FROM indicator_values WHERE indicator_id = ? AND unit_code = ? AND deleted = 0 ORDER BY period DESC')
    .all(indicatorId, unit) as { id: string; period: string; value: number; source: string; note: string; updated_by: string }[];
  return rows.map((r) => ({ id: r.id, period: r.period, value: r.value, source: r.source, note: r.note, reportedBy: r.updated_by }));
}

/** Share (%) of the year's decisions made in time; null without decisions. */
export function onTimeRate(
  ledger: Ledger,
  unitCodes: string[] | null,
  year: number,
  formula: OnTimeFormula,
  calendar: HolidayCalendar,
  limits: DeadlineLimits,
): number | null {
  const rows = ledger
    .stmt(
      `SELECT unit_code, filed_date, decided_date, decision_extended, excluded_days, decision_extensions FROM cases
       WHERE deleted = 0 AND decided_date >= ? AND decided_date <= ? AND filed_date IS NOT NULL`,
    )
    .all(`${year}-01-01`, `${year}-12-31`) as {
    unit_code: string;
    filed_date: string;
    decided_date: string;
    decision_extended: number;
    excluded_days: number;
    decision_extensions: string;
  }[];
  const mine = unitCodes ? rows.filter((r) => unitCodes.includes(r.unit_code)) : rows;
  if (mine.length === 0) return null;
  const inTime = mine.filter(
    (r) =>
      r.decided_date <=
      decisionDue(
        // Every approved extension counts (行政处罚法第60条: the head's 30 days and any 集体讨论 extensions).
        {
          filedDate: r.filed_date,
          decisionExtended: r.decision_extended === 1,
          excludedDays: r.excluded_days,
          decisionExtensions: parseExtensions(r.decision_extensions) ?? [],
        },
        calendar,
        limits,
        formula === 'decided_in_base_limit',
      ),
  ).length;
  return Math.round((inTime / mine.length) * 1000) / 10;
}

function computedValue(
  ledger: Ledger,
  ind: IndicatorRow,
  unitCode: string,
  isLeague: boolean,
  year: number,
  ctx: { calendar: HolidayCalendar; limits: DeadlineLimits },
): number | null {
  const units = isLeague ? null : [unitCode];
  if (ind.computed === 'gi_users_approved') {
    const sql = `SELECT count(*) FROM gi_users WHERE deleted = 0 AND status = 'approved' AND announced_date <= ? ${units ? 'AND unit_code = ?' : 'AND substr(unit_code, 1, 4) = substr(?, 1, 4)'}`;
    return ledger.stmt(sql).pluck().get(`${year}-12-31`, unitCode) as number;
  }
  if (ind.computed === 'case_on_time_rate') {
    const unitFilter = units ?? (ledger.stmt('SELECT code FROM ref_regions WHERE parent_code = ? OR code = ?').pluck().all(unitCode, unitCode) as string[]);
    return onTimeRate(ledger, unitFilter, year, (ind.formula || 'decided_in_time') as OnTimeFormula, ctx.calendar, ctx.limits);
  }
  return null;
}

/** Targets against values for a year: the league, then its counties (a county sees the league and itself). */
export function indicatorTable(session: Session, year: number): IndicatorTable {
  const { ledger } = session;
  const office = currentOffice(session);
  const league = ledger.stmt('SELECT code, short_name AS name FROM ref_regions WHERE code = ?').get(office.leagueCode) as { code: string; name: string };
  const counties = ledger.stmt('SELECT code, short_name AS name FROM ref_regions WHERE parent_code = ? ORDER BY code').all(office.leagueCode) as {
    code: string;
    name: string;
  }[];
  const shown = office.role === 'league' ? counties : counties.filter((c) => c.code === office.unitCode);
  const ctx = { calendar: loadCalendar(ledger), limits: loadLimits(ledger) };
  const indicators = ledger
    .stmt('SELECT * FROM indicators WHERE deleted = 0 AND active = 1 AND unit_code = ? ORDER BY ord, name')
    .all(office.leagueCode) as IndicatorRow[];
  const rows = indicators.map((ind) => {
    const targets = ledger
      .stmt('SELECT target_unit, value, note FROM indicator_targets WHERE indicator_id = ? AND year = ? AND deleted = 0')
      .all(ind.id, year) as {
      target_unit: string;
      value: number | null;
      note: string;
    }[];
    const values = ledger
      .stmt('SELECT unit_code, period, value FROM indicator_values WHERE indicator_id = ? AND deleted = 0 AND value IS NOT NULL')
      .all(ind.id) as {
      unit_code: string;
      period: string;
      value: number;
    }[];
    const figureOf = (unit: string) =>
      yearFigure(
        values.filter((v) => v.unit_code === unit),
        year,
        ind.period_rule as PeriodRule,
      );
    const cell = (unit: string, isLeague: boolean): IndicatorCell => {
      const target = targets.find((t) => t.target_unit === unit);
      const base = { target: target?.value ?? null, targetNote: target?.note ?? '' };
      // A county's ledger holds only its own records: for the league column it shows the league's
      // targets and reported values, never a "total" made of its own figures alone.
      const partial = isLeague && office.role === 'county';
      if (ind.computed) {
        if (partial) return { ...base, value: null, origin: null };
        const value = computedValue(ledger, ind, unit, isLeague, year, ctx);
        return { ...base, value, origin: value === null ? null : 'computed' };
      }
      const own = figureOf(unit);
      if (!isLeague || own !== null || partial) return { ...base, value: own, origin: own === null ? null : 'reported' };
      const value = leagueFigure(
        null,
        counties.map((c) => figureOf(c.code)),
        ind.unit_rule as UnitRule,
      );
      return { ...base, value, origin: value === null ? null : 'counties' };
    };
    return { indicator: fromRow(ind), cells: [cell(league.code, true), ...shown.map((c) => cell(c.code, false))] };
  });
  return { year, units: [league, ...shown], rows };
}
