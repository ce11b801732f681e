import { Progress, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskStanding } from '../../../../shared/plans/periods';
import type { ReportStatus, TaskState } from '../../../../shared/plans/vocabulary';

const STATE_COLORS: Record<TaskState, string> = { overdue: 'red', due_soon: 'orange', open: 'blue', done: 'green' };
export const STATUS_COLORS: Record<ReportStatus, string> = { not_started: 'default', in_progress: 'processing', done: 'success', blocked: 'error' };

/** Where a task stands: 已超期 3 天 / 7 天内到期 / 待报送 / 已完成. */
export function StandingTag({ standing }: { standing: TaskStanding }) {
  const { t } = useTranslation();
  const days = standing.daysLeft ?? 0;
  const text =
    standing.state === 'overdue'
      ? t('plans.state.overdueDays', { days: -days })
      : standing.state === 'due_soon'
        ? t('plans.state.dueSoonDays', { days })
        : t(`plans.state.${standing.state}`);
  return (
    <Tag color={STATE_COLORS[standing.state]} data-testid={`standing-${standing.state}`}>
      {text}
    </Tag>
  );
}

export function ReportStatusTag({ status, percent }: { status: ReportStatus; percent?: number }) {
  const { t } = useTranslation();
  return (
    <Space size={6}>
      <Tag color={STATUS_COLORS[status]}>{t(`plans.status.${status}`)}</Tag>
      {percent !== undefined && status !== 'not_started' ? <Progress percent={percent} size="small" style={{ width: 80, margin: 0 }} /> : null}
    </Space>
  );
}
