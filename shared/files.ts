/** A file the ledger produced for the user to save (xlsx exports): its name and bytes as base64. */
export interface ExportedFile {
  fileName: string;
  base64: string;
}

/** Evidence files (photos and PDFs of any feature) are at most 20 MiB each, of these types (decided from the bytes). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'] as const;
