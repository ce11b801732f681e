/** Writing a bundle ZIP (yazl) to a file, entries in the given order, then fsync. */
import fs from 'node:fs';
import yazl from 'yazl';

/** `store`: write the bytes as they are (method 0) instead of deflating them. */
export type ZipSource = ({ name: string; buffer: Buffer } | { name: string; file: string }) & { store?: boolean };

export async function writeZip(target: string, sources: ZipSource[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const s of sources) {
    // Fixed mtime: the same content gives the same bytes (easier to compare and to test).
    const options = { mtime: new Date(Date.UTC(2000, 0, 1)), mode: 0o100644, compress: !s.store };
    if ('buffer' in s) zip.addBuffer(s.buffer, s.name, options);
    else zip.addFile(s.file, s.name, options);
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(target, { mode: 0o600 });
    zip.outputStream
      .pipe(out)
      .on('close', () => resolve())
      .on('error', reject);
    zip.outputStream.on('error', reject);
  });
  const fd = fs.openSync(target, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
