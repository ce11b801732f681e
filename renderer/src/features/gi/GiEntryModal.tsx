import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
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
            <Form.Item name="name" label={t('gi.field.name')} rules={[{ required: true, whitespace: true, message: t('cases.field.required') }]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label={t('gi.field.kind')}>
              <Select options={GI_KINDS.map((k) => ({ value: k, label: t(`gi.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="identifier" label={t('gi.field.identifier')} extra={t('gi.entry.identifierHelp')}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="registeredDate"
              label={t('gi.field.registeredDate')}
              rules={[{ pattern: /^(\d{4}(-\d{2}(-\d{2})?)?)?$/, message: t('gi.entry.dateFormat') }]}
            >
              <Input maxLength={10} placeholder="2014-10-11" />
            </Form.Item>
          </Col>
          <Col span={MARK_KINDS.includes(kind) ? 16 : 24}>
            <Form.Item name="holder" label={t('gi.field.holder')}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          {MARK_KINDS.includes(kind) ? (
            <Col span={8}>
              <Form.Item name="niceClass" label={t('gi.field.niceClass')}>
                <Input maxLength={40} placeholder="29" />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item name="areaCodes" label={t('gi.field.areaCodes')} extra={t('gi.entry.areaHelp')}>
              <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={areaOptions} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="areaText" label={t('gi.field.areaText')}>
              <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="productScope" label={t('gi.field.productScope')} extra={t('gi.entry.scopeHelp')}>
              <Select mode="tags" tokenSeparators={TAG_SEPARATORS} open={false} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="qualityStandard" label={t('gi.field.qualityStandard')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          {role === 'league' ? (
            <>
              <Col span={8}>
                <Form.Item name="status" label={t('gi.field.status')}>
                  <Select options={(['active', 'revoked'] as const).map((s) => ({ value: s, label: t(`gi.status.${s}`) }))} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="confidence" label={t('gi.field.confidence')}>
                  <Select options={CONFIDENCES.map((c) => ({ value: c, label: t(`gi.confidence.${c}`) }))} />
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
            <Form.Item name="source" label={t('gi.field.source')}>
              <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('gi.field.notes')}>
              <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
