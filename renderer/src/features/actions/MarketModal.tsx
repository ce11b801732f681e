import { Form, Input, Switch } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { lengthCount, lengthRule } from '../../components/entry-rules';
import { useTranslation } from 'react-i18next';
import type { KeyMarketRecord } from '../../../../shared/actions/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { usePlaces } from '../../components/use-places';
import { useVocabulary } from '../../components/use-vocabulary';

interface Values {
  name: string;
  kind: string;
  townshipCode: string | null;
  active: boolean;
  notes: string;
}

/** Add or correct one key physical market of the county (辖区重点实体市场). */
export function MarketModal({ market, onClose, onDone }: { market: KeyMarketRecord | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();
  const places = usePlaces();
  const vocabulary = useVocabulary();
  const initial: Values = market ?? { name: '', kind: '', townshipCode: null, active: true, notes: '' };
  const submit = async (v: Values) => {
    const saved = await run(
      () =>
        call('actions.saveMarket', {
          id: market?.id,
          name: v.name.trim(),
          kind: v.kind ?? '',
          townshipCode: v.townshipCode ?? null,
          active: v.active,
          notes: (v.notes ?? '').trim(),
        }),
      t('actions.saved'),
    );
    if (saved) onDone();
  };
  return (
    <FormModal
      title={market ? t('actions.editMarket') : t('actions.addMarket')}
      okText={t('common.save')}
      saving={saving}
      onSubmit={() => form.submit()}
      onClose={onClose}
      okTestId="market-save"
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        <Form.Item name="name" label={t('actions.market.name')} rules={[lengthRule(t, 100), { required: true, whitespace: true, message: t('actions.required') }]}>
          <Input count={lengthCount(100)} data-testid="market-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('actions.market.kind')}>
          <PinyinSelect allowClear options={vocabulary.options('place_type').map((o) => ({ value: o.label, label: o.label }))} />
        </Form.Item>
        <Form.Item name="townshipCode" label={t('actions.market.township')}>
          <PinyinSelect allowClear showSearch optionFilterProp="label" options={places.ownTownships} />
        </Form.Item>
        <Form.Item name="active" label={t('actions.market.active')} valuePropName="checked" tooltip={t('actions.market.activeHelp')}>
          <Switch />
        </Form.Item>
        <Form.Item name="notes" label={t('actions.market.notes')} rules={[lengthRule(t, 400)]}>
          <Input.TextArea count={lengthCount(400)} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
