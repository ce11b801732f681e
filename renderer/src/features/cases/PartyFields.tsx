import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, type FormInstance } from 'antd';
import { lengthCount, lengthRule, phoneRule } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useTranslation } from 'react-i18next';
import { ID_TYPES, PARTY_KINDS, type IdType } from '../../../../shared/cases/vocabulary';
import { checkIdentifier } from '../../components/identifier-check';
import { ConfirmIdentifierAlert, identifierItemProps } from '../../components/IdentifierFeedback';
import type { CaseFormValues, PartyFormValue } from './form-values';

/** One or more parties; identifiers are checked as typed, warnings need an explicit confirmation. */
export function PartyFields({ form, townships }: { form: FormInstance<CaseFormValues>; townships: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const parties = (Form.useWatch('parties', form) ?? []) as PartyFormValue[];
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => {
            const party = parties[index];
            const feedback = identifierItemProps(t, checkIdentifier(party?.idType, party?.idNumber), party?.idNumber);
            return (
              <Card
                key={field.key}
                size="small"
                className="party-card"
                title={t('cases.party.title', { n: index + 1 })}
                extra={
                  fields.length > 1 ? (
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('cases.party.remove')}>
                      {t('cases.party.remove')}
                    </Button>
                  ) : null
                }
                data-testid={`party-${index}`}
              >
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} md={5}>
                    <Form.Item name={[field.name, 'kind']} label={t('cases.party.kind')}>
                      <PinyinSelect
                        data-testid={`party-${index}-kind`}
                        options={PARTY_KINDS.map((k) => ({ value: k, label: t(`cases.partyKind.${k}`) }))}
                        onChange={(kind) => form.setFieldValue(['parties', field.name, 'idType'], kind === 'person' ? 'id_card' : 'uscc')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('cases.party.name')}
                      rules={[lengthRule(t, 100), { required: true, whitespace: true, message: t('cases.party.nameRequired') }]}
                    >
                      <Input count={lengthCount(100)} data-testid={`party-${index}-name`} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item rules={[lengthRule(t, 40)]} name={[field.name, 'legalRepresentative']} label={t('cases.party.legalRepresentative')}>
                      <Input count={lengthCount(40)} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item name={[field.name, 'idType']} label={t('cases.party.idType')}>
                      <PinyinSelect options={ID_TYPES.map((k: IdType) => ({ value: k, label: t(`cases.idType.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={17}>
                    <Form.Item
                      name={[field.name, 'idNumber']}
                      label={t('cases.party.idNumber')}
                      {...feedback.itemProps}
                      rules={[lengthRule(t, 40), ...(feedback.itemProps.rules ?? [])]}
                    >
                      <Input count={lengthCount(40)} className="mono" data-testid={`party-${index}-id`} />
                    </Form.Item>
                  </Col>
                  {feedback.needsConfirmation ? (
                    <Col span={24}>
                      <ConfirmIdentifierAlert name={[field.name, 'idOverride']} testId={`party-${index}-confirm`} />
                    </Col>
                  ) : null}
                  <Col xs={24} md={12}>
                    <Form.Item rules={[lengthRule(t, 200)]} name={[field.name, 'address']} label={t('cases.party.address')}>
                      <Input count={lengthCount(200)} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item name={[field.name, 'townshipCode']} label={t('cases.party.township')}>
                      <PinyinSelect allowClear options={townships} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item rules={[lengthRule(t, 40), phoneRule(t)]} name={[field.name, 'phone']} label={t('cases.party.phone')}>
                      <Input count={lengthCount(40)} data-testid={`party-${index}-phone`} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            );
          })}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyParty())} block>
            {t('cases.party.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function emptyParty(): PartyFormValue {
  return {
    kind: 'organisation',
    name: '',
    idType: 'uscc',
    idNumber: '',
    idOverride: false,
    legalRepresentative: '',
    address: '',
    townshipCode: null,
    phone: '',
  };
}
