import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Row, Spin } from 'antd';
import { lengthCount, lengthRule, notFutureRule, phoneRule } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/calendar';
import { productsOutsideScope, townshipInArea } from '../../../../shared/gi/flags';
import type { GiUserFieldsDraft } from '../../../../shared/gi/schemas';
import type { GiEntry, GiUserDetail } from '../../../../shared/gi/types';
import { call } from '../../api/client';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { useMutation } from '../../api/use-mutation';
import { PageForm } from '../../components/PageForm';
import { QueryError } from '../../components/QueryError';
import { isoDateItemProps } from '../../components/date-fields';
import { useLeaveGuard } from '../../layout/use-leave-guard';
import { checkIdentifier } from '../../components/identifier-check';
import { ConfirmIdentifierAlert, identifierItemProps } from '../../components/IdentifierFeedback';
import { useRoute } from '../../state/route';
import { showGi, showUser, usersOf } from './gi-route';
import { TAG_SEPARATORS } from './tag-input';
import { usePlaces } from '../../components/use-places';

type Values = Omit<GiUserFieldsDraft, 'appliedDate'> & { appliedDate: string | null };

/** Register an enterprise as applicant for a GI's special mark, or edit its registration. */
export function UserForm({ giId, id }: { giId?: string; id?: string }) {
  const existing = useLedgerQuery('gi.user', { id: id ?? '' }, id ?? '');
  if (id && existing.error) return <QueryError error={existing.error} onRetry={existing.reload} />;
  if (id && !existing.data) return <Spin />;
  return <UserFormBody giId={giId ?? existing.data?.record.giId ?? ''} detail={id ? (existing.data ?? null) : null} />;
}

