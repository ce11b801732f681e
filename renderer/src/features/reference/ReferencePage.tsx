import { Card, Space, Tabs, Tag, Typography } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStage, TimeLimit, Township } from '../../../../shared/reference/types';
import type { Unit } from '../../../../shared/units';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryTable } from '../../components/QueryTable';
import { CalendarTab } from './CalendarTab';
import { VocabularyTab } from './VocabularyTab';

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
          { key: 'holidays', label: t('reference.tabs.holidays'), children: <CalendarTab /> },
          { key: 'vocabulary', label: t('reference.tabs.vocabulary'), children: <VocabularyTab /> },
        ]}
      />
    </Card>
  );
}

function UnitsTab() {
  const { t } = useTranslation();
  return (
    <QueryTable<Unit>
      query={useLedgerQuery('reference.units', undefined)}
      rowKey="code"
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
  const townships = useLedgerQuery('reference.townships', { countyCode: county }, county ?? '');
  const counties = (units.data ?? []).filter((u) => u.level !== 'prefecture');
  const nameOf = (code: string) => counties.find((u) => u.code === code)?.name ?? code;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <PinyinSelect
        allowClear

        style={{ width: 240 }}
        placeholder={t('reference.countyFilter')}
        value={county}
        onChange={setCounty}
        options={counties.map((u) => ({ value: u.code, label: u.name }))}
      />
      <QueryTable<Township>
        query={townships}
        rowKey="code"
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
  return (
    <QueryTable<CaseStage>
      query={useLedgerQuery('reference.caseStages', undefined)}
      rowKey="code"
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
  return (
    <QueryTable<TimeLimit>
      query={useLedgerQuery('reference.timeLimits', undefined)}
      rowKey="rule"
      columns={[
        { title: t('reference.rule'), dataIndex: 'rule', width: 200 },
        { title: t('reference.limit'), dataIndex: 'limit', width: 80 },
        { title: t('reference.unit'), dataIndex: 'unit', width: 150 },
        { title: t('reference.extension'), dataIndex: 'extension' },
        { title: t('reference.excluded'), dataIndex: 'excludedPeriods' },
        { title: t('reference.legalBasis'), dataIndex: 'basis' },
        { title: t('reference.confidence'), dataIndex: 'confidence', width: 80 },
      ]}
    />
  );
}
