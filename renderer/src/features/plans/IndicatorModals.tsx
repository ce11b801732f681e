import { Button, Form, Input, InputNumber, Modal, Table } from 'antd';
import { lengthCount, lengthRule, numberRules } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import type { IndicatorCell, IndicatorRecord } from '../../../../shared/plans/types';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { periodLabel } from './period-label';

/** The league sets (or clears) a unit's target for a year. */
export function TargetModal({
  indicator,
  unit,
  cell,
  year,
  onClose,
  onDone,
}: {
  indicator: IndicatorRecord;
  unit: { code: string; name: string };
  cell: IndicatorCell;
  year: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ value: number | null; note: string }>();
  const { saving, run } = useMutation();
  const submit = async (v: { value: number | null; note: string }) => {
    const done = await run(
      () => call('indicators.saveTarget', { indicatorId: indicator.id, year, targetUnit: unit.code, value: v.value ?? null, note: (v.note ?? '').trim() }),
      t('plans.indicators.targetSaved'),
    );
    if (done) onDone();
  };
  return (
    <FormModal
      title={t('plans.indicators.targetTitle', { name: indicator.name, unit: unit.name, year })}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="target-submit"
    >
      <Form form={form} layout="vertical" initialValues={{ value: cell.target, note: cell.targetNote }} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="value"
          label={t('plans.indicators.targetValue', { unit: indicator.unit })}
          extra={t('plans.indicators.targetClear')}
          rules={numberRules(t, { max: 1e12 })}
        >
          <InputNumber<number> style={{ width: '100%' }} data-testid="target-value" />
        </Form.Item>
        <Form.Item rules={[lengthRule(t, 200)]} name="note" label={t('plans.indicators.note')}>
          <Input count={lengthCount(200)} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface ValueValues {
  period: string;
  value: number;
  source: string;
  note: string;
}

/** This unit's values of an indicator: the list, and a form to add or correct one period. */
export function ValueModal({ indicator, year, onClose }: { indicator: IndicatorRecord; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ValueValues>();
  const values = useLedgerQuery('indicators.values', { indicatorId: indicator.id }, indicator.id);
  const { saving, run } = useMutation();
  const periods = [String(year), ...[1, 2, 3, 4].map((q) => `${year}Q${q}`)];
  const submit = async (v: ValueValues) => {
    const done = await run(
      () =>
        call('indicators.saveValue', {
          indicatorId: indicator.id,
          period: v.period,
          value: v.value,
          source: (v.source ?? '').trim(),
          note: (v.note ?? '').trim(),
        }),
      t('plans.indicators.valueSaved'),
    );
    if (done) {
      values.reload();
      form.resetFields(['value', 'note']);
    }
  };
  return (
    <Modal open title={t('plans.indicators.valueTitle', { name: indicator.name })} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<ValueValues>
        form={form}
        layout="inline"
        initialValues={{ period: String(year), source: '' }}
        onFinish={(v) => void submit(v)}
        style={{ rowGap: 8, marginBottom: 16 }}
        data-testid="value-form"
      >
        <Form.Item name="period" rules={[{ required: true, message: t('cases.field.required') }]}>
          <PinyinSelect style={{ width: 140 }} options={periods.map((p) => ({ value: p, label: periodLabel(t, p) }))} />
        </Form.Item>
        <Form.Item name="value" rules={[{ required: true, message: t('cases.field.required') }, ...numberRules(t, { max: 1e12 })]}>
          <InputNumber<number>
            placeholder={t('plans.indicators.valuePlaceholder', { unit: indicator.unit })}
            style={{ width: 150 }}
            data-testid="value-input"
          />
        </Form.Item>
        <Form.Item rules={[lengthRule(t, 200)]} name="source">
          <Input placeholder={t('plans.indicators.source')} count={lengthCount(200)} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="value-submit">
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={values.loading}
        dataSource={values.data ?? []}
        locale={{ emptyText: t('plans.indicators.noValues') }}
        columns={[
          { title: t('plans.reportForm.period'), key: 'period', render: (_v, r) => periodLabel(t, r.period) },
          { title: t('plans.indicators.value'), dataIndex: 'value' },
          { title: t('plans.indicators.source'), dataIndex: 'source' },
          { title: t('plans.indicators.reportedBy'), dataIndex: 'reportedBy' },
        ]}
      />
    </Modal>
  );
}
