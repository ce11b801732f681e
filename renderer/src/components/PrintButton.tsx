import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { call, LedgerCallError } from '../api/client';

/**
 * Prints the page through the print stylesheet (the app's chrome and these buttons are hidden;
 * A4 landscape with page numbers). With `pdfName`, also 另存为 PDF: the desktop app writes the
 * PDF itself (printToPDF); the browser preview cannot, and opens the print dialog instead,
 * where "Save as PDF" is one of the printers.
 */
export function PrintButton({ label, pdfName }: { label: string; pdfName?: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const savePdf = async (fileName: string) => {
    try {
      const saved = await call('print.savePdf', { fileName });
      if (saved.path) void message.success(t('print.saved', { path: saved.path }));
    } catch (error) {
      if (error instanceof LedgerCallError && error.code === 'unavailable') {
        void message.info(t('print.useDialog'));
        window.print();
      } else void message.error(t('print.failed'));
    }
  };
  return (
    <Space size={8} className="no-print">
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="no-print" data-testid="print">
        {label}
      </Button>
      {pdfName ? (
        <Button icon={<FilePdfOutlined />} onClick={() => void savePdf(pdfName)} className="no-print" data-testid="save-pdf">
          {t('print.savePdf')}
        </Button>
      ) : null}
    </Space>
  );
}
