/** The office's league and its counties, from the reference units (shared by every screen that lists counties). */
import { useMemo } from 'react';
import type { Unit } from '../../../shared/units';
import { useLedgerQuery } from '../api/use-ledger-query';
import { useAppStore } from '../state/app-store';

export interface League {
  /** The league's code ('' until the units have loaded). */
  code: string;
  unit: Unit | undefined;
  counties: Unit[];
  /** Every unit of the reference data, for name lookups. */
  units: Unit[];
}

export function useLeague(): League {
  const profile = useAppStore((s) => s.profile);
  const units = useLedgerQuery('reference.units', undefined);
  return useMemo(() => {
    const all = units.data ?? [];
    const code = profile?.role === 'league' ? profile.unitCode : (all.find((u) => u.code === profile?.unitCode)?.parentCode ?? '');
    return { code, unit: all.find((u) => u.code === code), counties: all.filter((u) => u.parentCode === code), units: all };
  }, [profile, units.data]);
}

/** The league's counties as select options (short names). */
export function useCounties(): { value: string; label: string }[] {
  const { counties } = useLeague();
  return useMemo(() => counties.map((u) => ({ value: u.code, label: u.shortName })), [counties]);
}

/** The league itself, then its counties, as select options (a league's own cases carry its code). */
export function useLeagueUnits(): { value: string; label: string }[] {
  const { unit, counties } = useLeague();
  return useMemo(() => [...(unit ? [unit] : []), ...counties].map((u) => ({ value: u.code, label: u.shortName })), [unit, counties]);
}
