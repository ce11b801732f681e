import { EditOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySummary, MyTask } from '../../../../shared/plans/types';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { periodLabel } from './period-label';
import { ReportModal } from './ReportModal';
import { ReportStatusTag, StandingTag } from './StateTags';
import { SummaryModal } from './SummaryModal';

/** A county's tasks from the league's plans, most urgent first, with the year-end summaries owed. */
export function MyTasksView() {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | undefined>();
  const query = useLedgerQuery('plans.myTasks', { year }, String(year));
  const [reporting, setReporting] = useState<MyTask | null>(null);
  const [summary, setSummary] = useState<MySummary | null>(null);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const data = query.data;
  const overdue = data?.tasks.filter((x) => x.standing.state === 'overdue').length ?? 0;
  const dueSoon = data?.tasks.filter((x) => x.standing.state === 'due_soon').length ?? 0;
  return (
    <>
      <Card
        title={t('plans.my.title')}
        extra={
          <Space>
            {data && data.years.length > 1 ? (
              <PinyinSelect
                value={data.year ?? undefined}
                onChange={setYear}
                options={data.years.map((y) => ({ value: y, label: t('plans.yearPeriod', { year: y }) }))}
                style={{ width: 120 }}
                data-testid="my-tasks-year"
              />
            ) : null}
            {overdue ? <Tag color="red">{t('plans.my.overdueCount', { count: overdue })}</Tag> : null}
            {dueSoon ? <Tag color="orange">{t('plans.my.dueSoonCount', { count: dueSoon })}</Tag> : null}
          </Space>
        }
      >
        {data?.summaries.map((s) => (
          <Alert
            key={s.plan.id}
            style={{ marginBottom: 12 }}
            type={s.summary ? 'success' : s.daysLeft < 0 ? 'error' : s.daysLeft <= 7 ? 'warning' : 'info'}
            showIcon
            title={
              s.summary
                ? t('plans.my.summarySubmitted', { title: s.plan.title, date: s.summary.submittedDate })
                : s.daysLeft < 0
                  ? t('plans.my.summaryOverdue', { title: s.plan.title, due: s.plan.summaryDue, days: -s.daysLeft })
                  : t('plans.my.summaryDue', { title: s.plan.title, due: s.plan.summaryDue, days: s.daysLeft })
            }
            action={
              <Button size="small" icon={<FileDoneOutlined />} onClick={() => setSummary(s)} data-testid="summary-open">
                {s.summary ? t('plans.my.summaryEdit') : t('plans.my.summarySubmit')}
              </Button>
            }
          />
        ))}
        <Table<MyTask>
          rowKey={(x) => x.task.id}
          loading={query.loading}
          dataSource={data?.tasks ?? []}
          pagination={false}
          size="middle"
          scroll={{ x: 1000 }}
          locale={{ emptyText: <Empty description={t('plans.my.empty')} /> }}
          data-testid="my-tasks"
          expandable={{
            expandedRowRender: (x) => <TaskDetails item={x} />,
          }}
          columns={[
            { title: t('plans.my.state'), key: 'state', width: 130, render: (_v, x) => <StandingTag standing={x.standing} /> },
            {
              title: t('plans.task.title'),
              key: 'title',
              render: (_v, x) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>
                    {x.task.sectionNo} {x.task.title}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {x.plan.docNumber || x.plan.title}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('plans.task.leadUnits'), key: 'lead', width: 220, render: (_v, x) => x.task.leadUnits },
            {
              title: t('plans.my.nextDue'),
              key: 'due',
              width: 150,
              render: (_v, x) =>
                x.standing.next ? (
                  <Space direction="vertical" size={0}>
                    <span>{x.standing.next.due}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('plans.period', { period: periodLabel(t, x.standing.next.key) })}
                    </Typography.Text>
                  </Space>
                ) : (
                  '-'
                ),
            },
            {
              title: t('plans.my.latest'),
              key: 'latest',
              width: 190,
              render: (_v, x) => {
                const last = x.reports[x.reports.length - 1];
                return last ? (
                  <ReportStatusTag status={last.status} percent={last.percent} />
                ) : (
                  <Typography.Text type="secondary">{t('plans.my.noReport')}</Typography.Text>
                );
              },
            },
            {
              title: '',
              key: 'action',
              width: 100,
              render: (_v, x) => (
                <Button type="primary" ghost size="small" icon={<EditOutlined />} onClick={() => setReporting(x)} data-testid={`report-${x.task.sectionNo}`}>
                  {t('plans.my.report')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {reporting ? (
        <ReportModal
          item={reporting}
          onClose={() => setReporting(null)}
          onDone={() => {
            setReporting(null);
            query.reload();
          }}
        />
      ) : null}
      {summary ? (
        <SummaryModal
          item={summary}
          onClose={() => setSummary(null)}
          onDone={() => {
            setSummary(null);
            query.reload();
          }}
        />
      ) : null}
    </>
  );
}

function TaskDetails({ item }: { item: MyTask }) {
  const { t } = useTranslation();
  const x = item.task;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('plans.task.description')}>{x.description || '-'}</Descriptions.Item>
        <Descriptions.Item label={t('plans.task.supportingUnits')}>{x.supportingUnits || '-'}</Descriptions.Item>
        <Descriptions.Item label={t('plans.task.evidenceRequired')}>{x.evidenceRequired || '-'}</Descriptions.Item>
        <Descriptions.Item label={t('plans.task.deadline')}>
          {x.deadline} · {t(`plans.cadence.${x.cadence}`)}
        </Descriptions.Item>
      </Descriptions>
      {item.reports.length ? (
        <List
          size="small"
          header={t('plans.my.history')}
          dataSource={[...item.reports].reverse()}
          renderItem={(r) => (
            <List.Item>
              <Space wrap>
                <span>{periodLabel(t, r.period)}</span>
                <ReportStatusTag status={r.status} percent={r.percent} />
                <Typography.Text>{r.narrative}</Typography.Text>
                {r.files.map((f) => (
                  <Tag key={f.id}>{f.fileName}</Tag>
                ))}
                <Typography.Text type="secondary">{t('plans.my.reportedBy', { by: r.reportedBy, date: r.reportedDate })}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
    </Space>
  );
}
