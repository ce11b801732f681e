import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { CaseListDraft } from '../../../../shared/cases/schemas';
import type { CaseSummary } from '../../../../shared/cases/types';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { useRoute } from '../../state/route';
import { CaseFilterBar } from './CaseFilterBar';
import { isFiltered, newCase, showCase } from './case-route';
import { DeadlineTag } from '../../components/DeadlineTag';
import { yuanText } from '../../components/money';
import { useVocabulary } from '../../components/use-vocabulary';
import { ColumnChooser, useHiddenColumns } from '../../components/ColumnChooser';
import { useLeague } from '../../components/use-league';
import { useAppStore } from '../../state/app-store';

type SortKey = NonNullable<CaseListDraft['sort']>;

/** Columns the clerk may hide (列设置); 案号 and 案件名称 always show. */
const OPTIONAL_COLUMNS = ['unit', 'stage', 'deadline', 'category', 'leadDate', 'amount', 'penalty', 'handlers'] as const;
/** Hidden until chosen: the category is also a filter, and the row's tags say the campaign. */
const DEFAULT_HIDDEN = ['category'];
const PAGE_SIZES = [20, 50, 100, 200];

export function CaseListView() {
  const { t } = useTranslation();
  const { query, origin } = useRoute((s) => s.lists.cases.params);
  const setQuery = useRoute((s) => s.filterCases);
  const resetQuery = useRoute((s) => s.resetCaseFilters);
  const openSection = useRoute((s) => s.openSection);
  const vocabulary = useVocabulary();
  const isLeague = useAppStore((s) => s.profile?.role === 'league');
  const { units } = useLeague();
  const unitName = (code: string) => units.find((u) => u.code === code)?.shortName ?? code;
  const [hidden, setHidden] = useHiddenColumns('cases', DEFAULT_HIDDEN);
  const key = JSON.stringify(query);
  const page = useLedgerQuery('cases.list', query, key);
  const count = useLedgerQuery('cases.count', query, key);
  const sortOrder = (column: SortKey) => (query.sort === column ? (query.order === 'asc' ? 'ascend' : 'descend') : null);
  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('cases.columns.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      width: 180,
      fixed: 'left',
      sorter: true,
      sortOrder: sortOrder('caseNumber'),
      render: (n: string, c) => (
        <Typography.Link onClick={() => showCase(c.id)} data-testid="case-link" className="nowrap">
          {n}
        </Typography.Link>
      ),
    },
    {
      title: t('cases.columns.title'),
      dataIndex: 'title',
      key: 'title',
      // The flexible column: takes what the others leave (two lines: title, then party and tags).
      render: (title: string, c) => (
        <div className="case-title-cell">
          <Typography.Text strong ellipsis={{ tooltip: title }}>
            {title}
          </Typography.Text>
          <div className="case-title-sub">
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {c.partyName} {c.partyIdMasked ? <span className="mono">{c.partyIdMasked}</span> : null}
            </Typography.Text>
            {c.campaigns.map((code) => (
              <Tag key={code} color="blue" bordered={false}>
                {vocabulary.label('campaign', code)}
              </Tag>
            ))}
            {c.policeTransferred ? <Tag color="purple">{t('cases.policeTransferred')}</Tag> : null}
          </div>
        </div>
      ),
    },
    {
      title: t('cases.columns.stage'),
      dataIndex: 'stage',
      key: 'stage',
      width: 80,
      sorter: true,
      sortOrder: sortOrder('stage'),
      render: (s: CaseSummary['stage']) => <Tag color={s === 'CLOSE' ? 'default' : 'processing'}>{t(`cases.stage.${s}`)}</Tag>,
    },
    {
      title: t('cases.columns.deadline'),
      key: 'deadline',
      width: 145,
      sorter: true,
      sortOrder: sortOrder('deadline'),
      render: (_: unknown, c) =>
        c.nextDeadline && c.deadlineState ? (
          <div className="case-deadline">
            <DeadlineTag deadline={c.nextDeadline} state={c.deadlineState} />
          </div>
        ) : null,
    },
    {
      title: t('cases.columns.category'),
      dataIndex: 'category',
      key: 'category',
      width: 110,
      sorter: true,
      sortOrder: sortOrder('category'),
      render: (c: CaseSummary['category']) => t(`cases.category.${c}`),
    },
    { title: t('cases.columns.leadDate'), dataIndex: 'leadDate', key: 'leadDate', width: 100, sorter: true, sortOrder: sortOrder('leadDate') },
    {
      title: t('cases.columns.amount'),
      dataIndex: 'amountInvolvedFen',
      key: 'amount',
      width: 115,
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('amount'),
      render: (fen: number | null) => yuanText(fen),
    },
    {
      title: t('cases.columns.penalty'),
      dataIndex: 'penaltyTotalFen',
      key: 'penalty',
      width: 115,
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('penalty'),
      render: (fen: number) => (fen ? yuanText(fen) : ''),
    },
    { title: t('cases.columns.handlers'), dataIndex: 'handlers', key: 'handlers', width: 90, ellipsis: { showTitle: true } },
  ];
  if (isLeague)
    columns.splice(1, 0, {
      title: t('cases.columns.unit'),
      dataIndex: 'unitCode',
      key: 'unit',
      width: 90,
      ellipsis: true,
      render: (code: string) => unitName(code),
    });
  const optional = OPTIONAL_COLUMNS.filter((k) => k !== 'unit' || isLeague).map((k) => ({ key: k, label: t(`cases.columns.${k}`) }));
  const visible = columns.filter((c) => !hidden.includes(String(c.key)) || !OPTIONAL_COLUMNS.includes(String(c.key) as never));
  // Wide enough for the shown columns with the title at 170 px (it takes any room left); no sideways scroll at 1366×768 with the defaults, league included.
  const scrollX = visible.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 170), 0);
  const rows = page.data?.rows ?? [];
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 20;
  const total = count.data ? count.data.total : offset + rows.length + (page.data?.hasMore ? 1 : 0);
  const onChange = (
    pagination: { current?: number; pageSize?: number },
    _filters: unknown,
    sorter: SorterResult<CaseSummary> | SorterResult<CaseSummary>[],
  ) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = (s?.order ? (s.columnKey as SortKey) : 'leadDate') ?? 'leadDate';
    const order = s?.order === 'ascend' ? 'asc' : 'desc';
    if (sort !== query.sort || order !== query.order) return setQuery({ sort, order });
    if (pagination.pageSize && pagination.pageSize !== limit) return setQuery({ limit: pagination.pageSize, offset: 0 });
    setQuery({ offset: ((pagination.current ?? 1) - 1) * limit });
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <div className="toolbar">
          <CaseFilterBar />
          <Button type="primary" icon={<PlusOutlined />} onClick={newCase} data-testid="new-case">
            {t('cases.newCase')}
          </Button>
        </div>
      </Card>
      {origin ? (
        <Alert
          type="info"
          showIcon
          title={t('cases.drillOrigin', { label: origin.label })}
          action={
            <Space>
              <Button size="small" onClick={() => openSection(origin.section)} data-testid="drill-back">
                {t('cases.drillBack')}
              </Button>
              <Button size="small" type="text" onClick={resetQuery}>
                {t('cases.resetFilters')}
              </Button>
            </Space>
          }
          data-testid="drill-origin"
        />
      ) : null}
      {page.data?.searchLimit ? (
        <Alert
          type="info"
          showIcon
          title={t(page.data.searchLimit.kind === 'window' ? 'cases.searchWindow' : 'cases.searchCap', { size: page.data.searchLimit.size.toLocaleString() })}
          data-testid="search-limit"
        />
      ) : null}
      <Card
        title={
          count.data
            ? count.data.capped
              ? t('cases.totalCapped', { count: count.data.total.toLocaleString() })
              : t('cases.total', { count: count.data.total.toLocaleString() })
            : t('cases.counting')
        }
        styles={{ body: { padding: 0 } }}
        extra={<ColumnChooser options={optional} hidden={hidden} onChange={setHidden} />}
      >
        {page.error ? <QueryError error={page.error} onRetry={page.reload} /> : null}
        <Table<CaseSummary>
          rowKey="id"
          size="small"
          loading={page.loading}
          columns={visible}
          dataSource={rows}
          onChange={onChange}
          onRow={(c) => ({ onDoubleClick: () => showCase(c.id) })}
          rowClassName={(c) => (c.deadlineState === 'overdue' ? 'row-overdue' : '')}
          pagination={{
            current: Math.floor(offset / limit) + 1,
            pageSize: limit,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showQuickJumper: total > limit * 5,
            showTotal: (_n, [from, to]) => t('cases.pageRange', { from, to }),
            size: 'small',
          }}
          scroll={{ x: scrollX }}
          locale={{ emptyText: <Empty description={isFiltered(query) ? t('cases.empty') : t('cases.emptyLedger')} /> }}
          data-testid="case-table"
        />
      </Card>
    </Space>
  );
}
