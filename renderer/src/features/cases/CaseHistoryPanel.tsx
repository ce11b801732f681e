import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { ChangeTable } from '../../components/ChangeTable';
import { QueryError } from '../../components/QueryError';
import { CASE_HISTORY_HIDDEN_FIELDS, useCaseValueFormatter } from '../../components/change-values/case-values';

/** Field-level history of the case, its parties, stage records and evidence links. */
export function CaseHistoryPanel({ caseId, version }: { caseId: string; version: string }) {
  const { t } = useTranslation();
  const history = useLedgerQuery('cases.history', { id: caseId }, `${caseId}:${version}`);
  const about = useLedgerQuery('app.about', undefined);
  const format = useCaseValueFormatter();
  if (history.error) return <QueryError error={history.error} onRetry={history.reload} />;
  if (history.data && history.data.entries.length === 0) return <Empty description={t('cases.detail.historyEmpty')} />;
  const entries = (history.data?.entries ?? []).filter((e) => !CASE_HISTORY_HIDDEN_FIELDS.has(e.field));
  return <ChangeTable entries={entries} installationId={about.data?.installationId} loading={history.loading} formatValue={format} />;
}
