/** Read access to the reference tables. */
import type { CaseStage, TimeLimit, Township } from '../../../shared/reference/types';
import type { Unit, UnitLevel } from '../../../shared/units';
import type { Ledger } from '../../store/ledger';

interface RegionRow {
  code: string;
  name: string;
  short_name: string;
  level: UnitLevel;
  parent_code: string | null;
  unit_type: string;
  in_gbt2260: number;
  notes: string;
}

function toUnit(r: RegionRow): Unit {
  return {
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    level: r.level,
    parentCode: r.parent_code,
    unitType: r.unit_type,
    inGbt2260: r.in_gbt2260 === 1,
    notes: r.notes,
  };
}

/** Units a ledger can belong to: the leagues and their county-level units, league first. */
export function listUnits(ledger: Ledger): Unit[] {
  const rows = ledger
    .stmt(
      "SELECT * FROM ref_regions WHERE level IN ('prefecture', 'county', 'county_functional') ORDER BY COALESCE(CASE WHEN level = 'prefecture' THEN code END, parent_code), level <> 'prefecture', code",
    )
    .all() as RegionRow[];
  return rows.map(toUnit);
}

export function findUnit(ledger: Ledger, code: string): Unit | null {
  const row = ledger.stmt('SELECT * FROM ref_regions WHERE code = ?').get(code) as RegionRow | undefined;
  return row ? toUnit(row) : null;
}

export function listTownships(ledger: Ledger, countyCode?: string): Township[] {
  const rows = (
    countyCode
      ? ledger.stmt('SELECT code, name, county_code FROM ref_townships WHERE county_code = ? ORDER BY code').all(countyCode)
      : ledger.stmt('SELECT code, name, county_code FROM ref_townships ORDER BY code').all()
  ) as { code: string; name: string; county_code: string }[];
  return rows.map((r) => ({ code: r.code, name: r.name, countyCode: r.county_code }));
}

export function listCaseStages(ledger: Ledger): CaseStage[] {
  const rows = ledger.stmt('SELECT * FROM ref_case_stages ORDER BY ord').all() as {
    code: string;
    name: string;
    ord: number;
    entry_event: string;
    key_document: string;
    legal_basis: string;
  }[];
  return rows.map((r) => ({ code: r.code, name: r.name, order: r.ord, entryEvent: r.entry_event, keyDocument: r.key_document, legalBasis: r.legal_basis }));
}

export function listTimeLimits(ledger: Ledger): TimeLimit[] {
  const rows = ledger.stmt('SELECT * FROM ref_time_limits ORDER BY rowid').all() as {
    rule: string;
    limit_text: string;
    unit: string;
    extension: string;
    excluded_periods: string;
    basis: string;
    confidence: string;
  }[];
  return rows.map((r) => ({
    rule: r.rule,
    limit: r.limit_text,
    unit: r.unit,
    extension: r.extension,
    excludedPeriods: r.excluded_periods,
    basis: r.basis,
    confidence: r.confidence,
  }));
}

export function referenceCounts(ledger: Ledger): Record<string, number> {
  const count = (table: string) => ledger.stmt(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    regions: count('ref_regions'),
    townships: count('ref_townships'),
    caseStages: count('ref_case_stages'),
    timeLimits: count('ref_time_limits'),
    holidays: count('ref_holidays'),
  };
}
