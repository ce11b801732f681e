import { DatePicker, Form, Input } from 'antd';
import { lengthCount, lengthRule, notFutureRule } from '../../components/entry-rules';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseEvent } from '../../../../shared/cases/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';

interface Values {
  date: string | null;
  docNumber: string;
  note: string;
}

/** Corrects a recorded stage entry (date, document number, note); the history keeps the old values. */
export function EditStageModal({ caseId, event, onClose, onDone }: { caseId: string; event: CaseEvent; onClose: () => void; onDone: (d: CaseDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  // The filing entry's number is the case number, edited on the case itself.
  const numbered = event.stage !== 'CLUE' && event.stage !== 'FILE';
  const submit = async (v: Values) => {
    const input = { caseId, eventId: event.id, date: v.date ?? '', docNumber: (v.docNumber ?? '').trim(), note: (v.note ?? '').trim() };
    const updated = await run(() => call('cases.editStage', input), t('cases.form.saved'));
    if (updated) onDone(updated);
  };
  return (
    <FormModal
      title={t('cases.timeline.editTitle', { stage: t(`cases.stage.${event.stage}`) })}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ date: event.date, docNumber: event.docNumber, note: event.note }}
        onFinish={(v) => void submit(v)}
        data-testid="edit-stage-form"
      >
        <Form.Item
          name="date"
          label={t('cases.advance.date')}
          rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
          {...isoDateItemProps}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {numbered ? (
          <Form.Item rules={[lengthRule(t, 60)]} name="docNumber" label={t('cases.advance.docNumber')}>
            <Input count={lengthCount(60)} />
          </Form.Item>
        ) : null}
        <Form.Item rules={[lengthRule(t, 1000)]} name="note" label={t('cases.advance.note')}>
          <Input.TextArea count={lengthCount(1000)} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
