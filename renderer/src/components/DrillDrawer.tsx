/**
 * The record drawer of a figure: the GI users, use reports, inspections or task assignments a
 * report or dashboard number counts, each one click from its own screen. Any screen showing such
 * numbers renders <DrillDrawer /> and opens it with `useDrillDrawer().open(input, label)`.
 * (Case figures open the case list itself instead: `useRoute().drillCases`.)
 */
import { Drawer, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { DrillInput, DrillRow } from '../../../shared/reports/record-drill';
import { useLedgerQuery } from '../api/use-ledger-query';
import { useRoute } from '../state/route';
import { QueryError } from './QueryError';

interface DrawerState {
  input: DrillInput | null;
  label: string;
  open(input: DrillInput, label: string): void;
  close(): void;
}

export const useDrillDrawer = create<DrawerState>((set) => ({
  input: null,
  label: '',
  open(input, label) {
    set({ input, label });
  },
  close() {
    set({ input: null });
  },
}));

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
    const { navigate } = useRoute.getState();
    if (row.open.section === 'gi') navigate({ section: 'gi', view: 'user', params: { id: row.open.userId } });
    else navigate({ section: 'plans', view: 'plan', params: { id: row.open.planId, tab: 'matrix' } });
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
