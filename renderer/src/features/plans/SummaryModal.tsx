import { InboxOutlined } from '@ant-design/icons';
import { DatePicker, Form, Input, Upload, type UploadFile } from 'antd';
import { lengthCount, lengthRule, notFutureRule } from '../../components/entry-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import type { MySummary } from '../../../../shared/plans/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';
import { uploadReportFiles } from './files';

interface Values {
  submittedDate: string | null;
  narrative: string;
}

/** The year-end summary a county owes for a plan, with its files. */
export function SummaryModal({ item, onClose, onDone }: { item: MySummary; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const submit = async (v: Values) => {
    const done = await run(async () => {
      const { id } = await call('plans.saveSummary', { planId: item.plan.id, submittedDate: v.submittedDate ?? '', narrative: v.narrative.trim() });
      await uploadReportFiles(
        id,
        files.map((f) => f.originFileObj as File),
      );
      return id;
    }, t('plans.summaryForm.saved'));
    if (done) onDone();
  };
  return (
    <FormModal
      title={t('plans.summaryForm.title', { title: item.plan.title })}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="summary-submit"
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ submittedDate: item.summary?.submittedDate ?? localIsoDate(), narrative: item.summary?.narrative ?? '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="narrative"
          label={t('plans.summaryForm.narrative')}
          rules={[lengthRule(t, 20000), { required: true, whitespace: true, message: t('plans.reportForm.narrativeRequired') }]}
        >
          <Input.TextArea count={lengthCount(20000)} autoSize={{ minRows: 6, maxRows: 14 }} data-testid="summary-narrative" />
        </Form.Item>
        <Form.Item
          name="submittedDate"
          label={t('plans.summaryForm.date')}
          rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
          {...isoDateItemProps}
        >
          <DatePicker />
        </Form.Item>
        <Upload.Dragger multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)} accept="image/*,application/pdf">
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('plans.reportForm.files')}</p>
        </Upload.Dragger>
      </Form>
    </FormModal>
  );
}
