import { CameraOutlined, CheckCircleTwoTone, CloseCircleTwoTone, FileSearchOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Empty, Image, Popconfirm, Space, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/cases/schemas';
import type { GiUserDetail, Inspection, InspectionPhoto } from '../../../../shared/gi/types';
import { CHECK_ITEMS, type CheckResult, type InspectionResult } from '../../../../shared/gi/vocabulary';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { useMutation } from '../../api/use-mutation';
import { loadBlob } from '../../api/blobs';
import { stageFile } from '../../api/transfer';
import { useRoute } from '../../state/route';
import { InspectionModal } from './InspectionModal';

const RESULT_COLORS: Record<InspectionResult, string> = { pass: 'green', rectify: 'orange', fail: 'red' };

export function CheckIcon({ result }: { result: CheckResult }) {
  if (result === 'pass') return <CheckCircleTwoTone twoToneColor="#52c41a" />;
  if (result === 'fail') return <CloseCircleTwoTone twoToneColor="#ff4d4f" />;
  return <MinusCircleOutlined style={{ color: '#bfbfbf' }} />;
}

/** Mark-use inspections, newest first: checklist, result, photos and the case a failed one opened. */
export function InspectionsPanel({ detail, canWrite, onChange }: { detail: GiUserDetail; canWrite: boolean; onChange: (d: GiUserDetail) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Inspection | 'new' | null>(null);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <div className="toolbar">
        <Typography.Text type="secondary" style={{ flex: 1 }}>
          {t('gi.inspections.help')}
        </Typography.Text>
        {canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="inspection-add">
            {t('gi.inspections.add')}
          </Button>
        ) : null}
      </div>
      {detail.inspections.length === 0 ? <Empty description={t('gi.inspections.empty')} /> : null}
      {detail.inspections.map((i) => (
        <InspectionCard key={i.id} detail={detail} inspection={i} canWrite={canWrite} onEdit={() => setEditing(i)} onChange={onChange} />
      ))}
      {editing ? (
        <InspectionModal
          detail={detail}
          inspection={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(d) => {
            setEditing(null);
            onChange(d);
          }}
        />
      ) : null}
    </Space>
  );
}

function InspectionCard({
  detail,
  inspection: i,
  canWrite,
  onEdit,
  onChange,
}: {
  detail: GiUserDetail;
  inspection: Inspection;
  canWrite: boolean;
  onEdit: () => void;
  onChange: (d: GiUserDetail) => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = AntApp.useApp();
  const { saving, run } = useMutation();
  const openCase = (caseId: string) => {
    useRoute.getState().navigate({ section: 'cases', view: 'detail', params: { id: caseId } });
  };
  const createCase = () =>
    modal.confirm({
      title: t('gi.inspections.openCaseTitle'),
      content: t('gi.inspections.openCaseContent', { name: detail.record.enterpriseName }),
      okText: t('gi.inspections.openCase'),
      cancelText: t('cases.form.cancel'),
      onOk: async () => {
        const result = await run(() => call('gi.openCase', { inspectionId: i.id }), t('gi.inspections.caseOpened'));
        if (result) openCase(result.caseId);
      },
    });
  const removePhoto = async (id: string) => {
    const updated = await run(() => call('gi.removePhoto', { userId: detail.record.id, id }), t('gi.inspections.photoRemoved'));
    if (updated) onChange(updated);
  };
  const upload = async (file: File) => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      void message.error(t('validation.attachment_too_large'));
      return;
    }
    const updated = await run(
      async () => call('gi.addPhoto', { inspectionId: i.id, fileName: file.name, caption: '', uploadId: await stageFile(file) }),
      t('gi.inspections.photoAdded'),
    );
    if (updated) onChange(updated);
  };
  return (
    <Card
      size="small"
      data-testid={`inspection-${i.date}`}
      title={
        <Space wrap>
          <span>{i.date}</span>
          <Tag color={RESULT_COLORS[i.result]} data-testid="inspection-result">
            {t(`gi.inspectionResult.${i.result}`)}
          </Tag>
          <Typography.Text type="secondary">{t('common.labelValue', { label: t('gi.inspections.inspectors'), value: i.inspectors })}</Typography.Text>
        </Space>
      }
      extra={
        <Space wrap>
          {i.caseId ? (
            <Button size="small" icon={<FileSearchOutlined />} onClick={() => openCase(i.caseId as string)} data-testid="inspection-case-link">
              {t('gi.inspections.linkedCase', { number: i.caseNumber ?? '' })}
            </Button>
          ) : i.result !== 'pass' && canWrite ? (
            <Button size="small" type="primary" danger loading={saving} onClick={createCase} data-testid="inspection-open-case">
              {t('gi.inspections.openCase')}
            </Button>
          ) : null}
          {canWrite ? (
            <Button size="small" onClick={onEdit}>
              {t('gi.detail.edit')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap size={[16, 4]} data-testid="inspection-checklist">
          {CHECK_ITEMS.map((c) => (
            <span key={c}>
              <CheckIcon result={i.checklist[c]} /> {t(`gi.checkItem.${c}`)}
            </span>
          ))}
        </Space>
        {i.findings ? <Typography.Text>{t('common.labelValue', { label: t('gi.inspections.findings'), value: i.findings })}</Typography.Text> : null}
        {i.followUp ? <Typography.Text>{t('common.labelValue', { label: t('gi.inspections.followUp'), value: i.followUp })}</Typography.Text> : null}
        <Space wrap>
          {i.photos.map((p) => (
            <Space key={p.id} direction="vertical" size={0} align="center">
              <PhotoThumb photo={p} />
              {canWrite ? (
                <Popconfirm
                  title={t('gi.inspections.removePhotoConfirm')}
                  okText={t('gi.inspections.removePhoto')}
                  cancelText={t('cases.form.cancel')}
                  onConfirm={() => void removePhoto(p.id)}
                >
                  <Typography.Link type="secondary" style={{ fontSize: 12 }}>
                    {t('gi.inspections.removePhoto')}
                  </Typography.Link>
                </Popconfirm>
              ) : null}
            </Space>
          ))}
          {canWrite ? (
            <Upload
              accept="image/jpeg,image/png,image/gif,image/webp,application/pdf"
              showUploadList={false}
              multiple
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button size="small" icon={<CameraOutlined />} data-testid="inspection-photo-add">
                {t('gi.inspections.addPhoto')}
              </Button>
            </Upload>
          ) : null}
        </Space>
      </Space>
    </Card>
  );
}

function PhotoThumb({ photo }: { photo: InspectionPhoto }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ url: string } | { error: string } | null>(null);
  useEffect(() => {
    if (!photo.available || !photo.mime.startsWith('image/')) return;
    let live = true;
    loadBlob(photo.sha256).then(
      (b) => live && setState({ url: b.url }),
      (e: unknown) => live && setState({ error: errorMessage(t, e) }),
    );
    return () => {
      live = false;
    };
  }, [photo, t]);
  if (!photo.available || (state && 'error' in state)) return <Tag color="warning">{t('cases.attachments.missing')}</Tag>;
  if (!photo.mime.startsWith('image/')) return <Tag>{photo.fileName}</Tag>;
  return state && 'url' in state ? (
    <Image src={state.url} alt={photo.fileName} width={72} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} data-testid="inspection-photo" />
  ) : (
    <div className="evidence-thumb" />
  );
}
