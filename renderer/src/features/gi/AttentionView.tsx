import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { UserTable } from './UserTable';

/** Users needing attention across all GIs: overdue reviews, failed inspections, non-use, scope and area. */
export function AttentionView() {
  const { t } = useTranslation();
  const query = useLedgerQuery('gi.attention', undefined);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  return (
    <Card title={t('gi.attention.title', { count: query.data?.length ?? 0 })}>
      <Typography.Paragraph type="secondary">{t('gi.attention.help')}</Typography.Paragraph>
      <UserTable users={query.data ?? []} loading={query.loading} showGi emptyText={t('gi.attention.empty')} />
    </Card>
  );
}
