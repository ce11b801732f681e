import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, DatePicker, Empty, Form, Input, InputNumber, Row, Space, Switch, Table, Tag, Typography } from 'antd';
import { MONEY_LIMITS, QUANTITY_LIMITS, lengthCount, lengthRule, notFutureRule, numberRules, yearRules } from '../../components/entry-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlausibility } from '../../components/plausibility';
import { localIsoDate } from '../../../../shared/calendar';
import type { GiUserDetail, UseReport } from '../../../../shared/gi/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';
import { fenToYuanInput, yuanInputToFen, yuanText } from '../../components/money';

/** Yearly use reports: one row per year; "填报" on an existing year corrects it. */
export function ReportsPanel({ detail, canWrite, onChange }: { detail: GiUserDetail; canWrite: boolean; onChange: (d: GiUserDetail) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<UseReport | 'new' | null>(null);
  const approved = detail.record.announcedDate !== null;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <div className="toolbar">
        <Typography.Text type="secondary" style={{ flex: 1 }}>
          {approved ? t('gi.reports.help', { years: detail.nonUseYears }) : t('gi.reports.notApproved')}
        </Typography.Text>
        {canWrite && approved ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="report-add">
            {t('gi.reports.add')}
          </Button>
        ) : null}
      </div>
      {detail.reports.length === 0 ? (
        <Empty description={t('gi.reports.empty')} />
      ) : (
        <Table<UseReport>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={detail.reports}
          data-testid="report-table"
          columns={[
            { title: t('gi.reports.year'), dataIndex: 'year', width: 80 },
            {
              title: t('gi.reports.used'),
              key: 'used',
              width: 90,
              render: (_v, r) => (r.used ? <Tag color="green">{t('gi.reports.usedYes')}</Tag> : <Tag color="orange">{t('gi.reports.usedNo')}</Tag>),
            },
            {
              title: t('gi.reports.quantity'),
              key: 'quantity',
              render: (_v, r) => (r.quantity !== null ? `${r.quantity.toLocaleString('zh-CN')} ${r.quantityUnit}` : '-'),
            },
            { title: t('gi.reports.valueYuan'), key: 'value', render: (_v, r) => yuanText(r.valueFen) || '-' },
            { title: t('gi.reports.labels'), key: 'labels', render: (_v, r) => (r.labelsPrinted !== null ? r.labelsPrinted.toLocaleString('zh-CN') : '-') },
            { title: t('gi.reports.reportedDate'), dataIndex: 'reportedDate', width: 110 },
            { title: t('gi.reports.note'), dataIndex: 'note', ellipsis: true },
            ...(canWrite
              ? [
                  {
                    title: '',
                    key: 'edit',
                    width: 70,
                    render: (_v: unknown, r: UseReport) => (
                      <Button type="link" size="small" onClick={() => setEditing(r)}>
                        {t('gi.reports.correct')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing ? (
        <ReportModal
          detail={detail}
          report={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(d) => {
            setEditing(null);
            onChange(d);
          }}
        />
      ) : null}
    </Space>
  );
}

interface Values {
  year: number;
  used: boolean;
  quantity: number | null;
  quantityUnit: string;
  value: number | null;
  labelsPrinted: number | null;
  reportedDate: string | null;
  note: string;
  confirmUnused?: boolean;
}

function ReportModal({
  detail,
  report,
  onClose,
  onDone,
}: {
  detail: GiUserDetail;
  report: UseReport | null;
  onClose: () => void;
  onDone: (d: GiUserDetail) => void;
}) {
  const { t } = useTranslation();
  const plausible = usePlausibility((s) => s.thresholds);
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const used = Form.useWatch('used', form) ?? report?.used ?? true;
  const thisYear = Number(localIsoDate().slice(0, 4));
  const reportedYears = new Set(detail.reports.map((r) => r.year));
  // Default to the most recent year without a report (usually last year, filed early in the new one).
  const defaultYear = report?.year ?? [thisYear - 1, thisYear].find((y) => !reportedYears.has(y)) ?? thisYear;
  const submit = async (v: Values) => {
    const updated = await run(
      () =>
        call('gi.saveReport', {
          userId: detail.record.id,
          year: v.year,
          used: v.used,
          quantity: v.used ? (v.quantity ?? null) : null,
          quantityUnit: v.used ? (v.quantityUnit ?? '').trim() : '',
          valueFen: v.used ? yuanInputToFen(v.value) : null,
          labelsPrinted: v.used ? (v.labelsPrinted ?? null) : null,
          reportedDate: v.reportedDate ?? '',
          note: (v.note ?? '').trim(),
        }),
      t('gi.reports.saved', { year: v.year }),
    );
    if (updated) onDone(updated);
  };
  return (
    <FormModal
      title={report ? t('gi.reports.correctTitle', { year: report.year }) : t('gi.reports.addTitle')}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="report-submit"
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          year: defaultYear,
          used: report?.used ?? true,
          quantity: report?.quantity ?? null,
          quantityUnit: report?.quantityUnit ?? t('gi.reports.defaultUnit'),
          value: fenToYuanInput(report?.valueFen),
          labelsPrinted: report?.labelsPrinted ?? null,
          reportedDate: report?.reportedDate ?? localIsoDate(),
          note: report?.note ?? '',
        }}
        onFinish={(v) => void submit(v)}
        data-testid="report-form"
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="year"
              label={t('gi.reports.year')}
              rules={[{ required: true, message: t('cases.field.required') }, ...yearRules(t, 2000, thisYear)]}
            >
              <InputNumber<number> style={{ width: '100%' }} disabled={!!report} data-testid="report-year" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="used" label={t('gi.reports.used')} valuePropName="checked">
              <Switch checkedChildren={t('gi.reports.usedYes')} unCheckedChildren={t('gi.reports.usedNo')} data-testid="report-used" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="reportedDate"
              label={t('gi.reports.reportedDate')}
              rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
              {...isoDateItemProps}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {used ? (
            <>
              <Col span={8}>
                <Form.Item name="quantity" label={t('gi.reports.quantity')} rules={numberRules(t, QUANTITY_LIMITS, plausible.quantity)}>
                  <InputNumber<number> style={{ width: '100%' }} data-testid="report-quantity" />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item rules={[lengthRule(t, 20)]} name="quantityUnit" label={t('gi.reports.unit')}>
                  <Input count={lengthCount(20)} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name="value" label={t('gi.reports.valueYuan')} rules={numberRules(t, MONEY_LIMITS, plausible.amountYuan)}>
                  <InputNumber<number> style={{ width: '100%' }} data-testid="report-value" />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name="labelsPrinted" label={t('gi.reports.labels')} rules={numberRules(t, { max: 1e12, decimals: 0 }, plausible.quantity)}>
                  <InputNumber<number> style={{ width: '100%' }} data-testid="report-labels" />
                </Form.Item>
              </Col>
            </>
          ) : (
            <Col span={24}>
              <Form.Item
                name="confirmUnused"
                valuePropName="checked"
                rules={[{ validator: async (_r, v: boolean) => (v ? undefined : Promise.reject(new Error(t('cases.party.confirmMissing')))) }]}
              >
                <Checkbox data-testid="report-confirm-unused">{t('gi.reports.confirmUnused', { years: detail.nonUseYears })}</Checkbox>
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item rules={[lengthRule(t, 500)]} name="note" label={t('gi.reports.note')}>
              <Input.TextArea count={lengthCount(500)} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
