import { ClockCircleOutlined } from '@ant-design/icons';
import { Space, Steps, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GiUserDetail } from '../../../../shared/gi/types';
import { approvalChain } from '../../../../shared/gi/flags';
import { stepLabelKey } from './step-label';

const COLORS: Record<string, string> = { applied: 'blue', announced: 'green', suspended: 'orange', approved: 'green', cancelled: 'gray' };

/** The approval chain at a glance (steps) and every entry with its date, actor and note (timeline). */
export function ApprovalTimeline({ detail }: { detail: GiUserDetail }) {
  const { t } = useTranslation();
  const r = detail.record;
  const dates = { county_review: r.countyReviewDate, league_review: r.leagueReviewDate, region_review: r.regionReviewDate, announced: r.announcedDate };
  // The chain of this GI's kind (product: county → league → region → 核准公告; mark GIs: 备案 only).
  const steps = approvalChain(detail.gi.kind).steps;
  const reached = steps.reduce((last, s, i) => (dates[s] ? i : last), -1);
  const items = detail.events.map((e) => ({
    key: e.id,
    color: COLORS[e.step] ?? 'blue',
    title: e.date,
    content: (
      <Space direction="vertical" size={2} data-testid={`gi-timeline-${e.step}`}>
        <Typography.Text strong>{t(stepLabelKey(e.step, detail.gi.kind))}</Typography.Text>
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
        // Item 0 is the application; the next step to do is steps[reached + 1], i.e. item reached + 2.
        current={reached + 2}
        status={r.status === 'cancelled' ? 'error' : undefined}
        items={[
          { title: t('gi.step.applied'), description: r.appliedDate },
          ...steps.map((s) => ({ title: t(stepLabelKey(s, detail.gi.kind)), description: dates[s] ?? '' })),
        ]}
        data-testid="approval-steps"
      />
      <Timeline mode="start" items={[...items, ...waiting]} data-testid="approval-timeline" />
    </Space>
  );
}
