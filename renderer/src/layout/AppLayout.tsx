import {
  AimOutlined,
  AuditOutlined,
  BarChartOutlined,
  CarryOutOutlined,
  SwapOutlined,
  DatabaseOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  HomeOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Space, Tag, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { transportName } from '../api/client';
import { ActionsPage } from '../features/actions/ActionsPage';
import { CasesPage } from '../features/cases/CasesPage';
import { GiPage } from '../features/gi/GiPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { CompletenessReport } from '../features/reports/CompletenessReport';
import { Dashboard } from '../features/reports/Dashboard';
import { ReportsPage } from '../features/reports/ReportsPage';
import { PlansPage } from '../features/plans/PlansPage';
import { ChangeLogPage } from '../features/changes/ChangeLogPage';
import { HomePage } from '../features/home/HomePage';
import { ReferencePage } from '../features/reference/ReferencePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useAppStore } from '../state/app-store';
import { useRoute } from '../state/route';
import { SECTIONS, type Section } from '../state/sections';
import { useLeaveGuard } from './use-leave-guard';

const ICONS: Record<Section, ReactNode> = {
  home: <HomeOutlined />,
  plans: <CarryOutOutlined />,
  cases: <FileSearchOutlined />,
  actions: <AimOutlined />,
  gi: <EnvironmentOutlined />,
  reports: <BarChartOutlined />,
  exchange: <SwapOutlined />,
  changes: <AuditOutlined />,
  reference: <DatabaseOutlined />,
  settings: <SettingOutlined />,
};

/** Each section's page. The layout is where features meet: home shows two screens of 统计报表. */
const PAGES: Record<Section, () => ReactNode> = {
  home: () => <HomePage dashboard={<Dashboard />} completeness={<CompletenessReport compact />} />,
  plans: () => <PlansPage />,
  cases: () => <CasesPage />,
  actions: () => <ActionsPage />,
  gi: () => <GiPage />,
  reports: () => <ReportsPage />,
  exchange: () => <ExchangePage />,
  changes: () => <ChangeLogPage />,
  reference: () => <ReferencePage />,
  settings: () => <SettingsPage />,
};

export function AppLayout() {
  const { t } = useTranslation();
  const guard = useLeaveGuard();
  const profile = useAppStore((s) => s.profile);
  const unsavedChanges = useRoute((s) => s.unsavedChanges);
  const section = useRoute((s) => s.route.section);
  const openSection = useRoute((s) => s.openSection);
  // Closing or reloading the window with unsaved edits asks first (the browser's own prompt).
  useEffect(() => {
    if (!unsavedChanges) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsavedChanges]);
  if (!profile) return null;
  // Another section's item shows its last screen; the current section's item its first screen.
  const navigate = (target: Section) => guard(() => openSection(target));
  return (
    <Layout className="app-layout">
      <Layout.Sider width={208} theme="light" className="app-sider" breakpoint="lg">
        <div className="app-brand">
          <Typography.Text strong className="app-brand-title">
            {t('app.title')}
          </Typography.Text>
          <Typography.Text type="secondary" className="app-brand-unit">
            {profile.unitName}
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[section]}
          onClick={({ key }) => navigate(key as Section)}
          items={SECTIONS.map((key) => ({ key, icon: ICONS[key], label: t(`nav.${key}`) }))}
          data-testid="main-nav"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t(`nav.${section}`)}
          </Typography.Title>
          <Space size="middle">
            {transportName() === 'preview' ? <Tag>{t('app.previewMode')}</Tag> : null}
            <Tag color={profile.role === 'league' ? 'purple' : 'blue'}>{t(`role.${profile.role}`)}</Tag>
            <Typography.Text data-testid="header-bureau">{profile.bureauName}</Typography.Text>
            <Typography.Text type="secondary">{t('home.operator', { name: profile.operatorName })}</Typography.Text>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">{PAGES[section]()}</Layout.Content>
      </Layout>
    </Layout>
  );
}
