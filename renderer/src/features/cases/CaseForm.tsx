import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_FLAGS, CASE_SOURCES, SAMR_CATEGORIES, type CaseCategory } from '../../../../shared/cases/vocabulary';
import { CASE_PROCEDURES } from '../../../../shared/cases/deadlines';
import type { CaseDetail } from '../../../../shared/cases/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { PageForm } from '../../components/PageForm';
import { QueryError } from '../../components/QueryError';
import { useAppStore } from '../../state/app-store';
import { useRoute } from '../../state/route';
import { showCase, showCaseList } from './case-route';
import { disableFuture, isoDateItemProps } from '../../components/date-fields';
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

/** Yuan with two decimals, never negative (the contract carries integer fen). */
function money(name: keyof CaseFormValues, label: string) {
  return (
    <Form.Item name={name} label={label}>
      <InputNumber<number> min={0} max={1e13} precision={2} step={100} style={{ width: '100%' }} data-testid={`money-${name}`} />
    </Form.Item>
  );
}

function CaseFormBody({ detail }: { detail?: CaseDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CaseFormValues>();
  const profile = useAppStore((s) => s.profile);
  const setUnsavedChanges = useRoute((s) => s.setUnsavedChanges);
  const vocabulary = useVocabulary();
  const guard = useLeaveGuard();
  const { saving, run } = useMutation();
  const townshipQuery = useLedgerQuery('reference.townships', profile?.role === 'county' ? { countyCode: profile.unitCode } : {}, profile?.unitCode ?? '');
  const townships = useMemo(() => (townshipQuery.data ?? []).map((tw) => ({ value: tw.code, label: tw.name })), [townshipQuery.data]);
  const initial = useMemo(
    () => (detail ? valuesFromDetail(detail) : newCaseValues(localIsoDate(), profile?.operatorName ?? '')),
    [detail, profile?.operatorName],
  );
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
              <Form.Item name="title" label={t('cases.field.title')} rules={[{ required: true, whitespace: true, message: t('cases.field.titleRequired') }]}>
                <Input maxLength={120} autoFocus data-testid="case-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="leadDate"
                label={t('cases.field.leadDate')}
                rules={[{ required: true, message: t('cases.field.required') }]}
                {...isoDateItemProps}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={disableFuture} data-testid="case-lead-date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="caseNumber" label={t('cases.field.caseNumber')} tooltip={t('cases.field.caseNumberHelp')}>
                <Input maxLength={60} data-testid="case-number" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="category" label={t('cases.field.category')} rules={[{ required: true }]}>
                <Select
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
                <Select options={CASE_SOURCES.map((s) => ({ value: s, label: t(`cases.source.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="campaigns" label={t('cases.field.campaigns')}>
                <Select mode="multiple" allowClear options={vocabulary.options('campaign')} data-testid="case-campaigns" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="violationType" label={t('cases.field.violationType')}>
                <Select allowClear showSearch optionFilterProp="label" options={vocabulary.options('violation_type')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="legalBasis" label={t('cases.field.legalBasis')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="flags" label={t('cases.field.flags')}>
                <Checkbox.Group options={CASE_FLAGS.map((f) => ({ value: f, label: t(`cases.flag.${f}`) }))} />
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
              <Form.Item name="goods" label={t('cases.field.goods')}>
                <Input maxLength={200} data-testid="case-goods" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="goodsCategory" label={t('cases.field.goodsCategory')}>
                <Select allowClear options={vocabulary.options('goods_category')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="placeType" label={t('cases.field.placeType')}>
                <Select allowClear options={vocabulary.options('place_type')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="townshipCode" label={t('cases.field.township')}>
                <Select allowClear showSearch optionFilterProp="label" options={townships} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="platform" label={t('cases.field.platform')}>
                <Input maxLength={80} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="shopUrl" label={t('cases.field.shopUrl')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="giProduct" label={t('cases.field.giProduct')}>
                <Input maxLength={80} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.amounts')}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              {money('amountInvolved', t('cases.field.amountInvolved'))}
            </Col>
            <Col xs={24} md={6}>
              {money('fine', t('cases.field.fine'))}
            </Col>
            <Col xs={24} md={6}>
              {money('confiscated', t('cases.field.confiscated'))}
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('cases.field.penaltyTotal')}>
                <Typography.Text strong data-testid="penalty-total">
                  {yuanText(Math.round((fine ?? 0) * 100) + Math.round((confiscated ?? 0) * 100))}
                </Typography.Text>
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="recoveredLoss" label={t('cases.field.recoveredLoss')} tooltip={t('cases.field.recoveredHelp')}>
                <InputNumber<number> min={0} max={1e13} precision={2} step={100} style={{ width: '100%' }} data-testid="money-recoveredLoss" />
              </Form.Item>
            </Col>
            <Col xs={24} md={9}>
              <Form.Item
                name="recoveredForeignLoss"
                label={t('cases.field.recoveredForeignLoss')}
                dependencies={['recoveredLoss', 'flags']}
                rules={[
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
                <InputNumber<number> min={0} max={1e13} precision={2} step={100} style={{ width: '100%' }} data-testid="money-recoveredForeignLoss" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.seizure')}>
          <Row gutter={16}>
            <Col xs={12} md={4}>
              <Form.Item name="seizedQty" label={t('cases.field.seizedQty')}>
                <InputNumber<number> min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="seizedUnit" label={t('cases.field.quantityUnit')}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              {money('seizedValue', t('cases.field.seizedValue'))}
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="destroyedQty" label={t('cases.field.destroyedQty')}>
                <InputNumber<number> min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="destroyedUnit" label={t('cases.field.quantityUnit')}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              {money('destroyedValue', t('cases.field.destroyedValue'))}
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.handling')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="handlers" label={t('cases.field.handlers')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="notes" label={t('cases.field.notes')}>
                <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.section.limits')}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="procedure" label={t('cases.field.procedure')}>
                <Select options={CASE_PROCEDURES.map((p) => ({ value: p, label: t(`cases.procedure.${p}`) }))} data-testid="case-procedure" />
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
              <Form.Item name="extensionNote" label={t('cases.field.extensionNote')}>
                <Input maxLength={400} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="filingExcludedDays" label={t('cases.field.filingExcludedDays')}>
                <InputNumber<number> min={0} max={3650} precision={0} data-testid="case-filing-excluded" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="excludedDays" label={t('cases.field.excludedDays')}>
                <InputNumber<number> min={0} max={3650} precision={0} />
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
                        <Select options={(['head', 'collective'] as const).map((b) => ({ value: b, label: t(`cases.extensionBy.${b}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item
                        name={[f.name, 'approvedOn']}
                        label={t('cases.field.extensionApprovedOn')}
                        rules={[{ required: true, message: t('cases.field.required') }]}
                        {...isoDateItemProps}
                      >
                        <DatePicker style={{ width: '100%' }} disabledDate={disableFuture} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={3}>
                      <Form.Item name={[f.name, 'days']} label={t('cases.field.extensionDays')} rules={[{ required: true, message: t('cases.field.required') }]}>
                        <InputNumber<number> min={1} max={3650} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={8}>
                      <Form.Item
                        name={[f.name, 'reason']}
                        label={t('cases.field.extensionReason')}
                        rules={[{ required: true, whitespace: true, message: t('cases.field.required') }]}
                      >
                        <Input maxLength={400} />
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
                <Form.Item name={name} label={t(`cases.field.${name}`)} {...isoDateItemProps}>
                  <DatePicker style={{ width: '100%' }} disabledDate={disableFuture} data-testid={`case-${name}`} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      </Space>
    </PageForm>
  );
}
