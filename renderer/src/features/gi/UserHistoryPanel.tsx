import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { ChangeTable } from '../../components/ChangeTable';
import { QueryError } from '../../components/QueryError';
import { GI_HISTORY_HIDDEN_FIELDS, useGiValueFormatter } from '../../components/change-values/gi-values';

/** Field-level history of the user, its timeline, reports, inspections and photos. */
export function UserHistoryPanel({ userId, version }: { userId: string; version: string }) {
  const { t } = useTranslation();
  const history = useLedgerQuery('gi.userHistory', { id: userId }, `${userId}:${version}`);
  const about = useLedgerQuery('app.about', undefined);
  const format = useGiValueFormatter();
  if (history.error) return <QueryError error={history.error} onRetry={history.reload} />;
  if (history.data && history.data.entries.length === 0) return <Empty description={t('cases.detail.historyEmpty')} />;
  const entries = (history.data?.entries ?? []).filter((e) => !GI_HISTORY_HIDDEN_FIELDS.has(e.field));
  return <ChangeTable entries={entries} installationId={about.data?.installationId} loading={history.loading} formatValue={format} />;
}
