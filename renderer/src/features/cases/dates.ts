/** Date helpers for the case screens: the office PC's local calendar date, and antd DatePicker ↔ 'YYYY-MM-DD'. */
import dayjs, { type Dayjs } from 'dayjs';

export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Form.Item props that store a DatePicker's value as 'YYYY-MM-DD' text. */
export const isoDateItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** Dates after today cannot be picked (stage dates and leads are never in the future). */
export function disableFuture(current: Dayjs): boolean {
  return current.isAfter(dayjs(), 'day');
}
