import { FolderOpenOutlined } from '@ant-design/icons';
import { PlausibilityCard } from './PlausibilityCard';
import { Alert, App as AntApp, Button, Card, Col, Form, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type ProfileEdit } from '../../../../shared/profile';
import { call, transportName } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { IdentityDescriptions } from '../../components/IdentityDescriptions';
import { BureauNameItem, CasePrefixItem, OperatorNameItem } from '../../components/ProfileFormItems';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { useRoute } from '../../state/route';

export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { profile, profileSaved, language, changeLanguage } = useAppStore();
  const setUnsavedChanges = useRoute((s) => s.setUnsavedChanges);
  const about = useLedgerQuery('app.about', undefined);
  const [form] = Form.useForm<ProfileEdit>();
  const [saving, setSaving] = useState(false);
  if (!profile) return null;

  const save = async (values: ProfileEdit) => {
    setSaving(true);
    try {
      profileSaved(await call('profile.update', values));
      form.resetFields();
      setUnsavedChanges(false);
      void message.success(t('common.saved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };

  const openLogFolder = async () => {
    if (transportName() !== 'electron') {
      void message.info(t('settings.logFolderDesktopOnly'));
      return;
    }
    try {
      const opened = await call('app.openLogFolder');
      void message.success(t('settings.logFolderOpened', { path: opened.path }));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  const switchLanguage = async (next: Language) => {
    try {
      await changeLanguage(next);
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={t('settings.profile')}>
          <Alert
            type="info"
            showIcon
            title={`${t('common.labelValue', { label: t('home.unit'), value: t('common.nameWithCode', { name: profile.unitName, code: profile.unitCode }) })} · ${t(`role.${profile.role}`)}`}
            description={t('settings.unitFixed')}
            style={{ marginBottom: 24 }}
          />
          <Form<ProfileEdit>
            form={form}
            layout="vertical"
            requiredMark={false}
            initialValues={{ bureauName: profile.bureauName, casePrefix: profile.casePrefix, operatorName: profile.operatorName }}
            onFinish={(v) => void save(v)}
            onValuesChange={() => setUnsavedChanges(form.isFieldsTouched())}
          >
            <BureauNameItem />
            <CasePrefixItem />
            <OperatorNameItem />
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('settings.language')} style={{ marginBottom: 16 }}>
          <Radio.Group
            value={language}
            optionType="button"
            buttonStyle="solid"
            onChange={(e) => void switchLanguage(e.target.value as Language)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            data-testid="language-switch"
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('settings.languageHelp')}
          </Typography.Paragraph>
        </Card>
        <Card title={t('settings.identity')}>
          {about.error ? <QueryError error={about.error} onRetry={about.reload} /> : null}
          {about.data ? <IdentityDescriptions about={about.data} layout="vertical" /> : null}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('settings.dataLocation')}
          </Typography.Paragraph>
        </Card>
        <Card title={t('settings.logs')} style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{t('settings.logsHelp')}</Typography.Paragraph>
          <Button icon={<FolderOpenOutlined />} onClick={() => void openLogFolder()} data-testid="open-log-folder">
            {t('settings.openLogFolder')}
          </Button>
        </Card>
        <PlausibilityCard />
      </Col>
    </Row>
  );
}
