import { App as AntApp, DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseEvent } from '../../../../shared/cases/types';
import { call } from '../../api/client';
import { errorMessage } from '../../api/error-message';
import { disableFuture, isoDateItemProps } from './dates';

interface Values {
  date: string | null;
  docNumber: string;
  note: string;
}

/** Corrects a recorded stage entry (date, document number, note); the history keeps the old values. */
export function EditStageModal({ caseId, event, onClose, onDone }: { caseId: string; event: CaseEvent; onClose: () => void; onDone: (d: CaseDetail) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  // The filing entry's number is the case number, edited on the case itself.
  const numbered = event.stage !== 'CLUE' && event.stage !== 'FILE';
  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const updated = await call('cases.editStage', {
        caseId,
        eventId: event.id,
        date: v.date ?? '',
        docNumber: (v.docNumber ?? '').trim(),
        note: (v.note ?? '').trim(),
      });
      void message.success(t('cases.form.saved'));
      onDone(updated);
    } catch (error) {
      void message.error(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('cases.timeline.editTitle', { stage: t(`cases.stage.${event.stage}`) })}
      okText={t('common.save')}
      cancelText={t('cases.form.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ date: event.date, docNumber: event.docNumber, note: event.note }}
        onFinish={(v) => void submit(v)}
        data-testid="edit-stage-form"
      >
        <Form.Item name="date" label={t('cases.advance.date')} rules={[{ required: true, message: t('cases.field.required') }]} {...isoDateItemProps}>
          <DatePicker style={{ width: '100%' }} disabledDate={disableFuture} />
        </Form.Item>
        {numbered ? (
          <Form.Item name="docNumber" label={t('cases.advance.docNumber')}>
            <Input maxLength={60} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('cases.advance.note')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
