import { Col, DatePicker, Form, Input, Row, Spin } from 'antd';
import { lengthCount, lengthRule } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, TaskRecord } from '../../../../shared/plans/types';
import { CADENCES, type Cadence } from '../../../../shared/plans/vocabulary';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';
import { useCounties } from '../../components/use-league';

interface Values {
  sectionNo: string;
  title: string;
  description: string;
  leadUnits: string;
  supportingUnits: string;
  assignedUnits: string[];
  deadline: string | null;
  cadence: Cadence;
  evidenceRequired: string;
  indicatorCodes: string[];
}

/** Add or edit a task: what, who leads and supports, which counties report, by when and how often. */
export function TaskModal({
  planId,
  task,
  defaultDeadline,
  onClose,
  onDone,
}: {
  planId: string;
  task: TaskRecord | null;
  defaultDeadline: string;
  onClose: () => void;
  onDone: (d: PlanDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const counties = useCounties();
  const indicators = useLedgerQuery('indicators.list', undefined);
  const submit = async (v: Values) => {
    const d = await run(
      () =>
        call('plans.saveTask', {
          id: task?.id,
          fields: {
            planId,
            sectionNo: v.sectionNo ?? '',
            title: v.title,
            description: v.description ?? '',
            leadUnits: v.leadUnits ?? '',
            supportingUnits: v.supportingUnits ?? '',
            assignedUnits: v.assignedUnits,
            deadline: v.deadline ?? '',
            cadence: v.cadence,
            evidenceRequired: v.evidenceRequired ?? '',
            indicatorCodes: v.indicatorCodes ?? [],
          },
        }),
      t('plans.taskForm.saved'),
    );
    if (d) onDone(d);
  };
  return (
    <FormModal
      title={task ? t('plans.taskForm.editTitle') : t('plans.taskForm.addTitle')}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="task-submit"
      width={760}
    >
      {/* A new task is assigned to every county by default: the form mounts once they are known. */}
      {!task && counties.length === 0 ? (
        <Spin />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={
            task
              ? { ...task }
              : {
                  sectionNo: '',
                  title: '',
                  description: '',
                  leadUnits: '',
                  supportingUnits: '',
                  assignedUnits: counties.map((c) => c.value),
                  deadline: defaultDeadline,
                  cadence: 'once',
                  evidenceRequired: '',
                  indicatorCodes: [],
                }
          }
          onFinish={(v) => void submit(v)}
          data-testid="task-form"
        >
          <Row gutter={12}>
            <Col span={5}>
              <Form.Item rules={[lengthRule(t, 20)]} name="sectionNo" label={t('plans.task.sectionNo')}>
                <Input count={lengthCount(20)} />
              </Form.Item>
            </Col>
            <Col span={19}>
              <Form.Item
                name="title"
                label={t('plans.task.title')}
                rules={[lengthRule(t, 200), { required: true, whitespace: true, message: t('cases.field.required') }]}
              >
                <Input count={lengthCount(200)} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item rules={[lengthRule(t, 5000)]} name="description" label={t('plans.task.description')}>
                <Input.TextArea count={lengthCount(5000)} autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item rules={[lengthRule(t, 300)]} name="leadUnits" label={t('plans.task.leadUnits')}>
                <Input count={lengthCount(300)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item rules={[lengthRule(t, 300)]} name="supportingUnits" label={t('plans.task.supportingUnits')}>
                <Input count={lengthCount(300)} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="assignedUnits"
                label={t('plans.task.assignedUnits')}
                rules={[{ required: true, type: 'array', min: 1, message: t('plans.taskForm.assignRequired') }]}
              >
                <PinyinSelect mode="multiple" allowClear options={counties} data-testid="task-assigned" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="deadline" label={t('plans.task.deadline')} rules={[{ required: true, message: t('cases.field.required') }]} {...isoDateItemProps}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="cadence" label={t('plans.task.cadence')}>
                <PinyinSelect options={CADENCES.map((c) => ({ value: c, label: t(`plans.cadence.${c}`) }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="indicatorCodes" label={t('plans.task.indicators')}>
                <PinyinSelect mode="multiple" allowClear options={(indicators.data ?? []).map((i) => ({ value: i.code, label: i.name }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item rules={[lengthRule(t, 500)]} name="evidenceRequired" label={t('plans.task.evidenceRequired')}>
                <Input count={lengthCount(500)} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
    </FormModal>
  );
}
