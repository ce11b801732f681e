import { DatePicker, Form, Input } from 'antd';
import { lengthCount, lengthRule, notFutureRule } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import type { GiUserDetail } from '../../../../shared/gi/types';
import { APPROVAL_STEPS, type ApprovalStep } from '../../../../shared/gi/vocabulary';
import { approvalChain } from '../../../../shared/gi/flags';
import { stepLabelKey } from './step-label';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';
import { useAppStore } from '../../state/app-store';

interface Values {
  step: ApprovalStep;
  date: string | null;
  siteCheckDate: string | null;
  announcementNumber: string;
  actor: string;
  note: string;
}

/** Record the next approval step (later steps may be recorded without the ones in between). */
export function StepModal({ detail, onClose, onDone }: { detail: GiUserDetail; onClose: () => void; onDone: (d: GiUserDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const operator = useAppStore((s) => s.profile?.operatorName ?? '');
  const r = detail.record;
  const recorded = { county_review: r.countyReviewDate, league_review: r.leagueReviewDate, region_review: r.regionReviewDate, announced: r.announcedDate };
  const lastIndex = APPROVAL_STEPS.reduce((last, s, i) => (recorded[s] ? i : last), -1);
  // The steps this GI kind's chain has (mark GIs: only the 备案), after the last one recorded.
  const chain = approvalChain(detail.gi.kind).steps;
  const choices = APPROVAL_STEPS.slice(lastIndex + 1).filter((s) => chain.includes(s));
  const step = (Form.useWatch('step', form) ?? choices[0]) as ApprovalStep;
  const submit = async (v: Values) => {
    const updated = await run(
      () =>
        call('gi.recordStep', {
          userId: r.id,
          step: v.step,
          date: v.date ?? '',
          siteCheckDate: v.step === 'county_review' ? (v.siteCheckDate ?? null) : null,
          announcementNumber: v.step === 'announced' ? (v.announcementNumber ?? '').trim() : '',
          actor: (v.actor ?? '').trim(),
          note: (v.note ?? '').trim(),
        }),
      t('gi.stepForm.done', { step: t(stepLabelKey(v.step, detail.gi.kind)) }),
    );
    if (updated) onDone(updated);
  };
  return (
    <FormModal
      title={t('gi.stepForm.title')}
      okText={t('gi.stepForm.submit')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="step-submit"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ step: choices[0], date: localIsoDate(), siteCheckDate: null, announcementNumber: '', actor: operator, note: '' }}
        onFinish={(v) => void submit(v)}
        data-testid="step-form"
      >
        <Form.Item name="step" label={t('gi.stepForm.step')} extra={t('gi.stepForm.stepHelp')}>
          <PinyinSelect options={choices.map((s) => ({ value: s, label: t(stepLabelKey(s, detail.gi.kind)) }))} data-testid="step-select" />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('gi.stepForm.date')}
          rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
          {...isoDateItemProps}
        >
          <DatePicker style={{ width: '100%' }} data-testid="step-date" />
        </Form.Item>
        {step === 'county_review' ? (
          <Form.Item
            name="siteCheckDate"
            label={t('gi.stepForm.siteCheckDate')}
            rules={[notFutureRule(t), { required: true, message: t('validation.gi_site_check_required') }]}
            {...isoDateItemProps}
          >
            <DatePicker style={{ width: '100%' }} data-testid="step-site-check" />
          </Form.Item>
        ) : null}
        {step === 'announced' ? (
          <Form.Item
            name="announcementNumber"
            label={t('gi.stepForm.announcementNumber')}
            rules={[lengthRule(t, 80), { required: true, whitespace: true, message: t('validation.gi_announcement_required') }]}
          >
            <Input count={lengthCount(80)} placeholder={t('gi.stepForm.announcementPlaceholder')} data-testid="step-announcement" />
          </Form.Item>
        ) : null}
        <Form.Item rules={[lengthRule(t, 40)]} name="actor" label={t('gi.stepForm.actor')}>
          <Input count={lengthCount(40)} />
        </Form.Item>
        <Form.Item rules={[lengthRule(t, 500)]} name="note" label={t('gi.stepForm.note')}>
          <Input.TextArea count={lengthCount(500)} autoSize={{ minRows: 1, maxRows: 4 }} data-testid="step-note" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
