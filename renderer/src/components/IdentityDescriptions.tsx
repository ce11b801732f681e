/** This installation's identity: what the league checks on the first import of our bundles. */
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import type { AppAbout } from '../../../shared/profile';

export function IdentityDescriptions({ about, layout = 'horizontal' }: { about: AppAbout; layout?: 'horizontal' | 'vertical' }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small" layout={layout}>
      <Descriptions.Item label={t('home.keyFingerprint')}>
        <Typography.Text code copyable data-testid="key-fingerprint">
          {about.keyFingerprint}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('home.installationId')}>
        <Typography.Text code>{about.installationId}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('home.schemaVersion')}>
        v{about.schemaVersion} · {t('home.appVersion')} {about.appVersion}
      </Descriptions.Item>
      <Descriptions.Item label={t('home.installedAt')}>{formatDateTime(about.installedAt)}</Descriptions.Item>
    </Descriptions>
  );
}
