import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../../../shared/history/types';
import { displayChangeValue, formatDateTime } from '../../../shared/format';
import { useLedgerQuery } from '../api/use-ledger-query';

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** Readable display of a stored value (codes, amounts in fen …) for one entity's field; null: the generic display. */
export type ChangeValueFormatter = (entity: string, field: string, value: unknown) => string | null;

/** Field-level change entries: who changed what from what to what, when. */
export function ChangeTable({
  entries,
  installationId,
  loading,
  compact,
  formatValue,
}: {
  entries: ChangeEntry[];
  installationId: string | undefined;
  loading?: boolean;
  compact?: boolean;
  /** Feature-specific display of stored values (codes, amounts in fen …); null falls back to the generic display. */
  formatValue?: ChangeValueFormatter;
}) {
  const { t, i18n } = useTranslation();
  const label = (group: 'entities' | 'fields', key: string) => (i18n.exists(`${group}.${key}`) ? t(`${group}.${key}`) : key);
  const units = useLedgerQuery('reference.units', undefined);
  // Tombstones are stored as 0/1 and owners as unit codes; show them as words.
  const show = (entity: string, field: string, json: string) => {
    if (field === 'deleted') return t(json === '1' ? 'common.yes' : 'common.no');
    const custom = formatValue?.(entity, field, parseJson(json));
    if (custom !== null && custom !== undefined) return custom;
    const text = displayChangeValue(json);
    const unit = field === 'unit_code' ? units.data?.find((u) => u.code === text) : undefined;
    return unit ? t('common.nameWithCode', { name: unit.name, code: unit.code }) : text;
  };
  const columns: ColumnsType<ChangeEntry> = [
    { title: t('changes.time'), dataIndex: 'at', width: 150, render: (at: string) => formatDateTime(at) },
    { title: t('changes.entity'), dataIndex: 'entity', width: 110, render: (e: string) => <Tag>{label('entities', e)}</Tag> },
    { title: t('changes.field'), dataIndex: 'field', width: 120, render: (f: string) => label('fields', f) },
    {
      title: t('changes.from'),
      dataIndex: 'previous',
      render: (v: string | null, e) =>
        v === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Typography.Text delete type="secondary">
            {show(e.entity, e.field, v)}
          </Typography.Text>
        ),
    },
    { title: t('changes.to'), dataIndex: 'value', render: (v: string, e) => <Typography.Text strong>{show(e.entity, e.field, v)}</Typography.Text> },
    { title: t('changes.user'), dataIndex: 'user', width: 110 },
  ];
  if (!compact) {
    columns.push({
      title: t('changes.installation'),
      dataIndex: 'installationId',
      width: 130,
      render: (id: string) =>
        id === installationId ? <Tag color="blue">{t('changes.thisInstallation')}</Tag> : <Typography.Text code>{id.slice(-8)}</Typography.Text>,
    });
  }
  return (
    <Table<ChangeEntry>
      rowKey={(e) => `${e.seq}:${e.field}`}
      size={compact ? 'small' : 'middle'}
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('changes.empty') }}
    />
  );
}
