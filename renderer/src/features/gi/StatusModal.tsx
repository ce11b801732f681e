import { DatePicker, Form, Input } from 'antd';
import { lengthCount, lengthRule, notFutureRule } from '../../components/entry-rules';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import type { GiUserDetail } from '../../../../shared/gi/types';
import type { StatusAction } from '../../../../shared/gi/vocabulary';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';

interface Values {
  date: string | null;
  reason: string;
}

/** Suspend, resume or cancel an authorised user, with a date and a reason. */
export function StatusModal({
  detail,
  status,
  onClose,
  onDone,
}: {
  detail: GiUserDetail;
  status: StatusAction;
  onClose: () => void;
  onDone: (d: GiUserDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const submit = async (v: Values) => {
    const updated = await run(
      () => call('gi.changeStatus', { userId: detail.record.id, status, date: v.date ?? '', reason: v.reason.trim() }),
      t('gi.statusForm.done', { status: t(`gi.step.${status}`) }),
    );
    if (updated) onDone(updated);
  };
  return (
    <FormModal
      title={t(`gi.statusForm.title.${status}`)}
      okText={t('gi.statusForm.submit')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="status-submit"
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ date: localIsoDate(), reason: '' }} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="date"
          label={t('gi.statusForm.date')}
          rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
          {...isoDateItemProps}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('gi.statusForm.reason')}
          rules={[lengthRule(t, 500), { required: true, whitespace: true, message: t('gi.statusForm.reasonRequired') }]}
        >
          <Input.TextArea count={lengthCount(500)} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="status-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
