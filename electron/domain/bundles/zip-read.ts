/**
 * Reading a bundle ZIP defensively (yauzl): every entry's name, type, size and compression ratio
 * is checked against the format's limits before any entry is read, and reads stop at the
 * declared size (yauzl's validateEntrySizes) — so a zip bomb, a zip-slip name or a symlink is
 * refused before it costs anything.
 */
import yauzl from 'yauzl';
import { BundleError, ENTRY_NAME, LIMITS, MANIFEST, SIGNATURE, CHANGES } from './format';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  entry: yauzl.Entry;
}

export interface OpenZip {
  entries: Map<string, ZipEntryInfo>;
  /** Stream an entry through `onChunk`, refusing more than `maxBytes`. */
  stream(name: string, maxBytes: number, onChunk: (chunk: Buffer) => void): Promise<number>;
  read(name: string, maxBytes: number): Promise<Buffer>;
  close(): void;
}

/** Absolute, drive-letter, '..' or backslash names and control characters: written to escape or confuse an unpacker. */
const SUSPICIOUS_NAME = /^[/\\]|^[A-Za-z]:|(^|[/\\])\.\.([/\\]|$)|\\|\p{Cc}/u;

function openZipFile(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true, decodeStrings: true }, (error, zip) => {
      if (error || !zip) reject(new BundleError('not_a_zip', error?.message ?? 'unreadable'));
      else resolve(zip);
    });
  });
}

function limitFor(name: string): number {
  if (name === MANIFEST) return LIMITS.maxManifestBytes;
  if (name === SIGNATURE) return 64;
  if (name === CHANGES) return LIMITS.maxChangesBytes;
  return LIMITS.maxAttachmentBytes;
}

export async function openBundleZip(file: string): Promise<OpenZip> {
  const zip = await openZipFile(file);
  const entries = new Map<string, ZipEntryInfo>();
  try {
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      // yauzl itself refuses absolute, '..' and backslash names (strictFileNames): that is a name problem.
      zip.on('error', (e: Error) =>
        reject(e instanceof BundleError ? e : new BundleError(/path|file ?name/i.test(e.message) ? 'entry_name' : 'not_a_zip', e.message)),
      );
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        try {
          const name = entry.fileName;
          if (entries.size >= LIMITS.maxEntries) throw new BundleError('too_many_entries', `more than ${LIMITS.maxEntries} entries`);
          if (!ENTRY_NAME.test(name))
            // A name that reaches outside the folder is an attack; any other name is an ordinary ZIP (photos, documents), not a bundle.
            throw new BundleError(SUSPICIOUS_NAME.test(name) ? 'entry_name' : 'not_a_bundle', `unexpected entry name ${JSON.stringify(name.slice(0, 120))}`);
          // Unix mode in the high 16 bits of the external attributes: refuse links and anything not a plain file.
          const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
          if (mode === 0o120000) throw new BundleError('entry_link', `${name} is a symbolic link`);
          if (mode !== 0 && mode !== 0o100000) throw new BundleError('entry_link', `${name} is not a regular file`);
          if (entries.has(name)) throw new BundleError('duplicate_entry', `${name} appears twice`);
          if (entry.uncompressedSize > limitFor(name)) throw new BundleError('too_large', `${name} declares ${entry.uncompressedSize} bytes`);
          total += entry.uncompressedSize;
          if (total > LIMITS.maxTotalBytes) throw new BundleError('too_large', 'the bundle unpacks to more than the limit');
          if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > LIMITS.maxCompressionRatio && entry.uncompressedSize > 1024 * 1024)
            throw new BundleError('compression_ratio', `${name} expands ${Math.round(entry.uncompressedSize / entry.compressedSize)}×`);
          entries.set(name, { name, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, entry });
          zip.readEntry();
        } catch (error) {
          reject(error);
        }
      });
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error instanceof BundleError ? error : new BundleError('not_a_zip', (error as Error).message);
  }

  const stream = (name: string, maxBytes: number, onChunk: (chunk: Buffer) => void) =>
    new Promise<number>((resolve, reject) => {
      const info = entries.get(name);
      if (!info) return reject(new BundleError('missing_entry', `${name} is missing`));
      zip.openReadStream(info.entry, (error, readStream) => {
        if (error || !readStream) return reject(new BundleError('not_a_zip', error?.message ?? `cannot read ${name}`));
        let read = 0;
        readStream.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > maxBytes) {
            readStream.destroy();
            reject(new BundleError('too_large', `${name} is larger than ${maxBytes} bytes`));
            return;
          }
          try {
            onChunk(chunk);
          } catch (e) {
            // A consumer's refusal (a bad line, say) ends the read with that refusal.
            readStream.destroy();
            reject(e);
          }
        });
        readStream.on('error', (e: Error) => reject(new BundleError('size_mismatch', `${name}: ${e.message}`)));
        readStream.on('end', () => resolve(read));
      });
    });
  return {
    entries,
    stream,
    async read(name, maxBytes) {
      const chunks: Buffer[] = [];
      await stream(name, maxBytes, (c) => chunks.push(c));
      return Buffer.concat(chunks);
    },
    close: () => zip.close(),
  };
}
