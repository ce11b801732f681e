import { ClockCircleOutlined } from '@ant-design/icons';
import { Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineState } from '../../../../shared/cases/deadlines';
import { useState } from 'react';
import type { CaseDetail, CaseEvent } from '../../../../shared/cases/types';
import { localIsoDate } from '../../../../shared/calendar';
import { DeadlineTag } from '../../components/DeadlineTag';
import { EditStageModal } from './EditStageModal';

/** "[no_notice,not_filed] reason" as the translated warnings and the clerk's reason. */
function overrideText(stored: string, t: (key: string, opts?: Record<string, unknown>) => string): string {
  const m = /^\[([a-z_,]+)\] ?(.*)$/s.exec(stored);
  const reason = m ? [...(m[1] ?? '').split(',').map((w) => t(`cases.procedureWarning.${w}`)), m[2] ?? ''].filter(Boolean).join(t('common.listSeparator')) : stored;
  return t('cases.detail.overrideReason', { reason });
}

/** Every stage change with its date, document number and actor; pending legal deadlines at the end. */
export function StageTimeline({ detail, onChange }: { detail: CaseDetail; onChange: (d: CaseDetail) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<CaseEvent | null>(null);
  const today = localIsoDate();
  const items = detail.events.map((e) => ({
    key: e.id,
    color: e.stage.startsWith('TRANSFER') ? 'purple' : e.stage === 'CLOSE' ? 'gray' : 'blue',
    title: e.date,
    content: (
      <Space direction="vertical" size={2} data-testid={`timeline-${e.stage}`}>
        <Typography.Text strong>{t(`cases.stage.${e.stage}`)}</Typography.Text>
        {e.docNumber ? (
          <Typography.Text className="mono">{t('common.labelValue', { label: t('cases.timeline.docNumber'), value: e.docNumber })}</Typography.Text>
        ) : null}
        {e.outcome ? <Tag>{t(`cases.outcome.${e.outcome}`)}</Tag> : null}
        {e.receiver ? (
          <Typography.Text>
            {t('common.labelValue', { label: t('cases.timeline.receiver'), value: e.receiver })}
            {e.persons !== null ? ` · ${t('common.labelValue', { label: t('cases.timeline.persons'), value: e.persons })}` : ''}
          </Typography.Text>
        ) : null}
        {e.note ? <Typography.Text type="secondary">{e.note}</Typography.Text> : null}
        {e.overrideReason ? (
          <Typography.Text type="warning" data-testid={`override-${e.stage}`}>
            {overrideText(e.overrideReason, t)}
          </Typography.Text>
        ) : null}
        <Space size={8}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.labelValue', { label: t('cases.timeline.actor'), value: e.actor })}
          </Typography.Text>
          <Typography.Link style={{ fontSize: 12 }} onClick={() => setEditing(e)} data-testid={`edit-stage-${e.stage}`}>
            {t('cases.timeline.edit')}
          </Typography.Link>
        </Space>
      </Space>
    ),
  }));
  const pending = detail.deadlines.map((d) => ({
    key: `due-${d.kind}`,
    color: 'gray',
    icon: <ClockCircleOutlined />,
    title: t('cases.timeline.due', { date: d.due }),
    content: <DeadlineTag deadline={d} state={deadlineState(d.due, today)} />,
  }));
  return (
    <>
      <Timeline mode="start" items={[...items, ...pending]} data-testid="stage-timeline" />
      {editing ? (
        <EditStageModal
          caseId={detail.record.id}
          event={editing}
          onClose={() => setEditing(null)}
          onDone={(d) => {
            setEditing(null);
            onChange(d);
          }}
        />
      ) : null}
    </>
  );
}
