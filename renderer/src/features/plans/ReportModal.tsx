import { InboxOutlined } from '@ant-design/icons';
import { DatePicker, Form, Input, InputNumber, Radio, Upload, type UploadFile } from 'antd';
import { lengthCount, lengthRule, notFutureRule, numberRules } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import type { MyTask } from '../../../../shared/plans/types';
import { REPORT_STATUSES, type ReportStatus } from '../../../../shared/plans/vocabulary';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';
import { uploadReportFiles } from './files';
import { periodLabel } from './period-label';

interface Values {
  period: string;
  status: ReportStatus;
  percent: number;
  narrative: string;
  reportedDate: string | null;
}

/** Report progress on a task for one period, with evidence files (saving a period again corrects it). */
export function ReportModal({ item, onClose, onDone }: { item: MyTask; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const period = (Form.useWatch('period', form) ?? item.standing.next?.key ?? item.periods[0]?.key) as string;
  const existing = item.reports.find((r) => r.period === period);
  const status = (Form.useWatch('status', form) ?? existing?.status ?? 'in_progress') as ReportStatus;
  const submit = async (v: Values) => {
    const done = await run(async () => {
      const { id } = await call('plans.saveReport', {
        taskId: item.task.id,
        period: v.period,
        status: v.status,
        percent: v.percent ?? 0,
        narrative: (v.narrative ?? '').trim(),
        reportedDate: v.reportedDate ?? '',
      });
      await uploadReportFiles(
        id,
        files.map((f) => f.originFileObj as File),
      );
      return id;
    }, t('plans.reportForm.saved'));
    if (done) onDone();
  };
  return (
    <FormModal
      title={t('plans.reportForm.title', { task: `${item.task.sectionNo} ${item.task.title}` })}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="report-submit"
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          period: item.standing.next?.key ?? item.periods[0]?.key,
          status: existing?.status ?? 'in_progress',
          percent: existing?.percent ?? 50,
          narrative: existing?.narrative ?? '',
          reportedDate: localIsoDate(),
        }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.period) {
            const r = item.reports.find((x) => x.period === changed.period);
            form.setFieldsValue({ status: r?.status ?? 'in_progress', percent: r?.percent ?? 50, narrative: r?.narrative ?? '' });
          }
          if (changed.status === 'done') form.setFieldValue('percent', 100);
          if (changed.status === 'not_started') form.setFieldValue('percent', 0);
        }}
        onFinish={(v) => void submit(v)}
        data-testid="report-form"
      >
        <Form.Item name="period" label={t('plans.reportForm.period')} extra={existing ? t('plans.reportForm.correcting') : undefined}>
          <PinyinSelect
            options={item.periods.map((p) => ({ value: p.key, label: `${periodLabel(t, p.key)} · ${t('plans.reportForm.due', { date: p.due })}` }))}
            data-testid="report-period"
          />
        </Form.Item>
        <Form.Item name="status" label={t('plans.reportForm.status')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
            data-testid="report-status"
          />
        </Form.Item>
        <Form.Item name="percent" label={t('plans.reportForm.percent')} rules={numberRules(t, { max: 100, decimals: 0 })}>
          <InputNumber<number> addonAfter="%" disabled={status === 'done' || status === 'not_started'} data-testid="report-percent" />
        </Form.Item>
        <Form.Item
          name="narrative"
          label={t('plans.reportForm.narrative')}
          extra={item.task.evidenceRequired ? t('plans.reportForm.evidenceHint', { evidence: item.task.evidenceRequired }) : undefined}
          rules={[lengthRule(t, 5000), { required: true, whitespace: true, message: t('plans.reportForm.narrativeRequired') }]}
        >
          <Input.TextArea count={lengthCount(5000)} autoSize={{ minRows: 3, maxRows: 8 }} data-testid="report-narrative" />
        </Form.Item>
        <Form.Item
          name="reportedDate"
          label={t('plans.reportForm.reportedDate')}
          rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
          {...isoDateItemProps}
        >
          <DatePicker />
        </Form.Item>
        <div data-testid="report-files">
          <Upload.Dragger multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)} accept="image/*,application/pdf">
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('plans.reportForm.files')}</p>
            <p className="ant-upload-hint">{t('plans.reportForm.filesHint')}</p>
          </Upload.Dragger>
        </div>
        {existing?.files.length ? (
          <p style={{ marginTop: 8 }}>{t('plans.reportForm.existingFiles', { names: existing.files.map((f) => f.fileName).join(', ') })}</p>
        ) : null}
      </Form>
    </FormModal>
  );
}
