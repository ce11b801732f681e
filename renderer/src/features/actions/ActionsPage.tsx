import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Popconfirm, Row, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRecord, KeyMarketRecord } from '../../../../shared/actions/types';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { QueryError } from '../../components/QueryError';
import { usePlaces } from '../../components/use-places';
import { useVocabulary } from '../../components/use-vocabulary';
import { useRoute, type ActionsTab } from '../../state/route';
import { ActionModal } from './ActionModal';
import { MarketModal } from './MarketModal';

/**
 * 执法行动: the enforcement-action log (执法行动记录) a county keeps for the SAMR form's 执法行动
 * block and the campaign summaries, and its list of key physical markets (辖区重点实体市场).
 */
export function ActionsPage() {
  const { t } = useTranslation();
  const route = useRoute((s) => s.route);
  const navigate = useRoute((s) => s.navigate);
  const params = route.section === 'actions' ? route.params : { year: new Date().getFullYear(), tab: 'actions' as ActionsTab };
  const go = (patch: Partial<typeof params>) => navigate({ section: 'actions', view: 'main', params: { ...params, ...patch } });
  const thisYear = new Date().getFullYear();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('actions.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('actions.help')}
      </Typography.Paragraph>
      <Tabs
        activeKey={params.tab}
        onChange={(tab) => go({ tab: tab as ActionsTab })}
        items={[
          {
            key: 'actions',
            label: <span data-testid="actions-tab-actions">{t('actions.tab.actions')}</span>,
            children: (
              <ActionList
                year={params.year}
                years={Array.from({ length: 6 }, (_, i) => thisYear - i)}
                onYear={(year) => go({ year })}
              />
            ),
          },
          { key: 'markets', label: <span data-testid="actions-tab-markets">{t('actions.tab.markets')}</span>, children: <MarketList /> },
        ]}
      />
    </Space>
  );
}

