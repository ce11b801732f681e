import { Empty } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { ChangeTable } from '../../components/ChangeTable';
import { QueryError } from '../../components/QueryError';
import { formatYuan } from '../../../../shared/cases/money';

/** Coded GI fields and how the history shows them. */
const CODE_LABELS: Record<string, string> = {
  status: 'gi.userStatus.',
  step: 'gi.step.',
  result: 'gi.inspectionResult.',
};
const HIDDEN = new Set(['user_id', 'gi_id', 'inspection_id', 'sha256', 'mime']);

/** Field-level history of the user, its timeline, reports, inspections and photos. */
export function UserHistoryPanel({ userId, version }: { userId: string; version: string }) {
  const { t } = useTranslation();
  const history = useLedgerQuery('gi.userHistory', { id: userId }, `${userId}:${version}`);
  const about = useLedgerQuery('app.about', undefined);
  const format = useCallback(
    (_entity: string, field: string, value: unknown): string | null => {
      if (value === null || value === undefined) return null;
      if (field === 'value_fen' && typeof value === 'number') return formatYuan(value);
      if (field === 'used' || field === 'uscc_override') return t(value === 1 ? 'common.yes' : 'common.no');
      if (typeof value !== 'string') return null;
      if (field.startsWith('chk_')) return t(`gi.check.${value}`, { defaultValue: value });
      if (field === 'products') return value.split(',').filter(Boolean).join('、');
      const prefix = CODE_LABELS[field];
      return prefix ? t(`${prefix}${value}`, { defaultValue: value }) : null;
    },
    [t],
  );
  if (history.error) return <QueryError error={history.error} onRetry={history.reload} />;
  if (history.data && history.data.entries.length === 0) return <Empty description={t('cases.detail.historyEmpty')} />;
  const entries = (history.data?.entries ?? []).filter((e) => !HIDDEN.has(e.field));
  return <ChangeTable entries={entries} installationId={about.data?.installationId} loading={history.loading} formatValue={format} />;
}
