import { Alert, Checkbox, DatePicker, Form, Input, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { MONEY_LIMITS, lengthCount, lengthRule, notFutureRule, numberRules } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import { usePlausibility } from '../../components/plausibility';
import type { CaseDetail, StageCheck } from '../../../../shared/cases/types';
import {
  CLOSE_WITHOUT_DECISION,
  DECISION_OUTCOMES,
  MAIN_STAGES,
  stageIndex,
  STAGE_DOC_TYPE,
  PENALTY_KINDS,
  TRANSFER_STAGES,
  type CaseOutcome,
  type PenaltyKind,
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
  penaltyKinds: PenaltyKind[];
  overrideReason: string;
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
  const date = Form.useWatch('date', form) as string | null | undefined;
  // Procedure warnings a decision would raise (立案, 告知, the 陈述申辩/听证 window): asked of the
  // domain, which applies the same rule when the decision is saved.
  const checkKey = stage === 'DECIDE' && date ? `${date}|${outcome ?? ''}` : null;
  const [checked, setChecked] = useState<{ key: string; value: StageCheck | null } | null>(null);
  useEffect(() => {
    if (checkKey === null || !date) return;
    let live = true;
    call('cases.checkAdvance', { caseId: r.id, stage: 'DECIDE', date, docNumber: '', outcome: outcome ?? null, fineFen: null, confiscatedFen: null, receiver: '', persons: null, note: '' })
      .then((value) => {
        if (live) setChecked({ key: checkKey, value });
      })
      // The save reports any refusal itself; this preview is only a help.
      .catch(() => {
        if (live) setChecked({ key: checkKey, value: null });
      });
    return () => {
      live = false;
    };
  }, [r.id, checkKey, date, outcome]);
  const check = checkKey !== null && checked?.key === checkKey ? checked.value : null;
  const warnings = check?.warnings ?? [];

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
          overrideReason: warnings.length > 0 ? (v.overrideReason ?? '').trim() : '',
          ...(stage === 'DECIDE' && v.outcome === 'penalty' ? { penaltyKinds: v.penaltyKinds ?? [] } : {}),
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
          penaltyKinds: r.penaltyKinds,
          overrideReason: '',
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
            <Form.Item name="penaltyKinds" label={t('cases.field.penaltyKinds')} rules={[{ required: true, type: 'array', min: 1, message: t('validation.penalty_needs_kind') }]}>
              <Checkbox.Group options={PENALTY_KINDS.map((k) => ({ value: k, label: t(`cases.penaltyKind.${k}`) }))} data-testid="advance-penalty-kinds" />
            </Form.Item>
            <Form.Item name="fine" label={t('cases.advance.fine')} rules={numberRules(t, MONEY_LIMITS, plausible.penaltyYuan)}>
              <InputNumber<number> style={{ width: '100%' }} data-testid="advance-fine" />
            </Form.Item>
            <Form.Item name="confiscated" label={t('cases.advance.confiscated')} rules={numberRules(t, MONEY_LIMITS, plausible.penaltyYuan)}>
              <InputNumber<number> style={{ width: '100%' }} data-testid="advance-confiscated" />
            </Form.Item>
          </>
        ) : null}
        {warnings.length > 0 ? (
          <>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('cases.advance.warningsTitle')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {warnings.map((w) => (
                    <li key={w}>{t(`cases.procedureWarning.${w}`)}</li>
                  ))}
                  {check?.earliestDecisionDate ? <li>{t('cases.advance.earliestDecision', { date: check.earliestDecisionDate })}</li> : null}
                </ul>
              }
              data-testid="advance-warnings"
            />
            <Form.Item
              name="overrideReason"
              label={t('cases.advance.overrideReason')}
              rules={[lengthRule(t, 1000), { required: true, whitespace: true, message: t('validation.procedure_needs_reason') }]}
            >
              <Input.TextArea count={lengthCount(1000)} autoSize={{ minRows: 2, maxRows: 4 }} data-testid="advance-override-reason" />
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
