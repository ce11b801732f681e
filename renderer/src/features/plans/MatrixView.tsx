import { Descriptions, Empty, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixCell, PlanMatrix, TaskRecord } from '../../../../shared/plans/types';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';
import { periodLabel } from './period-label';
import { PrintButton } from '../../components/PrintButton';
import { ReportStatusTag } from './StateTags';

type Row = PlanMatrix['rows'][number];

/**
 * The league's task × county matrix: each cell is the county's latest report (colour by status),
 * overdue cells are outlined red, a click opens the report. Prints as the progress summary.
 */
export function MatrixView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const query = useLedgerQuery('plans.matrix', { id: planId }, planId);
  const [open, setOpen] = useState<{ task: TaskRecord; cell: MatrixCell; unit: string } | null>(null);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  const m = query.data;
  if (!m) return <Spin />;
  if (m.units.length === 0) return <Empty description={t('plans.matrix.empty')} />;
  const cells = m.rows.flatMap((r) => r.cells).filter((c): c is MatrixCell => c !== null);
  const count = (pred: (c: MatrixCell) => boolean) => cells.filter(pred).length;
  return (
    <div className="print-area">
      <div className="print-only print-header">
        <h2>{t('plans.matrix.printTitle', { title: m.plan.title })}</h2>
        <p>{t('plans.matrix.printSub', { doc: m.plan.docNumber || t('plans.list.noDocNumber'), date: new Date().toLocaleDateString('zh-CN') })}</p>
      </div>
      <div className="toolbar" style={{ marginBottom: 12 }}>
        <Space wrap style={{ flex: 1 }} data-testid="matrix-totals">
          <Tag color="green">{t('plans.matrix.done', { count: count((c) => c.standing.state === 'done') })}</Tag>
          <Tag color="processing">{t('plans.matrix.reported', { count: count((c) => c.report !== null && c.standing.state !== 'done') })}</Tag>
          <Tag color="red">{t('plans.matrix.overdue', { count: count((c) => c.standing.state === 'overdue') })}</Tag>
          <Tag>{t('plans.matrix.cells', { count: cells.length })}</Tag>
        </Space>
        <PrintButton label={t('plans.matrix.print')} />
      </div>
      <Table<Row>
        rowKey={(r) => r.task.id}
        dataSource={m.rows}
        pagination={false}
        size="small"
        bordered
        scroll={{ x: 200 + m.units.length * 110 }}
        data-testid="plan-matrix"
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('plans.matrix.summaryRow', { due: m.plan.summaryDue })}</Typography.Text>
            </Table.Summary.Cell>
            {m.summaries.map((s, i) => (
              <Table.Summary.Cell index={i + 1} key={m.units[i]?.code}>
                {s ? <Tag color="green">{t('plans.matrix.summaryIn', { date: s.submittedDate })}</Tag> : <Tag>{t('plans.matrix.summaryMissing')}</Tag>}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
        columns={[
          {
            title: t('plans.task.title'),
            key: 'task',
            fixed: 'left',
            width: 220,
            render: (_v, r) => (
              <Typography.Text>
                {r.task.sectionNo} {r.task.title}
              </Typography.Text>
            ),
          },
          ...m.units.map((u, i) => ({
            title: u.name,
            key: u.code,
            width: 110,
            align: 'center' as const,
            render: (_v: unknown, r: Row) => {
              const cell = r.cells[i];
              if (!cell) return <span className="matrix-na">—</span>;
              return (
                <button
                  type="button"
                  className={`matrix-cell matrix-${cell.report?.status ?? 'none'} ${cell.standing.state === 'overdue' ? 'matrix-overdue' : ''}`}
                  onClick={() => setOpen({ task: r.task, cell, unit: u.name })}
                  data-testid={`cell-${r.task.sectionNo}-${u.code}`}
                  title={t(`plans.state.${cell.standing.state}`)}
                >
                  {cell.report
                    ? `${t(`plans.status.${cell.report.status}`)} ${cell.report.percent}%`
                    : cell.standing.state === 'overdue'
                      ? t('plans.state.overdue')
                      : t('plans.matrix.noReport')}
                </button>
              );
            },
          })),
        ]}
      />
      {open ? (
        <Modal open title={`${open.unit} · ${open.task.sectionNo} ${open.task.title}`} footer={null} onCancel={() => setOpen(null)} width={640} destroyOnHidden>
          {open.cell.report ? (
            <Descriptions column={1} bordered size="small" data-testid="matrix-report">
              <Descriptions.Item label={t('plans.reportForm.period')}>{periodLabel(t, open.cell.report.period)}</Descriptions.Item>
              <Descriptions.Item label={t('plans.reportForm.status')}>
                <ReportStatusTag status={open.cell.report.status} percent={open.cell.report.percent} />
              </Descriptions.Item>
              <Descriptions.Item label={t('plans.reportForm.narrative')}>{open.cell.report.narrative}</Descriptions.Item>
              <Descriptions.Item label={t('plans.reportForm.files')}>
                <Space wrap>{open.cell.report.files.length ? open.cell.report.files.map((f) => <Tag key={f.id}>{f.fileName}</Tag>) : '-'}</Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('plans.reportForm.reportedDate')}>
                {t('plans.my.reportedBy', { by: open.cell.report.reportedBy, date: open.cell.report.reportedDate })}
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Empty description={t('plans.matrix.noReportYet', { due: open.cell.standing.next?.due ?? '' })} />
          )}
        </Modal>
      ) : null}
    </div>
  );
}
