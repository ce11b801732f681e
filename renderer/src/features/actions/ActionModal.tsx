import { AutoComplete, Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { QUANTITY_LIMITS, lengthCount, lengthRule, notFutureRule, numberRules } from '../../components/entry-rules';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import type { ActionRecord, KeyMarketRecord } from '../../../../shared/actions/types';
import { ACTION_TARGETS, type ActionTarget } from '../../../../shared/actions/vocabulary';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { isoDateItemProps } from '../../components/date-fields';
import { usePlaces } from '../../components/use-places';
import { useVocabulary } from '../../components/use-vocabulary';

interface Values {
  date: string | null;
  title: string;
  campaigns: string[];
  target: ActionTarget;
  physicalMarket: boolean;
  marketName: string;
  staff: number | null;
  businessesInspected: number | null;
  marketsInspected: number | null;
  seizedGoods: string;
  seizedQty: number | null;
  seizedUnit: string;
  townshipCode: string | null;
  notes: string;
}

/** Record or correct one enforcement action (执法行动记录). */
export function ActionModal({
  action,
  markets,
  onClose,
  onDone,
}: {
  action: ActionRecord | null;
  markets: KeyMarketRecord[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const vocabulary = useVocabulary();
  const places = usePlaces();
  const physicalMarket = Form.useWatch('physicalMarket', form) ?? action?.physicalMarket ?? false;
  const initial: Values = action
    ? { ...action, staff: action.staff, businessesInspected: action.businessesInspected, marketsInspected: action.marketsInspected }
    : {
        date: localIsoDate(),
        title: '',
        campaigns: [],
        target: 'key_market',
        physicalMarket: false,
        marketName: '',
        staff: null,
        businessesInspected: null,
        marketsInspected: null,
        seizedGoods: '',
        seizedQty: null,
        seizedUnit: '',
        townshipCode: null,
        notes: '',
      };
  const submit = async (v: Values) => {
    const fields = {
      date: v.date ?? '',
      title: v.title.trim(),
      campaigns: v.campaigns ?? [],
      target: v.target,
      physicalMarket: v.physicalMarket,
      marketName: v.physicalMarket ? (v.marketName ?? '').trim() : '',
      staff: v.staff ?? 0,
      businessesInspected: v.businessesInspected ?? 0,
      marketsInspected: v.marketsInspected ?? 0,
      seizedGoods: (v.seizedGoods ?? '').trim(),
      seizedQty: v.seizedQty ?? null,
      seizedUnit: (v.seizedUnit ?? '').trim(),
      townshipCode: v.townshipCode ?? null,
      notes: (v.notes ?? '').trim(),
    };
    const saved = await run(() => call('actions.save', { id: action?.id, fields }), t('actions.saved'));
    if (saved) onDone();
  };
  const count = (name: keyof Values, label: string, testId: string) => (
    <Form.Item name={name} label={label} rules={numberRules(t, { max: 100000, decimals: 0 })}>
      <InputNumber<number> style={{ width: '100%' }} data-testid={testId} />
    </Form.Item>
  );
  return (
    <FormModal
      title={action ? t('actions.editTitle') : t('actions.addTitle')}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="action-save"
      width={760}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="date" label={t('actions.field.date')} rules={[notFutureRule(t), { required: true, message: t('actions.required') }]} {...isoDateItemProps}>
              <DatePicker style={{ width: '100%' }} data-testid="action-date" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="title" label={t('actions.field.title')} rules={[lengthRule(t, 120), { required: true, whitespace: true, message: t('actions.required') }]}>
              <Input count={lengthCount(120)} placeholder={t('actions.titlePlaceholder')} data-testid="action-title" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="campaigns" label={t('actions.field.campaigns')}>
              <PinyinSelect mode="multiple" allowClear options={vocabulary.options('campaign')} data-testid="action-campaigns" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="target" label={t('actions.field.target')} tooltip={t('actions.targetHelp')}>
              <Radio.Group optionType="button" options={ACTION_TARGETS.map((v) => ({ value: v, label: t(`actions.target.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="physicalMarket" valuePropName="checked" label={t('actions.field.physicalMarket')}>
              <Checkbox data-testid="action-physical">{t('actions.inPhysicalMarket')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="marketName"
              label={t('actions.field.marketName')}
              dependencies={['physicalMarket']}
              rules={[{ required: physicalMarket, whitespace: true, message: t('validation.action_market_required') }]}
            >
              <AutoComplete
                disabled={!physicalMarket}
                options={markets.map((m) => ({ value: m.name }))}
                filterOption={(input, option) => String(option?.value ?? '').includes(input)}
                placeholder={physicalMarket ? t('actions.marketPlaceholder') : ''}
                data-testid="action-market"
              />
            </Form.Item>
          </Col>
          <Col span={8}>{count('staff', t('actions.field.staff'), 'action-staff')}</Col>
          <Col span={8}>{count('businessesInspected', t('actions.field.businessesInspected'), 'action-businesses')}</Col>
          <Col span={8}>{count('marketsInspected', t('actions.field.marketsInspected'), 'action-markets')}</Col>
          <Col span={10}>
            <Form.Item name="seizedGoods" label={t('actions.field.seizedGoods')} rules={[lengthRule(t, 200)]}>
              <Input count={lengthCount(200)} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="seizedQty" label={t('actions.field.seizedQty')} rules={numberRules(t, QUANTITY_LIMITS)}>
              <InputNumber<number> style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="seizedUnit" label={t('cases.field.quantityUnit')} rules={[lengthRule(t, 20)]}>
              <Input count={lengthCount(20)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="townshipCode" label={t('actions.field.township')}>
              <PinyinSelect allowClear showSearch optionFilterProp="label" options={places.ownTownships} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('actions.field.notes')} rules={[lengthRule(t, 2000)]}>
              <Input.TextArea count={lengthCount(2000)} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
