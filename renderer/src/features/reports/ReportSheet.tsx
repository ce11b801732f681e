import { Card, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';

/**
 * One printed report: the centred title, the header line (报送单位, 统计时间, …), the tables and
 * the footnote — the layout every report of the 统计报表 screen shares on screen and on paper.
 */
export function ReportSheet({
  title,
  meta,
  footnote,
  children,
  className,
}: {
  title: string;
  meta: ReactNode[];
  footnote?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Card className={`report-sheet ${className ?? ''}`}>
      <Typography.Title level={3} className="report-title">
        {title}
      </Typography.Title>
      <div className="samr-meta">
        {meta.map((m, i) => (
          <span key={i}>{m}</span>
        ))}
      </div>
      {children}
      {footnote ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {footnote}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

/** A report's table: compact, ruled, unpaged, its 合计 row (key 'total') in bold. */
export function ReportTable<Row extends { key: string }>(props: TableProps<Row>) {
  return <Table<Row> rowKey="key" size="small" bordered pagination={false} rowClassName={(r) => (r.key === 'total' ? 'samr-total' : '')} {...props} />;
}
