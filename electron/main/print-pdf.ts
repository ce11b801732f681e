/**
 * 另存为 PDF: the window prints itself through the print stylesheet (A4 landscape, page numbers
 * in the page margin) with Chromium's printToPDF, and the user picks where the file goes. It
 * runs in the main process (it needs the window), so the data worker answers this method only
 * with `unavailable` — which is also what the browser preview gets, and the screen then falls
 * back to the browser's own print dialog.
 */
import fs from 'node:fs/promises';
import { fail, ok, type Envelope } from '../../shared/errors';
import { savePdfInputSchema } from '../../shared/print';

/** The slices of Electron's WebContents and dialog this needs (tests pass fakes). */
export interface PdfSource {
  printToPDF(options: { landscape: boolean; pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
}
export interface SaveDialog {
  showSaveDialog(options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
}

export async function savePageAsPdf(source: PdfSource, dialog: SaveDialog, input: unknown, defaultDir: string): Promise<Envelope<{ path: string | null }>> {
  const parsed = savePdfInputSchema.safeParse(input);
  if (!parsed.success) return fail('invalid_input', parsed.error.message);
  const fileName = parsed.data.fileName.replace(/[\\/:*?"<>|]/g, '_');
  const choice = await dialog.showSaveDialog({ defaultPath: `${defaultDir}/${fileName}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (choice.canceled || !choice.filePath) return ok({ path: null });
  try {
    // preferCSSPageSize: the stylesheet's @page (A4 landscape, margins, page numbers) decides the layout.
    const bytes = await source.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    await fs.writeFile(choice.filePath, bytes);
    return ok({ path: choice.filePath });
  } catch (error) {
    return fail('internal', `could not write the PDF: ${error instanceof Error ? error.message : String(error)}`);
  }
}
