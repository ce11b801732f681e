/** The league's counties as select options (short names), for assigning tasks and targets. */
import { useMemo } from 'react';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useAppStore } from '../../state/app-store';

export function useCounties(): { value: string; label: string }[] {
  const profile = useAppStore((s) => s.profile);
  const units = useLedgerQuery('reference.units', undefined);
  return useMemo(() => {
    const league = profile?.role === 'league' ? profile.unitCode : (units.data?.find((u) => u.code === profile?.unitCode)?.parentCode ?? '');
    return (units.data ?? []).filter((u) => u.parentCode === league).map((u) => ({ value: u.code, label: u.shortName }));
  }, [profile, units.data]);
}
