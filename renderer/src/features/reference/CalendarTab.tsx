import { Button, DatePicker, Form, Input, Space, Tag, Typography } from 'antd';
import { lengthCount, lengthRule } from '../../components/entry-rules';
import { PinyinSelect } from '../../components/PinyinSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../shared/reference/types';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { useLedgerQuery } from '../../api/use-ledger-query';
import { QueryTable } from '../../components/QueryTable';
import { isoDateItemProps } from '../../components/date-fields';

const DAY_KINDS = ['holiday', 'workday', 'ordinary'] as const;
type DayKind = (typeof DAY_KINDS)[number];

interface Values {
  date: string | null;
  kind: DayKind;
  name: string;
}

/** The holiday calendar in effect, editable: a change recomputes every open case's deadlines. */
export function CalendarTab() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const years = [2024, 2025, 2026, thisYear, thisYear + 1].filter((y, i, all) => all.indexOf(y) === i).sort();
  const [year, setYear] = useState(Math.min(thisYear, 2026));
  const calendar = useLedgerQuery('reference.calendar', { year }, String(year));
  const [form] = Form.useForm<Values>();
  const { saving, run } = useMutation();

  const save = async (v: Values) => {
    const saved = await run(
      () => call('reference.saveCalendarDay', { date: v.date ?? '', kind: v.kind, name: (v.name ?? '').trim() }),
      t('reference.calendar.saved'),
    );
    if (!saved) return;
    form.resetFields();
    if (v.date && Number(v.date.slice(0, 4)) !== year) setYear(Number(v.date.slice(0, 4)));
    else calendar.reload();
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('reference.calendar.intro')}</Typography.Text>
      <Form<Values>
        form={form}
        layout="inline"
        initialValues={{ date: null, kind: 'holiday', name: '' }}
        onFinish={(v) => void save(v)}
        data-testid="calendar-form"
      >
        <Form.Item name="date" rules={[{ required: true, message: t('cases.field.required') }]} {...isoDateItemProps}>
          <DatePicker placeholder={t('reference.date')} />
        </Form.Item>
        <Form.Item name="kind">
          <PinyinSelect style={{ width: 190 }} options={DAY_KINDS.map((k) => ({ value: k, label: t(`reference.calendar.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item rules={[lengthRule(t, 40)]} name="name">
          <Input placeholder={t('reference.holidayName')} count={lengthCount(40)} style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
      <PinyinSelect style={{ width: 140 }} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}` }))} />
      <QueryTable<CalendarEntry>
        query={calendar}
        rowKey="date"
        columns={[
          { title: t('reference.date'), dataIndex: 'date', width: 130 },
          {
            title: t('reference.kind'),
            dataIndex: 'kind',
            width: 140,
            render: (k: CalendarEntry['kind']) => <Tag color={k === 'holiday' ? 'red' : 'default'}>{t(`reference.kinds.${k}`)}</Tag>,
          },
          { title: t('reference.holidayName'), dataIndex: 'name' },
          {
            title: t('reference.source'),
            dataIndex: 'source',
            render: (s: string, e) =>
              e.origin === 'edited' ? (
                <Tag color="blue">{t('reference.edited')}</Tag>
              ) : s.includes('(verify)') ? (
                <Space>
                  {s.replace(' (verify)', '')}
                  <Tag color="warning">{t('reference.verify')}</Tag>
                </Space>
              ) : (
                s
              ),
          },
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_: unknown, e) => (
              <Button size="small" type="link" onClick={() => void save({ date: e.date, kind: 'ordinary', name: '' })}>
                {t('reference.calendar.restore')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
