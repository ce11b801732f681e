import { ArrowLeftOutlined, EditOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Descriptions, Space, Spin, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, TaskRecord } from '../../../../shared/plans/types';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { QueryError } from '../../components/QueryError';
import { loadBlob } from '../../api/blobs';
import { stageFile } from '../../api/transfer';
import { MatrixView } from './MatrixView';
import type { PlanTab } from '../../state/route';
import { showPlans } from './plans-route';
import { TaskModal } from './TaskModal';
import { PlanEditModal } from './PlanEditModal';
import { useCounties } from '../../components/use-league';

/** One plan for the league: its task list (edit, assign counties), the progress matrix, its text and files. */
export function PlanDetailView({ id, tab }: { id: string; tab: PlanTab }) {
  const { t } = useTranslation();
  const query = useLedgerQuery('plans.get', { id }, id);
  const [latest, setLatest] = useState<PlanDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const detail = latest ?? query.data;
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  if (!detail) return <Spin />;
  const p = detail.plan;
  return (
    <div className="page-stack">
      <Card className="no-print">
        <div className="toolbar">
          <Button icon={<ArrowLeftOutlined />} onClick={() => showPlans({ view: 'main', params: { tab: 'tasks' } })}>
            {t('plans.detail.back')}
          </Button>
          <Space direction="vertical" size={2} style={{ flex: 1 }}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="plan-title">
              {p.title}
            </Typography.Title>
            <Space wrap>
              <Typography.Text className="mono">{p.docNumber || t('plans.list.noDocNumber')}</Typography.Text>
              <Typography.Text type="secondary">{t('plans.detail.dates', { issued: p.issueDate, due: p.summaryDue })}</Typography.Text>
            </Space>
          </Space>
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="plan-edit">
            {t('plans.edit.button')}
          </Button>
        </div>
      </Card>
      {editing ? (
        <PlanEditModal
          plan={p}
          onClose={() => setEditing(false)}
          onDone={(d) => {
            setEditing(false);
            setLatest(d);
          }}
        />
      ) : null}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => showPlans({ view: 'plan', params: { id, tab: k as PlanTab } })}
          data-testid="plan-tabs"
          items={[
            { key: 'tasks', label: t('plans.detail.tabs.tasks', { count: detail.tasks.length }), children: <TaskList detail={detail} onChange={setLatest} /> },
            { key: 'matrix', label: t('plans.detail.tabs.matrix'), children: <MatrixView planId={id} /> },
            { key: 'text', label: t('plans.detail.tabs.text'), children: <PlanText detail={detail} onChange={setLatest} /> },
          ]}
        />
      </Card>
    </div>
  );
}

function TaskList({ detail, onChange }: { detail: PlanDetail; onChange: (d: PlanDetail) => void }) {
  const { t } = useTranslation();
  const counties = useCounties();
  const [editing, setEditing] = useState<TaskRecord | 'new' | null>(null);
  const name = (code: string) => counties.find((c) => c.value === code)?.label ?? code;
  return (
    <>
      <div className="toolbar" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" style={{ flex: 1 }}>
          {t('plans.detail.tasksHelp')}
        </Typography.Text>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="task-add">
          {t('plans.detail.addTask')}
        </Button>
      </div>
      <Table<TaskRecord>
        rowKey="id"
        dataSource={detail.tasks}
        pagination={false}
        size="middle"
        scroll={{ x: 1000 }}
        onRow={(task) => ({ onClick: () => setEditing(task), className: 'clickable-row' })}
        data-testid="task-table"
        columns={[
          { title: t('plans.task.sectionNo'), dataIndex: 'sectionNo', width: 90 },
          { title: t('plans.task.title'), dataIndex: 'title' },
          { title: t('plans.task.leadUnits'), dataIndex: 'leadUnits', width: 220 },
          {
            title: t('plans.task.assignedUnits'),
            key: 'assigned',
            width: 260,
            render: (_v, task) =>
              task.assignedUnits.length === counties.length && counties.length > 0 ? (
                <Tag color="blue">{t('plans.task.allCounties')}</Tag>
              ) : (
                <Space size={[4, 4]} wrap data-testid={`assigned-${task.sectionNo}`}>
                  {task.assignedUnits.map((u) => (
                    <Tag key={u}>{name(u)}</Tag>
                  ))}
                </Space>
              ),
          },
          { title: t('plans.task.deadline'), key: 'deadline', width: 150, render: (_v, task) => `${task.deadline} · ${t(`plans.cadence.${task.cadence}`)}` },
        ]}
      />
      {editing ? (
        <TaskModal
          planId={detail.plan.id}
          task={editing === 'new' ? null : editing}
          defaultDeadline={detail.plan.summaryDue}
          onClose={() => setEditing(null)}
          onDone={(d) => {
            setEditing(null);
            onChange(d);
          }}
        />
      ) : null}
    </>
  );
}

function PlanText({ detail, onChange }: { detail: PlanDetail; onChange: (d: PlanDetail) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { saving, run } = useMutation();
  const upload = async (file: File) => {
    const d = await run(
      async () => call('plans.addFile', { planId: detail.plan.id, fileName: file.name, uploadId: await stageFile(file) }),
      t('plans.detail.fileAdded'),
    );
    if (d) onChange(d);
  };
  const p = detail.plan;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('plans.field.docNumber')}>{p.docNumber || '-'}</Descriptions.Item>
        <Descriptions.Item label={t('plans.field.issuingUnit')}>{p.issuingUnit || '-'}</Descriptions.Item>
        <Descriptions.Item label={t('plans.field.issueDate')}>{p.issueDate}</Descriptions.Item>
        <Descriptions.Item label={t('plans.field.summaryDue')}>{p.summaryDue}</Descriptions.Item>
        <Descriptions.Item label={t('plans.detail.files')} span={2}>
          <Space wrap>
            {detail.files.map((f) => (
              <Button
                key={f.id}
                size="small"
                type="link"
                icon={<PaperClipOutlined />}
                onClick={() => openFile(f.sha256, f.fileName).catch((e: unknown) => void message.error(errorMessage(t, e)))}
              >
                {f.fileName}
              </Button>
            ))}
            <Upload
              accept="application/pdf,image/*"
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button size="small" loading={saving}>
                {t('plans.detail.addFile')}
              </Button>
            </Upload>
          </Space>
        </Descriptions.Item>
        {p.notes ? (
          <Descriptions.Item label={t('plans.field.notes')} span={2}>
            {p.notes}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {p.sections.map((s) => (
        <div key={s.number + s.title}>
          <Typography.Title level={5}>{t('plans.detail.section', { number: s.number, title: s.title })}</Typography.Title>
          <Typography.Paragraph>{s.text}</Typography.Paragraph>
        </div>
      ))}
    </Space>
  );
}

/** Opens a stored file the way the browser (or Electron) handles a download. */
async function openFile(sha256: string, fileName: string): Promise<void> {
  const blob = await loadBlob(sha256);
  const a = document.createElement('a');
  a.href = blob.url;
  a.download = fileName;
  a.click();
}
