/** A file the ledger produced for the user to save (xlsx exports): its name and bytes as base64. */
export interface ExportedFile {
  fileName: string;
  base64: string;
}
