import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableSheet } from '../../../../shared/reports/table-export';
import { useTableExport } from './use-table-export';

/** 导出表格: builds the sheets from what the screen shows when clicked. */
export function ExportButton({ fileName, sheets, disabled }: { fileName: string; sheets: () => TableSheet[]; disabled?: boolean }) {
  const { t } = useTranslation();
  const { saving, exportTables } = useTableExport();
  return (
    <Button icon={<DownloadOutlined />} loading={saving} disabled={disabled} onClick={() => void exportTables(fileName, sheets())} data-testid="report-xlsx">
      {t('reports.xlsx')}
    </Button>
  );
}
