import { useCallback } from 'react';
import type { ChangeValueFormatter } from '../ChangeTable';
import { useCaseValueFormatter } from './case-values';
import { useGiValueFormatter } from './gi-values';

/** Readable values for any record's history (the change log and home screen show every entity). */
export function useRecordValueFormatter(): ChangeValueFormatter {
  const cases = useCaseValueFormatter();
  const gi = useGiValueFormatter();
  return useCallback((entity, field, value) => (entity.startsWith('gi') ? gi(entity, field, value) : cases(entity, field, value)), [cases, gi]);
}
