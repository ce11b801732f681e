import { Checkbox, Col, Form, Input, Row } from 'antd';
import { lengthCount, lengthRule } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import { giFieldsOf, type GiFieldsInput } from '../../../../shared/gi/schemas';
import type { GiEntry } from '../../../../shared/gi/types';
import { CONFIDENCES, GI_KINDS, MARK_KINDS, type GiKind } from '../../../../shared/gi/vocabulary';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { FormModal } from '../../components/FormModal';
import { useAppStore } from '../../state/app-store';
import { TAG_SEPARATORS } from './tag-input';
import { usePlaces } from '../../components/use-places';

const EMPTY: GiFieldsInput = {
  name: '',
  kind: 'product',
  identifier: '',
  registeredDate: '',
  holder: '',
  niceClass: '',
  areaCodes: [],
  areaText: '',
  productScope: [],
  qualityStandard: '',
  status: 'active',
  source: '',
  confidence: 'S',
  verified: false,
  adoptedFrom: '',
  notes: '',
};

/** Add or edit a catalogue entry (league), propose one (county), or adopt a county's proposal (league). */
export function GiEntryModal({ entry, adopt, onClose, onSaved }: { entry: GiEntry | null; adopt: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GiFieldsInput>();
  const { saving, run } = useMutation();
  const role = useAppStore((s) => s.profile?.role);
  const { areaOptions } = usePlaces();
  const kind = (Form.useWatch('kind', form) ?? entry?.kind ?? 'product') as GiKind;
  const initial: GiFieldsInput = entry ? { ...giFieldsOf(entry), ...(adopt ? { status: 'active', adoptedFrom: entry.id } : {}) } : EMPTY;
  const submit = async (values: GiFieldsInput) => {
    const saved = await run(() => call('gi.save', { id: adopt ? undefined : entry?.id, fields: { ...initial, ...values } }), t('gi.entry.saved'));
    if (saved) onSaved();
  };
  const title = adopt ? t('gi.entry.adoptTitle') : entry ? t('gi.entry.editTitle') : role === 'league' ? t('gi.entry.addTitle') : t('gi.entry.proposeTitle');
  return (
    <FormModal title={title} okText={t('common.save')} saving={saving} onSubmit={() => form.submit()} onClose={onClose} okTestId="gi-entry-save" width={720}>
      <Form<GiFieldsInput> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} data-testid="gi-entry-form">
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="name"
              label={t('gi.field.name')}
              rules={[lengthRule(t, 60), { required: true, whitespace: true, message: t('cases.field.required') }]}
            >
              <Input count={lengthCount(60)} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label={t('gi.field.kind')}>
              <PinyinSelect options={GI_KINDS.map((k) => ({ value: k, label: t(`gi.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item rules={[lengthRule(t, 120)]} name="identifier" label={t('gi.field.identifier')} extra={t('gi.entry.identifierHelp')}>
              <Input count={lengthCount(120)} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="registeredDate"
              label={t('gi.field.registeredDate')}
              rules={[lengthRule(t, 10), { pattern: /^(\d{4}(-\d{2}(-\d{2})?)?)?$/, message: t('gi.entry.dateFormat') }]}
            >
              <Input count={lengthCount(10)} placeholder="2014-10-11" />
            </Form.Item>
          </Col>
          <Col span={MARK_KINDS.includes(kind) ? 16 : 24}>
            <Form.Item rules={[lengthRule(t, 120)]} name="holder" label={t('gi.field.holder')}>
              <Input count={lengthCount(120)} />
            </Form.Item>
          </Col>
          {MARK_KINDS.includes(kind) ? (
            <Col span={8}>
              <Form.Item rules={[lengthRule(t, 40)]} name="niceClass" label={t('gi.field.niceClass')}>
                <Input count={lengthCount(40)} placeholder="29" />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item name="areaCodes" label={t('gi.field.areaCodes')} extra={t('gi.entry.areaHelp')}>
              <PinyinSelect mode="multiple" allowClear options={areaOptions} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item rules={[lengthRule(t, 500)]} name="areaText" label={t('gi.field.areaText')}>
              <Input.TextArea count={lengthCount(500)} autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="productScope" label={t('gi.field.productScope')} extra={t('gi.entry.scopeHelp')}>
              <PinyinSelect mode="tags" tokenSeparators={TAG_SEPARATORS} open={false} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item rules={[lengthRule(t, 200)]} name="qualityStandard" label={t('gi.field.qualityStandard')}>
              <Input count={lengthCount(200)} />
            </Form.Item>
          </Col>
          {role === 'league' ? (
            <>
              <Col span={8}>
                <Form.Item name="status" label={t('gi.field.status')}>
                  <PinyinSelect options={(['active', 'revoked'] as const).map((s) => ({ value: s, label: t(`gi.status.${s}`) }))} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="confidence" label={t('gi.field.confidence')}>
                  <PinyinSelect options={CONFIDENCES.map((c) => ({ value: c, label: t(`gi.confidence.${c}`) }))} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="verified" label={t('gi.field.verified')} valuePropName="checked">
                  <Checkbox>{t('gi.entry.verifiedLabel')}</Checkbox>
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col span={24}>
            <Form.Item rules={[lengthRule(t, 500)]} name="source" label={t('gi.field.source')}>
              <Input.TextArea count={lengthCount(500)} autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item rules={[lengthRule(t, 1000)]} name="notes" label={t('gi.field.notes')}>
              <Input.TextArea count={lengthCount(1000)} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
