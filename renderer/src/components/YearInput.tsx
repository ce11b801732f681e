/**
 * The year picker of the report and dashboard filters. A typed year outside 2000–2100 is not
 * clamped to the nearest bound (antd's min/max would do that silently on blur): it stays as
 * typed, the field turns red and says the range, and the filter keeps the last valid year.
 */
import { InputNumber, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const MIN = 2000;
const MAX = 2100;

export function YearInput({ value, onChange, size, testId }: { value: number; onChange: (year: number) => void; size?: 'small'; testId: string }) {
  const { t } = useTranslation();
  // What was typed while it is not a valid year; otherwise the field shows the filter's year.
  const [invalid, setInvalid] = useState<{ typed: number | null } | null>(null);
  const typed = invalid ? invalid.typed : value;
  const valid = invalid === null;
  return (
    <Tooltip title={valid ? null : t('entry.yearRange', { min: MIN, max: MAX })} open={!valid}>
      <InputNumber<number>
        value={typed}
        status={valid ? undefined : 'error'}
        size={size}
        onChange={(v) => {
          if (v !== null && Number.isInteger(v) && v >= MIN && v <= MAX) {
            setInvalid(null);
            onChange(v);
          } else setInvalid({ typed: v });
        }}
        data-testid={testId}
      />
    </Tooltip>
  );
}
