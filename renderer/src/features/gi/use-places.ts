/** The league's counties and townships as select options, and a code → name lookup. */
import { useMemo } from 'react';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useAppStore } from '../../state/app-store';

export interface PlaceOption {
  value: string;
  label: string;
}

export function usePlaces() {
  const profile = useAppStore((s) => s.profile);
  const units = useLedgerQuery('reference.units', undefined);
  const townships = useLedgerQuery('reference.townships', {});
  return useMemo(() => {
    const league = profile?.role === 'league' ? profile.unitCode : (units.data?.find((u) => u.code === profile?.unitCode)?.parentCode ?? '');
    const names = new Map<string, string>();
    for (const u of units.data ?? []) names.set(u.code, u.name);
    for (const tw of townships.data ?? []) names.set(tw.code, tw.name);
    const counties = (units.data ?? []).filter((u) => u.parentCode === league);
    const countyCodes = new Set(counties.map((c) => c.code));
    const leagueUnit = (units.data ?? []).find((u) => u.code === league);
    /** Counties (and the league as a whole) first, then townships labelled with their county. */
    const areaOptions: PlaceOption[] = [
      ...(leagueUnit ? [{ value: leagueUnit.code, label: leagueUnit.name }] : []),
      ...counties.map((c) => ({ value: c.code, label: c.name })),
      ...(townships.data ?? [])
        .filter((tw) => countyCodes.has(tw.countyCode))
        .map((tw) => ({ value: tw.code, label: `${names.get(tw.countyCode) ?? ''} ${tw.name}` })),
    ];
    /** Townships a county clerk picks for an enterprise: its own county's (the league sees all of its counties'). */
    const ownTownships: PlaceOption[] = (townships.data ?? [])
      .filter((tw) => (profile?.role === 'county' ? tw.countyCode === profile.unitCode : countyCodes.has(tw.countyCode)))
      .map((tw) => ({ value: tw.code, label: tw.name }));
    return { areaOptions, ownTownships, nameOf: (code: string | null) => (code ? (names.get(code) ?? code) : '') };
  }, [profile, units.data, townships.data]);
}
