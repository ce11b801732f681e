import { Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExchangeOverview } from '../../../../shared/bundles/types';
import { formatDateTime } from '../../../../shared/format';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { QuarantineList } from './QuarantineList';

type Partner = ExchangeOverview['partners'][number];

/** 数据交换: export and import signed bundles, what each partner unit has sent and acknowledged, trusted keys. */
export function ExchangePage() {
  const { t } = useTranslation();
  const query = useLedgerQuery('bundles.overview', undefined);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const o = query.data;
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');
  return (
    <div className="page-stack">
      <div className="exchange-grid">
        <ExportCard overview={o} onDone={query.reload} />
        <ImportCard onDone={query.reload} />
      </div>
      <Card
        title={o?.role === 'league' ? t('exchange.partners.league') : t('exchange.partners.county')}
        extra={
          <Typography.Text type="secondary">
            {t('exchange.ownFingerprint')}{' '}
            <Typography.Text className="mono" copyable data-testid="own-fingerprint">
              {o?.fingerprint}
            </Typography.Text>
          </Typography.Text>
        }
      >
        <Table<Partner>
          rowKey="unitCode"
          size="small"
          loading={query.loading}
          pagination={false}
          dataSource={o?.partners ?? []}
          data-testid="partners"
          columns={[
            { title: t('exchange.partners.unit'), dataIndex: 'name' },
            {
              title: t('exchange.partners.lastReceived'),
              key: 'received',
              render: (_v, p) =>
                p.lastSequence ? t('exchange.partners.seqAt', { seq: p.lastSequence, at: when(p.lastReceivedAt) }) : <Tag>{t('exchange.partners.never')}</Tag>,
            },
            {
              title: t('exchange.partners.missing'),
              key: 'missing',
              render: (_v, p) =>
                p.missing.length ? (
                  <Tag color="orange">{t('exchange.partners.missingList', { list: p.missing.join('、') })}</Tag>
                ) : p.lastSequence ? (
                  <Tag color="green">{t('exchange.partners.complete')}</Tag>
                ) : (
                  '—'
                ),
            },
            {
              title: t('exchange.partners.lastSent'),
              key: 'sent',
              render: (_v, p) => (p.lastSentSequence ? t('exchange.partners.seqAt', { seq: p.lastSentSequence, at: when(p.lastSentAt) }) : '—'),
            },
            { title: t('exchange.partners.acknowledged'), key: 'ack', render: (_v, p) => when(p.acknowledgedAt) },
          ]}
        />
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'received',
              label: t('exchange.history.received', { count: o?.received.length ?? 0 }),
              children: (
                <Table
                  rowKey="bundleId"
                  size="small"
                  dataSource={o?.received ?? []}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  data-testid="received"
                  columns={[
                    { title: t('exchange.history.at'), key: 'at', render: (_v, r) => formatDateTime(r.at) },
                    { title: t('exchange.history.from'), dataIndex: 'unit' },
                    { title: t('exchange.history.sequence'), dataIndex: 'sequence' },
                    { title: t('exchange.history.applied'), dataIndex: 'applied' },
                    { title: t('exchange.history.rejected'), key: 'rejected', render: (_v, r) => (r.rejected ? <Tag color="red">{r.rejected}</Tag> : 0) },
                    { title: t('exchange.history.conflicts'), dataIndex: 'conflicts' },
                    { title: t('exchange.history.by'), dataIndex: 'by' },
                  ]}
                />
              ),
            },
            {
              key: 'sent',
              label: t('exchange.history.sent', { count: o?.sent.length ?? 0 }),
              children: (
                <Table
                  rowKey="bundleId"
                  size="small"
                  dataSource={o?.sent ?? []}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  data-testid="sent"
                  columns={[
                    { title: t('exchange.history.at'), key: 'at', render: (_v, r) => formatDateTime(r.at) },
                    { title: t('exchange.history.to'), dataIndex: 'unit' },
                    { title: t('exchange.history.sequence'), dataIndex: 'sequence' },
                    { title: t('exchange.history.changes'), dataIndex: 'changes' },
                    { title: t('exchange.history.attachments'), dataIndex: 'attachments' },
                    { title: t('exchange.history.file'), dataIndex: 'fileName', ellipsis: true },
                  ]}
                />
              ),
            },
            {
              key: 'trusted',
              label: t('exchange.history.trusted', { count: o?.trusted.length ?? 0 }),
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Text type="secondary">{t('exchange.history.trustedHelp')}</Typography.Text>
                  <Table
                    rowKey="unitCode"
                    size="small"
                    pagination={false}
                    dataSource={o?.trusted ?? []}
                    data-testid="trusted"
                    columns={[
                      { title: t('exchange.partners.unit'), dataIndex: 'name' },
                      {
                        title: t('exchange.history.fingerprint'),
                        key: 'fp',
                        render: (_v, r) => <Typography.Text className="mono">{r.fingerprint}</Typography.Text>,
                      },
                      { title: t('exchange.history.trustedAt'), key: 'at', render: (_v, r) => `${formatDateTime(r.at)} · ${r.by}` },
                    ]}
                  />
                </Space>
              ),
            },
            {
              key: 'quarantine',
              label: <span data-testid="quarantine-tab">{t('exchange.history.quarantine', { count: o?.quarantined ?? 0 })}</span>,
              children: <QuarantineList total={o?.quarantined ?? 0} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
