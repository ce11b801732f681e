import {
  DeleteOutlined,
  DownloadOutlined,
  EyeOutlined,
  FileExcelOutlined,
  FileOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  InboxOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Card, Col, Empty, Image, Modal, Popconfirm, Row, Spin, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/cases/schemas';
import { ATTACHMENT_ACCEPT, looksLikeAttachment } from '../../../../shared/files';
import type { CaseAttachment, CaseDetail } from '../../../../shared/cases/types';
import { formatDateTime } from '../../../../shared/format';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { loadBlob, type LoadedBlob } from '../../api/blobs';
import { stageFile } from '../../api/transfer';
import { PdfPreview } from './PdfPreview';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function useBlob(attachment: CaseAttachment | null): { blob: LoadedBlob | null; error: unknown } {
  const [state, setState] = useState<{ sha: string; blob: LoadedBlob | null; error: unknown } | null>(null);
  useEffect(() => {
    if (!attachment?.available) return;
    let live = true;
    loadBlob(attachment.sha256).then(
      (blob) => live && setState({ sha: attachment.sha256, blob, error: null }),
      (error: unknown) => live && setState({ sha: attachment.sha256, blob: null, error }),
    );
    return () => {
      live = false;
    };
  }, [attachment]);
  return state && attachment && state.sha === attachment.sha256 ? state : { blob: null, error: null };
}

/** Images the browser shows itself (TIFF is not one of them). */
const SHOWN_IMAGES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/bmp'];

/** Word, Excel, OFD and TIFF are opened with the program installed for them, not previewed. */
function previewable(mime: string): boolean {
  return mime === 'application/pdf' || SHOWN_IMAGES.includes(mime);
}

function DocumentIcon({ mime }: { mime: string }) {
  if (mime === 'application/pdf') return <FilePdfOutlined />;
  if (mime.includes('word')) return <FileWordOutlined />;
  if (mime.includes('excel') || mime.includes('spreadsheet')) return <FileExcelOutlined />;
  return <FileOutlined />;
}

/** Saves a stored file under its name (opened with Word, Excel, an OFD reader …). */
async function saveFile(attachment: CaseAttachment): Promise<void> {
  const blob = await loadBlob(attachment.sha256);
  const a = document.createElement('a');
  a.href = blob.url;
  a.download = attachment.fileName;
  a.click();
}

function Thumbnail({ attachment }: { attachment: CaseAttachment }) {
  const { t } = useTranslation();
  const { blob } = useBlob(SHOWN_IMAGES.includes(attachment.mime) ? attachment : null);
  if (!attachment.available)
    return (
      <div className="evidence-thumb" title={t('cases.attachments.missing')}>
        <WarningOutlined />
      </div>
    );
  if (!SHOWN_IMAGES.includes(attachment.mime))
    return (
      <div className="evidence-thumb">
        <DocumentIcon mime={attachment.mime} />
      </div>
    );
  return blob ? <img className="evidence-thumb" src={blob.url} alt={attachment.fileName} /> : <div className="evidence-thumb" />;
}

function PreviewBody({ attachment }: { attachment: CaseAttachment }) {
  const { t } = useTranslation();
  const { blob, error } = useBlob(attachment);
  if (error) return <Typography.Text type="danger">{errorMessage(t, error)}</Typography.Text>;
  if (!blob) return <Spin />;
  if (blob.mime === 'application/pdf') return <PdfPreview bytes={blob.bytes} />;
  return <Image src={blob.url} alt={attachment.fileName} preview={false} style={{ maxWidth: '100%' }} data-testid="evidence-image" />;
}

/** Evidence of a case: add (drag or pick), thumbnails, preview of images and PDFs, unlink. */
export function AttachmentsPanel({ detail, onChange }: { detail: CaseDetail; onChange: (d: CaseDetail) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(0);
  const [preview, setPreview] = useState<CaseAttachment | null>(null);
  const caseId = detail.record.id;

  const add = async (file: File) => {
    if (file.size > MAX_ATTACHMENT_BYTES) return void message.error(t('cases.attachments.tooLarge', { name: file.name }));
    // A first check by name; the ledger decides by the file's bytes (a renamed file is refused there).
    if (!looksLikeAttachment(file.name)) return void message.error(t('cases.attachments.badType', { name: file.name }));
    setBusy((n) => n + 1);
    try {
      const updated = await call('attachments.add', { caseId, fileName: file.name, mime: file.type, caption: '', uploadId: await stageFile(file) });
      onChange(updated);
      void message.success(t('cases.attachments.uploaded', { name: file.name }));
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setBusy((n) => n - 1);
    }
  };

  const caption = async (attachment: CaseAttachment, text: string) => {
    if (text.trim() === attachment.caption) return;
    try {
      onChange(await call('attachments.caption', { caseId, id: attachment.id, caption: text.trim() }));
      void message.success(t('cases.attachments.captionSaved'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  const remove = async (attachment: CaseAttachment) => {
    try {
      onChange(await call('attachments.remove', { caseId, id: attachment.id }));
      void message.success(t('cases.attachments.removed'));
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <>
      <div data-testid="evidence-upload">
        <Upload.Dragger
          multiple
          accept={ATTACHMENT_ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void add(file);
            return false;
          }}
          disabled={busy > 0}
        >
          <p className="ant-upload-drag-icon">{busy > 0 ? <Spin /> : <InboxOutlined />}</p>
          <p className="ant-upload-text">{t('cases.attachments.upload')}</p>
          <p className="ant-upload-hint">{t('cases.attachments.uploadHint')}</p>
        </Upload.Dragger>
      </div>
      {detail.attachments.length === 0 ? (
        <Empty description={t('cases.attachments.empty')} style={{ marginTop: 24 }} />
      ) : (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          {detail.attachments.map((a) => (
            <Col key={a.id} xs={12} md={8} xl={6}>
              <Card
                size="small"
                cover={<Thumbnail attachment={a} />}
                actions={[
                  previewable(a.mime) ? (
                    <Button key="preview" type="text" icon={<EyeOutlined />} disabled={!a.available} onClick={() => setPreview(a)}>
                      {t('cases.attachments.preview')}
                    </Button>
                  ) : (
                    <Button
                      key="save"
                      type="text"
                      icon={<DownloadOutlined />}
                      disabled={!a.available}
                      onClick={() => saveFile(a).catch((e: unknown) => void message.error(errorMessage(t, e)))}
                    >
                      {t('cases.attachments.open')}
                    </Button>
                  ),
                  <Popconfirm key="remove" title={t('cases.attachments.removeConfirm')} onConfirm={() => void remove(a)}>
                    <Button type="text" danger icon={<DeleteOutlined />}>
                      {t('cases.attachments.remove')}
                    </Button>
                  </Popconfirm>,
                ]}
                data-testid="evidence-card"
              >
                <Card.Meta
                  title={<span title={a.fileName}>{a.fileName}</span>}
                  description={
                    <>
                      <Typography.Paragraph
                        style={{ marginBottom: 4 }}
                        type={a.caption ? undefined : 'secondary'}
                        editable={{
                          text: a.caption,
                          maxLength: 200,
                          tooltip: t('cases.attachments.captionEdit'),
                          onChange: (text) => void caption(a, text),
                        }}
                        data-testid="evidence-caption"
                      >
                        {a.caption || t('cases.attachments.captionEmpty')}
                      </Typography.Paragraph>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatSize(a.size)} · {a.addedBy} · {formatDateTime(a.addedAt)}
                      </Typography.Text>
                    </>
                  }
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Modal open={preview !== null} title={preview?.fileName} footer={null} width={900} onCancel={() => setPreview(null)} destroyOnHidden>
        {preview ? <PreviewBody attachment={preview} /> : null}
      </Modal>
    </>
  );
}