function UserFormBody({ giId, detail }: { giId: string; detail: GiUserDetail | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const setUnsavedChanges = useRoute((s) => s.setUnsavedChanges);
  const guard = useLeaveGuard();
  const { saving, run } = useMutation();
  const { ownTownships } = usePlaces();
  const catalogue = useLedgerQuery('gi.catalogue', undefined);
  const gis = useMemo(() => (catalogue.data ?? []).filter((g) => g.status !== 'revoked'), [catalogue.data]);
  const selectedGiId = (Form.useWatch('giId', form) ?? giId) as string;
  const gi: GiEntry | undefined = gis.find((g) => g.id === selectedGiId);
  const uscc = Form.useWatch('uscc', form) as string | undefined;
  const products = (Form.useWatch('products', form) ?? []) as string[];
  const township = Form.useWatch('townshipCode', form) as string | null | undefined;
  const feedback = identifierItemProps(t, checkIdentifier('uscc', uscc), uscc, t('gi.form.usccHelp'));
  const outside = gi ? productsOutsideScope(products, gi) : [];
  const outsideArea = !!gi && !!township && gi.areaCodes.length > 0 && !townshipInArea(township, gi.areaCodes);
  const r = detail?.record;
  const initial: Values = r
    ? { ...r, townshipCode: r.townshipCode }
    : {
        giId,
        enterpriseName: '',
        uscc: '',
        usccOverride: false,
        legalRepresentative: '',
        address: '',
        townshipCode: null,
        products: [],
        varieties: '',
        contactPerson: '',
        phone: '',
        appliedDate: localIsoDate(),
        notes: '',
      };
  const back = () => guard(() => (r ? showUser(r.id) : showGi(usersOf(useRoute.getState().lists.gi, giId))));

  const submit = async (v: Values) => {
    const fields: GiUserFieldsDraft = {
      giId: v.giId,
      enterpriseName: v.enterpriseName,
      uscc: v.uscc,
      usccOverride: !!v.usccOverride,
      legalRepresentative: v.legalRepresentative ?? '',
      address: v.address ?? '',
      townshipCode: v.townshipCode ?? null,
      products: v.products ?? [],
      varieties: v.varieties ?? '',
      contactPerson: v.contactPerson ?? '',
      phone: v.phone ?? '',
      appliedDate: v.appliedDate ?? '',
      notes: v.notes ?? '',
    };
    const saved = await run(
      () => (r ? call('gi.updateUser', { id: r.id, fields }) : call('gi.createUser', fields)),
      r ? t('gi.form.saved') : t('gi.form.created'),
    );
    if (!saved) return;
    setUnsavedChanges(false);
    showUser(saved.record.id);
  };

  return (
    <PageForm<Values> form={form} initialValues={initial} onFinish={(v) => void submit(v)} testId="gi-user-form">
      <div className="page-stack">
        <Card>
          <div className="toolbar">
            <Button icon={<ArrowLeftOutlined />} onClick={back}>
              {t('cases.form.cancel')}
            </Button>
            <span style={{ flex: 1, fontWeight: 600, fontSize: 16 }}>{r ? t('gi.form.editTitle', { name: r.enterpriseName }) : t('gi.form.newTitle')}</span>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} data-testid="gi-user-save">
              {t('common.save')}
            </Button>
          </div>
        </Card>
        <Card title={t('gi.form.enterprise')}>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="giId" label={t('gi.user.gi')} rules={[{ required: true, message: t('cases.field.required') }]}>
                <PinyinSelect options={gis.map((g) => ({ value: g.id, label: g.name }))} data-testid="gi-user-gi" />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="enterpriseName"
                label={t('gi.user.enterprise')}
                rules={[lengthRule(t, 100), { required: true, whitespace: true, message: t('cases.field.required') }]}
              >
                <Input count={lengthCount(100)} data-testid="gi-user-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="uscc"
                label={t('gi.user.uscc')}
                {...feedback.itemProps}
                rules={[lengthRule(t, 40), { required: true, whitespace: true, message: t('cases.field.required') }, ...(feedback.itemProps.rules ?? [])]}
              >
                <Input count={lengthCount(40)} className="mono" data-testid="gi-user-uscc" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 40)]} name="legalRepresentative" label={t('cases.party.legalRepresentative')}>
                <Input count={lengthCount(40)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="appliedDate"
                label={t('gi.user.appliedDate')}
                rules={[notFutureRule(t), { required: true, message: t('cases.field.required') }]}
                {...isoDateItemProps}
              >
                <DatePicker style={{ width: '100%' }} data-testid="gi-user-applied" />
              </Form.Item>
            </Col>
            {feedback.needsConfirmation ? (
              <Col span={24}>
                <ConfirmIdentifierAlert name="usccOverride" testId="gi-user-confirm" />
              </Col>
            ) : null}
            <Col xs={24} md={16}>
              <Form.Item rules={[lengthRule(t, 200)]} name="address" label={t('cases.party.address')}>
                <Input count={lengthCount(200)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="townshipCode"
                label={t('gi.user.township')}
                validateStatus={outsideArea ? 'warning' : undefined}
                help={outsideArea ? t('gi.flagHelp.out_of_area') : undefined}
              >
                <PinyinSelect allowClear options={ownTownships} data-testid="gi-user-township" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 40)]} name="contactPerson" label={t('gi.user.contactPerson')}>
                <Input count={lengthCount(40)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item rules={[lengthRule(t, 40), phoneRule(t)]} name="phone" label={t('cases.party.phone')}>
                <Input count={lengthCount(40)} data-testid="gi-user-phone" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('gi.form.products')}>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name="products"
                label={t('gi.user.products')}
                rules={[{ required: true, type: 'array', min: 1, message: t('gi.form.productsRequired') }]}
                validateStatus={outside.length ? 'warning' : undefined}
                help={
                  outside.length ? t('gi.form.outsideScope', { products: outside.join('、'), scope: gi?.productScope.join('、') }) : t('gi.form.productsHelp')
                }
              >
                <PinyinSelect
                  mode="tags"
                  tokenSeparators={TAG_SEPARATORS}
                  options={(gi?.productScope ?? []).map((p) => ({ value: p, label: p }))}
                  data-testid="gi-user-products"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item rules={[lengthRule(t, 200)]} name="varieties" label={t('gi.user.varieties')}>
                <Input count={lengthCount(200)} placeholder={t('gi.form.varietiesPlaceholder')} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item rules={[lengthRule(t, 1000)]} name="notes" label={t('gi.field.notes')}>
                <Input.TextArea count={lengthCount(1000)} autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      </div>
    </PageForm>
  );
}
