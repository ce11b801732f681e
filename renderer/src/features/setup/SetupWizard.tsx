/** First run: unit → bureau → operator. One form across the steps so nothing typed is lost going back. */
import { Alert, App as AntApp, Button, Card, Flex, Form, Space, Steps, Tag, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultBureauName, defaultCasePrefix, roleOfLevel, type Unit } from '../../../../shared/units';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { BureauNameItem, CasePrefixItem, OperatorNameItem } from '../../components/ProfileFormItems';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';

interface WizardValues {
  unitCode?: string;
  bureauName?: string;
  casePrefix?: string;
  operatorName?: string;
}

const STEP_FIELDS: (keyof WizardValues)[][] = [['unitCode'], ['bureauName', 'casePrefix'], ['operatorName']];

export function SetupWizard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const profileSaved = useAppStore((s) => s.profileSaved);
  const units = useLedgerQuery('reference.units', undefined);
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState(false);
  const unitCode = Form.useWatch('unitCode', form);
  const unit = units.data?.find((u) => u.code === unitCode);
  const role = unit ? roleOfLevel(unit.level) : null;

  const options = useMemo(() => groupUnits(units.data ?? [], t('common.nonGbt')), [units.data, t]);

  const onUnitChange = (code: string) => {
    const chosen = units.data?.find((u) => u.code === code);
    if (!chosen) return;
    // Suggest names for the unit; keep what the user already typed for a previous choice only if edited.
    if (!form.isFieldTouched('bureauName')) form.setFieldValue('bureauName', defaultBureauName(chosen));
    if (!form.isFieldTouched('casePrefix')) form.setFieldValue('casePrefix', defaultCasePrefix(chosen, units.data ?? []));
  };

  const next = async () => {
    await form.validateFields(STEP_FIELDS[step]);
    if (step < 2) {
      setStep(step + 1);
      return;
    }
    const values = form.getFieldsValue(true) as Required<WizardValues>;
    // Fields of earlier steps are unmounted now; check them again before saving.
    if (!values.unitCode || !values.bureauName || !values.casePrefix) {
      setStep(!values.unitCode ? 0 : 1);
      return;
    }
    setSaving(true);
    try {
      const profile = await call('profile.setup', {
        unitCode: values.unitCode,
        bureauName: values.bureauName,
        casePrefix: values.casePrefix,
        operatorName: values.operatorName,
      });
      void message.success(t('setup.finished'));
      profileSaved(profile);
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex justify="center" align="flex-start" className="setup-page">
      <Card className="setup-card" data-testid="setup-wizard">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.title')} · {t('setup.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
        <Steps
          current={step}
          items={[{ title: t('setup.steps.unit') }, { title: t('setup.steps.bureau') }, { title: t('setup.steps.operator') }]}
          style={{ margin: '24px 0 32px' }}
        />
        {units.error ? <QueryError error={units.error} onRetry={units.reload} /> : null}
        <Form<WizardValues> form={form} layout="vertical" requiredMark={false} onFinish={() => void next()}>
          {/* Only the current step's fields are mounted, so Enter validates just them; the form keeps the others' values. */}
          {step === 0 ? (
            <div>
              <Form.Item
                name="unitCode"
                label={t('setup.unitLabel')}
                extra={t('setup.unitHelp')}
                rules={[{ required: true, message: t('setup.unitRequired') }]}
              >
                <PinyinSelect
                  size="large"
                  autoFocus
                  loading={units.loading}
                  placeholder={t('setup.unitPlaceholder')}
                  options={options}
                  onChange={onUnitChange}
                  data-testid="unit-select"
                />
              </Form.Item>
              {role ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Text>
                    {t('setup.roleResult')}
                    <Tag color={role === 'league' ? 'purple' : 'blue'}>{t(`role.${role}`)}</Tag>
                  </Typography.Text>
                  {unit && !unit.inGbt2260 ? <Alert type="warning" showIcon title={t('setup.nonGbtNotice')} /> : null}
                </Space>
              ) : null}
            </div>
          ) : null}
          {step === 1 ? (
            <div>
              <BureauNameItem size="large" autoFocus />
              <CasePrefixItem size="large" />
            </div>
          ) : null}
          {step === 2 ? (
            <div>
              <OperatorNameItem size="large" autoFocus />
            </div>
          ) : null}
          <Flex justify="space-between" style={{ marginTop: 24 }}>
            <Button size="large" disabled={step === 0} onClick={() => setStep(step - 1)}>
              {t('common.back')}
            </Button>
            <Button size="large" type="primary" htmlType="submit" loading={saving}>
              {step < 2 ? t('common.next') : t('setup.finish')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}

/** Select options grouped by league, league first, searchable by name, short name or code. */
function groupUnits(units: Unit[], nonGbtLabel: string) {
  const leagues = units.filter((u) => u.level === 'prefecture');
  return leagues.map((league) => ({
    label: league.name,
    title: league.name,
    options: units
      .filter((u) => u.code === league.code || u.parentCode === league.code)
      .map((u) => ({
        value: u.code,
        search: `${u.name} ${u.shortName} ${u.code}`,
        label: (
          <Flex justify="space-between" gap={8}>
            <span>
              {u.name}
              {u.inGbt2260 ? null : <Typography.Text type="warning"> · {nonGbtLabel}</Typography.Text>}
            </span>
            <Typography.Text type="secondary">{u.code}</Typography.Text>
          </Flex>
        ),
      })),
  }));
}
