/** antd DatePicker ↔ 'YYYY-MM-DD' text in forms, and the no-future-dates rule. */
import dayjs, { type Dayjs } from 'dayjs';

/** Form.Item props that store a DatePicker's value as 'YYYY-MM-DD' text. */
export const isoDateItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** Dates after today cannot be picked (stage dates and leads are never in the future). */
export function disableFuture(current: Dayjs): boolean {
  return current.isAfter(dayjs(), 'day');
}
