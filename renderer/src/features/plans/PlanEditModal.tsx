import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanDetail, PlanRecord, PlanSection } from '../../../../shared/plans/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';

export interface PlanHeaderValues {
  docNumber: string;
  title: string;
  year: number;
  issuingUnit: string;
  issueDate: string | null;
  summaryDue: string | null;
}

/** The fields every new plan asks for: title, 文号, year, issuer, issue and summary dates. */
export function PlanHeaderItems() {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('cases.field.required') };
  return (
    <Row gutter={12}>
      <Col span={24}>
        <Form.Item name="title" label={t('plans.field.title')} rules={[required]}>
          <Input maxLength={200} showCount data-testid="plan-field-title" />
        </Form.Item>
      </Col>
      <Col span={10}>
        <Form.Item name="docNumber" label={t('plans.field.docNumber')} extra={t('plans.edit.docNumberHelp')}>
          <Input maxLength={60} data-testid="plan-field-docNumber" />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name="year" label={t('plans.field.year')} rules={[{ required: true, message: t('cases.field.required') }]}>
          <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: '100%' }} data-testid="plan-field-year" />
        </Form.Item>
      </Col>
      <Col span={10}>
        <Form.Item name="issuingUnit" label={t('plans.field.issuingUnit')}>
          <Input maxLength={100} data-testid="plan-field-issuingUnit" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="issueDate" label={t('plans.field.issueDate')} rules={[{ required: true, message: t('cases.field.required') }]} {...isoDateItemProps}>
          <DatePicker style={{ width: '100%' }} data-testid="plan-field-issueDate" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="summaryDue"
          label={t('plans.field.summaryDue')}
          dependencies={['issueDate']}
          {...isoDateItemProps}
          rules={[
            { required: true, message: t('cases.field.required') },
            ({ getFieldValue }) => ({
              validator: (_r, v: string | null) =>
                !v || !getFieldValue('issueDate') || v >= (getFieldValue('issueDate') as string)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.dates_out_of_order'))),
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="plan-field-summaryDue" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** What the header fields hold, ready for the contract (dates required by the form). */
export function headerOf(v: PlanHeaderValues) {
  return {
    docNumber: v.docNumber?.trim() ?? '',
    title: v.title.trim(),
    year: v.year,
    issuingUnit: v.issuingUnit?.trim() ?? '',
    issueDate: v.issueDate ?? '',
    summaryDue: v.summaryDue ?? '',
  };
}

interface Values extends PlanHeaderValues {
  notes: string;
  sections: PlanSection[];
}

/** A blank plan (plan null) or every field of an existing one: header, notes and body sections. */
export function PlanEditModal({
  plan,
  defaults,
  onClose,
  onDone,
}: {
  plan: PlanRecord | null;
  defaults?: Partial<Values>;
  onClose: () => void;
  onDone: (d: PlanDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const submit = async (v: Values) => {
    const d = await run(
      () =>
        call('plans.save', {
          id: plan?.id,
          fields: {
            ...headerOf(v),
            notes: v.notes?.trim() ?? '',
            sections: (v.sections ?? []).map((s) => ({ number: s.number ?? '', title: s.title, text: s.text ?? '' })),
          },
        }),
      plan ? t('plans.edit.saved') : t('plans.list.created'),
    );
    if (d) onDone(d);
  };
  const year = new Date().getFullYear();
  return (
    <FormModal
      title={plan ? t('plans.edit.title') : t('plans.edit.newTitle')}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="plan-edit-submit"
      width={820}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          plan ? { ...plan } : { docNumber: '', title: '', year, issuingUnit: '', issueDate: null, summaryDue: null, notes: '', sections: [], ...defaults }
        }
        onFinish={(v) => void submit(v)}
        data-testid="plan-edit-form"
      >
        <PlanHeaderItems />
        <Form.Item name="notes" label={t('plans.field.notes')}>
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 1, maxRows: 4 }} data-testid="plan-field-notes" />
        </Form.Item>
        <Typography.Text strong>{t('plans.edit.sections')}</Typography.Text>
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <div data-testid="plan-sections">
              {fields.map((field, i) => (
                <Row gutter={8} key={field.key} align="top" style={{ marginTop: 8 }}>
                  <Col span={3}>
                    <Form.Item name={[field.name, 'number']} label={i === 0 ? t('plans.edit.sectionNo') : undefined}>
                      <Input maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      name={[field.name, 'title']}
                      label={i === 0 ? t('plans.edit.sectionTitle') : undefined}
                      rules={[{ required: true, whitespace: true, message: t('cases.field.required') }]}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col span={13}>
                    <Form.Item name={[field.name, 'text']} label={i === 0 ? t('plans.edit.sectionText') : undefined}>
                      <Input.TextArea maxLength={20_000} autoSize={{ minRows: 1, maxRows: 6 }} />
                    </Form.Item>
                  </Col>
                  <Col span={2} style={i === 0 ? { paddingTop: 30 } : undefined}>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('plans.edit.removeSection')} />
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                onClick={() => add({ number: '', title: '', text: '' })}
                data-testid="plan-section-add"
              >
                {t('plans.edit.addSection')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
