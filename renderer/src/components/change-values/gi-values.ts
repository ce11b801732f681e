import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../shared/cases/money';
import type { ChangeValueFormatter } from '../ChangeTable';
import { usePlaces } from '../use-places';

/** GI fields stored as codes and how the history shows them. */
const CODE_LABELS: Record<string, string> = {
  status: 'gi.userStatus.',
  step: 'gi.step.',
  result: 'gi.inspectionResult.',
};
const GI_ENTRY_CODES: Record<string, string> = { kind: 'gi.kind.', status: 'gi.status.', confidence: 'gi.confidence.' };

/** Bookkeeping fields a user's history leaves out (links, not facts a clerk edits). */
export const GI_HISTORY_HIDDEN_FIELDS = new Set(['user_id', 'gi_id', 'inspection_id', 'sha256', 'mime']);

/** Readable history values for GI records (null: let the generic display decide). */
export function useGiValueFormatter(): ChangeValueFormatter {
  const { t } = useTranslation();
  const { nameOf } = usePlaces();
  return useCallback(
    (entity, field, value) => {
      if (!entity.startsWith('gi') || value === null || value === undefined) return null;
      if (field === 'value_fen' && typeof value === 'number') return formatYuan(value);
      if (['used', 'uscc_override', 'verified'].includes(field)) return t(value === 1 ? 'common.yes' : 'common.no');
      if (typeof value !== 'string') return null;
      if (field.startsWith('chk_')) return t(`gi.check.${value}`, { defaultValue: value });
      if (field === 'township_code') return nameOf(value);
      if (field === 'area_codes') return value.split(',').filter(Boolean).map(nameOf).join('、');
      if (field === 'products' || field === 'product_scope') return value.split(',').filter(Boolean).join('、');
      const prefix = entity === 'gi' ? GI_ENTRY_CODES[field] : CODE_LABELS[field];
      return prefix ? t(`${prefix}${value}`, { defaultValue: value }) : null;
    },
    [t, nameOf],
  );
}
