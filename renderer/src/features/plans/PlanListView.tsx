import { CopyOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, InputNumber, Space, Spin, Table, Typography } from 'antd';
import { yearRules } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanListItem } from '../../../../shared/plans/types';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/QueryError';
import { useCounties } from '../../components/use-league';
import { showPlans } from './plans-route';

const openPlan = (id: string) => showPlans({ view: 'plan', params: { id, tab: 'tasks' } });

/** The league's plans: create one from a shipped template, copy one to a new year, open one. */
export function PlanListView() {
  const { t } = useTranslation();
  const query = useLedgerQuery('plans.list', undefined);
  const [modal, setModal] = useState<{ kind: 'template' } | { kind: 'copy'; plan: PlanListItem } | null>(null);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  return (
    <Card
      title={t('plans.list.title')}
      extra={
        <Button type="primary" icon={<FileAddOutlined />} onClick={() => setModal({ kind: 'template' })} data-testid="plan-from-template">
          {t('plans.list.fromTemplate')}
        </Button>
      }
    >
      <Table<PlanListItem>
        rowKey="id"
        loading={query.loading}
        dataSource={query.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('plans.list.empty')} /> }}
        onRow={(p) => ({ onClick: () => openPlan(p.id), className: 'clickable-row' })}
        data-testid="plan-list"
        columns={[
          { title: t('plans.field.year'), dataIndex: 'year', width: 80 },
          {
            title: t('plans.field.title'),
            key: 'title',
            render: (_v, p) => (
              <Space direction="vertical" size={0}>
                <Typography.Link strong>{p.title}</Typography.Link>
                <Typography.Text type="secondary" className="mono">
                  {p.docNumber || t('plans.list.noDocNumber')}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('plans.field.issueDate'), dataIndex: 'issueDate', width: 120 },
          { title: t('plans.field.summaryDue'), dataIndex: 'summaryDue', width: 140 },
          { title: t('plans.list.tasks'), key: 'tasks', width: 150, render: (_v, p) => t('plans.list.taskCount', { tasks: p.taskCount, units: p.unitCount }) },
          {
            title: '',
            key: 'copy',
            width: 130,
            render: (_v, p) => (
              <Button
                size="small"
                icon={<CopyOutlined />}
                onClick={(e) => {
                  e.stopPropagation();
                  setModal({ kind: 'copy', plan: p });
                }}
              >
                {t('plans.list.copy')}
              </Button>
            ),
          },
        ]}
      />
      {modal?.kind === 'template' ? <TemplateModal onClose={() => setModal(null)} onDone={openPlan} /> : null}
      {modal?.kind === 'copy' ? <CopyModal plan={modal.plan} onClose={() => setModal(null)} onDone={openPlan} /> : null}
    </Card>
  );
}

function TemplateModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const templates = useLedgerQuery('plans.templates', undefined);
  const counties = useCounties();
  const [form] = Form.useForm<{ template: string; assignTo: string[] }>();
  const { saving, run } = useMutation();
  const key = Form.useWatch('template', form) as string | undefined;
  const chosen = templates.data?.find((x) => x.key === key);
  const submit = async (v: { template: string; assignTo: string[] }) => {
    const detail = await run(() => call('plans.fromTemplate', { template: v.template, assignTo: v.assignTo }), t('plans.list.created'));
    if (detail) onDone(detail.plan.id);
  };
  return (
    <FormModal
      title={t('plans.list.fromTemplate')}
      okText={t('plans.list.create')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="template-submit"
      width={640}
    >
      {/* The form mounts once the templates are known, so the first one is preselected. */}
      {!templates.data ? (
        <Spin />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ template: templates.data[0]?.key, assignTo: [] }} onFinish={(v) => void submit(v)}>
          <Form.Item name="template" label={t('plans.list.template')} rules={[{ required: true, message: t('cases.field.required') }]}>
            <PinyinSelect options={(templates.data ?? []).map((x) => ({ value: x.key, label: x.name }))} data-testid="template-select" />
          </Form.Item>
          {chosen ? (
            <Typography.Paragraph type="secondary">{t('plans.list.templateInfo', { tasks: chosen.taskCount, source: chosen.source })}</Typography.Paragraph>
          ) : null}
          <Form.Item name="assignTo" label={t('plans.list.assignTo')} extra={t('plans.list.assignToHelp')}>
            <PinyinSelect mode="multiple" allowClear options={counties} />
          </Form.Item>
        </Form>
      )}
    </FormModal>
  );
}

function CopyModal({ plan, onClose, onDone }: { plan: PlanListItem; onClose: () => void; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ year: number }>();
  const { saving, run } = useMutation();
  const submit = async (v: { year: number }) => {
    const detail = await run(() => call('plans.copy', { planId: plan.id, year: v.year }), t('plans.list.copied', { year: v.year }));
    if (detail) onDone(detail.plan.id);
  };
  return (
    <FormModal
      title={t('plans.list.copyTitle', { title: plan.title })}
      okText={t('plans.list.copy')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="copy-submit"
    >
      <Form form={form} layout="vertical" initialValues={{ year: plan.year + 1 }} onFinish={(v) => void submit(v)}>
        <Typography.Paragraph type="secondary">{t('plans.list.copyHelp')}</Typography.Paragraph>
        <Form.Item
          name="year"
          label={t('plans.field.year')}
          rules={[{ required: true, message: t('cases.field.required') }, ...yearRules(t, plan.year + 1, 2100)]}
        >
          <InputNumber<number> />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
