import { DatePicker, Form, Input, InputNumber } from 'antd';
import { MONEY_LIMITS, lengthCount, lengthRule, notFutureRule, numberRules } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import { usePlausibility } from '../../components/plausibility';
import type { CaseDetail } from '../../../../shared/cases/types';
import {
  CLOSE_WITHOUT_DECISION,
  DECISION_OUTCOMES,
  MAIN_STAGES,
  stageIndex,
  STAGE_DOC_TYPE,
  TRANSFER_STAGES,
  type CaseOutcome,
  type StageCode,
} from '../../../../shared/cases/vocabulary';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';
import { localIsoDate } from '../../../../shared/calendar';
import { fenToYuanInput, yuanInputToFen } from '../../components/money';

interface Values {
  stage: StageCode;
  date: string | null;
  docNumber: string;
  outcome: CaseOutcome | null;
  fine: number | null;
  confiscated: number | null;
  receiver: string;
  persons: number | null;
  note: string;
}

/** Stages the case can move to: forward on the main path (skipping allowed), or a transfer. */
function stageChoices(detail: CaseDetail, mode: 'advance' | 'transfer'): StageCode[] {
  if (mode === 'transfer') return [...TRANSFER_STAGES];
  return MAIN_STAGES.filter((s) => stageIndex(s) > stageIndex(detail.record.stage));
}

export function AdvanceStageModal({
  detail,
  mode,
  onClose,
  onDone,
}: {
  detail: CaseDetail;
  mode: 'advance' | 'transfer';
  onClose: () => void;
  onDone: (d: CaseDetail) => void;
}) {
  const { t } = useTranslation();
  const plausible = usePlausibility((s) => s.thresholds);
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const choices = stageChoices(detail, mode);
  const stage = (Form.useWatch('stage', form) ?? choices[0]) as StageCode;
  const outcome = Form.useWatch('outcome', form) as CaseOutcome | null | undefined;
  const r = detail.record;
  const needsOutcome = stage === 'DECIDE' || (stage === 'CLOSE' && !r.decidedDate);
  const outcomes: readonly CaseOutcome[] = stage === 'DECIDE' ? DECISION_OUTCOMES : CLOSE_WITHOUT_DECISION;
  const isTransfer = stage === 'TRANSFER_POLICE' || stage === 'TRANSFER_OTHER';

  const submit = async (v: Values) => {
    const updated = await run(
      () =>
        call('cases.advance', {
          caseId: r.id,
          stage: v.stage,
          date: v.date ?? '',
          docNumber: (v.docNumber ?? '').trim(),
          outcome: needsOutcome ? (v.outcome ?? null) : null,
          fineFen: stage === 'DECIDE' ? yuanInputToFen(v.fine) : null,
          confiscatedFen: stage === 'DECIDE' ? yuanInputToFen(v.confiscated) : null,
          receiver: isTransfer ? (v.receiver ?? '').trim() : '',
          persons: isTransfer ? (v.persons ?? null) : null,
          note: (v.note ?? '').trim(),
        }),
      isTransfer ? t('cases.advance.transferred') : t('cases.advance.done', { stage: t(`cases.stage.${v.stage}`) }),
    );
    if (updated) onDone(updated);
  };

  return (
    <FormModal
      title={mode === 'transfer' ? t('cases.advance.transferTitle') : t('cases.advance.title')}
      okText={t('cases.advance.submit')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="advance-submit"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          stage: choices[0],
          date: localIsoDate(),
          docNumber: '',
          outcome: null,
          fine: fenToYuanInput(r.fineFen),
          confiscated: fenToYuanInput(r.confiscatedFen),
          receiver: '',
          persons: null,
          note: '',
        }}
        onFinish={(v) => void submit(v)}
        data-testid="advance-form"
      >
        <Form.Item name="stage" label={t('cases.advance.stage')} extra={mode === 'advance' ? t('cases.advance.stageHelp') : undefined}>
          <PinyinSelect options={choices.map((s) => ({ value: s, label: t(`cases.stage.${s}`) }))} data-testid="advance-stage" />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('cases.advance.date')}
          rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
          {...isoDateItemProps}
        >
          <DatePicker style={{ width: '100%' }} data-testid="advance-date" />
        </Form.Item>
        {needsOutcome ? (
          <Form.Item name="outcome" label={t('cases.advance.outcome')} rules={[{ required: true, message: t('validation.decision_needs_outcome') }]}>
            <PinyinSelect options={outcomes.map((o) => ({ value: o, label: t(`cases.outcome.${o}`) }))} data-testid="advance-outcome" />
          </Form.Item>
        ) : null}
        {stage === 'DECIDE' && outcome === 'penalty' ? (
          <>
            <Form.Item name="fine" label={t('cases.advance.fine')} rules={numberRules(t, MONEY_LIMITS, plausible.penaltyYuan)}>
              <InputNumber<number> style={{ width: '100%' }} data-testid="advance-fine" />
            </Form.Item>
            <Form.Item name="confiscated" label={t('cases.advance.confiscated')} rules={numberRules(t, MONEY_LIMITS, plausible.penaltyYuan)}>
              <InputNumber<number> style={{ width: '100%' }} data-testid="advance-confiscated" />
            </Form.Item>
          </>
        ) : null}
        {isTransfer ? (
          <>
            <Form.Item
              name="receiver"
              label={t('cases.advance.receiver')}
              rules={[lengthRule(t, 100), { required: true, whitespace: true, message: t('validation.transfer_needs_receiver') }]}
            >
              <Input count={lengthCount(100)} data-testid="advance-receiver" />
            </Form.Item>
            <Form.Item name="persons" label={t('cases.advance.persons')} rules={numberRules(t, { max: 10000, decimals: 0 })}>
              <InputNumber<number> data-testid="advance-persons" />
            </Form.Item>
          </>
        ) : null}
        {STAGE_DOC_TYPE[stage] || stage === 'FILE' ? (
          <Form.Item rules={[lengthRule(t, 60)]} name="docNumber" label={t('cases.advance.docNumber')} extra={t('cases.advance.docNumberHelp')}>
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
