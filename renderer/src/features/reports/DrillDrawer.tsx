import { Drawer, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DrillRow } from '../../../../shared/reports/record-drill';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { useGiStore } from '../gi/gi-store';
import { usePlansStore } from '../plans/plans-store';
import { useDrillDrawer } from './use-drill';

/** The GI users, use reports, inspections or task assignments behind a report's number. */
export function DrillDrawer() {
  const { t } = useTranslation();
  const { input, label, close } = useDrillDrawer();
  return (
    <Drawer open={input !== null} onClose={close} size={760} title={label} destroyOnHidden>
      {input ? <DrillList key={JSON.stringify(input)} /> : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('reports.drill.help')}
      </Typography.Paragraph>
    </Drawer>
  );
}

function DrillList() {
  const { t } = useTranslation();
  const { input, close } = useDrillDrawer();
  const query = useLedgerQuery('reports.drill', input as NonNullable<typeof input>, JSON.stringify(input));
  const open = (row: DrillRow) => {
    close();
    if (row.open.section === 'gi') useGiStore.getState().show({ kind: 'user', id: row.open.userId });
    else usePlansStore.getState().show({ kind: 'plan', id: row.open.planId, tab: 'matrix' });
    useAppStore.getState().go(row.open.section);
  };
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const statusText = (r: DrillRow) =>
    r.kind === 'gi_user'
      ? t(`gi.userStatus.${r.status}`)
      : r.kind === 'gi_inspection'
        ? t(`gi.inspectionResult.${r.status}`)
        : r.kind === 'gi_use_report'
          ? r.status === 'used'
            ? t('reports.drill.used')
            : t('reports.drill.unused')
          : r.kind === 'summary'
            ? t('reports.tasks.summaryMissing')
            : t(`plans.state.${r.status}`);
  return (
    <>
      <Typography.Text strong data-testid="drill-count">
        {t('reports.drill.count', { count: query.data?.length ?? 0 })}
      </Typography.Text>
      <Table<DrillRow>
        rowKey="id"
        size="small"
        style={{ marginTop: 8 }}
        loading={query.loading}
        dataSource={query.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty description={t('reports.drill.empty')} /> }}
        data-testid="drill-table"
        columns={[
          {
            title: t('reports.drill.record'),
            key: 'title',
            render: (_v, r) => (
              <>
                <Typography.Link onClick={() => open(r)} data-testid="drill-record">
                  {r.title}
                </Typography.Link>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.subtitle}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          { title: t('reports.drill.unit'), dataIndex: 'unitName', width: 110 },
          { title: t(`reports.drill.date.${input?.report === 'tasks' ? 'tasks' : 'gi'}`), dataIndex: 'date', width: 110 },
          { title: t('reports.drill.status'), key: 'status', width: 110, render: (_v, r) => <Tag>{statusText(r)}</Tag> },
        ]}
      />
    </>
  );
}