function ActionList({ year, years, onYear }: { year: number; years: number[]; onYear: (y: number) => void }) {
  const { t } = useTranslation();
  const query = useLedgerQuery('actions.list', { year }, String(year));
  const markets = useLedgerQuery('actions.markets', undefined);
  const vocabulary = useVocabulary();
  const places = usePlaces();
  const { run } = useMutation();
  const [editing, setEditing] = useState<ActionRecord | 'new' | null>(null);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const data = query.data;
  const remove = async (id: string) => {
    if (await run(() => call('actions.remove', { id }), t('actions.removed'))) query.reload();
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space size={16} style={{ marginBottom: 12 }}>
          {data?.canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="action-add">
              {t('actions.add')}
            </Button>
          ) : null}
          <PinyinSelect value={year} onChange={onYear} options={years.map((y) => ({ value: y, label: t('actions.year', { year: y }) }))} style={{ width: 120 }} data-testid="actions-year" />
        </Space>
        <Row gutter={16}>
          {(
            [
              ['actions', data?.totals.actions],
              ['staff', data?.totals.staff],
              ['physicalMarketActions', data?.totals.physicalMarketActions],
              ['physicalMarketStaff', data?.totals.physicalMarketStaff],
              ['keyMarkets', data?.keyMarkets],
            ] as const
          ).map(([key, value]) => (
            <Col key={key} flex="1">
              <Statistic title={t(`actions.total.${key}`)} value={value ?? 0} />
            </Col>
          ))}
        </Row>
      </Card>
      {data && !data.canEdit ? <Alert type="info" showIcon title={t('actions.leagueReadOnly')} /> : null}
      <Table<ActionRecord>
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={data?.rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1080 }}
        data-testid="actions-table"
        locale={{ emptyText: t('actions.empty') }}
        columns={[
          { title: t('actions.field.date'), dataIndex: 'date', width: 100, fixed: 'left' },
          { title: t('actions.field.title'), dataIndex: 'title', width: 184 },
          ...(data && !data.canEdit ? [{ title: t('actions.field.unit'), dataIndex: 'unitCode', width: 110, render: (c: string) => places.nameOf(c) }] : []),
          {
            title: t('actions.field.campaigns'),
            dataIndex: 'campaigns',
            width: 96,
            render: (c: string[]) => c.map((x) => <Tag key={x}>{vocabulary.label('campaign', x)}</Tag>),
          },
          { title: t('actions.field.target'), dataIndex: 'target', width: 80, render: (v: string) => t(`actions.target.${v}`) },
          {
            title: t('actions.field.physicalMarket'),
            key: 'market',
            width: 150,
            render: (_v, r) => (r.physicalMarket ? r.marketName : t('common.no')),
          },
          { title: t('actions.field.staff'), dataIndex: 'staff', align: 'right', width: 90 },
          { title: t('actions.field.businessesInspected'), dataIndex: 'businessesInspected', align: 'right', width: 90 },
          { title: t('actions.field.marketsInspected'), dataIndex: 'marketsInspected', align: 'right', width: 80 },
          {
            title: t('actions.field.seized'),
            key: 'seized',
            width: 130,
            render: (_v, r) => (r.seizedQty ? `${r.seizedGoods} ${r.seizedQty.toLocaleString('zh-CN')} ${r.seizedUnit}`.trim() : ''),
          },
          ...(data?.canEdit
            ? [
                {
                  title: '',
                  key: 'ops',
                  width: 110,
                  fixed: 'right' as const,
                  render: (_v: unknown, r: ActionRecord) => (
                    <Space size={4}>
                      <Button size="small" type="link" onClick={() => setEditing(r)} data-testid={`action-edit-${r.id}`}>
                        {t('actions.edit')}
                      </Button>
                      <Popconfirm title={t('actions.removeConfirm')} onConfirm={() => void remove(r.id)} okText={t('actions.remove')} cancelText={t('cases.form.cancel')}>
                        <Button size="small" type="link" danger>
                          {t('actions.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <ActionModal
          action={editing === 'new' ? null : editing}
          markets={(markets.data ?? []).filter((m) => m.active)}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            query.reload();
          }}
        />
      ) : null}
    </Space>
  );
}

function MarketList() {
  const { t } = useTranslation();
  const query = useLedgerQuery('actions.markets', undefined);
  const list = useLedgerQuery('actions.list', { year: new Date().getFullYear() }, 'markets');
  const places = usePlaces();
  const [editing, setEditing] = useState<KeyMarketRecord | 'new' | null>(null);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const canEdit = list.data?.canEdit ?? false;
  const active = (query.data ?? []).filter((m) => m.active).length;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size={32}>
          <Statistic title={t('actions.total.keyMarkets')} value={active} />
          <Typography.Text type="secondary" style={{ maxWidth: 640, display: 'inline-block' }}>
            {t('actions.marketsHelp')}
          </Typography.Text>
          {canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="market-add">
              {t('actions.addMarket')}
            </Button>
          ) : null}
        </Space>
      </Card>
      <Table<KeyMarketRecord>
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data ?? []}
        pagination={false}
        data-testid="markets-table"
        locale={{ emptyText: t('actions.noMarkets') }}
        columns={[
          { title: t('actions.market.name'), dataIndex: 'name' },
          ...(canEdit ? [] : [{ title: t('actions.field.unit'), dataIndex: 'unitCode', render: (c: string) => places.nameOf(c) }]),
          { title: t('actions.market.kind'), dataIndex: 'kind' },
          { title: t('actions.market.township'), dataIndex: 'townshipCode', render: (c: string | null) => places.nameOf(c) },
          {
            title: t('actions.market.active'),
            dataIndex: 'active',
            render: (a: boolean) => (a ? <Tag color="green">{t('actions.market.inUse')}</Tag> : <Tag>{t('actions.market.retired')}</Tag>),
          },
          { title: t('actions.market.notes'), dataIndex: 'notes' },
          ...(canEdit
            ? [
                {
                  title: '',
                  key: 'ops',
                  width: 80,
                  render: (_v: unknown, r: KeyMarketRecord) => (
                    <Button size="small" type="link" onClick={() => setEditing(r)}>
                      {t('actions.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <MarketModal
          market={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            query.reload();
          }}
        />
      ) : null}
    </Space>
  );
}
