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

type PrefixUnit = Pick<Unit, 'code' | 'shortName' | 'level' | 'parentCode'>;

/** 苏左旗 → 苏左, 科右前旗 → 科右前, 锡林浩特 → 锡林浩特: the short name without its 旗 / 县 / 市. */
function stem(shortName: string): string {
  return shortName.replace(/(旗|县|市|管理区)$/u, '') || shortName;
}

/**
 * A starting point for the case-number prefix (代字 + 市监处罚). Bureaus use their own 代字,
 * so the wizard shows this only as an editable suggestion. Every unit of a league gets its own:
 * the league `锡盟市监处罚`, a county the first character of its short name (`锡市监处罚`), or —
 * when another county of the league starts with the same character — its short name without
 * 旗 / 县 / 市 (`苏左市监处罚`, `苏右市监处罚`). `units` are the known units (all of them, or
 * at least the unit's league and its counties).
 */
export function defaultCasePrefix(unit: PrefixUnit, units: readonly PrefixUnit[] = []): string {
  if (unit.level === 'prefecture') return `${unit.shortName.slice(0, 1)}盟市监处罚`;
  const first = unit.shortName.slice(0, 1);
  const clash = units.some((u) => u.code !== unit.code && u.parentCode === unit.parentCode && u.level !== 'prefecture' && u.shortName.startsWith(first));
  return `${clash ? stem(unit.shortName) : first}市监处罚`;
}

/** `{prefix}〔YYYY〕N号` with full-width brackets U+3014/U+3015. */
export function formatCaseNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}\u3014${year}\u3015${serial}号`;
}
