import { Alert, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Pages rendered at most (a scanned evidence PDF is rarely longer; the rest is one click away in a viewer). */
const MAX_PAGES = 30;

/**
 * Renders a PDF into canvases with pdf.js, loaded only when a PDF is opened. Works the same in
 * Electron's sandboxed renderer and in a plain browser: no plugin, no eval, worker from our origin.
 */
export function PdfPreview({ bytes }: { bytes: Uint8Array }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ pages: number; error: string | null; done: boolean }>({ pages: 0, error: null, done: false });
  useEffect(() => {
    let cancelled = false;
    const target = container.current;
    void (async () => {
      try {
        const pdfjs = await import('pdfjs-dist');
        const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
        pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
        const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
        for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES) && !cancelled; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: 1.4 });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.className = 'pdf-page';
          target?.appendChild(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setState({ pages: doc.numPages, error: null, done: true });
        await doc.destroy();
      } catch (error) {
        if (!cancelled) setState({ pages: 0, error: error instanceof Error ? error.message : String(error), done: true });
      }
    })();
    return () => {
      cancelled = true;
      target?.replaceChildren();
    };
  }, [bytes]);
  return (
    <div>
      {state.error ? <Alert type="error" showIcon title={state.error} /> : null}
      {!state.done ? (
        <Spin tip={t('cases.attachments.reading')} />
      ) : (
        <Typography.Text type="secondary">{t('cases.attachments.pdfPages', { count: state.pages })}</Typography.Text>
      )}
      <div ref={container} className="pdf-pages" data-testid="pdf-pages" />
    </div>
  );
}
