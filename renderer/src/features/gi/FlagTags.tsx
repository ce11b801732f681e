import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserFlag, UserStatus } from '../../../../shared/gi/vocabulary';

const FLAG_COLORS: Record<UserFlag, string> = {
  review_overdue: 'red',
  inspection_failed: 'volcano',
  non_use: 'orange',
  use_report_missing: 'blue',
  out_of_area: 'gold',
  out_of_scope: 'gold',
};

export function FlagTags({ flags }: { flags: readonly UserFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap>
      {flags.map((f) => (
        <Tooltip key={f} title={t(`gi.flagHelp.${f}`)}>
          <Tag color={FLAG_COLORS[f]} data-testid={`flag-${f}`}>
            {t(`gi.flag.${f}`)}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

const STATUS_COLORS: Record<UserStatus, string> = { applying: 'processing', approved: 'success', suspended: 'warning', cancelled: 'default' };

export function UserStatusTag({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="user-status">
      {t(`gi.userStatus.${status}`)}
    </Tag>
  );
}
