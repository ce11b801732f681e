import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Which optional columns of a list are shown (列设置), remembered per PC and list. Key columns are
 * not offered: they are always shown. A damaged or missing entry means the list's defaults.
 */
export function readHiddenColumns(raw: string | null, defaults: readonly string[]): string[] {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) && parsed.every((k) => typeof k === 'string') ? parsed : [...defaults];
  } catch {
    return [...defaults];
  }
}

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function useHiddenColumns(list: string, defaults: readonly string[]): [string[], (hidden: string[]) => void] {
  const key = `ip-ledger.columns.${list}`;
  const [hidden, setHidden] = useState(() => readHiddenColumns(store()?.getItem(key) ?? null, defaults));
  return [
    hidden,
    (next) => {
      store()?.setItem(key, JSON.stringify(next));
      setHidden(next);
    },
  ];
}

export function ColumnChooser({
  options,
  hidden,
  onChange,
}: {
  options: { key: string; label: string }[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}) {
  const { t } = useTranslation();
  const shown = options.filter((o) => !hidden.includes(o.key)).map((o) => o.key);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      content={
        <Space direction="vertical" size={4}>
          <Typography.Text type="secondary">{t('common.columnsHelp')}</Typography.Text>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            value={shown}
            options={options.map((o) => ({ value: o.key, label: o.label }))}
            onChange={(keys) => onChange(options.map((o) => o.key).filter((k) => !keys.includes(k)))}
            data-testid="column-chooser-options"
          />
        </Space>
      }
    >
      <Button size="small" icon={<SettingOutlined />} data-testid="column-chooser">
        {t('common.columns')}
      </Button>
    </Popover>
  );
}
