import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Space, Spin, Typography } from 'antd';
import { MONEY_LIMITS, QUANTITY_LIMITS, lengthCount, lengthRule, notFutureRule, numberProblem, numberRules } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { usePlausibility } from '../../components/plausibility';
import { CASE_FLAGS, CASE_SOURCES, SAMR_CATEGORIES, type CaseCategory } from '../../../../shared/cases/vocabulary';
import { CASE_PROCEDURES } from '../../../../shared/cases/deadlines';
import { violationFits, violationOptionsFor } from './violation-types';
import type { CaseDetail } from '../../../../shared/cases/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { PageForm } from '../../components/PageForm';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { useRoute } from '../../state/route';
import { showCase, showCaseList } from './case-route';
import { isoDateItemProps } from '../../components/date-fields';
import { localIsoDate } from '../../../../shared/calendar';
import { draftFromValues, newCaseValues, valuesFromDetail, type CaseFormValues } from './form-values';
import { yuanText } from '../../components/money';
import { PartyFields } from './PartyFields';
import { useLeaveGuard } from '../../layout/use-leave-guard';
import { useVocabulary } from '../../components/use-vocabulary';

/** Create (no id) or edit a case. Keyboard-friendly: Tab moves through the fields, Enter submits after validation. */
export function CaseForm({ id }: { id?: string }) {
  const existing = useLedgerQuery('cases.get', { id: id ?? '' }, id ?? '');
  if (!id) return <CaseFormBody />;
  if (existing.error) return <QueryError error={existing.error} onRetry={existing.reload} />;
  if (!existing.data) return <Spin />;
  return <CaseFormBody detail={existing.data} />;
}

/** Yuan with two decimals, never negative, at most the contract's 1e15 fen; above the plausibility threshold it warns. */
function money(t: TFunction, name: keyof CaseFormValues, label: string, warnAbove: number) {
  return (
    <Form.Item name={name} label={label} rules={numberRules(t, MONEY_LIMITS, warnAbove)}>
      <InputNumber<number> step={100} style={{ width: '100%' }} data-testid={`money-${name}`} />
    </Form.Item>
  );
}

