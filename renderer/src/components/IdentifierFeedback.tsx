import { Alert, Checkbox, Form, type FormItemProps } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { IdentifierCheck } from '../../../shared/identifiers';

/**
 * Form.Item props for an identifier checked as typed (USCC, ID card): error and warning texts,
 * the normalised value it will be saved as, and a rule that blocks saving a malformed number.
 */
export function identifierItemProps(t: TFunction, check: IdentifierCheck | null, typed: string | undefined, idleHelp?: string) {
  const errors = check?.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = check?.problems.filter((p) => p.severity === 'warning') ?? [];
  const itemProps: Pick<FormItemProps, 'validateStatus' | 'hasFeedback' | 'help' | 'rules'> = {
    validateStatus: errors.length ? 'error' : warnings.length ? 'warning' : check ? 'success' : undefined,
    // Always true: antd wraps the input in an affix wrapper when hasFeedback is set, so toggling it
    // with the first typed character (or when the field is cleared) remounted the <input> and the
    // focus jumped to the page (issue 17). The icon itself follows validateStatus.
    hasFeedback: true,
    help:
      errors.length || warnings.length
        ? [...errors, ...warnings].map((p) => t(`identifiers.${p.code}`)).join(' · ')
        : check && check.value !== (typed ?? '')
          ? t('cases.party.normalized', { value: check.value })
          : check
            ? t('cases.party.valid')
            : idleHelp,
    rules: [
      {
        validator: async () => {
          if (errors.length) throw new Error(errors.map((p) => t(`identifiers.${p.code}`)).join(' · '));
        },
      },
    ],
  };
  return { itemProps, needsConfirmation: warnings.length > 0 && errors.length === 0 };
}

/** A number whose check fails is saved only after the clerk ticks that it was checked against the original. */
export function ConfirmIdentifierAlert({ name, testId }: { name: NamePath; testId: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('cases.party.confirmRequired')}
      description={
        <Form.Item
          name={name}
          valuePropName="checked"
          style={{ marginBottom: 0 }}
          rules={[{ validator: async (_r, v: boolean) => (v ? undefined : Promise.reject(new Error(t('cases.party.confirmMissing')))) }]}
        >
          <Checkbox data-testid={testId}>{t('cases.party.confirm')}</Checkbox>
        </Form.Item>
      }
    />
  );
}
