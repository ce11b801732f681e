import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Segmented, Space, Switch, Table, Tag, Typography } from 'antd';
import { lengthCount, lengthRule } from '../../components/entry-rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyItem } from '../../../../shared/cases/types';
import { VOCABULARY_KINDS, type VocabularyKind } from '../../../../shared/cases/vocabulary';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';

interface Values {
  name: string;
  nameEn: string;
}

/**
 * Campaign tags and the other open vocabularies of the case log. Items are never deleted (old
 * cases keep their tags): they are switched off. Edits travel league → county in return bundles.
 */
export function VocabularyTab() {
  const { t } = useTranslation();
  const { run } = useMutation();
  const [kind, setKind] = useState<VocabularyKind>('campaign');
  const items = useLedgerQuery('reference.vocabulary', { kind }, kind);
  const [editing, setEditing] = useState<VocabularyItem | 'new' | null>(null);
  const [form] = Form.useForm<Values>();

  const save = async (item: Pick<VocabularyItem, 'code' | 'name' | 'nameEn' | 'active'>) => {
    const saved = await run(() => call('reference.saveVocabularyItem', { kind, ...item }), t('reference.vocabulary.saved'));
    if (!saved) return;
    items.reload();
    setEditing(null);
  };
  const submit = (v: Values) => {
    const code = editing && editing !== 'new' ? editing.code : `local_${Date.now().toString(36)}`;
    void save({ code, name: v.name.trim(), nameEn: (v.nameEn ?? '').trim(), active: editing && editing !== 'new' ? editing.active : true });
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('reference.vocabulary.intro')}</Typography.Text>
      <Space wrap>
        <Segmented
          value={kind}
          onChange={(k) => setKind(k as VocabularyKind)}
          options={VOCABULARY_KINDS.map((k) => ({ value: k, label: t(`reference.vocabulary.kinds.${k}`) }))}
        />
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            form.resetFields();
            setEditing('new');
          }}
          data-testid="vocabulary-add"
        >
          {t('reference.vocabulary.add')}
        </Button>
      </Space>
      {items.error ? <QueryError error={items.error} onRetry={items.reload} /> : null}
      <Table<VocabularyItem>
        size="small"
        rowKey="code"
        pagination={false}
        loading={items.loading}
        dataSource={items.data ?? []}
        columns={[
          { title: t('reference.name'), dataIndex: 'name' },
          { title: t('reference.vocabulary.nameEn'), dataIndex: 'nameEn' },
          {
            title: t('reference.source'),
            dataIndex: 'origin',
            width: 130,
            render: (o: VocabularyItem['origin']) =>
              o === 'edited' ? <Tag color="blue">{t('reference.edited')}</Tag> : <Tag>{t('reference.vocabulary.shipped')}</Tag>,
          },
          {
            title: t('reference.vocabulary.active'),
            dataIndex: 'active',
            width: 90,
            render: (active: boolean, item) => <Switch size="small" checked={active} onChange={(on) => void save({ ...item, active: on })} />,
          },
          {
            title: '',
            key: 'edit',
            width: 90,
            render: (_: unknown, item) => (
              <Button
                size="small"
                type="link"
                onClick={() => {
                  form.setFieldsValue({ name: item.name, nameEn: item.nameEn });
                  setEditing(item);
                }}
              >
                {t('reference.vocabulary.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('reference.vocabulary.add') : t('reference.vocabulary.edit')}
        okText={t('common.save')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ name: '', nameEn: '' }}>
          <Form.Item
            name="name"
            label={t('reference.name')}
            rules={[lengthRule(t, 40), { required: true, whitespace: true, message: t('cases.field.required') }]}
          >
            <Input count={lengthCount(40)} autoFocus data-testid="vocabulary-name" />
          </Form.Item>
          <Form.Item rules={[lengthRule(t, 60)]} name="nameEn" label={t('reference.vocabulary.nameEn')}>
            <Input count={lengthCount(60)} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
