import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Deadline, DeadlineState } from '../../../shared/cases/deadlines';
import { daysBetween, localIsoDate } from '../../../shared/calendar';

const COLORS: Record<DeadlineState, string> = { overdue: 'error', due_soon: 'warning', ok: 'default' };

/** "超期 3 天" / "2 天后到期" / "2026-12-10 前", with what the deadline is for. */
export function DeadlineTag({ deadline, state }: { deadline: Deadline; state: DeadlineState }) {
  const { t } = useTranslation();
  const days = daysBetween(localIsoDate(), deadline.due);
  const text =
    state === 'overdue'
      ? t('cases.deadlineState.overdue', { days: -days })
      : state === 'due_soon'
        ? days === 0
          ? t('cases.deadlineState.dueToday')
          : t('cases.deadlineState.dueSoon', { days })
        : t('cases.deadlineState.ok', { date: deadline.due });
  return (
    <Tooltip title={`${t(`cases.deadlineKind.${deadline.kind}`)} · ${deadline.due}`}>
      <Tag color={COLORS[state]} data-testid={`deadline-${state}`}>
        {t(`cases.deadlineKind.${deadline.kind}`)} · {text}
      </Tag>
    </Tooltip>
  );
}
