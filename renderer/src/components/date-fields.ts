/** antd DatePicker ↔ 'YYYY-MM-DD' text in forms (the no-future-dates rule is entry-rules.ts' notFutureRule: a typed future date is shown and refused, not dropped). */
import dayjs, { type Dayjs } from 'dayjs';

/** Form.Item props that store a DatePicker's value as 'YYYY-MM-DD' text. */
export const isoDateItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};
