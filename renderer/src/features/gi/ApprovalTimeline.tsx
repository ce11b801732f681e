import { ClockCircleOutlined } from '@ant-design/icons';
import { Space, Steps, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GiUserDetail } from '../../../../shared/gi/types';
import { APPROVAL_STEPS } from '../../../../shared/gi/vocabulary';

const COLORS: Record<string, string> = { applied: 'blue', announced: 'green', suspended: 'orange', approved: 'green', cancelled: 'gray' };

/** The approval chain at a glance (steps) and every entry with its date, actor and note (timeline). */
export function ApprovalTimeline({ detail }: { detail: GiUserDetail }) {
  const { t } = useTranslation();
  const r = detail.record;
  const dates = { county_review: r.countyReviewDate, league_review: r.leagueReviewDate, region_review: r.regionReviewDate, announced: r.announcedDate };
  const reached = APPROVAL_STEPS.reduce((last, s, i) => (dates[s] ? i : last), -1);
  const items = detail.events.map((e) => ({
    key: e.id,
    color: COLORS[e.step] ?? 'blue',
    title: e.date,
    content: (
      <Space direction="vertical" size={2} data-testid={`gi-timeline-${e.step}`}>
        <Typography.Text strong>{t(`gi.step.${e.step}`)}</Typography.Text>
        {e.siteCheckDate ? (
          <Typography.Text>{t('common.labelValue', { label: t('gi.stepForm.siteCheckDate'), value: e.siteCheckDate })}</Typography.Text>
        ) : null}
        {e.announcementNumber ? (
          <Typography.Text className="mono">
            {t('common.labelValue', { label: t('gi.stepForm.announcementNumber'), value: e.announcementNumber })}
          </Typography.Text>
        ) : null}
        {e.note ? <Typography.Text type="secondary">{e.note}</Typography.Text> : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('common.labelValue', { label: t('cases.timeline.actor'), value: e.actor })}
        </Typography.Text>
      </Space>
    ),
  }));
  const waiting =
    detail.reviewWaitingWorkdays !== null
      ? [
          {
            key: 'waiting',
            color: detail.flags.includes('review_overdue') ? 'red' : 'gray',
            icon: <ClockCircleOutlined />,
            title: t('gi.detail.reviewPending'),
            content: t('gi.detail.reviewWaiting', { days: detail.reviewWaitingWorkdays, limit: detail.reviewLimitWorkdays }),
          },
        ]
      : [];
  return (
    <Space direction="vertical" size={24} style={{ width: '100%' }}>
      <Steps
        size="small"
        // Item 0 is the application; the next step to do is APPROVAL_STEPS[reached + 1], i.e. item reached + 2.
        current={reached + 2}
        status={r.status === 'cancelled' ? 'error' : undefined}
        items={[
          { title: t('gi.step.applied'), description: r.appliedDate },
          ...APPROVAL_STEPS.map((s) => ({ title: t(`gi.step.${s}`), description: dates[s] ?? '' })),
        ]}
        data-testid="approval-steps"
      />
      <Timeline mode="start" items={[...items, ...waiting]} data-testid="approval-timeline" />
    </Space>
  );
}
