import { CopyOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Empty, Form, Space, Spin, Table, Typography } from 'antd';
import { carryTitle, shiftYears } from '../../../../shared/plans/plan-text';
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
import { headerOf, PlanEditModal, PlanHeaderItems, type PlanHeaderValues } from './PlanEditModal';

const openPlan = (id: string) => showPlans({ view: 'plan', params: { id, tab: 'tasks' } });

/** The league's plans: create one from a shipped template, copy one to a new year, open one. */
export function PlanListView() {
  const { t } = useTranslation();
  const query = useLedgerQuery('plans.list', undefined);
  const [modal, setModal] = useState<{ kind: 'template' } | { kind: 'blank' } | { kind: 'copy'; plan: PlanListItem } | null>(null);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  return (
    <Card
      title={t('plans.list.title')}
      extra={
        <Space>
          <Button icon={<PlusOutlined />} onClick={() => setModal({ kind: 'blank' })} data-testid="plan-blank">
            {t('plans.list.blank')}
          </Button>
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => setModal({ kind: 'template' })} data-testid="plan-from-template">
            {t('plans.list.fromTemplate')}
          </Button>
        </Space>
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
          { title: t('plans.list.tasks'), key: 'tasks', width: 170, render: (_v, p) => t('plans.list.taskCount', { tasks: p.taskCount, units: p.unitCount }) },
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
      {modal?.kind === 'blank' ? <PlanEditModal plan={null} onClose={() => setModal(null)} onDone={(d) => openPlan(d.plan.id)} /> : null}
      {modal?.kind === 'copy' ? <CopyModal plan={modal.plan} onClose={() => setModal(null)} onDone={openPlan} /> : null}
    </Card>
  );
}

type TemplateValues = PlanHeaderValues & { template: string; assignTo: string[] };

/** Only the proposals for fields the clerk has not typed in: what was typed stays. */
function untouched<T extends object>(form: { isFieldTouched: (name: never) => boolean }, values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !form.isFieldTouched(k as never))) as Partial<T>;
}

/** The template's header moved to `year`: the starting point the clerk edits. */
function headerFor(h: PlanHeaderValues & { issueDate: string; summaryDue: string }, year: number): PlanHeaderValues {
  const years = year - h.year;
  return {
    docNumber: years === 0 ? h.docNumber : '',
    title: carryTitle(h.title, h.year, year),
    year,
    issuingUnit: h.issuingUnit,
    issueDate: shiftYears(h.issueDate, years),
    summaryDue: shiftYears(h.summaryDue, years),
  };
}

/** A plan from one of the league's own templates, with its own number, issuer and dates. */
function TemplateModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const templates = useLedgerQuery('plans.templates', undefined);
  const counties = useCounties();
  const [form] = Form.useForm<TemplateValues>();
  const { saving, run } = useMutation();
  const key = Form.useWatch('template', form) as string | undefined;
  const chosen = templates.data?.find((x) => x.key === key);
  const submit = async (v: TemplateValues) => {
    const detail = await run(() => call('plans.fromTemplate', { template: v.template, assignTo: v.assignTo, header: headerOf(v) }), t('plans.list.created'));
    if (detail) onDone(detail.plan.id);
  };
  const first = templates.data?.[0];
  const year = new Date().getFullYear();
  return (
    <FormModal
      title={t('plans.list.fromTemplate')}
      okText={t('plans.list.create')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="template-submit"
      width={760}
    >
      {/* The form mounts once the templates are known, so the first one is preselected. */}
      {!templates.data ? (
        <Spin />
      ) : !first ? (
        <Alert type="info" showIcon title={t('plans.list.noTemplates')} />
      ) : (
        <Form<TemplateValues>
          form={form}
          layout="vertical"
          initialValues={{ template: first.key, assignTo: [], ...headerFor(first.header, year) }}
          onValuesChange={(changed: Partial<TemplateValues>) => {
            const tpl = templates.data?.find((x) => x.key === changed.template);
            if (tpl) form.setFieldsValue(untouched(form, headerFor(tpl.header, (form.getFieldValue('year') as number | undefined) ?? year)));
          }}
          onFinish={(v) => void submit(v)}
          data-testid="template-form"
        >
          <Form.Item name="template" label={t('plans.list.template')} rules={[{ required: true, message: t('cases.field.required') }]}>
            <PinyinSelect options={(templates.data ?? []).map((x) => ({ value: x.key, label: x.name }))} data-testid="template-select" />
          </Form.Item>
          {chosen ? (
            <Typography.Paragraph type="secondary" data-testid="template-info">
              {t('plans.list.templateInfo', { tasks: chosen.taskCount, source: chosen.source })}
            </Typography.Paragraph>
          ) : null}
          <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
            {t('plans.list.templateHeader')}
          </Divider>
          <Typography.Paragraph type="secondary">{t('plans.list.templateHeaderHelp')}</Typography.Paragraph>
          <PlanHeaderItems />
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
  const [form] = Form.useForm<PlanHeaderValues>();
  const { saving, run } = useMutation();
  const submit = async (v: PlanHeaderValues) => {
    const detail = await run(() => call('plans.copy', { planId: plan.id, year: v.year, header: headerOf(v) }), t('plans.list.copied', { year: v.year }));
    if (detail) onDone(detail.plan.id);
  };
  const profile = useLedgerQuery('profile.get', undefined);
  if (!profile.data && !profile.error) return null;
  const next = headerFor(plan, plan.year + 1);
  return (
    <FormModal
      title={t('plans.list.copyTitle', { title: plan.title })}
      okText={t('plans.list.copy')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="copy-submit"
      width={760}
    >
      <Form<PlanHeaderValues>
        form={form}
        layout="vertical"
        initialValues={{ ...next, docNumber: '', issuingUnit: profile.data?.bureauName ?? '' }}
        onValuesChange={(changed: Partial<PlanHeaderValues>) => {
          if (typeof changed.year === 'number' && changed.year > plan.year) {
            const moved = headerFor(plan, changed.year);
            form.setFieldsValue(untouched(form, { title: moved.title, issueDate: moved.issueDate, summaryDue: moved.summaryDue }));
          }
        }}
        onFinish={(v) => void submit(v)}
        data-testid="copy-form"
      >
        <Typography.Paragraph type="secondary">{t('plans.list.copyHelp')}</Typography.Paragraph>
        <PlanHeaderItems />
      </Form>
    </FormModal>
  );
}
