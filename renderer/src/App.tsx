import { App as AntApp, Button, ConfigProvider, Result, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SetupWizard } from './features/setup/SetupWizard';
import { AppLayout } from './layout/AppLayout';
import { useAppStore } from './state/app-store';

const THEME = { token: { colorPrimary: '#1d5fa8', borderRadius: 6, fontSize: 14 } };

export function App() {
  const { t } = useTranslation();
  const { phase, failure, language, load } = useAppStore();
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  }, [language]);

  let body;
  if (phase === 'loading') body = <Spin fullscreen tip={t('app.loading')} />;
  else if (phase === 'failed')
    body = (
      <Result
        status="error"
        title={t('app.openFailed')}
        subTitle={failure ? t(`errors.${failure.code}`) : ''}
        extra={
          <>
            {failure && (failure.code === 'ledger_too_new' || failure.code === 'unavailable') ? (
              <Typography.Paragraph type="secondary" style={{ maxWidth: 640, margin: '0 auto 16px' }}>
                {failure.detail}
              </Typography.Paragraph>
            ) : null}
            <Button onClick={() => void load()}>{t('common.retry')}</Button>
          </>
        }
        data-testid="open-failed"
      />
    );
  else if (phase === 'setup') body = <SetupWizard />;
  else body = <AppLayout />;

  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={THEME}>
      <AntApp>{body}</AntApp>
    </ConfigProvider>
  );
}
