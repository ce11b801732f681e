import { Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import { lengthCount, lengthRule, notFutureRule } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import type { GiUserDetail, Inspection } from '../../../../shared/gi/types';
import { CHECK_ITEMS, CHECK_RESULTS, INSPECTION_RESULTS, type CheckItem, type CheckResult, type InspectionResult } from '../../../../shared/gi/vocabulary';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';
import { useAppStore } from '../../state/app-store';

interface Values {
  date: string | null;
  inspectors: string;
  checklist: Record<CheckItem, CheckResult>;
  result: InspectionResult;
  findings: string;
  followUp: string;
}

const ALL_PASS = Object.fromEntries(CHECK_ITEMS.map((c) => [c, 'pass'])) as Record<CheckItem, CheckResult>;

/** Record or correct an inspection of mark use; a failed checklist item suggests 不合格. */
export function InspectionModal({
  detail,
  inspection,
  onClose,
  onDone,
}: {
  detail: GiUserDetail;
  inspection: Inspection | null;
  onClose: () => void;
  onDone: (d: GiUserDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const operator = useAppStore((s) => s.profile?.operatorName ?? '');
  const submit = async (v: Values) => {
    const updated = await run(
      () =>
        call('gi.saveInspection', {
          id: inspection?.id,
          userId: detail.record.id,
          date: v.date ?? '',
          inspectors: v.inspectors.trim(),
          checklist: v.checklist,
          result: v.result,
          findings: (v.findings ?? '').trim(),
          followUp: (v.followUp ?? '').trim(),
        }),
      t('gi.inspections.saved'),
    );
    if (updated) onDone(updated);
  };
  return (
    <FormModal
      title={inspection ? t('gi.inspections.editTitle') : t('gi.inspections.addTitle')}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="inspection-submit"
      width={680}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          date: inspection?.date ?? localIsoDate(),
          inspectors: inspection?.inspectors ?? operator,
          checklist: inspection?.checklist ?? ALL_PASS,
          result: inspection?.result ?? 'pass',
          findings: inspection?.findings ?? '',
          followUp: inspection?.followUp ?? '',
        }}
        onValuesChange={(changed: Partial<Values>, all) => {
          // A failed item makes 合格 impossible: suggest 不合格 (the clerk may pick 责令整改 instead).
          if (changed.checklist && CHECK_ITEMS.some((c) => all.checklist[c] === 'fail') && all.result === 'pass') form.setFieldValue('result', 'fail');
        }}
        onFinish={(v) => void submit(v)}
        data-testid="inspection-form"
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="date"
              label={t('gi.inspections.date')}
              rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
              {...isoDateItemProps}
            >
              <DatePicker style={{ width: '100%' }} data-testid="inspection-date" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="inspectors"
              label={t('gi.inspections.inspectors')}
              rules={[lengthRule(t, 100), { required: true, whitespace: true, message: t('cases.field.required') }]}
            >
              <Input count={lengthCount(100)} data-testid="inspection-inspectors" />
            </Form.Item>
          </Col>
        </Row>
        <div className="checklist-title">{t('gi.inspections.checklist')}</div>
        <div className="checklist">
          {CHECK_ITEMS.map((c) => (
            <div key={c} className="checklist-row">
              <span>{t(`gi.checkItem.${c}`)}</span>
              <Form.Item name={['checklist', c]} noStyle>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  options={CHECK_RESULTS.map((r) => ({ value: r, label: t(`gi.check.${r}`) }))}
                  data-testid={`check-${c}`}
                />
              </Form.Item>
            </div>
          ))}
        </div>
        <Form.Item name="result" label={t('gi.inspections.result')}>
          <PinyinSelect options={INSPECTION_RESULTS.map((r) => ({ value: r, label: t(`gi.inspectionResult.${r}`) }))} data-testid="inspection-result-select" />
        </Form.Item>
        <Form.Item rules={[lengthRule(t, 1000)]} name="findings" label={t('gi.inspections.findings')}>
          <Input.TextArea count={lengthCount(1000)} autoSize={{ minRows: 2, maxRows: 5 }} data-testid="inspection-findings" />
        </Form.Item>
        <Form.Item rules={[lengthRule(t, 1000)]} name="followUp" label={t('gi.inspections.followUp')}>
          <Input.TextArea count={lengthCount(1000)} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
