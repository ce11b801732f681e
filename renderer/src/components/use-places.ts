/** The league's counties and townships as select options, and a code → name lookup. */
import { useMemo } from 'react';
import { useLedgerQuery } from '../api/use-ledger-query';
import { useLeague } from './use-league';
import { useAppStore } from '../state/app-store';

export interface PlaceOption {
  value: string;
  label: string;
}

export function usePlaces() {
  const profile = useAppStore((s) => s.profile);
  const league = useLeague();
  const townships = useLedgerQuery('reference.townships', {});
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const u of league.units) names.set(u.code, u.name);
    for (const tw of townships.data ?? []) names.set(tw.code, tw.name);
    const { counties, unit: leagueUnit } = league;
    const countyCodes = new Set(counties.map((c) => c.code));
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
  }, [profile, league, townships.data]);
}
