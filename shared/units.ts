/** Units (league / county bureaus) and the role that follows from them. */
export type Role = 'league' | 'county';

export type UnitLevel = 'province' | 'prefecture' | 'county' | 'county_functional';

export interface Unit {
  code: string;
  name: string;
  shortName: string;
  level: UnitLevel;
  parentCode: string | null;
  unitType: string;
  /** false for 乌拉盖管理区 (an NBS statistical code, not in GB/T 2260). */
  inGbt2260: boolean;
  notes: string;
}

export function roleOfLevel(level: UnitLevel): Role | null {
  if (level === 'prefecture') return 'league';
  if (level === 'county' || level === 'county_functional') return 'county';
  return null;
}

/** The bureau name a unit's market-supervision bureau usually carries; editable in the wizard. */
export function defaultBureauName(unit: Pick<Unit, 'name' | 'shortName' | 'level'>): string {
  const base = unit.level === 'county_functional' ? unit.shortName : unit.name;
  return `${base}市场监督管理局`;
}

/**
 * A starting point for the case-number prefix (代字 + 市监处罚). Bureaus use their own 代字,
 * so the wizard shows this only as an editable suggestion.
 */
export function defaultCasePrefix(unit: Pick<Unit, 'shortName'>): string {
  return `${unit.shortName.slice(0, 1)}市监处罚`;
}

/** `{prefix}〔YYYY〕N号` with full-width brackets U+3014/U+3015. */
export function formatCaseNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}\u3014${year}\u3015${serial}号`;
}
