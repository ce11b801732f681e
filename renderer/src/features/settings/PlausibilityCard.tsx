import { App as AntApp, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { numberRules } from '../../components/entry-rules';
import { DEFAULT_PLAUSIBILITY, usePlausibility, type Plausibility } from '../../components/plausibility';

/** 录入核对: the thresholds above which an amount or quantity warns (never refuses) on every form. */
export function PlausibilityCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Plausibility>();
  const thresholds = usePlausibility((s) => s.thresholds);
  const save = usePlausibility((s) => s.save);
  const limits = { min: 1, max: 1e13 };
  return (
    <Card title={t('settings.plausibility')} style={{ marginTop: 16 }} data-testid="plausibility-card">
      <Typography.Paragraph type="secondary">{t('settings.plausibilityHelp')}</Typography.Paragraph>
      <Form<Plausibility>
        form={form}
        layout="horizontal"
        labelCol={{ span: 10 }}
        initialValues={thresholds}
        onFinish={(v) => {
          save(v);
          void message.success(t('common.saved'));
        }}
      >
        <Form.Item
          name="amountYuan"
          label={t('settings.plausibilityAmount')}
          rules={[{ required: true, message: t('cases.field.required') }, ...numberRules(t, limits)]}
        >
          <InputNumber<number> style={{ width: '100%' }} data-testid="plausibility-amount" />
        </Form.Item>
        <Form.Item
          name="penaltyYuan"
          label={t('settings.plausibilityPenalty')}
          rules={[{ required: true, message: t('cases.field.required') }, ...numberRules(t, limits)]}
        >
          <InputNumber<number> style={{ width: '100%' }} data-testid="plausibility-penalty" />
        </Form.Item>
        <Form.Item
          name="quantity"
          label={t('settings.plausibilityQuantity')}
          rules={[{ required: true, message: t('cases.field.required') }, ...numberRules(t, limits)]}
        >
          <InputNumber<number> style={{ width: '100%' }} data-testid="plausibility-quantity" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="plausibility-save">
          {t('settings.plausibilityApply')}
        </Button>
        <Button type="link" onClick={() => form.setFieldsValue(DEFAULT_PLAUSIBILITY)}>
          {t('settings.plausibilityDefaults')}
        </Button>
      </Form>
    </Card>
  );
}
