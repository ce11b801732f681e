import { Checkbox, Col, Form, Input, Row } from 'antd';
import { lengthCount, lengthRule } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsInput } from '../../../../shared/plans/schemas';
import type { IndicatorRecord } from '../../../../shared/plans/types';
import { ON_TIME_FORMULAS, PERIOD_RULES, UNIT_RULES } from '../../../../shared/plans/vocabulary';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';

/** The league edits an indicator's definition: name, unit, notes, how values combine, the on-time formula. */
export function IndicatorEditModal({ indicator, onClose, onDone }: { indicator: IndicatorRecord; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IndicatorFieldsInput>();
  const { saving, run } = useMutation();
  const submit = async (v: IndicatorFieldsInput) => {
    const done = await run(
      () => call('indicators.save', { id: indicator.id, fields: { ...v, code: indicator.code, computed: indicator.computed } }),
      t('plans.indicators.definitionSaved'),
    );
    if (done) onDone();
  };
  return (
    <FormModal
      title={t('plans.indicators.editDefinition', { name: indicator.name })}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="indicator-save"
      width={640}
    >
      <Form<IndicatorFieldsInput> form={form} layout="vertical" initialValues={indicator} onFinish={(v) => void submit(v)}>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item
              name="name"
              label={t('plans.indicators.indicator')}
              rules={[lengthRule(t, 80), { required: true, whitespace: true, message: t('cases.field.required') }]}
            >
              <Input count={lengthCount(80)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item rules={[lengthRule(t, 20)]} name="unit" label={t('fields.unit')}>
              <Input count={lengthCount(20)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item rules={[lengthRule(t, 1000)]} name="formulaNotes" label={t('fields.formula_notes')}>
              <Input.TextArea count={lengthCount(1000)} autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="periodRule" label={t('fields.period_rule')}>
              <PinyinSelect options={PERIOD_RULES.map((r) => ({ value: r, label: t(`plans.indicators.periodRule.${r}`) }))} disabled={!!indicator.computed} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unitRule" label={t('fields.unit_rule')}>
              <PinyinSelect options={UNIT_RULES.map((r) => ({ value: r, label: t(`plans.indicators.unitRule.${r}`) }))} disabled={!!indicator.computed} />
            </Form.Item>
          </Col>
          {indicator.computed === 'case_on_time_rate' ? (
            <Col span={24}>
              <Form.Item name="formula" label={t('fields.formula')} extra={t('plans.indicators.formulaHelp')}>
                <PinyinSelect
                  options={ON_TIME_FORMULAS.map((f) => ({ value: f, label: t(`plans.indicators.formula.${f}`) }))}
                  data-testid="indicator-formula"
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item name="active" valuePropName="checked">
              <Checkbox>{t('plans.indicators.active')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
