/** 导出表格 for any report: the screen's tables, as shown, written as xlsx by the main process. */
import { useTranslation } from 'react-i18next';
import type { TableSheet } from '../../../../shared/reports/table-export';
import { call } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { downloadBase64, XLSX_MIME } from '../../components/download';

/** One exported column: its header, optional merged group header, number format and value. */
export interface ExportColumn<Row> {
  label: string;
  group?: string;
  format: TableSheet['columns'][number]['format'];
  value: (row: Row) => string | number | null;
}

export function sheetOf<Row>(
  spec: { name: string; title: string; meta: string[]; footnote?: string; totalRow?: boolean },
  columns: ExportColumn<Row>[],
  rows: Row[],
): TableSheet {
  return {
    ...spec,
    // Excel's tab names: at most 31 characters, none of []:*?/\.
    name: spec.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31),
    columns: columns.map(({ label, group, format }) => ({ label, group, format })),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
  };
}

export function useTableExport(): { saving: boolean; exportTables: (fileName: string, sheets: TableSheet[]) => Promise<void> } {
  const { t } = useTranslation();
  const { saving, run } = useMutation();
  const exportTables = async (fileName: string, sheets: TableSheet[]) => {
    const file = await run(() => call('reports.tableXlsx', { fileName, sheets }), t('reports.exported'));
    if (file) downloadBase64(file.fileName, file.base64, XLSX_MIME);
  };
  return { saving, exportTables };
}
