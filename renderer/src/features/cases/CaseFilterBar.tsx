import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Segmented, Space } from 'antd';
import { PinyinSelect } from '../../components/PinyinSelect';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CASE_CATEGORIES, CASE_FLAGS, MAIN_STAGES, type CaseCategory, type CaseFlag, type MainStage } from '../../../../shared/cases/vocabulary';
import { CASE_DATE_FIELDS, type CaseDateField } from '../../../../shared/cases/schemas';
import { useLeagueUnits } from '../../components/use-league';
import { useAppStore } from '../../state/app-store';
import { useRoute } from '../../state/route';
import { useVocabulary } from '../../components/use-vocabulary';

const DEADLINE_FILTERS = ['any', 'overdue', 'due_soon', 'open'] as const;

/** Search and filters of the case list; every change reloads the first page. */
export function CaseFilterBar() {
  const { t } = useTranslation();
  const query = useRoute((s) => s.lists.cases.params.query);
  const setQuery = useRoute((s) => s.filterCases);
  const resetQuery = useRoute((s) => s.resetCaseFilters);
  const vocabulary = useVocabulary();
  const profile = useAppStore((s) => s.profile);
  const units = useLeagueUnits();
  const range: [Dayjs | null, Dayjs | null] | null =
    query.dateFrom || query.dateTo ? [query.dateFrom ? dayjs(query.dateFrom) : null, query.dateTo ? dayjs(query.dateTo) : null] : null;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap size={12}>
        <Input.Search
          allowClear
          defaultValue={query.search}
          placeholder={t('cases.searchPlaceholder')}
          onSearch={(search) => setQuery({ search })}
          style={{ width: 460 }}
          data-testid="case-search"
        />
        <Segmented
          value={query.deadline ?? 'any'}
          onChange={(value) => {
            const deadline = value as (typeof DEADLINE_FILTERS)[number];
            // Overdue and due-soon lists are worked through most urgent first.
            setQuery(deadline === 'overdue' || deadline === 'due_soon' ? { deadline, sort: 'deadline', order: 'asc' } : { deadline });
          }}
          options={DEADLINE_FILTERS.map((value) => ({ value, label: t(`cases.deadlineFilter.${value}`) }))}
          data-testid="deadline-filter"
        />
      </Space>
      <Space wrap size={12}>
        <PinyinSelect
          mode="multiple"
          allowClear
          placeholder={t('cases.filterCampaigns')}
          value={query.campaigns ?? []}
          onChange={(campaigns: string[]) => setQuery({ campaigns })}
          options={vocabulary.options('campaign')}
          style={{ width: 150 }}
          maxTagCount="responsive"
        />
        <PinyinSelect
          mode="multiple"
          allowClear
          placeholder={t('cases.filterCategories')}
          value={query.categories ?? []}
          onChange={(categories: CaseCategory[]) => setQuery({ categories })}
          options={CASE_CATEGORIES.map((c) => ({ value: c, label: t(`cases.category.${c}`) }))}
          style={{ width: 150 }}
          maxTagCount="responsive"
        />
        <PinyinSelect
          mode="multiple"
          allowClear
          placeholder={t('cases.filterStages')}
          value={query.stages ?? []}
          onChange={(stages: MainStage[]) => setQuery({ stages })}
          options={MAIN_STAGES.map((s) => ({ value: s, label: t(`cases.stage.${s}`) }))}
          style={{ width: 150 }}
          maxTagCount="responsive"
        />
        <PinyinSelect
          mode="multiple"
          allowClear
          placeholder={t('cases.filterFlags')}
          value={query.flags ?? []}
          onChange={(flags: CaseFlag[]) => setQuery({ flags })}
          options={CASE_FLAGS.map((f) => ({ value: f, label: t(`cases.flag.${f}`) }))}
          style={{ width: 150 }}
          maxTagCount="responsive"
        />
        <Input
          allowClear
          placeholder={t('cases.filterHandler')}
          defaultValue={query.handler}
          onPressEnter={(e) => setQuery({ handler: e.currentTarget.value })}
          onClear={() => setQuery({ handler: '' })}
          style={{ width: 130 }}
        />
        {profile?.role === 'league' ? (
          <PinyinSelect
            allowClear

            placeholder={t('cases.filterUnit')}
            value={query.unitCode}
            onChange={(unitCode?: string) => setQuery({ unitCode })}
            options={units}
            style={{ width: 150 }}
            data-testid="unit-filter"
          />
        ) : null}
        <PinyinSelect
          value={query.dateField ?? 'lead'}
          onChange={(dateField: CaseDateField) => setQuery({ dateField })}
          options={CASE_DATE_FIELDS.map((f) => ({ value: f, label: t(`cases.dateField.${f}`) }))}
          style={{ width: 120 }}
          data-testid="date-field"
        />
        <DatePicker.RangePicker
          value={range}
          allowEmpty={[true, true]}
          placeholder={[t('cases.filterDates'), t('cases.filterDates')]}
          onChange={(dates) => setQuery({ dateFrom: dates?.[0]?.format('YYYY-MM-DD'), dateTo: dates?.[1]?.format('YYYY-MM-DD') })}
        />
        <Button icon={<ClearOutlined />} onClick={resetQuery}>
          {t('cases.resetFilters')}
        </Button>
      </Space>
    </Space>
  );
}
