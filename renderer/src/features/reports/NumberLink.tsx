import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A figure in a report: click it to see the records it counts. Zero opens nothing. */
export function NumberLink({ value, display, onOpen, testId }: { value: number; display?: ReactNode; onOpen: () => void; testId?: string }) {
  if (value === 0) return <span className="report-zero">{display ?? 0}</span>;
  return (
    <Typography.Link onClick={onOpen} className="report-number" data-testid={testId}>
      {display ?? value.toLocaleString('zh-CN')}
    </Typography.Link>
  );
}
