/** A read-only table over one contract query: error with retry, loading, translated empty state. */
import { Table, type TableProps } from 'antd';
import type { QueryState } from '../api/use-ledger-query';
import { QueryError } from './QueryError';

export function QueryTable<T extends object>({ query, ...table }: { query: QueryState<T[]> } & Omit<TableProps<T>, 'dataSource' | 'loading'>) {
  if (query.error) return <QueryError error={query.error} onRetry={query.reload} />;
  return <Table<T> size="small" pagination={false} {...table} loading={query.loading} dataSource={query.data ?? []} />;
}
