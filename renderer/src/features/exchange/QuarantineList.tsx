import { Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarantinePage } from '../../../../shared/bundles/types';
import { formatDateTime } from '../../../../shared/format';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { rejectionMessage } from './rejection-message';

type Item = QuarantinePage['items'][number];
const PAGE = 20;

/** 隔离区: changes refused on import, newest first, each with who tried what (paged; the log can grow). */
export function QuarantineList({ total }: { total: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useLedgerQuery('bundles.quarantine', { offset: (page - 1) * PAGE, limit: PAGE }, `${page}:${total}`);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('exchange.history.quarantineHelp')}</Typography.Text>
      <Table<Item>
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data?.items ?? []}
        data-testid="quarantine"
        locale={{ emptyText: t('exchange.history.quarantineEmpty') }}
        pagination={{ current: page, pageSize: PAGE, total: query.data?.total ?? total, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: t('exchange.history.at'), key: 'at', width: 170, render: (_v, r) => formatDateTime(r.at) },
          { title: t('exchange.history.from'), key: 'from', width: 140, render: (_v, r) => r.rejection.senderName || r.rejection.sender },
          { title: t('exchange.history.reason'), key: 'reason', render: (_v, r) => rejectionMessage(t, r.rejection) },
          {
            title: t('exchange.history.bundle'),
            key: 'bundle',
            width: 110,
            render: (_v, r) => <Typography.Text className="mono">{r.bundleId.slice(0, 8)}</Typography.Text>,
          },
        ]}
      />
    </Space>
  );
}
