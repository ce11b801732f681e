/** The office-profile fields, shared by the first-run wizard and the settings form. */
import { Form, Input } from 'antd';
import { lengthCount, lengthRule } from './entry-rules';
import type { SizeType } from 'antd/es/config-provider/SizeContext';
import { useTranslation } from 'react-i18next';
import { casePrefixSchema } from '../../../shared/profile';
import { formatCaseNumber } from '../../../shared/units';

interface ItemProps {
  size?: SizeType;
  autoFocus?: boolean;
}

export function BureauNameItem({ size, autoFocus }: ItemProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="bureauName"
      label={t('setup.bureauName')}
      rules={[lengthRule(t, 40), { required: true, whitespace: true, min: 2, max: 40, message: t('setup.bureauNameRequired') }]}
    >
      <Input size={size} count={lengthCount(40)} autoFocus={autoFocus} />
    </Form.Item>
  );
}

/** The prefix, validated with the same zod schema the main process applies, with a live example. */
export function CasePrefixItem({ size }: ItemProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const casePrefix = Form.useWatch('casePrefix', form) as string | undefined;
  return (
    <Form.Item
      name="casePrefix"
      label={t('setup.casePrefix')}
      extra={casePrefix ? t('setup.casePrefixPreview', { example: formatCaseNumber(casePrefix, new Date().getFullYear(), 1) }) : t('setup.casePrefixHelp')}
      rules={[
        lengthRule(t, 20),
        {
          validator: (_r, v: unknown) => (casePrefixSchema.safeParse(v).success ? Promise.resolve() : Promise.reject(new Error(t('setup.casePrefixRequired')))),
        },
      ]}
    >
      <Input size={size} count={lengthCount(20)} />
    </Form.Item>
  );
}

export function OperatorNameItem({ size, autoFocus }: ItemProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="operatorName"
      label={t('setup.operatorName')}
      extra={t('setup.operatorHelp')}
      rules={[lengthRule(t, 20), { required: true, whitespace: true, max: 20, message: t('setup.operatorRequired') }]}
    >
      <Input size={size} count={lengthCount(20)} autoFocus={autoFocus} />
    </Form.Item>
  );
}