function CaseFormBody({ detail }: { detail?: CaseDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CaseFormValues>();
  const profile = useAppStore((s) => s.profile);
  const setUnsavedChanges = useRoute((s) => s.setUnsavedChanges);
  const vocabulary = useVocabulary();
  const plausible = usePlausibility((s) => s.thresholds);
  const guard = useLeaveGuard();
  const { saving, run } = useMutation();
  const townshipQuery = useLedgerQuery('reference.townships', profile?.role === 'county' ? { countyCode: profile.unitCode } : {}, profile?.unitCode ?? '');
  const townships = useMemo(() => (townshipQuery.data ?? []).map((tw) => ({ value: tw.code, label: tw.name })), [townshipQuery.data]);
  const initial = useMemo(
    () => (detail ? valuesFromDetail(detail) : newCaseValues(localIsoDate(), profile?.operatorName ?? '')),
    [detail, profile?.operatorName],
  );
  const category = Form.useWatch('category', form) as CaseCategory | undefined;
  const violationType = Form.useWatch('violationType', form) as string | null | undefined;
  const fine = Form.useWatch('fine', form);
  const confiscated = Form.useWatch('confiscated', form);
  const back = () => guard(() => (detail ? showCase(detail.record.id) : showCaseList()));

  const submit = async (values: CaseFormValues) => {
    const draft = draftFromValues(values);
    const saved = await run(
      () => (detail ? call('cases.update', { id: detail.record.id, fields: draft }) : call('cases.create', draft)),
      (d) => (detail ? t('cases.form.saved') : t('cases.form.created', { number: d.record.caseNumber })),
    );
    if (!saved) return;
    setUnsavedChanges(false);
    showCase(saved.record.id);
  };

  return (
    <PageForm<CaseFormValues> form={form} initialValues={initial} onFinish={(v) => void submit(v)} testId="case-form">
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <div className="toolbar">
            <Button icon={<ArrowLeftOutlined />} onClick={back}>
              {detail ? t('cases.backToCase') : t('cases.backToList')}
            </Button>
            <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
              {detail ? `${t('cases.edit')} · ${detail.record.caseNumber}` : t('cases.newCase')}
            </Typography.Title>
            <Space>
              <Button onClick={back}>{t('cases.form.cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="case-save">
                {detail ? t('cases.form.save') : t('cases.form.create')}
              </Button>
            </Space>
          </div>
        </Card>
        <Card title={t('cases.section.basic')}>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t('cases.field.title')}
                rules={[lengthRule(t, 120), { required: true, whitespace: true, message: t('cases.field.titleRequired') }]}
              >
                <Input count={lengthCount(120)} autoFocus data-testid="case-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="leadDate"
                label={t('cases.field.leadDate')}
                rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
                {...isoDateItemProps}
              >
                <DatePicker style={{ width: '100%' }} data-testid="case-lead-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 60)]} name="caseNumber" label={t('cases.field.caseNumber')} tooltip={t('cases.field.caseNumberHelp')}>
                <Input count={lengthCount(60)} data-testid="case-number" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="category" label={t('cases.field.category')} rules={[{ required: true }]}>
                <PinyinSelect
                  // The SAMR form's eight rows; the old 其他 only on a case that already has it (to be reclassified).
                  options={[...SAMR_CATEGORIES, ...(detail?.record.category === 'other' ? (['other'] as CaseCategory[]) : [])].map((c) => ({
                    value: c,
                    label: t(`cases.category.${c}`),
                  }))}
                  data-testid="case-category"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="source" label={t('cases.field.source')} rules={[{ required: true }]}>
                <PinyinSelect options={CASE_SOURCES.map((s) => ({ value: s, label: t(`cases.source.${s}`) }))} data-testid="case-source" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="campaigns" label={t('cases.field.campaigns')}>
                <PinyinSelect mode="multiple" allowClear options={vocabulary.options('campaign')} data-testid="case-campaigns" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="violationType"
                label={t('cases.field.violationType')}
                dependencies={['category']}
                rules={[
                  {
                    validator: async (_r, v: string | null) => {
                      if (v && !violationFits(category, v)) throw new Error(t('cases.field.violationMismatch'));
                    },
                  },
                ]}
              >
                <PinyinSelect
                  allowClear
                  options={violationOptionsFor(category, vocabulary.options('violation_type'), violationType)}
                  data-testid="case-violation"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item rules={[lengthRule(t, 200)]} name="legalBasis" label={t('cases.field.legalBasis')}>
                <Input count={lengthCount(200)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="flags" label={t('cases.field.flags')}>
                <Checkbox.Group options={CASE_FLAGS.map((f) => ({ value: f, label: t(`cases.flag.${f}`) }))} data-testid="case-flags" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.parties')}>
          <PartyFields form={form} townships={townships} />
        </Card>
        <Card title={t('cases.section.goods')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 200)]} name="goods" label={t('cases.field.goods')}>
                <Input count={lengthCount(200)} data-testid="case-goods" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="goodsCategory" label={t('cases.field.goodsCategory')}>
                <PinyinSelect allowClear options={vocabulary.options('goods_category')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="placeType" label={t('cases.field.placeType')}>
                <PinyinSelect allowClear options={vocabulary.options('place_type')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="townshipCode" label={t('cases.field.township')}>
                <PinyinSelect allowClear options={townships} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 80)]} name="platform" label={t('cases.field.platform')}>
                <Input count={lengthCount(80)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 500)]} name="shopUrl" label={t('cases.field.shopUrl')}>
                <Input count={lengthCount(500)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 80)]} name="giProduct" label={t('cases.field.giProduct')}>
                <Input count={lengthCount(80)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.amounts')}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              {money(t, 'amountInvolved', t('cases.field.amountInvolved'), plausible.amountYuan)}
            </Col>
            <Col xs={24} md={6}>
              {money(t, 'fine', t('cases.field.fine'), plausible.penaltyYuan)}
            </Col>
            <Col xs={24} md={6}>
              {money(t, 'confiscated', t('cases.field.confiscated'), plausible.penaltyYuan)}
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('cases.field.penaltyTotal')}>
                <Typography.Text strong data-testid="penalty-total">
                  {/* No sum of values that cannot be saved: it would show a figure the case will never have. */}
                  {numberProblem(t, fine, MONEY_LIMITS) || numberProblem(t, confiscated, MONEY_LIMITS)
                    ? '—'
                    : yuanText(Math.round((fine ?? 0) * 100) + Math.round((confiscated ?? 0) * 100))}
                </Typography.Text>
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="recoveredLoss" label={t('cases.field.recoveredLoss')} tooltip={t('cases.field.recoveredHelp')} rules={numberRules(t, MONEY_LIMITS, plausible.amountYuan)}>
                <InputNumber<number> step={100} style={{ width: '100%' }} data-testid="money-recoveredLoss" />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item
                name="recoveredForeignLoss"
                label={t('cases.field.recoveredForeignLoss')}
                dependencies={['recoveredLoss', 'flags']}
                rules={[
                  ...numberRules(t, MONEY_LIMITS, plausible.amountYuan),
                  ({ getFieldValue }) => ({
                    validator: (_, value: number | null | undefined) => {
                      if (!value) return Promise.resolve();
                      if (value > ((getFieldValue('recoveredLoss') as number | null) ?? 0)) return Promise.reject(new Error(t('validation.recovered_foreign_exceeds')));
                      const flags = (getFieldValue('flags') as string[] | undefined) ?? [];
                      return flags.includes('foreign_investment') ? Promise.resolve() : Promise.reject(new Error(t('validation.recovered_foreign_needs_flag')));
                    },
                  }),
                ]}
              >
                <InputNumber<number> step={100} style={{ width: '100%' }} data-testid="money-recoveredForeignLoss" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.seizure')}>
          <Row gutter={16}>
            <Col xs={12} md={4}>
              <Form.Item name="seizedQty" label={t('cases.field.seizedQty')} rules={numberRules(t, QUANTITY_LIMITS, plausible.quantity)}>
                <InputNumber<number> style={{ width: '100%' }} data-testid="case-seized-qty" />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item rules={[lengthRule(t, 20)]} name="seizedUnit" label={t('cases.field.quantityUnit')}>
                <Input count={lengthCount(20)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              {money(t, 'seizedValue', t('cases.field.seizedValue'), plausible.amountYuan)}
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="destroyedQty" label={t('cases.field.destroyedQty')} rules={numberRules(t, QUANTITY_LIMITS, plausible.quantity)}>
                <InputNumber<number> style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item rules={[lengthRule(t, 20)]} name="destroyedUnit" label={t('cases.field.quantityUnit')}>
                <Input count={lengthCount(20)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              {money(t, 'destroyedValue', t('cases.field.destroyedValue'), plausible.amountYuan)}
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.handling')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 100)]} name="handlers" label={t('cases.field.handlers')}>
                <Input count={lengthCount(100)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item rules={[lengthRule(t, 4000)]} name="notes" label={t('cases.field.notes')}>
                <Input.TextArea count={lengthCount(4000)} autoSize={{ minRows: 2, maxRows: 8 }} data-testid="case-notes" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.limits')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="procedure" label={t('cases.field.procedure')}>
                <PinyinSelect options={CASE_PROCEDURES.map((p) => ({ value: p, label: t(`cases.procedure.${p}`) }))} data-testid="case-procedure" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="filingExtended" valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t('cases.field.filingExtended')}</Checkbox>
              </Form.Item>
              <Form.Item name="decisionExtended" valuePropName="checked">
                <Checkbox>{t('cases.field.decisionExtended')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 400)]} name="extensionNote" label={t('cases.field.extensionNote')}>
                <Input count={lengthCount(400)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="filingExcludedDays" label={t('cases.field.filingExcludedDays')} rules={numberRules(t, { max: 3650, decimals: 0 })}>
                <InputNumber<number> data-testid="case-filing-excluded" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="excludedDays" label={t('cases.field.excludedDays')} rules={numberRules(t, { max: 3650, decimals: 0 })}>
                <InputNumber<number> />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('cases.field.decisionExtensions')}
          </Typography.Title>
          <Form.List name="decisionExtensions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row gutter={8} key={f.key} align="top" data-testid={`case-extension-row-${f.name}`}>
                    <Col xs={24} md={6}>
                      <Form.Item name={[f.name, 'by']} label={t('cases.field.extensionBy')}>
                        <PinyinSelect options={(['head', 'collective'] as const).map((b) => ({ value: b, label: t(`cases.extensionBy.${b}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item
                        name={[f.name, 'approvedOn']}
                        label={t('cases.field.extensionApprovedOn')}
                        rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
                        {...isoDateItemProps}
                      >
                        <DatePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={3}>
                      <Form.Item
                        name={[f.name, 'days']}
                        label={t('cases.field.extensionDays')}
                        rules={[{ required: true, message: t('cases.field.required') }, ...numberRules(t, { min: 1, max: 3650, decimals: 0 })]}
                      >
                        <InputNumber<number> style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={8}>
                      <Form.Item
                        name={[f.name, 'reason']}
                        label={t('cases.field.extensionReason')}
                        rules={[lengthRule(t, 400), { required: true, whitespace: true, message: t('cases.field.required') }]}
                      >
                        <Input count={lengthCount(400)} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                      <Button onClick={() => remove(f.name)} aria-label={t('cases.field.removeExtension')}>
                        ×
                      </Button>
                    </Col>
                  </Row>
                ))}
                <Button
                  onClick={() => add({ by: fields.length === 0 ? 'head' : 'collective', approvedOn: null, days: fields.length === 0 ? 30 : null, reason: '' })}
                  style={{ display: 'block', margin: '0 0 16px' }}
                  data-testid="case-add-extension"
                >
                  {t('cases.field.addExtension')}
                </Button>
              </>
            )}
          </Form.List>
          <Row gutter={16}>
            {(['noticeServedDate', 'rightsWaivedDate', 'policeReportDate', 'policeApprovedDate'] as const).map((name) => (
              <Col xs={24} md={6} key={name}>
                <Form.Item name={name} label={t(`cases.field.${name}`)} rules={[notFutureRule(t)]} {...isoDateItemProps}>
                  <DatePicker style={{ width: '100%' }} data-testid={`case-${name}`} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      </Space>
    </PageForm>
  );
}
