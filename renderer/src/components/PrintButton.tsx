import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** Prints the page through the print stylesheet (the app's chrome and this button are hidden). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button icon={<PrinterOutlined />} onClick={() => window.print()} className="no-print" data-testid="print">
      {label}
    </Button>
  );
}
