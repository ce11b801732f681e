import { ArrowLeftOutlined, EditOutlined, ForwardOutlined, PauseCircleOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GiUserDetail } from '../../../../shared/gi/types';
import type { StatusAction } from '../../../../shared/gi/vocabulary';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useWriteResult } from '../../api/use-write-result';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { useRoute } from '../../state/route';
import { ApprovalTimeline } from './ApprovalTimeline';
import { FlagTags, UserStatusTag } from './FlagTags';
import { showGi, userBack } from './gi-route';
import { InspectionsPanel } from './InspectionsPanel';
import { ReportsPanel } from './ReportsPanel';
import { StatusModal } from './StatusModal';
import { StepModal } from './StepModal';
import { UserHistoryPanel } from './UserHistoryPanel';
import { UserInfo } from './UserInfo';

export function UserDetailView({ id }: { id: string }) {
  const query = useLedgerQuery('gi.user', { id }, id);
  const [detail, setLatest] = useWriteResult(id, query.data);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  if (!detail) return <Spin />;
  return <DetailBody detail={detail} onChange={setLatest} />;
}

function DetailBody({ detail, onChange }: { detail: GiUserDetail; onChange: (d: GiUserDetail) => void }) {
  const { t } = useTranslation();
  const list = useRoute((s) => s.lists.gi);
  const role = useAppStore((s) => s.profile?.role);
  const [tab, setTab] = useState('info');
  const [modal, setModal] = useState<'step' | StatusAction | null>(null);
  const r = detail.record;
  const back = userBack(list, r.giId);
  // Users are county records: the league reads them.
  const canWrite = role === 'county';
  const done = (d: GiUserDetail, nextTab?: string) => {
    setModal(null);
    onChange(d);
    if (nextTab) setTab(nextTab);
  };
  return (
    <div className="page-stack">
      <Card>
        <div className="toolbar">
          <Button icon={<ArrowLeftOutlined />} onClick={() => showGi(back)}>
            {back.view === 'attention' ? t('gi.backToAttention') : t('gi.backToUsers', { name: detail.gi.name })}
          </Button>
          <Space direction="vertical" size={4} style={{ flex: 1 }}>
            <Space wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="user-title">
                {r.enterpriseName}
              </Typography.Title>
              <UserStatusTag status={r.status} />
              <FlagTags flags={detail.flags} />
            </Space>
            <Space wrap>
              <Typography.Text className="mono">{r.uscc}</Typography.Text>
              <Typography.Text type="secondary">
                {detail.gi.name}
                {r.announcementNumber ? ` · ${r.announcementNumber}` : ''}
              </Typography.Text>
              {detail.reviewWaitingWorkdays !== null ? (
                <Typography.Text type={detail.flags.includes('review_overdue') ? 'danger' : 'secondary'} data-testid="review-waiting">
                  {t('gi.detail.reviewWaiting', { days: detail.reviewWaitingWorkdays, limit: detail.reviewLimitWorkdays })}
                </Typography.Text>
              ) : null}
            </Space>
          </Space>
          {canWrite ? (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => showGi({ view: 'editUser', params: { id: r.id } })} data-testid="user-edit">
                {t('gi.detail.edit')}
              </Button>
              {r.status === 'approved' ? (
                <Button icon={<PauseCircleOutlined />} onClick={() => setModal('suspended')} data-testid="user-suspend">
                  {t('gi.detail.suspend')}
                </Button>
              ) : null}
              {r.status === 'suspended' ? (
                <Button icon={<PlayCircleOutlined />} onClick={() => setModal('approved')} data-testid="user-resume">
                  {t('gi.detail.resume')}
                </Button>
              ) : null}
              {r.status !== 'cancelled' ? (
                <Button danger icon={<StopOutlined />} onClick={() => setModal('cancelled')} data-testid="user-cancel">
                  {t('gi.detail.cancel')}
                </Button>
              ) : null}
              {r.status === 'applying' ? (
                <Button type="primary" icon={<ForwardOutlined />} onClick={() => setModal('step')} data-testid="user-step">
                  {t('gi.detail.recordStep')}
                </Button>
              ) : null}
            </Space>
          ) : null}
        </div>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          data-testid="user-tabs"
          items={[
            { key: 'info', label: t('gi.detail.tabs.info'), children: <UserInfo detail={detail} /> },
            { key: 'timeline', label: t('gi.detail.tabs.timeline'), children: <ApprovalTimeline detail={detail} /> },
            {
              key: 'reports',
              label: t('gi.detail.tabs.reports', { count: detail.reports.length }),
              children: <ReportsPanel detail={detail} canWrite={canWrite} onChange={(d) => done(d)} />,
            },
            {
              key: 'inspections',
              label: t('gi.detail.tabs.inspections', { count: detail.inspections.length }),
              children: <InspectionsPanel detail={detail} canWrite={canWrite} onChange={(d) => done(d)} />,
            },
            {
              key: 'history',
              label: t('gi.detail.tabs.history'),
              children: <UserHistoryPanel userId={r.id} version={r.updatedAt + detail.reports.length + detail.inspections.length} />,
            },
          ]}
        />
      </Card>
      {modal === 'step' ? <StepModal detail={detail} onClose={() => setModal(null)} onDone={(d) => done(d, 'timeline')} /> : null}
      {modal && modal !== 'step' ? <StatusModal detail={detail} status={modal} onClose={() => setModal(null)} onDone={(d) => done(d, 'timeline')} /> : null}
    </div>
  );
}
