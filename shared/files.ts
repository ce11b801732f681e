/** A file the ledger produced for the user to save (xlsx exports): its name and bytes as base64. */
export interface ExportedFile {
  fileName: string;
  base64: string;
}

/**
 * Evidence files of any feature are at most 20 MiB each, of these types (decided from the bytes,
 * never from the name): photos and scans, PDF, Word and Excel (old and new formats) and OFD (the
 * national fixed-layout format of e-government documents, GB/T 33190).
 */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/bmp', 'image/tiff'] as const;
export const DOCUMENT_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/ofd',
] as const;
export const ATTACHMENT_TYPES = [...IMAGE_TYPES, ...DOCUMENT_TYPES] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** What a file picker offers (browsers do not know every type, e.g. OFD, by MIME alone). */
export const ATTACHMENT_ACCEPT = [
  ...ATTACHMENT_TYPES,
  '.jpg',
  '.jpeg',
  '.png',
  '.gif',
  '.webp',
  '.bmp',
  '.tif',
  '.tiff',
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ofd',
].join(',');

/** By name, for the screen's first check before upload (the ledger decides by the bytes). */
export function looksLikeAttachment(fileName: string): boolean {
  return /\.(jpe?g|png|gif|webp|bmp|tiff?|pdf|docx?|xlsx?|ofd)$/i.test(fileName);
}
