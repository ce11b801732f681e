import { ArrowLeftOutlined, EditOutlined, ForwardOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineState } from '../../../../shared/cases/deadlines';
import type { CaseDetail } from '../../../../shared/cases/types';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useWriteResult } from '../../api/use-write-result';
import { QueryError } from '../../components/QueryError';
import { AdvanceStageModal } from './AdvanceStageModal';
import { AttachmentsPanel } from './AttachmentsPanel';
import { CaseHistoryPanel } from './CaseHistoryPanel';
import { CaseInfo } from './CaseInfo';
import { editCase, showCaseList } from './case-route';
import { localIsoDate } from '../../../../shared/calendar';
import { DeadlineTag } from '../../components/DeadlineTag';
import { StageTimeline } from './StageTimeline';

export function CaseDetailView({ id }: { id: string }) {
  const query = useLedgerQuery('cases.get', { id }, id);
  const [detail, setLatest] = useWriteResult(id, query.data);
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  if (!detail) return <Spin />;
  return <DetailBody detail={detail} onChange={setLatest} />;
}

function DetailBody({ detail, onChange }: { detail: CaseDetail; onChange: (d: CaseDetail) => void }) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<'advance' | 'transfer' | null>(null);
  const [tab, setTab] = useState('info');
  const r = detail.record;
  const closed = r.closedDate !== null;
  const today = localIsoDate();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <div className="toolbar">
          <Button icon={<ArrowLeftOutlined />} onClick={showCaseList}>
            {t('cases.backToList')}
          </Button>
          <Space direction="vertical" size={4} style={{ flex: 1 }}>
            <Space wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="detail-title">
                {r.title}
              </Typography.Title>
              <Tag color={closed ? 'default' : 'processing'} data-testid="detail-stage">
                {t(`cases.stage.${r.stage}`)}
              </Tag>
              {r.outcome ? <Tag>{t(`cases.outcome.${r.outcome}`)}</Tag> : null}
            </Space>
            <Space wrap>
              <Typography.Text className="mono">{r.caseNumber}</Typography.Text>
              {closed ? (
                <Typography.Text type="secondary">{t('cases.detail.closedOn', { date: r.closedDate })}</Typography.Text>
              ) : detail.deadlines.length ? (
                detail.deadlines.map((d) => <DeadlineTag key={d.kind} deadline={d} state={deadlineState(d.due, today)} />)
              ) : (
                <Typography.Text type="secondary">{t('cases.detail.noDeadlines')}</Typography.Text>
              )}
              {!closed && detail.procedure.noticeWindowEnd ? (
                <Typography.Text type="secondary" data-testid="detail-notice-window">
                  {t('common.labelValue', { label: t('cases.field.noticeWindowEnd'), value: detail.procedure.noticeWindowEnd })}
                </Typography.Text>
              ) : null}
            </Space>
            {!closed && detail.deadlines.some((d) => d.beyondCalendar) ? (
              <Alert type="warning" showIcon message={t('cases.detail.beyondCalendar')} data-testid="detail-beyond-calendar" />
            ) : null}
            {detail.procedure.extensionProblems.length > 0 ? (
              <Alert type="warning" showIcon message={t('cases.field.extensionProblems')} data-testid="detail-extension-problems" />
            ) : null}
          </Space>
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => editCase(r.id)} data-testid="case-edit">
              {t('cases.edit')}
            </Button>
            <Button icon={<SendOutlined />} disabled={closed} onClick={() => setModal('transfer')} data-testid="case-transfer">
              {t('cases.detail.transfer')}
            </Button>
            <Button type="primary" icon={<ForwardOutlined />} disabled={closed} onClick={() => setModal('advance')} data-testid="case-advance">
              {t('cases.detail.advance')}
            </Button>
          </Space>
        </div>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'info', label: t('cases.detail.tabs.info'), children: <CaseInfo detail={detail} /> },
            { key: 'timeline', label: t('cases.detail.tabs.timeline'), children: <StageTimeline detail={detail} onChange={onChange} /> },
            {
              key: 'attachments',
              label: t('cases.detail.tabs.attachments', { count: detail.attachments.length }),
              children: <AttachmentsPanel detail={detail} onChange={onChange} />,
            },
            {
              key: 'history',
              label: t('cases.detail.tabs.history'),
              children: <CaseHistoryPanel caseId={r.id} version={r.updatedAt + detail.attachments.length} />,
            },
          ]}
          data-testid="case-tabs"
        />
      </Card>
      {modal ? (
        <AdvanceStageModal
          detail={detail}
          mode={modal}
          onClose={() => setModal(null)}
          onDone={(d) => {
            setModal(null);
            onChange(d);
            setTab('timeline');
          }}
        />
      ) : null}
    </Space>
  );
}
