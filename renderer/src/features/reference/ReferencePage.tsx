import { Card, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStage, HolidayEntry, TimeLimit, Township } from '../../../../shared/reference';
import type { Unit } from '../../../../shared/units';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryError } from '../../components/QueryError';

export function ReferencePage() {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('reference.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'units', label: t('reference.tabs.units'), children: <UnitsTab /> },
          { key: 'townships', label: t('reference.tabs.townships'), children: <TownshipsTab /> },
          { key: 'stages', label: t('reference.tabs.stages'), children: <StagesTab /> },
          { key: 'limits', label: t('reference.tabs.limits'), children: <LimitsTab /> },
          { key: 'holidays', label: t('reference.tabs.holidays'), children: <HolidaysTab /> },
        ]}
      />
    </Card>
  );
}

function UnitsTab() {
  const { t } = useTranslation();
  const q = useLedgerQuery('reference.units', undefined);
  if (q.error) return <QueryError error={q.error} onRetry={q.reload} />;
  return (
    <Table<Unit>
      rowKey="code"
      size="small"
      loading={q.loading}
      dataSource={q.data ?? []}
      pagination={false}
      columns={[
        { title: t('reference.code'), dataIndex: 'code', width: 100 },
        {
          title: t('reference.name'),
          dataIndex: 'name',
          render: (name: string, u) =>
            u.inGbt2260 ? (
              name
            ) : (
              <Space>
                {name}
                <Tag color="warning">{t('common.nonGbt')}</Tag>
              </Space>
            ),
        },
        { title: t('reference.shortName'), dataIndex: 'shortName', width: 140 },
        { title: t('reference.level'), dataIndex: 'level', width: 110, render: (l: Unit['level']) => t(`reference.levels.${l}`) },
        { title: t('reference.unitType'), dataIndex: 'unitType', width: 140 },
        { title: t('reference.notes'), dataIndex: 'notes' },
      ]}
    />
  );
}

function TownshipsTab() {
  const { t } = useTranslation();
  const units = useLedgerQuery('reference.units', undefined);
  const [county, setCounty] = useState<string | undefined>(undefined);
  const q = useLedgerQuery('reference.townships', { countyCode: county }, county ?? '');
  const counties = (units.data ?? []).filter((u) => u.level !== 'prefecture');
  const nameOf = (code: string) => counties.find((u) => u.code === code)?.name ?? code;
  if (q.error) return <QueryError error={q.error} onRetry={q.reload} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 240 }}
        placeholder={t('reference.countyFilter')}
        value={county}
        onChange={setCounty}
        options={counties.map((u) => ({ value: u.code, label: u.name }))}
      />
      <Table<Township>
        rowKey="code"
        size="small"
        loading={q.loading}
        dataSource={q.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('reference.code'), dataIndex: 'code', width: 130 },
          { title: t('reference.name'), dataIndex: 'name' },
          { title: t('reference.county'), dataIndex: 'countyCode', render: nameOf },
        ]}
      />
    </Space>
  );
}

function StagesTab() {
  const { t } = useTranslation();
  const q = useLedgerQuery('reference.caseStages', undefined);
  if (q.error) return <QueryError error={q.error} onRetry={q.reload} />;
  return (
    <Table<CaseStage>
      rowKey="code"
      size="small"
      loading={q.loading}
      dataSource={q.data ?? []}
      pagination={false}
      columns={[
        { title: t('reference.order'), dataIndex: 'order', width: 70 },
        { title: t('reference.stage'), dataIndex: 'name', width: 200 },
        { title: t('reference.entryEvent'), dataIndex: 'entryEvent' },
        { title: t('reference.keyDocument'), dataIndex: 'keyDocument' },
        { title: t('reference.legalBasis'), dataIndex: 'legalBasis' },
      ]}
    />
  );
}

function LimitsTab() {
  const { t } = useTranslation();
  const q = useLedgerQuery('reference.timeLimits', undefined);
  if (q.error) return <QueryError error={q.error} onRetry={q.reload} />;
  return (
    <Table<TimeLimit>
      rowKey="rule"
      size="small"
      loading={q.loading}
      dataSource={q.data ?? []}
      pagination={false}
      columns={[
        { title: t('reference.rule'), dataIndex: 'rule', width: 200 },
        { title: t('reference.limit'), dataIndex: 'limit', width: 120 },
        { title: t('reference.unit'), dataIndex: 'unit', width: 150 },
        { title: t('reference.extension'), dataIndex: 'extension' },
        { title: t('reference.legalBasis'), dataIndex: 'basis' },
        { title: t('reference.confidence'), dataIndex: 'confidence', width: 80 },
      ]}
    />
  );
}

function HolidaysTab() {
  const { t } = useTranslation();
  const years = [2024, 2025, 2026];
  const [year, setYear] = useState(Math.min(Math.max(new Date().getFullYear(), 2024), 2026));
  const q = useLedgerQuery('reference.holidays', { year }, String(year));
  if (q.error) return <QueryError error={q.error} onRetry={q.reload} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select style={{ width: 140 }} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}` }))} />
      <Table<HolidayEntry>
        rowKey="date"
        size="small"
        loading={q.loading}
        dataSource={q.data ?? []}
        pagination={false}
        columns={[
          { title: t('reference.date'), dataIndex: 'date', width: 130 },
          {
            title: t('reference.kind'),
            dataIndex: 'kind',
            width: 140,
            render: (k: HolidayEntry['kind']) => <Tag color={k === 'holiday' ? 'red' : 'default'}>{t(`reference.kinds.${k}`)}</Tag>,
          },
          { title: t('reference.holidayName'), dataIndex: 'name' },
          {
            title: t('reference.source'),
            dataIndex: 'source',
            render: (s: string) =>
              s.includes('verify') ? (
                <Space>
                  {s.replace(' (verify)', '')}
                  <Tag color="warning">{t('reference.verify')}</Tag>
                </Space>
              ) : (
                s
              ),
          },
        ]}
      />
    </Space>
  );
}
